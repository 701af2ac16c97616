// Generators and coroutines (see generator.h); async generators are in
// async_generator.cpp.
#include "vm/generator.h"

#include <cstring>
#include <vector>

#include "compiler/opcodes.h"
#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/int.h"
#include "objects/known_strings.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/code_object.h"
#include "vm/eval.h"
#include "vm/frame_object.h"
#include "vm/function_object.h"
#include "vm/traceback.h"
#include "vm/vm_strings.h"
#include "objects/weakref.h"
#include "vm/warnings_support.h"

namespace glasspy {

namespace {

// PyObject_CallFinalizerFromDealloc: true if `self` was resurrected.
bool call_finalizer_from_dealloc(Object* self) {
  self->refcnt = 1;
  Type* tp = self->type;
  if (tp->finalize && !gc_is_finalized(self)) {
    tp->finalize(self);
    gc_set_finalized(self);
  }
  return --self->refcnt != 0;
}

}  // namespace

void format_error_from_cause(Type* type, const char* message) {
  Object* cause = fetch_error();
  set_error(type, message);
  Object* e = fetch_error();
  if (e && cause) {
    exception_set_cause(e, newref(cause));
    exception_set_context(e, newref(cause));
  }
  xdecref(cause);
  restore_error(e);
}

// cr_origin: ((filename, line, function), ...) for up to `depth` frames
// from `frame` outwards.  New reference.
static Object* coroutine_origin(Frame* frame, int depth) {
  std::vector<Frame*> frames;
  for (Frame* f = frame; f && static_cast<int>(frames.size()) < depth; f = f->previous) {
    if (!frame_is_incomplete(f)) frames.push_back(f);
  }
  Object* origin = tuple_new(static_cast<ssize>(frames.size()));
  if (!origin) return nullptr;
  for (size_t i = 0; i < frames.size(); ++i) {
    Object* line = int_from_i64(frame_line(frames[i]));
    Object* info = line ? tuple_pack({frames[i]->code->co_filename, line, frames[i]->code->co_name}) : nullptr;
    xdecref(line);
    if (!info) {
      decref(origin);
      return nullptr;
    }
    tuple_set_item(origin, static_cast<ssize>(i), info);
  }
  return origin;
}

Object* gen_new_from_frame(Frame* frame) {
  CodeObject* co = frame->code;
  int flags = co->co_flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR);
  Type* type = flags == CO_COROUTINE ? &CoroType : flags == CO_ASYNC_GENERATOR ? &AsyncGenType : &GenType;
  size_t size = offsetof(GenObject, gi_iframe) + frame_size_for(co);
  Object* o = allocate_object(type, size);
  if (!o) return nullptr;
  GenObject* gen = as_gen(o);
  Frame* gf = gen->frame();
  copy_frame(frame, gf);
  gf->owner = FrameOwner::kGenerator;
  gf->previous = nullptr;
  gf->is_entry = false;
  gen->gi_frame_state = kFrameCreated;
  gen->gi_code = newref(static_cast<Object*>(co));
  gen->gi_name = newref(frame->func->func_name);
  gen->gi_qualname = newref(frame->func->func_qualname);
  gen->gi_exc_state.exc_value = nullptr;
  gen->gi_exc_state.previous = nullptr;
  gen->gi_origin_or_finalizer = nullptr;
  if (type == &CoroType && coroutine_origin_tracking_depth() > 0) {
    gen->gi_origin_or_finalizer = coroutine_origin(frame->previous, coroutine_origin_tracking_depth());
    if (!gen->gi_origin_or_finalizer) {
      decref(o);
      return nullptr;
    }
  }
  gc_track(o);
  return o;
}

int& coroutine_origin_tracking_depth() {
  static int depth = 0;
  return depth;
}

