// The pickling/copying protocol of `object`: __reduce_ex__, __reduce__ and
// __getstate__ (what copy and pickle call on instances).
//
// With protocol 2 and above an object reduces to
//   (copyreg.__newobj__, (cls, *args), state, listitems, dictitems)
// -- or copyreg.__newobj_ex__ when __getnewargs_ex__ gives keyword
// arguments -- where args come from __getnewargs_ex__/__getnewargs__, state
// from __getstate__ (the instance __dict__ and the values of __slots__), and
// the item iterators are there for list and dict subclasses.  Protocols 0
// and 1 go through copyreg._reduce_ex.  copyreg is a Python module, so this
// needs import_module_hook (set by the VM).
#include "objects/abstract.h"
#include "objects/builtin_function.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/known_strings.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

Object* (*import_module_hook)(const char* name) = nullptr;

namespace {

Object* import_module(const char* name) {
  if (!import_module_hook) return format_error(&exc::ImportError, "No module named '%s'", name);
  return import_module_hook(name);
}

// copyreg.<name> (new reference).
Object* copyreg_attr(const char* name) {
  Object* copyreg = import_module("copyreg");
  if (!copyreg) return nullptr;
  Object* r = get_attr_cstr(copyreg, name);
  decref(copyreg);
  return r;
}

// The names of cls's __slots__ over its MRO (copyreg._slotnames), cached
// in cls.__slotnames__: a list or None (new reference).
Object* type_slot_names(Type* cls) {
  Object* cached = dict_get_item(cls->dict, ID(dunder_slotnames));
  if (cached) {
    if (cached != None && !is_list(cached)) {
      return format_error(&exc::TypeError, "%.200s.__slotnames__ should be a list or None, not %.200s", cls->name,
                          cached->type->name);
    }
    return newref(cached);
  }
  if (error_occurred()) return nullptr;
  Object* slotnames_function = copyreg_attr("_slotnames");
  if (!slotnames_function) return nullptr;
  Object* names = call_function(slotnames_function, cls);
  decref(slotnames_function);
  if (!names) return nullptr;
  if (names != None && !is_list(names)) {
    decref(names);
    set_error(&exc::TypeError, "copyreg._slotnames didn't return a list or None");
    return nullptr;
  }
  return names;
}

bool instance_dict_is_empty(Object* obj) {
  Object** slot = object_dict_slot(obj);
  return !slot || !*slot || dict_size(*slot) == 0;
}

// __getstate__'s default: None or the instance dict, paired with a dict of
// the slot values when there are any.  `required` (the object cannot be
// rebuilt from __new__ arguments) rejects objects with hidden C state.
Object* object_getstate_default(Object* obj, bool required) {
  Type* type = obj->type;
  if (required && type->itemsize) return format_error(&exc::TypeError, "cannot pickle %.200s objects", type->name);
  Object* state;
  if (instance_dict_is_empty(obj)) {
    state = newref(None);
  } else {
    state = object_get_dict(obj);
    if (!state) return nullptr;
  }
  Object* slotnames = type_slot_names(type);
  if (!slotnames) {
    decref(state);
    return nullptr;
  }
  if (required) {
    ssize basicsize = ObjectType.basicsize;
    if (type->dictoffset) basicsize += sizeof(Object*);
    if (type->weaklistoffset) basicsize += sizeof(Object*);
    if (slotnames != None) basicsize += static_cast<ssize>(sizeof(Object*)) * list_size(slotnames);
    if (type->basicsize > basicsize) {
      decref(slotnames);
      decref(state);
      return format_error(&exc::TypeError, "cannot pickle '%.200s' object", type->name);
    }
  }
  if (slotnames != None && list_size(slotnames) > 0) {
    Object* slots = dict_new();
    if (!slots) {
      decref(slotnames);
      decref(state);
      return nullptr;
    }
    const ssize count = list_size(slotnames);
    for (ssize i = 0; i < list_size(slotnames); ++i) {
      Object* name = list_item(slotnames, i);
      incref(name);
      Object* value = nullptr;
      int found = lookup_attr(obj, name, &value);
      int r = found > 0 ? dict_set_item(slots, name, value) : found;
      xdecref(value);
      decref(name);
      if (r < 0) {
        decref(slots);
        decref(slotnames);
        decref(state);
        return nullptr;
      }
      if (list_size(slotnames) != count) {
        set_error(&exc::RuntimeError, "__slotsname__ changed size during iteration");  // sic, CPython's text
        decref(slots);
        decref(slotnames);
        decref(state);
        return nullptr;
      }
    }
    if (dict_size(slots) > 0) {
      Object* pair = tuple_pack({state, slots});
      decref(state);
      state = pair;
    }
    decref(slots);
    if (!state) {
      decref(slotnames);
      return nullptr;
    }
  }
  decref(slotnames);
  return state;
}

// obj.__getstate__(), passing `required` on when it is object's own.
Object* object_getstate(Object* obj, bool required) {
  Object* getstate = get_attr(obj, ID(dunder_getstate));
  if (!getstate) return nullptr;
  Object* state;
  if (is_builtin_function(getstate) &&
      static_cast<BuiltinFunctionObject*>(getstate)->self == obj &&
      static_cast<BuiltinFunctionObject*>(getstate)->method->conv == CallConv::kNoArgs &&
      static_cast<BuiltinFunctionObject*>(getstate)->method->function.noargs == object_getstate_method) {
    state = object_getstate_default(obj, required);
  } else {
    state = call_no_args(getstate);
  }
  decref(getstate);
  return state;
}

// The __new__ arguments from __getnewargs_ex__ or __getnewargs__; both
// outputs null when the object has neither.  False with an error.
bool get_new_arguments(Object* obj, Object** args, Object** kwargs) {
  *args = *kwargs = nullptr;
  Object* getnewargs_ex = lookup_special(obj, ID(dunder_getnewargs_ex));
  if (getnewargs_ex) {
    Object* pair = call_no_args(getnewargs_ex);
    decref(getnewargs_ex);
    if (!pair) return false;
    if (!is_tuple(pair)) {
      format_error(&exc::TypeError, "__getnewargs_ex__ should return a tuple, not '%.200s'", pair->type->name);
      decref(pair);
      return false;
    }
    if (tuple_size(pair) != 2) {
      format_error(&exc::ValueError, "__getnewargs_ex__ should return a tuple of length 2, not %zd",
                   tuple_size(pair));
      decref(pair);
      return false;
    }
    Object* a = newref(tuple_item(pair, 0));
    Object* k = newref(tuple_item(pair, 1));
    decref(pair);
    if (!is_tuple(a)) {
      format_error(&exc::TypeError,
                   "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%.200s'",
                   a->type->name);
      decref(a);
      decref(k);
      return false;
    }
    if (!is_dict(k)) {
      format_error(&exc::TypeError,
                   "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%.200s'",
                   k->type->name);
      decref(a);
      decref(k);
      return false;
    }
    *args = a;
    *kwargs = k;
    return true;
  }
  if (error_occurred()) return false;
  Object* getnewargs = lookup_special(obj, ID(dunder_getnewargs));
  if (getnewargs) {
    Object* a = call_no_args(getnewargs);
    decref(getnewargs);
    if (!a) return false;
    if (!is_tuple(a)) {
      format_error(&exc::TypeError, "__getnewargs__ should return a tuple, not '%.200s'", a->type->name);
      decref(a);
      return false;
    }
    *args = a;
    return true;
  }
  return !error_occurred();
}

// iter(obj) for lists and iter(obj.items()) for dicts, else None.
bool get_items_iterators(Object* obj, Object** listitems, Object** dictitems) {
  *listitems = is_list(obj) ? get_iter(obj) : newref(None);
  if (!*listitems) return false;
  if (!is_dict(obj)) {
    *dictitems = newref(None);
    return true;
  }
  Object* items = call_method(obj, ID(items));
  *dictitems = items ? get_iter(items) : nullptr;
  xdecref(items);
  if (!*dictitems) {
    decref(*listitems);
    return false;
  }
  return true;
}

// Protocol 2+: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems).
Object* reduce_newobj(Object* obj) {
  Type* type = obj->type;
  if (!type->new_) return format_error(&exc::TypeError, "cannot pickle '%.200s' object", type->name);
  Object *args, *kwargs;
  if (!get_new_arguments(obj, &args, &kwargs)) return nullptr;
  const bool has_args = args != nullptr;
  Object* newobj;
  Object* newargs;
  if (!kwargs || dict_size(kwargs) == 0) {
    newobj = copyreg_attr("__newobj__");
    ssize n = args ? tuple_size(args) : 0;
    newargs = newobj ? tuple_new(n + 1) : nullptr;
    if (newargs) {
      tuple_set_item(newargs, 0, newref(type));
      for (ssize i = 0; i < n; ++i) tuple_set_item(newargs, i + 1, newref(tuple_item(args, i)));
    }
  } else {
    newobj = copyreg_attr("__newobj_ex__");
    newargs = newobj ? tuple_pack({type, args, kwargs}) : nullptr;
  }
  xdecref(args);
  xdecref(kwargs);
  if (!newargs) {
    xdecref(newobj);
    return nullptr;
  }
  Object* state = object_getstate(obj, !(has_args || is_list(obj) || is_dict(obj)));
  Object *listitems = nullptr, *dictitems = nullptr;
  Object* result = nullptr;
  if (state && get_items_iterators(obj, &listitems, &dictitems)) {
    result = tuple_pack({newobj, newargs, state, listitems, dictitems});
    decref(listitems);
    decref(dictitems);
  }
  xdecref(state);
  decref(newobj);
  decref(newargs);
  return result;
}

Object* common_reduce(Object* self, int protocol) {
  if (protocol >= 2) return reduce_newobj(self);
  Object* reduce_ex = copyreg_attr("_reduce_ex");
  if (!reduce_ex) return nullptr;
  Object* proto = int_from_i64(protocol);
  Object* r = proto ? call_function(reduce_ex, self, proto) : nullptr;
  xdecref(proto);
  decref(reduce_ex);
  return r;
}

}  // namespace

// ---- the methods (in object's method table) ------------------------------------

Object* object_getstate_method(Object* self) { return object_getstate_default(self, false); }

Object* object_getstate_for(Object* obj, bool required) { return object_getstate(obj, required); }

Object* object_reduce_method(Object* self) { return common_reduce(self, 0); }

Object* object_reduce_ex_method(Object* self, Object* protocol_obj) {
  int protocol;
  if (!arg_to_int(protocol_obj, &protocol)) return nullptr;
  // A __reduce__ other than object's (on the class) takes precedence.
  Object* reduce = nullptr;
  if (lookup_attr(self, ID(dunder_reduce), &reduce) < 0) return nullptr;
  if (reduce) {
    Object* cls_reduce = get_attr(self->type, ID(dunder_reduce));
    if (!cls_reduce) {
      decref(reduce);
      return nullptr;
    }
    Object* object_reduce = dict_get_item(ObjectType.dict, ID(dunder_reduce));
    const bool overridden = cls_reduce != object_reduce;
    decref(cls_reduce);
    if (overridden) {
      Object* r = call_no_args(reduce);
      decref(reduce);
      return r;
    }
    decref(reduce);
  }
  return common_reduce(self, protocol);
}

}  // namespace glasspy
