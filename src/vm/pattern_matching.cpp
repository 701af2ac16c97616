// MATCH_CLASS and MATCH_KEYS (see pattern_matching.h), with CPython's
// order of lookups (it is observable through __getattr__ and __eq__).
#include "vm/pattern_matching.h"

#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/vm_strings.h"

namespace glasspy {

namespace {

// "seen" keeps the attribute names (or keys) already used: a dict as a set.
Object* match_class_attr(Object* subject, Object* type, Object* name, Object* seen) {
  int has = dict_contains(seen, name);
  if (has != 0 || dict_set_item(seen, name, None) < 0) {
    if (!error_occurred()) {
      format_error(&exc::TypeError, "%s() got multiple sub-patterns for attribute %R",
                   static_cast<Type*>(type)->name, name);
    }
    return nullptr;
  }
  Object* attr = get_attr(subject, name);
  if (!attr && error_matches(&exc::AttributeError)) clear_error();
  return attr;
}

}  // namespace

Object* match_class(Object* subject, Object* type, ssize nargs, Object* kwargs) {
  if (!is_type(type)) {
    set_error(&exc::TypeError, "called match pattern must be a type");
    return nullptr;
  }
  int inst = object_isinstance(subject, type);
  if (inst <= 0) return nullptr;
  Object* seen = dict_new();
  if (!seen) return nullptr;
  Object* attrs = list_new(0);
  if (!attrs) {
    decref(seen);
    return nullptr;
  }
  Object* match_args = nullptr;
  Type* t = static_cast<Type*>(type);
  if (nargs) {
    bool match_self = false;
    match_args = get_attr(type, VM_ID(dunder_match_args));
    if (match_args) {
      if (!is_tuple_exact(match_args)) {
        format_error(&exc::TypeError, "%s.__match_args__ must be a tuple (got %s)", t->name,
                     match_args->type->name);
        goto fail;
      }
    } else if (error_matches(&exc::AttributeError)) {
      clear_error();
      match_args = newref(empty_tuple());
      match_self = t->flags & tpflags::kMatchSelf;
    } else {
      goto fail;
    }
    ssize allowed = match_self ? 1 : tuple_size(match_args);
    if (allowed < nargs) {
      format_error(&exc::TypeError, "%s() accepts %d positional sub-pattern%s (%d given)", t->name,
                   static_cast<int>(allowed), allowed == 1 ? "" : "s", static_cast<int>(nargs));
      goto fail;
    }
    if (match_self) {
      if (list_append(attrs, subject) < 0) goto fail;
    } else {
      for (ssize i = 0; i < nargs; ++i) {
        Object* name = tuple_item(match_args, i);
        if (!is_str_exact(name)) {
          format_error(&exc::TypeError, "__match_args__ elements must be strings (got %s)", name->type->name);
          goto fail;
        }
        Object* attr = match_class_attr(subject, type, name, seen);
        if (!attr) goto fail;
        int err = list_append(attrs, attr);
        decref(attr);
        if (err < 0) goto fail;
      }
    }
    clear_ref(match_args);
  }
  for (ssize i = 0; i < tuple_size(kwargs); ++i) {
    Object* name = tuple_item(kwargs, i);
    Object* attr = match_class_attr(subject, type, name, seen);
    if (!attr) goto fail;
    int err = list_append(attrs, attr);
    decref(attr);
    if (err < 0) goto fail;
  }
  {
    Object* result = list_as_tuple(attrs);
    decref(attrs);
    decref(seen);
    return result;
  }
fail:
  xdecref(match_args);
  decref(seen);
  decref(attrs);
  return nullptr;
}

Object* match_keys(Object* map, Object* keys) {
  ssize nkeys = tuple_size(keys);
  if (!nkeys) return tuple_new(0);
  Object* get = nullptr;
  Object* seen = nullptr;
  Object* dummy = nullptr;
  Object* values = nullptr;
  int meth_found = get_method(map, VM_ID(get), &get);
  if (!get) return nullptr;
  seen = dict_new();
  if (!seen) goto fail;
  dummy = call_no_args(static_cast<Object*>(&ObjectType));
  if (!dummy) goto fail;
  values = tuple_new(nkeys);
  if (!values) goto fail;
  for (ssize i = 0; i < nkeys; ++i) {
    Object* key = tuple_item(keys, i);
    int has = dict_contains(seen, key);
    if (has != 0 || dict_set_item(seen, key, None) < 0) {
      if (!error_occurred()) format_error(&exc::ValueError, "mapping pattern checks duplicate key (%R)", key);
      goto fail;
    }
    Object* args[3] = {map, key, dummy};
    Object* value = meth_found ? vectorcall(get, args, 3, nullptr) : vectorcall(get, args + 1, 2, nullptr);
    if (!value) goto fail;
    if (value == dummy) {
      decref(value);
      decref(values);
      values = newref(None);
      break;
    }
    tuple_set_item(values, i, value);
  }
  decref(get);
  decref(seen);
  decref(dummy);
  return values;
fail:
  xdecref(get);
  xdecref(seen);
  xdecref(dummy);
  xdecref(values);
  return nullptr;
}

}  // namespace glasspy
