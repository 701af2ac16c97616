// Built-in functions about iteration: iter, next, sorted, all, any, aiter,
// anext (Python/bltinmodule.c).
#include "modules/builtins_module.h"
#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/iterobject.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/thread_state.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/generator.h"

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
  // CPython calls the bound list.sort, a C call counted against the
  // recursion limit.
  if (enter_recursive_call(" while calling a Python object") < 0) {
    decref(newlist);
    return nullptr;
  }
  Object* v = vectorcall_method(sort_name, call_args, 1, nkw ? kwnames : nullptr);
  leave_recursive_call();
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

// anext(iterator, default): awaits iterator.__anext__() and turns its
// StopAsyncIteration into the default value (CPython's anext_awaitable).
// Each step goes to the wrapped awaitable itself when it is an iterator
// (an async generator's asend object), else to its __await__() iterator.
Object* return_self(Object* o) { return newref(o); }

struct AnextAwaitableObject : Object {
  Object* wrapped;
  Object* default_value;
};

extern Type AnextAwaitableType;

void anext_awaitable_dealloc(Object* o) {
  gc_untrack(o);
  AnextAwaitableObject* a = static_cast<AnextAwaitableObject*>(o);
  xdecref(a->wrapped);
  xdecref(a->default_value);
  free_object(o);
}

int anext_awaitable_traverse(Object* o, visitproc visit, void* arg) {
  AnextAwaitableObject* a = static_cast<AnextAwaitableObject*>(o);
  GLASSPY_VISIT(a->wrapped);
  GLASSPY_VISIT(a->default_value);
  return 0;
}

// What awaiting the wrapped __anext__() result iterates, checked as an
// `await` checks it; a coroutine (which has no __next__) is driven through
// its __await__ wrapper.
Object* anext_awaitable_iterator(AnextAwaitableObject* a) {
  Object* awaitable = coro_get_awaitable_iter(a->wrapped);
  if (!awaitable) return nullptr;
  if (awaitable->type->iternext) return awaitable;
  unaryfunc am_await = awaitable->type->as_async ? awaitable->type->as_async->am_await : nullptr;
  if (!am_await) {
    decref(awaitable);
    return format_error(&exc::TypeError, "object %.100s can't be used in 'await' expression", a->wrapped->type->name);
  }
  Object* it = am_await(awaitable);
  decref(awaitable);
  if (!it) return nullptr;
  if (!it->type->iternext) {
    format_error(&exc::TypeError, "__await__ returned a non-iterable");
    decref(it);
    return nullptr;
  }
  return it;
}

Object* anext_awaitable_result(AnextAwaitableObject* a, Object* result) {
  if (!result && error_matches(&exc::StopAsyncIteration)) {
    clear_error();
    set_stop_iteration_value(a->default_value);
  }
  return result;
}

Object* anext_awaitable_next(Object* o) {
  AnextAwaitableObject* a = static_cast<AnextAwaitableObject*>(o);
  Object* it = anext_awaitable_iterator(a);
  if (!it) return nullptr;
  Object* result = it->type->iternext(it);
  decref(it);
  return anext_awaitable_result(a, result);
}

Object* anext_awaitable_proxy(Object* o, const char* method, Object* const* args, ssize nargs) {
  AnextAwaitableObject* a = static_cast<AnextAwaitableObject*>(o);
  Object* it = anext_awaitable_iterator(a);
  if (!it) return nullptr;
  Object* name = str_intern_cstr(method);
  Object* result = nullptr;
  if (name) {
    Object* bound = get_attr(it, name);
    if (bound) {
      result = vectorcall(bound, args, nargs, nullptr);
      decref(bound);
    }
  }
  decref(it);
  return anext_awaitable_result(a, result);
}

Object* anext_awaitable_send(Object* o, Object* value) { return anext_awaitable_proxy(o, "send", &value, 1); }

Object* anext_awaitable_throw(Object* o, Object* const* args, ssize nargs) {
  return anext_awaitable_proxy(o, "throw", args, nargs);
}

Object* anext_awaitable_close(Object* o) { return anext_awaitable_proxy(o, "close", nullptr, 0); }

MethodDef anext_awaitable_methods[] = {
    MethodDef("send", static_cast<OneArgMethod>(anext_awaitable_send)),
    MethodDef("throw", static_cast<FastMethod>(anext_awaitable_throw)),
    MethodDef("close", static_cast<NoArgsMethod>(anext_awaitable_close)),
    {},
};

AsyncMethods anext_awaitable_as_async{.am_await = return_self};

Type AnextAwaitableType{{
    .name = "anext_awaitable",
    .basicsize = sizeof(AnextAwaitableObject),
    .dealloc = anext_awaitable_dealloc,
    .as_async = &anext_awaitable_as_async,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .traverse = anext_awaitable_traverse,
    .iter = return_self,
    .iternext = anext_awaitable_next,
    .methods = anext_awaitable_methods,
}};

Object* builtin_anext(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("anext", nargs, 1, 2)) return nullptr;
  Object* aiterator = args[0];
  Type* t = aiterator->type;
  if (!t->as_async || !t->as_async->am_anext) {
    return format_error(&exc::TypeError, "'%.200s' object is not an async iterator", t->name);
  }
  Object* awaitable = t->as_async->am_anext(aiterator);
  if (!awaitable || nargs == 1) return awaitable;
  if (!(AnextAwaitableType.flags & tpflags::kReady) && type_ready(&AnextAwaitableType) < 0) {
    decref(awaitable);
    return nullptr;
  }
  Object* o = type_generic_alloc(&AnextAwaitableType, 0);
  if (!o) {
    decref(awaitable);
    return nullptr;
  }
  AnextAwaitableObject* a = static_cast<AnextAwaitableObject*>(o);
  a->wrapped = awaitable;
  a->default_value = newref(args[1]);
  return o;
}

}  // namespace

MethodDef builtins_iteration_functions[] = {
    MethodDef("iter", static_cast<FastMethod>(builtin_iter)),
    MethodDef("next", static_cast<FastMethod>(builtin_next)),
    MethodDef("sorted", static_cast<FastKeywordsMethod>(builtin_sorted),
              "sorted($module, iterable, /, *, key=None, reverse=False)\n--\n\n"),
    MethodDef("all", static_cast<OneArgMethod>(builtin_all), "all($module, iterable, /)\n--\n\n"),
    MethodDef("any", static_cast<OneArgMethod>(builtin_any), "any($module, iterable, /)\n--\n\n"),
    MethodDef("aiter", static_cast<OneArgMethod>(builtin_aiter), "aiter($module, async_iterable, /)\n--\n\n"),
    MethodDef("anext", static_cast<FastMethod>(builtin_anext),
              "anext($module, aiterator, default=<unrepresentable>, /)\n--\n\n"),
    {},
};

}  // namespace glasspy