// gen_send_ex2.
static SendResult gen_send_ex2(GenObject* gen, Object* arg, Object** presult, bool exc, bool closing) {
  ThreadState& ts = thread_state();
  Frame* frame = gen->frame();
  *presult = nullptr;
  if (gen->gi_frame_state == kFrameCreated && arg && arg != None) {
    const char* msg = is_coroutine(gen)        ? "can't send non-None value to a just-started coroutine"
                      : is_async_generator(gen) ? "can't send non-None value to a just-started async generator"
                                                : "can't send non-None value to a just-started generator";
    set_error(&exc::TypeError, msg);
    return SendResult::kError;
  }
  if (gen->gi_frame_state == kFrameExecuting) {
    const char* msg = is_coroutine(gen)        ? "coroutine already executing"
                      : is_async_generator(gen) ? "async generator already executing"
                                                : "generator already executing";
    set_error(&exc::ValueError, msg);
    return SendResult::kError;
  }
  if (gen->gi_frame_state >= kFrameCompleted) {
    if (is_coroutine(gen) && !closing) {
      set_error(&exc::RuntimeError, "cannot reuse already awaited coroutine");
    } else if (arg && !exc) {
      *presult = newref(None);
      return SendResult::kReturn;
    }
    return SendResult::kError;
  }
  Object* value = arg ? arg : None;
  frame->localsplus[frame->stacktop++] = newref(value);

  gen->gi_exc_state.previous = ts.exc_info;
  ts.exc_info = &gen->gi_exc_state;
  if (exc) {
    // Chain the thrown exception to what the generator was handling.
    Object* handled = gen->gi_exc_state.exc_value;
    if (handled && handled != None) {
      Object* e = fetch_error();
      set_error_object(e->type, e);
      decref(e);
    }
  }
  gen->gi_frame_state = kFrameExecuting;
  Object* result = eval_frame(frame, exc);
  if (gen->gi_frame_state == kFrameExecuting) gen->gi_frame_state = kFrameCompleted;
  ts.exc_info = gen->gi_exc_state.previous;
  gen->gi_exc_state.previous = nullptr;
  frame->previous = nullptr;

  if (result) {
    if (gen->gi_frame_state == kFrameSuspended) {
      *presult = result;
      return SendResult::kNext;
    }
    if (result == None && !is_async_generator(gen) && !arg) clear_ref(result);
  } else {
    if (error_matches(&exc::StopIteration)) {
      const char* msg = is_coroutine(gen)        ? "coroutine raised StopIteration"
                        : is_async_generator(gen) ? "async generator raised StopIteration"
                                                  : "generator raised StopIteration";
      format_error_from_cause(&exc::RuntimeError, msg);
    } else if (is_async_generator(gen) && error_matches(&exc::StopAsyncIteration)) {
      format_error_from_cause(&exc::RuntimeError, "async generator raised StopAsyncIteration");
    }
  }
  clear_ref(gen->gi_exc_state.exc_value);
  gen->gi_frame_state = kFrameCleared;
  clear_frame(frame);
  *presult = result;
  return result ? SendResult::kReturn : SendResult::kError;
}

void set_stop_iteration_value(Object* value) {
  Object* e = call_function(static_cast<Object*>(&exc::StopIteration), value);
  if (!e) return;
  set_error_object(&exc::StopIteration, e);
  decref(e);
}

int fetch_stop_iteration_value(Object** pvalue) {
  Object* value = nullptr;
  if (error_occurred()) {
    if (!error_matches(&exc::StopIteration)) return -1;
    Object* e = fetch_error();
    value = xnewref(static_cast<StopIterationObject*>(e)->value);
    decref(e);
  }
  *pvalue = value ? value : newref(None);
  return 0;
}

Object* gen_send_ex(GenObject* gen, Object* arg, bool exc, bool closing) {
  Object* result;
  if (gen_send_ex2(gen, arg, &result, exc, closing) == SendResult::kReturn) {
    if (is_async_generator(gen)) {
      set_error_none(&exc::StopAsyncIteration);
    } else if (result == None) {
      set_error_none(&exc::StopIteration);
    } else {
      set_stop_iteration_value(result);
    }
    clear_ref(result);
  }
  return result;
}

Object* gen_send(GenObject* gen, Object* arg) { return gen_send_ex(gen, arg, false, false); }

Object* gen_yield_from_target(Object* o) {
  GenObject* gen = as_gen(o);
  if (gen->gi_frame_state >= kFrameCleared || gen->gi_frame_state == kFrameCreated) return nullptr;
  Frame* frame = gen->frame();
  CodeWord next = frame->prev_instr[1];
  if (op::deoptimize(next.opcode) != op::RESUME || next.arg < 2) return nullptr;
  return newref(frame->localsplus[frame->stacktop - 1]);
}

namespace {

int gen_close_iter(Object* yf) {
  Object* retval = nullptr;
  if (is_generator(yf) || is_coroutine(yf)) {
    retval = gen_close(as_gen(yf));
    if (!retval) return -1;
  } else {
    Object* meth;
    if (lookup_attr(yf, VM_ID(close), &meth) < 0) write_unraisable(yf);
    if (meth) {
      retval = call_no_args(meth);
      decref(meth);
      if (!retval) return -1;
    }
  }
  xdecref(retval);
  return 0;
}

}  // namespace

