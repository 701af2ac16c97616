// Generators, coroutines and asynchronous generators: functions whose frame
// outlives a call (CPython's genobject.c).
//
// Calling a generator function runs its first instruction, RETURN_GENERATOR,
// which moves the frame into a new generator object (gi_iframe, sized for
// the code) and returns the object.  Each send() pushes the sent value on
// the frame's stack and runs the eval loop on the frame as an entry frame
// until YIELD_VALUE (the frame is suspended) or RETURN_VALUE / an exception
// (the frame is cleared).  While it runs, the generator's own "exception
// being handled" entry (gi_exc_state) is on top of the thread's stack.
//
// Frame states, as CPython 3.11 numbers them: created (not started),
// suspended (at a yield), executing, completed, cleared.
#pragma once

#include "objects/object.h"
#include "objects/thread_state.h"
#include "vm/frame.h"

namespace glasspy {

extern Type GenType;
extern Type CoroType;
extern Type CoroWrapperType;
extern Type AsyncGenType;
extern Type AsyncGenASendType;
extern Type AsyncGenAThrowType;
extern Type AsyncGenWrappedValueType;

constexpr int8_t kFrameCreated = -2;
constexpr int8_t kFrameSuspended = -1;
constexpr int8_t kFrameExecuting = 0;
constexpr int8_t kFrameCompleted = 1;
constexpr int8_t kFrameCleared = 4;

struct GenObject : Object {
  Object* gi_code;
  Object* gi_weakreflist;
  Object* gi_name;
  Object* gi_qualname;
  ExceptionStackItem gi_exc_state;
  Object* gi_origin_or_finalizer;
  char gi_hooks_inited;
  char gi_closed;
  char gi_running_async;
  int8_t gi_frame_state;
  alignas(16) char gi_iframe[16];  // the frame (allocated to the code's size)

  Frame* frame() { return reinterpret_cast<Frame*>(gi_iframe); }
};

inline bool is_generator(Object* o) { return o->type == &GenType; }
inline bool is_coroutine(Object* o) { return o->type == &CoroType; }
inline bool is_async_generator(Object* o) { return o->type == &AsyncGenType; }
inline bool is_gen_like(Object* o) { return is_generator(o) || is_coroutine(o) || is_async_generator(o); }
inline GenObject* as_gen(Object* o) { return static_cast<GenObject*>(o); }

// The generator whose frame `frame` is.
inline GenObject* generator_of_frame(Frame* frame) {
  return reinterpret_cast<GenObject*>(reinterpret_cast<char*>(frame) - offsetof(GenObject, gi_iframe));
}

// RETURN_GENERATOR: a generator, coroutine or async generator (by the code's
// flags) that takes over `frame` (its contents are moved; the caller pops
// the frame's memory).  New reference.
Object* gen_new_from_frame(Frame* frame);

// PySendResult.
enum class SendResult { kReturn = 0, kError = -1, kNext = 1 };

// PyIter_Send: sends `arg` into `iter` (a generator or coroutine directly,
// otherwise __next__ or send()).  kNext: *result yielded; kReturn: *result
// is the return value (StopIteration's); kError: exception set.
SendResult iter_send(Object* iter, Object* arg, Object** result);

// _PyGen_yf: the iterator a generator is delegating to (`yield from` /
// `await`), or null.  New reference.
Object* gen_yield_from_target(Object* gen);

// _PyCoro_GetAwaitableIter: what `await o` iterates.  New reference.
Object* coro_get_awaitable_iter(Object* o);
// The TypeError GET_AWAITABLE reports for `async with` (oparg 1 / 2).
void format_awaitable_error(Type* type, int oparg);

// ASYNC_GEN_WRAP: marks a value yielded by an async generator.
Object* async_gen_value_wrapper_new(Object* value);
// GET_ANEXT: the awaitable of `aiter.__anext__()`.  New reference.
Object* get_anext_awaitable(Object* aiter);

// _PyGen_FetchStopIterationValue: 0 and *value (new reference; None if
// there was no StopIteration) when the error is a StopIteration (cleared) or
// no error is set; -1 if another error is set.
int fetch_stop_iteration_value(Object** value);
// _PyGen_SetStopIterationValue: raises StopIteration(value) without
// unpacking tuples.
void set_stop_iteration_value(Object* value);

// Replaces the current exception by `type(message)` whose __cause__ and
// __context__ are the old one (_PyErr_FormatFromCause).
void format_error_from_cause(Type* type, const char* message);

// Shared with the async generator types (generator.cpp).
Object* gen_send(GenObject* gen, Object* arg);  // gen.send(arg)
Object* gen_throw_args(GenObject* gen, Object* const* args, ssize nargs);  // gen.throw(...)
Object* gen_throw_impl(GenObject* gen, bool close_on_genexit, Object* typ, Object* val, Object* tb);
Object* gen_close(GenObject* gen);
Object* gen_send_ex(GenObject* gen, Object* arg, bool exc, bool closing);
// The slots the three types share.
void gen_dealloc(Object* self);
int gen_traverse(Object* self, visitproc visit, void* arg);
void gen_finalize(Object* self);

// sys.set_asyncgen_hooks' functions (borrowed; null when unset): firstiter
// is called with each async generator when it is first iterated, finalizer
// is remembered by the generator then and called instead of aclose() when
// it dies unfinished (how an event loop finalizes async generators).
struct AsyncGenHooks {
  Object* firstiter = nullptr;
  Object* finalizer = nullptr;
};
AsyncGenHooks& async_gen_hooks();

// sys.set_coroutine_origin_tracking_depth: when positive, each new
// coroutine records in cr_origin the (filename, line, function) of that
// many calling frames, innermost first.
int& coroutine_origin_tracking_depth();

}  // namespace glasspy
