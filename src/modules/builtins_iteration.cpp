// Built-in functions about iteration: iter, next, sorted, all, any, aiter,
// anext (Python/bltinmodule.c).
#include "modules/builtins_module.h"
#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/iterobject.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

namespace {

Object* builtin_iter(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("iter", nargs, 1, 2)) return nullptr;
  if (nargs == 1) return get_iter(args[0]);
  if (!is_callable(args[0])) {
    set_error(&exc::TypeError, "iter(v, w): v must be callable");
    return nullptr;
  }
  return calliter_new(args[0], args[1]);
}

Object* builtin_next(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("next", nargs, 1, 2)) return nullptr;
  Object* it = args[0];
  if (!is_iterator(it)) {
    return format_error(&exc::TypeError, "'%.200s' object is not an iterator", it->type->name);
  }
  Object* res = it->type->iternext(it);
  if (res) return res;
  if (nargs > 1) {
    if (error_occurred()) {
      if (!error_matches(&exc::StopIteration)) return nullptr;
      clear_error();
    }
    return newref(args[1]);
  }
  if (error_occurred()) return nullptr;
  set_error_none(&exc::StopIteration);
  return nullptr;
}

Object* builtin_sorted(Object* module, Object* const* args, ssize nargs, Object* kwnames) {
  if (!check_positional("sorted", nargs, 1, 1)) return nullptr;
  Object* newlist = sequence_list(args[0]);
  if (!newlist) return nullptr;
  static Object* sort_name = nullptr;
  if (!sort_name) sort_name = str_intern_cstr("sort");
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  Object* stack[16];
  Object** call_args = stack;
  if (nkw + 1 > 16) {
    decref(newlist);
    set_error(&exc::TypeError, "sort() takes at most 2 keyword arguments");
    return nullptr;
  }
  call_args[0] = newlist;
  for (ssize i = 0; i < nkw; ++i) call_args[1 + i] = args[1 + i];
  Object* v = vectorcall_method(sort_name, call_args, 1, nkw ? kwnames : nullptr);
  if (!v) {
    decref(newlist);
    return nullptr;
  }
  decref(v);
  return newlist;
}

Object* all_any(Object* iterable, bool want) {
  Object* it = get_iter(iterable);
  if (!it) return nullptr;
  for (;;) {
    Object* item = iter_next(it);
    if (!item) break;
    int r = object_is_true(item);
    decref(item);
    if (r < 0) {
      decref(it);
      return nullptr;
    }
    if ((r > 0) == want) {
      decref(it);
      return bool_from(want);
    }
  }
  decref(it);
  if (error_occurred()) return nullptr;
  return bool_from(!want);
}

Object* builtin_all(Object* module, Object* iterable) { return all_any(iterable, false); }
Object* builtin_any(Object* module, Object* iterable) { return all_any(iterable, true); }

Object* builtin_aiter(Object* module, Object* obj) {
  Type* t = obj->type;
  if (!t->as_async || !t->as_async->am_aiter) {
    return format_error(&exc::TypeError, "'%.200s' object is not an async iterable", t->name);
  }
  Object* it = t->as_async->am_aiter(obj);
  if (!it) return nullptr;
  if (!it->type->as_async || !it->type->as_async->am_anext) {
    format_error(&exc::TypeError, "aiter() returned not an async iterator of type '%.100s'", it->type->name);
    decref(it);
    return nullptr;
  }
  return it;
}

Object* builtin_anext(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("anext", nargs, 1, 2)) return nullptr;
  Object* aiterator = args[0];
  Type* t = aiterator->type;
  if (!t->as_async || !t->as_async->am_anext) {
    return format_error(&exc::TypeError, "'%.200s' object is not an async iterator", t->name);
  }
  if (nargs > 1) {
    set_error(&exc::NotImplementedError, "anext() with a default is not supported yet");
    return nullptr;
  }
  return t->as_async->am_anext(aiterator);
}

}  // namespace

MethodDef builtins_iteration_functions[] = {
    MethodDef("iter", static_cast<FastMethod>(builtin_iter)),
    MethodDef("next", static_cast<FastMethod>(builtin_next)),
    MethodDef("sorted", static_cast<FastKeywordsMethod>(builtin_sorted)),
    MethodDef("all", static_cast<OneArgMethod>(builtin_all)),
    MethodDef("any", static_cast<OneArgMethod>(builtin_any)),
    MethodDef("aiter", static_cast<OneArgMethod>(builtin_aiter)),
    MethodDef("anext", static_cast<FastMethod>(builtin_anext)),
    {},
};

}  // namespace glasspy
