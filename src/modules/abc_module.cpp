// The `_abc` module: what abc.ABCMeta delegates to.
//
// Each ABC keeps an `_abc_data` object in its `_abc_impl` attribute with
// three sets of weak references to classes: the classes registered as
// virtual subclasses, the positive cache and the negative cache of
// issubclass answers.  A weak reference in these sets removes itself from
// its set when its class dies (the callback holds only a weak reference to
// the set).  One global counter, bumped by every register(), invalidates
// all negative caches at once: a negative cache is valid only while its
// recorded version equals the counter (get_cache_token()).
//
// issubclass(C, ABC) asks, in order: the caches; ABC.__subclasshook__(C);
// whether ABC is in C's MRO; whether C is a subclass of a registered class;
// whether C is a subclass of one of ABC's subclasses.  Each definite answer
// goes to a cache.
#include "modules/abc_module.h"

#include <vector>

#include "objects/abstract.h"
#include "objects/builtin_function.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/int.h"
#include "objects/known_strings.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/weakref.h"
#include "vm/module_object.h"

namespace glasspy {

namespace {

// Bumped by every registration (ABCMeta.register): invalidates the
// negative caches of all ABCs.
uint64_t invalidation_counter = 0;

extern Type AbcDataType;

struct AbcData : Object {
  Object* registry;        // set of weakrefs, or null until first used
  Object* cache;           // set of weakrefs, or null
  Object* negative_cache;  // set of weakrefs, or null
  uint64_t negative_cache_version;
};

AbcData* as_abc_data(Object* o) { return static_cast<AbcData*>(o); }

Object* abc_data_new(Type* type, Object*, Object*) {
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  as_abc_data(o)->negative_cache_version = invalidation_counter;
  return o;
}

void abc_data_dealloc(Object* o) {
  gc_untrack(o);
  AbcData* d = as_abc_data(o);
  clear_ref(d->registry);
  clear_ref(d->cache);
  clear_ref(d->negative_cache);
  Type* type = o->type;
  free_object(o);
  if (is_heap_type(type)) decref(type);
}

int abc_data_traverse(Object* o, visitproc visit, void* arg) {
  GLASSPY_VISIT(as_abc_data(o)->registry);
  GLASSPY_VISIT(as_abc_data(o)->cache);
  GLASSPY_VISIT(as_abc_data(o)->negative_cache);
  return 0;
}

int abc_data_clear(Object* o) {
  clear_ref(as_abc_data(o)->registry);
  clear_ref(as_abc_data(o)->cache);
  clear_ref(as_abc_data(o)->negative_cache);
  return 0;
}

Object* intern(const char* s) { return str_intern_cstr(s); }

// self._abc_impl, checked (new reference).
Object* get_impl(Object* self) {
  static Object* name = intern("_abc_impl");
  Object* impl = get_attr(self, name);
  if (!impl) return nullptr;
  if (impl->type != &AbcDataType) {
    decref(impl);
    set_error(&exc::TypeError, "_abc_impl is set to a wrong type");
    return nullptr;
  }
  return impl;
}

// 1 if a weak reference to obj is in the set (null: empty), 0 if not or obj
// cannot be weakly referenced, -1 on error.
int in_weak_set(Object* set, Object* obj) {
  if (!set || set_size(set) == 0) return 0;
  Object* ref = weakref_new(obj, nullptr);
  if (!ref) {
    if (error_matches(&exc::TypeError)) {
      clear_error();
      return 0;
    }
    return -1;
  }
  int r = set_contains(set, ref);
  decref(ref);
  return r;
}

// The callback of the references in the sets: `self` is a weak reference
// to the set, `dead` the reference whose class died.
Object* discard_dead_reference(Object* set_ref, Object* dead) {
  Object* set = weakref_get(set_ref);
  if (!set) return newref(None);
  ObjRef hold = ObjRef::borrow(set);
  if (set_discard(set, dead) < 0) return nullptr;
  return newref(None);
}

MethodDef discard_def = MethodDef("_destroy", static_cast<OneArgMethod>(discard_dead_reference));

// Adds a weak reference to obj to *set, creating the set on first use.
int add_to_weak_set(Object** set, Object* obj) {
  if (!*set) {
    *set = set_new(nullptr);
    if (!*set) return -1;
  }
  ObjRef set_ref = ObjRef::steal(weakref_new(*set, nullptr));
  if (!set_ref) return -1;
  ObjRef callback = ObjRef::steal(builtin_function_new(&discard_def, set_ref.get(), nullptr));
  if (!callback) return -1;
  ObjRef ref = ObjRef::steal(weakref_new(obj, callback.get()));
  if (!ref) return -1;
  return set_add(*set, ref.get());
}

bool is_abstract(Object* value, int* result) {
  Object* flag;
  if (lookup_attr(value, ID(dunder_isabstractmethod), &flag) < 0) return false;
  *result = 0;
  if (flag) {
    *result = object_is_true(flag);
    decref(flag);
    if (*result < 0) return false;
  }
  return true;
}

// cls.__abstractmethods__: the abstract names of its namespace and those
// inherited abstract names that it has not overridden.
int compute_abstract_methods(Object* self) {
  ObjRef abstracts = ObjRef::steal(frozenset_new(nullptr));
  if (!abstracts) return -1;
  ObjRef ns = ObjRef::steal(get_attr(self, ID(dunder_dict)));
  if (!ns) return -1;
  ObjRef keys = ObjRef::steal(mapping_keys(ns.get()));
  if (!keys) return -1;
  for (ssize i = 0; i < list_size(keys.get()); ++i) {
    Object* key = list_item(keys.get(), i);
    ObjRef value = ObjRef::steal(get_item(ns.get(), key));
    if (!value) return -1;
    int abstract;
    if (!is_abstract(value.get(), &abstract)) return -1;
    if (abstract && set_add(abstracts.get(), key) < 0) return -1;
  }
  ObjRef bases = ObjRef::steal(get_attr(self, ID(dunder_bases)));
  if (!bases) return -1;
  if (!is_tuple(bases.get())) {
    set_error(&exc::TypeError, "__bases__ is not tuple");
    return -1;
  }
  for (ssize i = 0; i < tuple_size(bases.get()); ++i) {
    Object* base_abstracts;
    if (lookup_attr(tuple_item(bases.get(), i), ID(dunder_abstractmethods), &base_abstracts) < 0) return -1;
    if (!base_abstracts) continue;
    ObjRef it = ObjRef::steal(get_iter(base_abstracts));
    decref(base_abstracts);
    if (!it) return -1;
    while (Object* key = iter_next(it.get())) {
      ObjRef k = ObjRef::steal(key);
      Object* value;
      if (lookup_attr(self, key, &value) < 0) return -1;
      if (!value) continue;
      int abstract;
      bool ok = is_abstract(value, &abstract);
      decref(value);
      if (!ok) return -1;
      if (abstract && set_add(abstracts.get(), key) < 0) return -1;
    }
    if (error_occurred()) return -1;
  }
  return set_attr(self, ID(dunder_abstractmethods), abstracts.get());
}

constexpr unsigned long kCollectionFlags = tpflags::kSequence | tpflags::kMapping;

Object* abc_init(Object*, Object* self) {
  if (compute_abstract_methods(self) < 0) return nullptr;
  ObjRef data = ObjRef::steal(abc_data_new(&AbcDataType, nullptr, nullptr));
  if (!data) return nullptr;
  static Object* impl_name = intern("_abc_impl");
  if (set_attr(self, impl_name, data.get()) < 0) return nullptr;
  // collections.abc.Sequence and Mapping say through __abc_tpflags__ which
  // pattern-matching kind their classes are.
  if (is_type(self)) {
    Type* cls = static_cast<Type*>(self);
    static Object* flags_name = intern("__abc_tpflags__");
    Object* flags = dict_get_item(cls->dict, flags_name);
    if (!flags) {
      if (error_occurred()) return nullptr;
    } else {
      if (is_int_exact(flags)) {
        long value = int_as_long(flags);
        if (value == -1 && error_occurred()) return nullptr;
        unsigned long bits = static_cast<unsigned long>(value);
        if ((bits & kCollectionFlags) == kCollectionFlags) {
          set_error(&exc::TypeError, "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING");
          return nullptr;
        }
        cls->flags |= bits & kCollectionFlags;
      }
      if (dict_del_item(cls->dict, flags_name) < 0) return nullptr;
    }
  }
  return newref(None);
}

// Gives a class registered under a Sequence or Mapping ABC the same kind,
// down through its subclasses (built-in types are left alone).
int set_collection_flag_recursive(Type* child, unsigned long flag) {
  if ((child->flags & tpflags::kImmutableType) || (child->flags & kCollectionFlags) == flag) return 0;
  child->flags = (child->flags & ~kCollectionFlags) | flag;
  ObjRef grandchildren = ObjRef::steal(type_subclasses_list(child));
  if (!grandchildren) return -1;
  for (ssize i = 0; i < list_size(grandchildren.get()); ++i) {
    if (set_collection_flag_recursive(static_cast<Type*>(list_item(grandchildren.get(), i)), flag) < 0) return -1;
  }
  return 0;
}

Object* abc_register(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("_abc_register", nargs, 2, 2)) return nullptr;
  Object* self = args[0];
  Object* subclass = args[1];
  if (!is_type(subclass)) {
    set_error(&exc::TypeError, "Can only register classes");
    return nullptr;
  }
  int r = object_issubclass(subclass, self);
  if (r < 0) return nullptr;
  // Registering a class that already derives from the ABC changes nothing
  // (so X.register(X) is allowed); only then is a cycle an error.
  if (r > 0) return newref(subclass);
  r = object_issubclass(self, subclass);
  if (r < 0) return nullptr;
  if (r > 0) {
    set_error(&exc::RuntimeError, "Refusing to create an inheritance cycle");
    return nullptr;
  }
  ObjRef impl = ObjRef::steal(get_impl(self));
  if (!impl) return nullptr;
  if (add_to_weak_set(&as_abc_data(impl.get())->registry, subclass) < 0) return nullptr;
  ++invalidation_counter;
  if (is_type(self)) {
    unsigned long flag = static_cast<Type*>(self)->flags & kCollectionFlags;
    if (flag && set_collection_flag_recursive(static_cast<Type*>(subclass), flag) < 0) return nullptr;
  }
  return newref(subclass);
}

Object* call_subclasscheck(Object* self, Object* cls) {
  static Object* name = intern("__subclasscheck__");
  return call_method(self, name, cls);
}

Object* abc_instancecheck(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("_abc_instancecheck", nargs, 2, 2)) return nullptr;
  Object* self = args[0];
  Object* instance = args[1];
  ObjRef impl = ObjRef::steal(get_impl(self));
  if (!impl) return nullptr;
  AbcData* data = as_abc_data(impl.get());
  ObjRef subclass = ObjRef::steal(get_attr(instance, ID(dunder_class)));
  if (!subclass) return nullptr;
  int r = in_weak_set(data->cache, subclass.get());
  if (r < 0) return nullptr;
  if (r > 0) return newref(True);
  Object* subtype = instance->type;
  if (subtype == subclass.get()) {
    if (data->negative_cache_version == invalidation_counter) {
      r = in_weak_set(data->negative_cache, subclass.get());
      if (r < 0) return nullptr;
      if (r > 0) return newref(False);
    }
    return call_subclasscheck(self, subclass.get());
  }
  ObjRef result = ObjRef::steal(call_subclasscheck(self, subclass.get()));
  if (!result) return nullptr;
  int truth = object_is_true(result.get());
  if (truth < 0) return nullptr;
  if (truth) return result.release();
  return call_subclasscheck(self, subtype);
}

