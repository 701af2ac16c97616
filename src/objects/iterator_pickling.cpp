// See iterator_pickling.h.
#include "objects/iterator_pickling.h"

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

namespace {

// builtins.<name>, looked up at call time as CPython does (so a rebound
// builtins entry is what pickles).
Object* builtin_callable(const char* name) {
  if (!import_module_hook) return format_error(&exc::ImportError, "No module named 'builtins'");
  Object* builtins = import_module_hook("builtins");
  if (!builtins) return nullptr;
  Object* f = get_attr_cstr(builtins, name);
  decref(builtins);
  return f;
}

}  // namespace

Object* iterator_reduce(const char* builtin, Object* seq, Object* position) {
  Object* f = builtin_callable(builtin);
  if (!f) return nullptr;
  Object* args = tuple_pack({seq});
  Object* result = args ? tuple_pack({f, args, position}) : nullptr;
  decref(f);
  xdecref(args);
  return result;
}

Object* iterator_reduce_at(const char* builtin, Object* seq, ssize position) {
  Object* index = int_from_ssize(position);
  if (!index) return nullptr;
  Object* result = iterator_reduce(builtin, seq, index);
  decref(index);
  return result;
}

Object* builtin_call_reduce(const char* builtin, Object* args) {
  Object* f = builtin_callable(builtin);
  if (!f) return nullptr;
  Object* result = tuple_pack({f, args});
  decref(f);
  return result;
}

Object* iter_of_reduce(Object* items) {
  if (!items) return nullptr;
  Object* args = tuple_pack({items});
  decref(items);
  if (!args) return nullptr;
  Object* result = builtin_call_reduce("iter", args);
  decref(args);
  return result;
}

Object* reduce_to_getattr(Object* owner, Object* name) {
  Object* args = tuple_pack({owner, name});
  if (!args) return nullptr;
  Object* result = builtin_call_reduce("getattr", args);
  decref(args);
  return result;
}

bool iterator_state_index(Object* state, ssize* out) {
  if (!is_int(state)) {
    set_error(&exc::TypeError, "an integer is required");
    return false;
  }
  ssize v = int_as_ssize(state);
  if (v == -1 && error_occurred()) return false;
  *out = v;
  return true;
}

}  // namespace glasspy
