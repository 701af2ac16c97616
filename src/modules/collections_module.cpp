// The `_collections` module: deque (collections_deque.cpp), defaultdict
// (collections_defaultdict.cpp), and the two helpers collections/__init__.py
// takes from it: _count_elements (Counter's counting loop) and _tuplegetter
// (the field descriptors of namedtuple classes).
#include "modules/collections_module.h"

#include "modules/native_type_support.h"
#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/module_object.h"

namespace glasspy {

namespace {

// ---- _count_elements -------------------------------------------------------------------

// True when mapping's get and __setitem__ are dict's own (a plain dict or a
// subclass such as Counter that keeps them): the counts can then be updated
// in the dict directly.
bool uses_dict_item_access(Object* mapping) {
  if (!is_dict(mapping)) return false;
  if (is_dict_exact(mapping)) return true;
  static Object* get_name = str_intern_cstr("get");
  static Object* setitem_name = str_intern_cstr("__setitem__");
  return type_lookup(mapping->type, get_name) == type_lookup(&DictType, get_name) &&
         type_lookup(mapping->type, setitem_name) == type_lookup(&DictType, setitem_name) &&
         mapping->type->getattro == generic_getattr;
}

Object* count_elements(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("_count_elements", nargs, 2, 2)) return nullptr;
  Object* mapping = args[0];
  ObjRef it = ObjRef::steal(get_iter(args[1]));
  if (!it) return nullptr;
  bool direct = uses_dict_item_access(mapping);
  ObjRef getter;
  if (!direct) {
    getter = ObjRef::steal(get_attr_cstr(mapping, "get"));
    if (!getter) return nullptr;
  }
  for (;;) {
    ObjRef key = ObjRef::steal(iter_next(it.get()));
    if (!key) break;
    ObjRef count;
    if (direct) {
      Object* old = dict_get_item(mapping, key.get());
      if (!old && error_occurred()) return nullptr;
      count = ObjRef::steal(old ? number_add(old, small_int(1)) : newref(small_int(1)));
    } else {
      ObjRef old = ObjRef::steal(call_function(getter.get(), key.get(), small_int(0)));
      if (!old) return nullptr;
      count = ObjRef::steal(number_add(old.get(), small_int(1)));
    }
    if (!count || set_item(mapping, key.get(), count.get()) < 0) return nullptr;
  }
  if (error_occurred()) return nullptr;
  return newref(None);
}

MethodDef collections_functions[] = {
    MethodDef("_count_elements", static_cast<FastMethod>(count_elements),
              "Counts the iterable's elements into the mapping (mapping[elem] += 1)."),
    {},
};

// ---- _tuplegetter -----------------------------------------------------------------------

struct TupleGetterObject : Object {
  ssize index;
  Object* doc;
};
using TupleGetterFields = ObjectFields<TupleGetterObject, &TupleGetterObject::doc>;
TupleGetterObject* as_tuplegetter(Object* o) { return static_cast<TupleGetterObject*>(o); }

Object* tuplegetter_new(Type* type, Object* args, Object* kwds) {
  if (type == &TupleGetterType && !check_no_kwargs("_tuplegetter", kwds)) return nullptr;
  if (!check_positional("_tuplegetter", tuple_size(args), 2, 2)) return nullptr;
  ssize index;
  if (!arg_to_ssize(tuple_item(args, 0), &index)) return nullptr;
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  as_tuplegetter(o)->index = index;
  as_tuplegetter(o)->doc = newref(tuple_item(args, 1));
  return o;
}

Object* tuplegetter_get(Object* self, Object* obj, Object*) {
  if (!obj || obj == None) return newref(self);
  ssize index = as_tuplegetter(self)->index;
  if (!is_tuple(obj)) {
    return format_error(&exc::TypeError, "descriptor for index '%zd' for tuple subclasses doesn't apply to '%s' object",
                        index, type_name(obj->type));
  }
  if (index < 0 || index >= tuple_size(obj)) {
    set_error(&exc::IndexError, "tuple index out of range");
    return nullptr;
  }
  return newref(tuple_item(obj, index));
}

int tuplegetter_set(Object*, Object*, Object* value) {
  set_error(&exc::AttributeError, value ? "can't set attribute" : "can't delete attribute");
  return -1;
}

Object* tuplegetter_repr(Object* self) {
  return str_from_format("%s(%zd, %R)", short_type_name(self->type), as_tuplegetter(self)->index,
                         as_tuplegetter(self)->doc);
}

Object* tuplegetter_reduce(Object* self) {
  return tuple_steal({newref(static_cast<Object*>(self->type)),
                      tuple_steal({int_from_ssize(as_tuplegetter(self)->index), newref(as_tuplegetter(self)->doc)})});
}

MethodDef tuplegetter_methods[] = {
    MethodDef("__reduce__", static_cast<NoArgsMethod>(tuplegetter_reduce), "How to rebuild the descriptor (pickle)."),
    {},
};

MemberDef tuplegetter_members[] = {
    {"__doc__", MemberType::kObject, offsetof(TupleGetterObject, doc), false, nullptr},
    {},
};

constexpr const char* kCollectionsDoc =
    "High performance data structures (deque, defaultdict) and helpers for the collections module.";

}  // namespace

Type TupleGetterType{{
    .name = "_collections._tuplegetter",
    .basicsize = sizeof(TupleGetterObject),
    .dealloc = TupleGetterFields::dealloc,
    .repr = tuplegetter_repr,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .traverse = TupleGetterFields::traverse,
    .clear = TupleGetterFields::clear,
    .methods = tuplegetter_methods,
    .members = tuplegetter_members,
    .descr_get = tuplegetter_get,
    .descr_set = tuplegetter_set,
    .new_ = tuplegetter_new,
}};

Object* collections_module_create() {
  Type* types[] = {&DequeType, &DequeIterType, &DequeReverseIterType, &DefaultDictType, &TupleGetterType};
  for (Type* t : types) {
    if (type_ready(t) < 0) return nullptr;
  }
  Object* m = module_new_cstr("_collections");
  if (!m) return nullptr;
  as_module(m)->md_builtin = true;
  Object* doc = str_from_cstr(kCollectionsDoc);
  int ok = doc ? module_add_object(m, "__doc__", doc) : -1;
  xdecref(doc);
  struct {
    const char* name;
    Type* type;
  } exported[] = {{"deque", &DequeType},
                  {"_deque_iterator", &DequeIterType},
                  {"_deque_reverse_iterator", &DequeReverseIterType},
                  {"defaultdict", &DefaultDictType},
                  {"_tuplegetter", &TupleGetterType}};
  if (ok < 0 || module_add_functions(m, collections_functions) < 0) {
    decref(m);
    return nullptr;
  }
  for (auto& e : exported) {
    if (module_add_object(m, e.name, static_cast<Object*>(e.type)) < 0) {
      decref(m);
      return nullptr;
    }
  }
  return m;
}

}  // namespace glasspy