Object* gen_close(GenObject* gen) {
  Object* yf = gen_yield_from_target(gen);
  int err = 0;
  if (yf) {
    int8_t state = gen->gi_frame_state;
    gen->gi_frame_state = kFrameExecuting;
    err = gen_close_iter(yf);
    gen->gi_frame_state = state;
    decref(yf);
  }
  if (err == 0) set_error_none(&exc::GeneratorExit);
  Object* retval = gen_send_ex(gen, None, true, true);
  if (retval) {
    const char* msg = is_coroutine(gen)        ? "coroutine ignored GeneratorExit"
                      : is_async_generator(gen) ? "async generator ignored GeneratorExit"
                                                : "generator ignored GeneratorExit";
    decref(retval);
    set_error(&exc::RuntimeError, msg);
    return nullptr;
  }
  if (error_matches(&exc::StopIteration) || error_matches(&exc::GeneratorExit)) {
    clear_error();
    return newref(None);
  }
  return nullptr;
}

Object* gen_throw_impl(GenObject* gen, bool close_on_genexit, Object* typ, Object* val, Object* tb) {
  Object* yf = gen_yield_from_target(gen);
  if (yf) {
    Frame* frame = gen->frame();
    Object* ret;
    if (exception_matches(typ, reinterpret_cast<Object*>(&exc::GeneratorExit)) && close_on_genexit) {
      int8_t state = gen->gi_frame_state;
      gen->gi_frame_state = kFrameExecuting;
      int err = gen_close_iter(yf);
      gen->gi_frame_state = state;
      decref(yf);
      if (err < 0) return gen_send_ex(gen, None, true, false);
      goto throw_here;
    }
    if (is_generator(yf) || is_coroutine(yf)) {
      VMThread& vm = vm_thread();
      Frame* prev = vm.current_frame;
      frame->previous = prev;
      vm.current_frame = frame;
      int8_t state = gen->gi_frame_state;
      gen->gi_frame_state = kFrameExecuting;
      ret = gen_throw_impl(as_gen(yf), close_on_genexit, typ, val, tb);
      gen->gi_frame_state = state;
      vm.current_frame = prev;
      frame->previous = nullptr;
    } else {
      Object* meth;
      if (lookup_attr(yf, ID(throw_), &meth) < 0) {
        decref(yf);
        return nullptr;
      }
      if (!meth) {
        decref(yf);
        goto throw_here;
      }
      int8_t state = gen->gi_frame_state;
      gen->gi_frame_state = kFrameExecuting;
      Object* args[3] = {typ, val ? val : None, tb ? tb : None};
      ssize n = tb ? 3 : val ? 2 : 1;
      ret = vectorcall(meth, args, static_cast<size_t>(n), nullptr);
      gen->gi_frame_state = state;
      decref(meth);
    }
    decref(yf);
    if (!ret) {
      // Pop the subiterator and continue after the SEND loop.
      Object* sub = frame->localsplus[--frame->stacktop];
      decref(sub);
      CodeWord send = frame->prev_instr[-1];
      frame->prev_instr += send.arg - 1;
      Object* v;
      if (fetch_stop_iteration_value(&v) == 0) {
        ret = gen_send(gen, v);
        decref(v);
      } else {
        ret = gen_send_ex(gen, None, true, false);
      }
    }
    return ret;
  }

throw_here:
  if (tb == None) {
    tb = nullptr;
  } else if (tb && !is_traceback(tb)) {
    set_error(&exc::TypeError, "throw() third argument must be a traceback object");
    return nullptr;
  }
  if (is_exception_class(typ)) {
    Object* value;
    if (val && is_instance_of(val, static_cast<Type*>(typ))) {
      value = newref(val);
    } else if (!val || val == None) {
      value = call_no_args(typ);
    } else if (is_tuple(val)) {
      value = call(typ, val, nullptr);
    } else {
      value = call_function(typ, val);
    }
    if (!value) return nullptr;
    if (!is_exception_instance(value)) {
      format_error(&exc::TypeError,
                   "calling %R should have returned an instance of BaseException, not %s", typ,
                   value->type->name);
      decref(value);
      return nullptr;
    }
    if (tb) exception_set_traceback(value, tb);
    restore_error(value);
  } else if (is_exception_instance(typ)) {
    if (val && val != None) {
      set_error(&exc::TypeError, "instance exception may not have a separate value");
      return nullptr;
    }
    if (tb) exception_set_traceback(typ, tb);
    restore_error(newref(typ));
  } else {
    format_error(&exc::TypeError,
                 "exceptions must be classes or instances deriving from BaseException, not %s",
                 typ->type->name);
    return nullptr;
  }
  return gen_send_ex(gen, None, true, false);
}