// Step 5 of issubclass: 1 (and *found) when subclass is a subclass of a
// registered class, 0 if not, -1 on error.
int check_registry(AbcData* data, Object* self, Object* subclass) {
  int r = in_weak_set(data->registry, subclass);
  if (r != 0) return r;
  if (!data->registry || set_size(data->registry) == 0) return 0;
  // A callback may shrink the set while we look: walk a snapshot.
  std::vector<ObjRef> snapshot;
  ssize pos = 0;
  Object* key;
  while (set_next(data->registry, &pos, &key)) snapshot.push_back(ObjRef::borrow(key));
  for (const ObjRef& ref : snapshot) {
    Object* registered = weakref_get(ref.get());
    if (!registered) continue;
    ObjRef hold = ObjRef::borrow(registered);
    r = object_issubclass(subclass, registered);
    if (r < 0) return -1;
    if (r > 0) {
      if (add_to_weak_set(&data->cache, subclass) < 0) return -1;
      return 1;
    }
  }
  return 0;
}

Object* abc_subclasscheck(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("_abc_subclasscheck", nargs, 2, 2)) return nullptr;
  Object* self = args[0];
  Object* subclass = args[1];
  if (!is_type(subclass)) {
    set_error(&exc::TypeError, "issubclass() arg 1 must be a class");
    return nullptr;
  }
  ObjRef impl = ObjRef::steal(get_impl(self));
  if (!impl) return nullptr;
  AbcData* data = as_abc_data(impl.get());
  // 1. The positive cache.
  int r = in_weak_set(data->cache, subclass);
  if (r < 0) return nullptr;
  if (r > 0) return newref(True);
  // 2. The negative cache, emptied when a registration made it stale.
  if (data->negative_cache_version < invalidation_counter) {
    if (data->negative_cache) set_clear(data->negative_cache);
    data->negative_cache_version = invalidation_counter;
  } else {
    r = in_weak_set(data->negative_cache, subclass);
    if (r < 0) return nullptr;
    if (r > 0) return newref(False);
  }
  // 3. The subclass hook.
  static Object* hook_name = intern("__subclasshook__");
  ObjRef ok = ObjRef::steal(call_method(self, hook_name, subclass));
  if (!ok) return nullptr;
  if (ok.get() == True) {
    if (add_to_weak_set(&data->cache, subclass) < 0) return nullptr;
    return newref(True);
  }
  if (ok.get() == False) {
    if (add_to_weak_set(&data->negative_cache, subclass) < 0) return nullptr;
    return newref(False);
  }
  if (ok.get() != NotImplemented) {
    set_error(&exc::AssertionError, "__subclasshook__ must return either False, True, or NotImplemented");
    return nullptr;
  }
  // 4. A direct subclass.
  Object* mro = static_cast<Type*>(subclass)->mro;
  for (ssize i = 0; mro && i < tuple_size(mro); ++i) {
    if (tuple_item(mro, i) == self) {
      if (add_to_weak_set(&data->cache, subclass) < 0) return nullptr;
      return newref(True);
    }
  }
  // 5. A subclass of a registered class.
  r = check_registry(data, self, subclass);
  if (r < 0) return nullptr;
  if (r > 0) return newref(True);
  // 6. A subclass of a subclass.
  static Object* subclasses_name = intern("__subclasses__");
  ObjRef subclasses = ObjRef::steal(call_method(self, subclasses_name));
  if (!subclasses) return nullptr;
  if (!is_list(subclasses.get())) {
    set_error(&exc::TypeError, "__subclasses__() must return a list");
    return nullptr;
  }
  for (ssize i = 0; i < list_size(subclasses.get()); ++i) {
    ObjRef scls = ObjRef::borrow(list_item(subclasses.get(), i));
    r = object_issubclass(subclass, scls.get());
    if (r < 0) return nullptr;
    if (r > 0) {
      if (add_to_weak_set(&data->cache, subclass) < 0) return nullptr;
      return newref(True);
    }
  }
  // 7. None of the above.
  if (add_to_weak_set(&data->negative_cache, subclass) < 0) return nullptr;
  return newref(False);
}

