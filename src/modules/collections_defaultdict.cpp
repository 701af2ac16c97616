// collections.defaultdict: a dict subclass whose __missing__ calls
// default_factory to make (and store) the value of a missing key.
//
// The object is a dict with one more field; dict's own slots do the work
// and this file adds the factory to deallocation, traversal, repr, copying
// and pickling.  The `|` operator builds a new defaultdict of the same
// class with the same factory (dict's `|=` is inherited as is).
#include "modules/collections_module.h"
#include "modules/native_type_support.h"
#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/thread_state.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

namespace {

struct DefaultDictObject : DictObject {
  Object* default_factory;  // null or None: no factory (the attribute can be set to None)
};
DefaultDictObject* as_defdict(Object* o) { return static_cast<DefaultDictObject*>(o); }

Object* factory_or_none(Object* self) {
  Object* f = as_defdict(self)->default_factory;
  return f ? f : None;
}

void defdict_dealloc(Object* o) {
  gc_untrack(o);
  clear_ref(as_defdict(o)->default_factory);
  DictType.dealloc(o);
}

int defdict_traverse(Object* o, visitproc visit, void* arg) {
  GLASSPY_VISIT(as_defdict(o)->default_factory);
  return DictType.traverse(o, visit, arg);
}

int defdict_tp_clear(Object* o) {
  clear_ref(as_defdict(o)->default_factory);
  return DictType.clear(o);
}

int defdict_init(Object* self, Object* args, Object* kwds) {
  Object* factory = nullptr;
  ssize n = tuple_size(args);
  if (n > 0) {
    factory = tuple_item(args, 0);
    if (factory != None && !is_callable(factory)) {
      set_error(&exc::TypeError, "first argument must be callable or None");
      return -1;
    }
  }
  ObjRef rest = ObjRef::steal(tuple_get_slice(args, n > 0 ? 1 : 0, n));
  if (!rest) return -1;
  setref(as_defdict(self)->default_factory, factory && factory != None ? newref(factory) : nullptr);
  return DictType.init(self, rest.get(), kwds);
}

Object* defdict_missing(Object* self, Object* key) {
  Object* factory = as_defdict(self)->default_factory;
  if (!factory || factory == None) {
    ObjRef args = ObjRef::steal(tuple_pack({key}));
    if (args) set_error_object(&exc::KeyError, args.get());
    return nullptr;
  }
  Object* value = call_no_args(factory);
  if (!value) return nullptr;
  if (set_item(self, key, value) < 0) {
    decref(value);
    return nullptr;
  }
  return value;
}

// type(self)(factory, contents).
Object* defdict_new_like(Object* self, Object* contents) {
  return call_function(static_cast<Object*>(self->type), factory_or_none(self), contents);
}

Object* defdict_copy(Object* self) { return defdict_new_like(self, self); }

Object* defdict_reduce(Object* self) {
  Object* factory = as_defdict(self)->default_factory;
  Object* args = factory && factory != None ? tuple_pack({factory}) : newref(empty_tuple());
  ObjRef items_name = ObjRef::steal(str_from_cstr("items"));
  if (!items_name) {
    xdecref(args);
    return nullptr;
  }
  Object* items = call_method(self, items_name.get());
  Object* items_iter = nullptr;
  if (items) {
    items_iter = get_iter(items);
    decref(items);
  }
  return tuple_steal({newref(static_cast<Object*>(self->type)), args, newref(None), newref(None), items_iter});
}

Object* defdict_repr(Object* self) {
  ObjRef base = ObjRef::steal(DictType.repr(self));
  if (!base) return nullptr;
  Object* factory = as_defdict(self)->default_factory;
  ObjRef factory_repr;
  if (!factory) {
    factory_repr = ObjRef::steal(str_from_cstr("None"));
  } else {
    int entered = repr_enter(factory);
    if (entered < 0) return nullptr;
    if (entered > 0) {
      factory_repr = ObjRef::steal(str_from_cstr("..."));
    } else {
      factory_repr = ObjRef::steal(object_repr(factory));
      repr_leave(factory);
    }
  }
  if (!factory_repr) return nullptr;
  return str_from_format("%s(%U, %U)", short_type_name(self->type), factory_repr.get(), base.get());
}

Object* defdict_or(Object* left, Object* right) {
  bool left_is_self = is_instance_of(left, &DefaultDictType);
  Object* self = left_is_self ? left : right;
  Object* other = left_is_self ? right : left;
  if (!is_dict(other)) return newref(NotImplemented);
  Object* result = defdict_new_like(self, left);
  if (!result) return nullptr;
  if (dict_update(result, right) < 0) {
    decref(result);
    return nullptr;
  }
  return result;
}

MethodDef defdict_methods[] = {
    MethodDef("__missing__", static_cast<OneArgMethod>(defdict_missing),
              "Stores and returns default_factory() for a missing key (KeyError without a factory)."),
    MethodDef("copy", static_cast<NoArgsMethod>(defdict_copy), "A shallow copy, with the same factory."),
    MethodDef("__copy__", static_cast<NoArgsMethod>(defdict_copy), "A shallow copy, with the same factory."),
    MethodDef("__reduce__", static_cast<NoArgsMethod>(defdict_reduce), "How to rebuild the dict (copy, pickle)."),
    {},
};

MemberDef defdict_members[] = {
    {"default_factory", MemberType::kObject, offsetof(DefaultDictObject, default_factory), false,
     "Called without arguments by __missing__ to make a missing key's value."},
    {},
};

NumberMethods defdict_as_number{
    .nb_or = defdict_or,
};

}  // namespace

Type DefaultDictType{{
    .name = "collections.defaultdict",
    .basicsize = sizeof(DefaultDictObject),
    .dealloc = defdict_dealloc,
    .repr = defdict_repr,
    .as_number = &defdict_as_number,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType | tpflags::kDictSubclass | tpflags::kMapping,
    .doc = "defaultdict(default_factory=None, /, [...]): a dict that calls default_factory() for the value of a "
           "missing key, stores it and returns it.  The other arguments are those of dict().",
    .traverse = defdict_traverse,
    .clear = defdict_tp_clear,
    .methods = defdict_methods,
    .members = defdict_members,
    .base = &DictType,
    .init = defdict_init,
}};

}  // namespace glasspy