Object* gen_throw_args(GenObject* gen, Object* const* args, ssize nargs) {
  if (!check_positional("throw", nargs, 1, 3)) return nullptr;
  Object* typ = args[0];
  Object* val = nargs > 1 ? args[1] : nullptr;
  Object* tb = nargs > 2 ? args[2] : nullptr;
  return gen_throw_impl(gen, true, typ, val, tb);
}

SendResult iter_send(Object* iter, Object* arg, Object** result) {
  if (is_generator(iter) || is_coroutine(iter)) {
    return gen_send_ex2(as_gen(iter), arg, result, false, false);
  }
  if (arg == None && is_iterator(iter)) {
    *result = iter->type->iternext(iter);
  } else {
    *result = call_method(iter, ID(send), arg);
  }
  if (*result) return SendResult::kNext;
  if (fetch_stop_iteration_value(result) == 0) return SendResult::kReturn;
  return SendResult::kError;
}

// ---- the generator and coroutine types ------------------------------------------

void gen_finalize(Object* self) {
  GenObject* gen = as_gen(self);
  if (gen->gi_frame_state >= kFrameCompleted) return;
  Object* saved = fetch_error();
  Object* res = nullptr;
  if (is_async_generator(self) && gen->gi_origin_or_finalizer && !gen->gi_closed) {
    res = call_function(gen->gi_origin_or_finalizer, self);
    if (!res) write_unraisable(self);
    xdecref(res);
    restore_error(saved);
    return;
  }
  if ((as_code(gen->gi_code)->co_flags & CO_COROUTINE) && gen->gi_frame_state == kFrameCreated) {
    // Never awaited: CPython warns through the warnings machinery.
    warn_unawaited_coroutine(self);
    res = newref(None);
  } else {
    res = gen_close(gen);
  }
  if (!res) {
    if (error_occurred()) write_unraisable(self);
  } else {
    decref(res);
  }
  restore_error(saved);
}

void gen_dealloc(Object* self) {
  GenObject* gen = as_gen(self);
  gc_untrack(self);
  clear_weakrefs_if_any(self);
  gc_track(self);
  if (call_finalizer_from_dealloc(self)) return;  // resurrected
  gc_untrack(self);
  clear_ref(gen->gi_origin_or_finalizer);
  if (gen->gi_frame_state < kFrameCleared) {
    Frame* frame = gen->frame();
    gen->gi_frame_state = kFrameCleared;
    frame->previous = nullptr;
    clear_frame(frame);
  }
  clear_ref(gen->gi_code);
  clear_ref(gen->gi_name);
  clear_ref(gen->gi_qualname);
  clear_ref(gen->gi_exc_state.exc_value);
  free_object(self);
}

int gen_traverse(Object* self, visitproc visit, void* arg) {
  GenObject* gen = as_gen(self);
  GLASSPY_VISIT(gen->gi_code);
  GLASSPY_VISIT(gen->gi_name);
  GLASSPY_VISIT(gen->gi_qualname);
  GLASSPY_VISIT(gen->gi_origin_or_finalizer);
  if (gen->gi_frame_state < kFrameCleared) {
    Frame* f = gen->frame();
    GLASSPY_VISIT(f->func);
    GLASSPY_VISIT(f->locals);
    for (int i = 0; i < f->stacktop; ++i) GLASSPY_VISIT(f->localsplus[i]);
  }
  GLASSPY_VISIT(gen->gi_exc_state.exc_value);
  return 0;
}