Object* set_copy_or_empty(Object* set) { return set_new(set); }

Object* abc_get_dump(Object*, Object* self) {
  ObjRef impl = ObjRef::steal(get_impl(self));
  if (!impl) return nullptr;
  AbcData* data = as_abc_data(impl.get());
  ObjRef registry = ObjRef::steal(set_copy_or_empty(data->registry));
  ObjRef cache = ObjRef::steal(set_copy_or_empty(data->cache));
  ObjRef negative = ObjRef::steal(set_copy_or_empty(data->negative_cache));
  ObjRef version = ObjRef::steal(int_from_u64(data->negative_cache_version));
  if (!registry || !cache || !negative || !version) return nullptr;
  return tuple_pack({registry.get(), cache.get(), negative.get(), version.get()});
}

Object* abc_reset_registry(Object*, Object* self) {
  ObjRef impl = ObjRef::steal(get_impl(self));
  if (!impl) return nullptr;
  if (as_abc_data(impl.get())->registry) set_clear(as_abc_data(impl.get())->registry);
  return newref(None);
}

Object* abc_reset_caches(Object*, Object* self) {
  ObjRef impl = ObjRef::steal(get_impl(self));
  if (!impl) return nullptr;
  AbcData* data = as_abc_data(impl.get());
  if (data->cache) set_clear(data->cache);
  // The negative cache's version stays: it is only ever compared.
  if (data->negative_cache) set_clear(data->negative_cache);
  return newref(None);
}

