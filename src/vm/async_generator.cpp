// Asynchronous generators (`async def` with `yield`), as CPython's
// genobject.c implements them.
//
// An async generator is driven through awaitables: __anext__() / asend(v)
// return an `async_generator_asend`, athrow() / aclose() an
// `async_generator_athrow`.  Awaiting one sends into the generator's frame;
// a value the generator yields arrives wrapped (ASYNC_GEN_WRAP puts it in an
// `async_generator_wrapped_value`) and is turned into StopIteration(value),
// which ends the `await`; anything else (an inner await's yield) passes
// through to the event loop.
#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/genericalias.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/frame_object.h"
#include "vm/generator.h"

namespace glasspy {

namespace {

enum AwaitableState : int { kInit = 0, kIter = 1, kClosed = 2 };

struct WrappedValueObject : Object {
  Object* agw_val;
};

struct ASendObject : Object {
  GenObject* ags_gen;
  Object* ags_sendval;
  int ags_state;
};

struct AThrowObject : Object {
  GenObject* agt_gen;
  Object* agt_args;  // null: aclose()
  int agt_state;
};

bool is_wrapped_value(Object* o) { return o->type == &AsyncGenWrappedValueType; }

Object* unwrap_value(GenObject* gen, Object* result) {
  if (!result) {
    if (!error_occurred()) set_error_none(&exc::StopAsyncIteration);
    if (error_matches(&exc::StopAsyncIteration) || error_matches(&exc::GeneratorExit)) gen->gi_closed = 1;
    gen->gi_running_async = 0;
    return nullptr;
  }
  if (is_wrapped_value(result)) {
    set_stop_iteration_value(static_cast<WrappedValueObject*>(result)->agw_val);
    decref(result);
    gen->gi_running_async = 0;
    return nullptr;
  }
  return result;
}

// ---- async_generator_asend ------------------------------------------------------

Object* asend_new(GenObject* gen, Object* sendval) {
  Object* o = allocate_object(&AsyncGenASendType, sizeof(ASendObject));
  if (!o) return nullptr;
  ASendObject* a = static_cast<ASendObject*>(o);
  a->ags_gen = static_cast<GenObject*>(newref(static_cast<Object*>(gen)));
  a->ags_sendval = xnewref(sendval);
  a->ags_state = kInit;
  gc_track(o);
  return o;
}

void asend_dealloc(Object* self) {
  gc_untrack(self);
  ASendObject* a = static_cast<ASendObject*>(self);
  xdecref(a->ags_gen);
  xdecref(a->ags_sendval);
  free_object(self);
}

int asend_traverse(Object* self, visitproc visit, void* arg) {
  ASendObject* a = static_cast<ASendObject*>(self);
  GLASSPY_VISIT(a->ags_gen);
  GLASSPY_VISIT(a->ags_sendval);
  return 0;
}

Object* asend_send(Object* self, Object* arg) {
  ASendObject* o = static_cast<ASendObject*>(self);
  if (o->ags_state == kClosed) {
    set_error(&exc::RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    return nullptr;
  }
  if (o->ags_state == kInit) {
    if (o->ags_gen->gi_running_async) {
      set_error(&exc::RuntimeError, "anext(): asynchronous generator is already running");
      return nullptr;
    }
    if (!arg || arg == None) arg = o->ags_sendval;
    o->ags_state = kIter;
  }
  o->ags_gen->gi_running_async = 1;
  Object* result = gen_send(o->ags_gen, arg);
  result = unwrap_value(o->ags_gen, result);
  if (!result) o->ags_state = kClosed;
  return result;
}

Object* asend_iternext(Object* self) { return asend_send(self, nullptr); }

Object* asend_throw(Object* self, Object* const* args, ssize nargs) {
  ASendObject* o = static_cast<ASendObject*>(self);
  if (o->ags_state == kClosed) {
    set_error(&exc::RuntimeError, "cannot reuse already awaited __anext__()/asend()");
    return nullptr;
  }
  Object* result = gen_throw_args(o->ags_gen, args, nargs);
  result = unwrap_value(o->ags_gen, result);
  if (!result) o->ags_state = kClosed;
  return result;
}

Object* asend_close(Object* self) {
  static_cast<ASendObject*>(self)->ags_state = kClosed;
  return newref(None);
}

Object* return_self(Object* self) { return newref(self); }

MethodDef asend_methods[] = {
    MethodDef("send", static_cast<OneArgMethod>(asend_send)),
    MethodDef("throw", static_cast<FastMethod>(asend_throw)),
    MethodDef("close", static_cast<NoArgsMethod>(asend_close)),
    {},
};

AsyncMethods asend_as_async = {return_self, nullptr, nullptr};

// ---- async_generator_athrow -----------------------------------------------------

Object* athrow_new(GenObject* gen, Object* args) {
  Object* o = allocate_object(&AsyncGenAThrowType, sizeof(AThrowObject));
  if (!o) return nullptr;
  AThrowObject* a = static_cast<AThrowObject*>(o);
  a->agt_gen = static_cast<GenObject*>(newref(static_cast<Object*>(gen)));
  a->agt_args = xnewref(args);
  a->agt_state = kInit;
  gc_track(o);
  return o;
}

void athrow_dealloc(Object* self) {
  gc_untrack(self);
  AThrowObject* a = static_cast<AThrowObject*>(self);
  xdecref(a->agt_gen);
  xdecref(a->agt_args);
  free_object(self);
}

int athrow_traverse(Object* self, visitproc visit, void* arg) {
  AThrowObject* a = static_cast<AThrowObject*>(self);
  GLASSPY_VISIT(a->agt_gen);
  GLASSPY_VISIT(a->agt_args);
  return 0;
}

constexpr const char* kIgnoredExit = "async generator ignored GeneratorExit";

Object* athrow_check_error(AThrowObject* o) {
  o->agt_gen->gi_running_async = 0;
  o->agt_state = kClosed;
  if (error_matches(&exc::StopAsyncIteration) || error_matches(&exc::GeneratorExit)) {
    if (!o->agt_args) {
      clear_error();
      set_error_none(&exc::StopIteration);
    }
  }
  return nullptr;
}

Object* athrow_yield_close(AThrowObject* o) {
  o->agt_gen->gi_running_async = 0;
  o->agt_state = kClosed;
  set_error(&exc::RuntimeError, kIgnoredExit);
  return nullptr;
}

Object* athrow_send(Object* self, Object* arg) {
  AThrowObject* o = static_cast<AThrowObject*>(self);
  GenObject* gen = o->agt_gen;
  Object* retval;
  if (o->agt_state == kClosed) {
    set_error(&exc::RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    return nullptr;
  }
  if (gen->gi_frame_state >= kFrameCompleted) {
    o->agt_state = kClosed;
    set_error_none(&exc::StopIteration);
    return nullptr;
  }
  if (o->agt_state == kInit) {
    if (gen->gi_running_async) {
      o->agt_state = kClosed;
      set_error(&exc::RuntimeError, o->agt_args ? "athrow(): asynchronous generator is already running"
                                                : "aclose(): asynchronous generator is already running");
      return nullptr;
    }
    if (gen->gi_closed) {
      o->agt_state = kClosed;
      set_error_none(&exc::StopAsyncIteration);
      return nullptr;
    }
    if (arg && arg != None) {
      set_error(&exc::RuntimeError, "can't send non-None value to a just-started coroutine");
      return nullptr;
    }
    o->agt_state = kIter;
    gen->gi_running_async = 1;
    if (!o->agt_args) {
      gen->gi_closed = 1;
      retval = gen_throw_impl(gen, false, static_cast<Object*>(&exc::GeneratorExit), nullptr, nullptr);
      if (retval && is_wrapped_value(retval)) {
        decref(retval);
        return athrow_yield_close(o);
      }
    } else {
      ssize n = tuple_size(o->agt_args);
      if (!check_positional("athrow", n, 1, 3)) return nullptr;
      Object* typ = tuple_item(o->agt_args, 0);
      Object* val = n > 1 ? tuple_item(o->agt_args, 1) : nullptr;
      Object* tb = n > 2 ? tuple_item(o->agt_args, 2) : nullptr;
      retval = gen_throw_impl(gen, false, typ, val, tb);
      retval = unwrap_value(gen, retval);
    }
    if (!retval) return athrow_check_error(o);
    return retval;
  }
  retval = gen_send(gen, arg ? arg : None);
  if (o->agt_args) return unwrap_value(gen, retval);
  if (retval) {
    if (is_wrapped_value(retval)) {
      decref(retval);
      return athrow_yield_close(o);
    }
    return retval;
  }
  return athrow_check_error(o);
}

Object* athrow_iternext(Object* self) { return athrow_send(self, None); }

Object* athrow_throw(Object* self, Object* const* args, ssize nargs) {
  AThrowObject* o = static_cast<AThrowObject*>(self);
  if (o->agt_state == kClosed) {
    set_error(&exc::RuntimeError, "cannot reuse already awaited aclose()/athrow()");
    return nullptr;
  }
  Object* retval = gen_throw_args(o->agt_gen, args, nargs);
  if (o->agt_args) return unwrap_value(o->agt_gen, retval);
  if (retval && is_wrapped_value(retval)) {
    o->agt_gen->gi_running_async = 0;
    o->agt_state = kClosed;
    decref(retval);
    set_error(&exc::RuntimeError, kIgnoredExit);
    return nullptr;
  }
  if (error_matches(&exc::StopAsyncIteration) || error_matches(&exc::GeneratorExit)) {
    clear_error();
    set_error_none(&exc::StopIteration);
  }
  return retval;
}

Object* athrow_close(Object* self) {
  static_cast<AThrowObject*>(self)->agt_state = kClosed;
  return newref(None);
}

MethodDef athrow_methods[] = {
    MethodDef("send", static_cast<OneArgMethod>(athrow_send)),
    MethodDef("throw", static_cast<FastMethod>(athrow_throw)),
    MethodDef("close", static_cast<NoArgsMethod>(athrow_close)),
    {},
};

AsyncMethods athrow_as_async = {return_self, nullptr, nullptr};

// ---- wrapped values -----------------------------------------------------------

void wrapped_dealloc(Object* self) {
  gc_untrack(self);
  xdecref(static_cast<WrappedValueObject*>(self)->agw_val);
  free_object(self);
}

int wrapped_traverse(Object* self, visitproc visit, void* arg) {
  GLASSPY_VISIT(static_cast<WrappedValueObject*>(self)->agw_val);
  return 0;
}

// ---- the async generator type ---------------------------------------------------

}  // namespace

AsyncGenHooks& async_gen_hooks() {
  static AsyncGenHooks hooks;
  return hooks;
}

namespace {

// async_gen_init_hooks: on the generator's first asend/athrow/aclose/
// __anext__, remember the finalizer hook and call the firstiter hook.
int init_hooks(GenObject* gen) {
  if (gen->gi_hooks_inited) return 0;
  gen->gi_hooks_inited = 1;
  AsyncGenHooks& hooks = async_gen_hooks();
  if (hooks.finalizer) setref(gen->gi_origin_or_finalizer, newref(hooks.finalizer));
  if (hooks.firstiter) {
    Object* firstiter = newref(hooks.firstiter);
    Object* r = call_function(firstiter, static_cast<Object*>(gen));
    decref(firstiter);
    if (!r) return -1;
    decref(r);
  }
  return 0;
}

Object* ag_anext(Object* self) {
  if (init_hooks(as_gen(self)) < 0) return nullptr;
  return asend_new(as_gen(self), nullptr);
}
Object* ag_asend(Object* self, Object* arg) {
  if (init_hooks(as_gen(self)) < 0) return nullptr;
  return asend_new(as_gen(self), arg);
}
Object* ag_athrow(Object* self, Object* const* args, ssize nargs) {
  if (init_hooks(as_gen(self)) < 0) return nullptr;
  Object* t = tuple_from_array(args, nargs);
  if (!t) return nullptr;
  Object* r = athrow_new(as_gen(self), t);
  decref(t);
  return r;
}
Object* ag_aclose(Object* self) {
  if (init_hooks(as_gen(self)) < 0) return nullptr;
  return athrow_new(as_gen(self), nullptr);
}

Object* ag_repr(Object* self) {
  return str_from_format("<async_generator object %U at %p>", as_gen(self)->gi_qualname,
                         static_cast<void*>(self));
}

Object* ag_get_await(Object* self, void*) {
  Object* yf = gen_yield_from_target(self);
  return yf ? yf : newref(None);
}
Object* ag_get_name(Object* self, void*) { return newref(as_gen(self)->gi_name); }
Object* ag_get_qualname(Object* self, void*) { return newref(as_gen(self)->gi_qualname); }
int ag_set_str_field(Object* value, Object*& field, const char* what) {
  if (!value || !is_str(value)) {
    format_error(&exc::TypeError, "%s must be set to a string object", what);
    return -1;
  }
  setref(field, newref(value));
  return 0;
}
int ag_set_name(Object* self, Object* value, void*) {
  return ag_set_str_field(value, as_gen(self)->gi_name, "__name__");
}
int ag_set_qualname(Object* self, Object* value, void*) {
  return ag_set_str_field(value, as_gen(self)->gi_qualname, "__qualname__");
}
// The suspended frame, None once the generator has finished.
Object* ag_get_frame(Object* self, void*) {
  GenObject* gen = as_gen(self);
  if (gen->gi_frame_state >= kFrameCleared) return newref(None);
  FrameObject* f = frame_get_object(gen->frame());
  return f ? newref(static_cast<Object*>(f)) : nullptr;
}

MethodDef ag_methods[] = {
    MethodDef("asend", static_cast<OneArgMethod>(ag_asend),
              "asend(v) -> an awaitable that sends v into the generator and resolves to the next value yielded."),
    MethodDef("athrow", static_cast<FastMethod>(ag_athrow),
              "athrow(typ[,val[,tb]]) -> an awaitable that raises the exception inside the generator."),
    MethodDef("aclose", static_cast<NoArgsMethod>(ag_aclose),
              "aclose() -> an awaitable that raises GeneratorExit inside the generator to finish it."),
    MethodDef("__class_getitem__", static_cast<OneArgMethod>(generic_alias_new),
              "Subscript the class to a generic alias (PEP 585).", Binding::kClass),
    {},
};

GetSetDef ag_getset[] = {
    {"__name__", ag_get_name, ag_set_name},
    {"__qualname__", ag_get_qualname, ag_set_qualname},
    {"ag_await", ag_get_await},
    {"ag_frame", ag_get_frame},
    {},
};

// Read-only members, as in CPython ("readonly attribute").
MemberDef ag_members[] = {
    {"ag_code", MemberType::kObject, offsetof(GenObject, gi_code), true},
    {"ag_running", MemberType::kBool, offsetof(GenObject, gi_running_async), true},
    {},
};

AsyncMethods ag_as_async = {nullptr, return_self, ag_anext};

}  // namespace

Object* async_gen_value_wrapper_new(Object* value) {
  Object* o = allocate_object(&AsyncGenWrappedValueType, sizeof(WrappedValueObject));
  if (!o) return nullptr;
  static_cast<WrappedValueObject*>(o)->agw_val = newref(value);
  gc_track(o);
  return o;
}

Object* get_anext_awaitable(Object* aiter) {
  Type* type = aiter->type;
  if (is_async_generator(aiter)) return ag_anext(aiter);
  unaryfunc getter = type->as_async ? type->as_async->am_anext : nullptr;
  if (!getter) {
    format_error(&exc::TypeError, "'async for' requires an iterator with __anext__ method, got %.100s", type->name);
    return nullptr;
  }
  Object* next_iter = getter(aiter);
  if (!next_iter) return nullptr;
  Object* awaitable = coro_get_awaitable_iter(next_iter);
  if (!awaitable) {
    std::string msg = std::string("'async for' received an invalid object from __anext__: ") + next_iter->type->name;
    format_error_from_cause(&exc::TypeError, msg.c_str());
  }
  decref(next_iter);
  return awaitable;
}

Type AsyncGenType{{
    .name = "async_generator",
    .basicsize = sizeof(GenObject),
    .dealloc = gen_dealloc,
    .as_async = &ag_as_async,
    .repr = ag_repr,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .traverse = gen_traverse,
    .weaklistoffset = offsetof(GenObject, gi_weakreflist),
    .methods = ag_methods,
    .members = ag_members,
    .getset = ag_getset,
    .finalize = gen_finalize,
}};

Type AsyncGenASendType{{
    .name = "async_generator_asend",
    .basicsize = sizeof(ASendObject),
    .dealloc = asend_dealloc,
    .as_async = &asend_as_async,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .traverse = asend_traverse,
    .iter = return_self,
    .iternext = asend_iternext,
    .methods = asend_methods,
}};

Type AsyncGenAThrowType{{
    .name = "async_generator_athrow",
    .basicsize = sizeof(AThrowObject),
    .dealloc = athrow_dealloc,
    .as_async = &athrow_as_async,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .traverse = athrow_traverse,
    .iter = return_self,
    .iternext = athrow_iternext,
    .methods = athrow_methods,
}};

Type AsyncGenWrappedValueType{{
    .name = "async_generator_wrapped_value",
    .basicsize = sizeof(WrappedValueObject),
    .dealloc = wrapped_dealloc,
    .flags = tpflags::kHaveGC,
    .traverse = wrapped_traverse,
}};

}  // namespace glasspy