namespace {

Object* gen_iternext(Object* self) {
  Object* result;
  if (gen_send_ex2(as_gen(self), nullptr, &result, false, false) == SendResult::kReturn) {
    if (result != None) set_stop_iteration_value(result);
    clear_ref(result);
  }
  return result;
}

Object* gen_repr(Object* self) {
  GenObject* gen = as_gen(self);
  return str_from_format("<%s object %U at %p>", is_coroutine(self) ? "coroutine" : "generator",
                         gen->gi_qualname, static_cast<void*>(self));
}

Object* gen_send_method(Object* self, Object* arg) { return gen_send(as_gen(self), arg); }
Object* gen_throw_method(Object* self, Object* const* args, ssize nargs) {
  return gen_throw_args(as_gen(self), args, nargs);
}
Object* gen_close_method(Object* self) { return gen_close(as_gen(self)); }

Object* gen_get_name(Object* self, void*) { return newref(as_gen(self)->gi_name); }
int gen_set_name(Object* self, Object* value, void*) {
  if (!value || !is_str(value)) {
    set_error(&exc::TypeError, "__name__ must be set to a string object");
    return -1;
  }
  setref(as_gen(self)->gi_name, newref(value));
  return 0;
}
Object* gen_get_qualname(Object* self, void*) { return newref(as_gen(self)->gi_qualname); }
int gen_set_qualname(Object* self, Object* value, void*) {
  if (!value || !is_str(value)) {
    set_error(&exc::TypeError, "__qualname__ must be set to a string object");
    return -1;
  }
  setref(as_gen(self)->gi_qualname, newref(value));
  return 0;
}
Object* gen_get_yieldfrom(Object* self, void*) {
  Object* yf = gen_yield_from_target(self);
  return yf ? yf : newref(None);
}
Object* gen_get_running(Object* self, void*) { return bool_from(as_gen(self)->gi_frame_state == kFrameExecuting); }
Object* gen_get_suspended(Object* self, void*) { return bool_from(as_gen(self)->gi_frame_state == kFrameSuspended); }
Object* gen_get_frame(Object* self, void*) {
  GenObject* gen = as_gen(self);
  if (gen->gi_frame_state >= kFrameCleared) return newref(None);
  FrameObject* f = frame_get_object(gen->frame());
  return f ? newref(static_cast<Object*>(f)) : nullptr;
}

GetSetDef gen_getset[] = {
    {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname, gen_set_qualname},
    {"gi_yieldfrom", gen_get_yieldfrom},
    {"gi_running", gen_get_running},
    {"gi_frame", gen_get_frame},
    {"gi_suspended", gen_get_suspended},
    {},
};

// The code is a plain read-only member, as in CPython ("readonly attribute").
MemberDef gen_members[] = {
    {"gi_code", MemberType::kObject, offsetof(GenObject, gi_code), true},
    {},
};

MemberDef coro_members[] = {
    {"cr_code", MemberType::kObject, offsetof(GenObject, gi_code), true},
    {"cr_origin", MemberType::kObject, offsetof(GenObject, gi_origin_or_finalizer), true},
    {},
};

MethodDef gen_methods[] = {
    MethodDef("send", static_cast<OneArgMethod>(gen_send_method),
              "send(arg) -> resume the generator with arg as the value of its yield;\n"
              "return the next value yielded, or raise StopIteration."),
    MethodDef("throw", static_cast<FastMethod>(gen_throw_method),
              "throw(value)\nthrow(type[,value[,tb]])\n\n"
              "Raise the exception at the generator's yield; return the next value\n"
              "yielded, or raise StopIteration."),
    MethodDef("close", static_cast<NoArgsMethod>(gen_close_method),
              "close() -> raise GeneratorExit at the generator's yield to finish it."),
    {},
};

GetSetDef coro_getset[] = {
    {"__name__", gen_get_name, gen_set_name},
    {"__qualname__", gen_get_qualname, gen_set_qualname},
    {"cr_await", gen_get_yieldfrom},
    {"cr_running", gen_get_running},
    {"cr_frame", gen_get_frame},
    {"cr_suspended", gen_get_suspended},
    {},
};

// ---- coroutine.__await__() ------------------------------------------------------

struct CoroWrapperObject : Object {
  Object* cw_coroutine;
};

Object* coro_await(Object* coro) {
  Object* o = allocate_object(&CoroWrapperType, sizeof(CoroWrapperObject));
  if (!o) return nullptr;
  static_cast<CoroWrapperObject*>(o)->cw_coroutine = newref(coro);
  gc_track(o);
  return o;
}

MethodDef coro_methods[] = {
    MethodDef("send", static_cast<OneArgMethod>(gen_send_method),
              "send(arg) -> resume the coroutine with arg; return the next value it\n"
              "yields, or raise StopIteration."),
    MethodDef("throw", static_cast<FastMethod>(gen_throw_method),
              "throw(value)\nthrow(type[,value[,traceback]])\n\n"
              "Raise the exception inside the coroutine; return the next value it\n"
              "yields, or raise StopIteration."),
    MethodDef("close", static_cast<NoArgsMethod>(gen_close_method),
              "close() -> raise GeneratorExit inside the coroutine to finish it."),
    {},
};

AsyncMethods coro_as_async = {coro_await, nullptr, nullptr};

GenObject* wrapped(Object* w) { return as_gen(static_cast<CoroWrapperObject*>(w)->cw_coroutine); }

void coro_wrapper_dealloc(Object* self) {
  gc_untrack(self);
  clear_ref(static_cast<CoroWrapperObject*>(self)->cw_coroutine);
  free_object(self);
}
int coro_wrapper_traverse(Object* self, visitproc visit, void* arg) {
  GLASSPY_VISIT(static_cast<CoroWrapperObject*>(self)->cw_coroutine);
  return 0;
}
Object* coro_wrapper_iternext(Object* self) { return gen_send_ex(wrapped(self), None, false, false); }
Object* coro_wrapper_send(Object* self, Object* arg) { return gen_send_ex(wrapped(self), arg, false, false); }
Object* coro_wrapper_throw(Object* self, Object* const* args, ssize nargs) {
  return gen_throw_args(wrapped(self), args, nargs);
}
Object* coro_wrapper_close(Object* self) { return gen_close(wrapped(self)); }

MethodDef coro_wrapper_methods[] = {
    MethodDef("send", static_cast<OneArgMethod>(coro_wrapper_send)),
    MethodDef("throw", static_cast<FastMethod>(coro_wrapper_throw)),
    MethodDef("close", static_cast<NoArgsMethod>(coro_wrapper_close)),
    {},
};

Object* gen_iter_self(Object* self) { return newref(self); }

}  // namespace