Object* abc_get_cache_token(Object*) { return int_from_u64(invalidation_counter); }

MethodDef abc_functions[] = {
    MethodDef("get_cache_token", static_cast<NoArgsMethod>(abc_get_cache_token),
              "Returns the current ABC cache token.\n\n"
              "The token is an opaque object (supporting equality testing) identifying the\n"
              "current version of the ABC cache for virtual subclasses. The token changes\n"
              "with every call to register() on any ABC."),
    MethodDef("_abc_init", static_cast<OneArgMethod>(abc_init), "Internal ABC helper for class set-up. Should be never used outside abc module."),
    MethodDef("_reset_registry", static_cast<OneArgMethod>(abc_reset_registry),
              "Internal ABC helper to reset registry of a given class.\n\nShould be only used by refleak.py"),
    MethodDef("_reset_caches", static_cast<OneArgMethod>(abc_reset_caches),
              "Internal ABC helper to reset both caches of a given class.\n\nShould be only used by refleak.py"),
    MethodDef("_get_dump", static_cast<OneArgMethod>(abc_get_dump),
              "Internal ABC helper for cache and registry debugging.\n\n"
              "Return shallow copies of registry, of both caches, and\n"
              "negative cache version. Don't call this function directly,\n"
              "instead use ABC._dump_registry() for a nice repr."),
    MethodDef("_abc_register", static_cast<FastMethod>(abc_register), "Internal ABC helper for subclasss registration. Should be never used outside abc module."),
    MethodDef("_abc_instancecheck", static_cast<FastMethod>(abc_instancecheck), "Internal ABC helper for instance checks. Should be never used outside abc module."),
    MethodDef("_abc_subclasscheck", static_cast<FastMethod>(abc_subclasscheck), "Internal ABC helper for subclasss checks. Should be never used outside abc module."),
    {},
};

Type AbcDataType{{
    .name = "_abc._abc_data",
    .basicsize = sizeof(AbcData),
    .dealloc = abc_data_dealloc,
    .flags = tpflags::kHaveGC,
    .doc = "Internal state held by ABC machinery.",
    .traverse = abc_data_traverse,
    .clear = abc_data_clear,
    .new_ = abc_data_new,
}};

}  // namespace

Object* abc_module_create() {
  if (type_ready(&AbcDataType) < 0) return nullptr;
  Object* m = module_new_cstr("_abc");
  if (!m) return nullptr;
  as_module(m)->md_builtin = true;
  Object* doc = str_from_cstr("Module contains faster C implementation of abc.ABCMeta");
  bool ok = doc && dict_set_item_cstr(module_dict(m), "__doc__", doc) == 0 &&
            module_add_functions(m, abc_functions) == 0 &&
            module_add_object(m, "_abc_data", &AbcDataType) == 0;
  xdecref(doc);
  if (!ok) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace glasspy