Object* coro_get_awaitable_iter(Object* o) {
  if (is_coroutine(o) ||
      (is_generator(o) && (as_code(as_gen(o)->gi_code)->co_flags & CO_ITERABLE_COROUTINE))) {
    return newref(o);
  }
  Type* ot = o->type;
  unaryfunc getter = ot->as_async ? ot->as_async->am_await : nullptr;
  if (getter) {
    Object* res = getter(o);
    if (res) {
      if (is_coroutine(res) ||
          (is_generator(res) && (as_code(as_gen(res)->gi_code)->co_flags & CO_ITERABLE_COROUTINE))) {
        set_error(&exc::TypeError, "__await__() returned a coroutine");
        clear_ref(res);
      } else if (!is_iterator(res)) {
        format_error(&exc::TypeError, "__await__() returned non-iterator of type '%.100s'", res->type->name);
        clear_ref(res);
      }
    }
    return res;
  }
  format_error(&exc::TypeError, "object %.100s can't be used in 'await' expression", ot->name);
  return nullptr;
}

void format_awaitable_error(Type* type, int oparg) {
  if (!type->as_async || !type->as_async->am_await) {
    if (oparg == 1) {
      clear_error();
      format_error(&exc::TypeError,
                   "'async with' received an object from __aenter__ that does not implement __await__: %.100s",
                   type->name);
    } else if (oparg == 2) {
      clear_error();
      format_error(&exc::TypeError,
                   "'async with' received an object from __aexit__ that does not implement __await__: %.100s",
                   type->name);
    }
  }
}

Type GenType{{
    .name = "generator",
    .basicsize = sizeof(GenObject),
    .dealloc = gen_dealloc,
    .repr = gen_repr,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .traverse = gen_traverse,
    .weaklistoffset = offsetof(GenObject, gi_weakreflist),
    .iter = gen_iter_self,
    .iternext = gen_iternext,
    .methods = gen_methods,
    .members = gen_members,
    .getset = gen_getset,
    .finalize = gen_finalize,
}};

Type CoroType{{
    .name = "coroutine",
    .basicsize = sizeof(GenObject),
    .dealloc = gen_dealloc,
    .as_async = &coro_as_async,
    .repr = gen_repr,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .traverse = gen_traverse,
    .weaklistoffset = offsetof(GenObject, gi_weakreflist),
    .methods = coro_methods,
    .members = coro_members,
    .getset = coro_getset,
    .finalize = gen_finalize,
}};

Type CoroWrapperType{{
    .name = "coroutine_wrapper",
    .basicsize = sizeof(CoroWrapperObject),
    .dealloc = coro_wrapper_dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .doc = "A wrapper object implementing __await__ for coroutines.",
    .traverse = coro_wrapper_traverse,
    .iter = gen_iter_self,
    .iternext = coro_wrapper_iternext,
    .methods = coro_wrapper_methods,
}};

}  // namespace glasspy
