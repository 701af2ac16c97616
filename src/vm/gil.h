// The global interpreter lock: real OS threads run Python one at a time, as
// in CPython 3.11.
//
// The thread holding the GIL runs Python; `current_thread_state`
// (objects/thread_state.h) points at its state, and only the GIL changes
// it, as it changes hands.  A thread gives the GIL up
//  - around any call that may block (sleeping, waiting for a lock, reading a
//    file or a pipe): GilReleased releases it for a scope, and the thread
//    must not touch any object (nor its thread state) until it has it back;
//  - when asked to: a thread that waited a whole switch interval
//    (sys.setswitchinterval, 5 ms by default) without the GIL changing hands
//    sets a drop request in `eval_breaker`; the eval loop tests that flag
//    at RESUME and JUMP_BACKWARD (one relaxed atomic load) and, when set,
//    hands the GIL over and waits until another thread took it (so a busy
//    thread cannot grab it straight back), then queues for it again.
// The same flag carries _thread.interrupt_main(): the main thread raises
// KeyboardInterrupt at its next check.
//
// At exit the main thread keeps the GIL for good (gil_begin_finalization):
// daemon threads that still run stop when they next ask for it.
#pragma once

#include <atomic>
#include <cstdint>

#include "objects/thread_state.h"

namespace glasspy {

// Bits of eval_breaker.
constexpr int kGilDropRequest = 1;
constexpr int kInterruptPending = 2;

// Nonzero when the running thread should stop at its next check point and
// call handle_eval_breaker().
extern std::atomic<int> eval_breaker;
inline bool eval_breaker_tripped() { return eval_breaker.load(std::memory_order_relaxed) != 0; }

// Does what eval_breaker asks (hands the GIL over; raises KeyboardInterrupt
// in the main thread after interrupt_main).  0, or -1 with the error set.
int handle_eval_breaker();

// At start-up: the main thread takes the GIL and becomes the main thread.
void gil_init();

// Releases the GIL held by the calling thread; returns that thread's
// state, to hand back to gil_acquire().
ThreadState* gil_release();
// Waits for the GIL and makes `ts` the current thread state.
void gil_acquire(ThreadState* ts);

// Py_BEGIN/END_ALLOW_THREADS as a scope.
class GilReleased {
 public:
  GilReleased() : ts_(gil_release()) {}
  ~GilReleased() { gil_acquire(ts_); }
  GilReleased(const GilReleased&) = delete;
  GilReleased& operator=(const GilReleased&) = delete;

 private:
  ThreadState* ts_;
};

// The switch interval, in microseconds (CPython keeps it so: what
// sys.getswitchinterval() reports is this count over 10**6).
unsigned long switch_interval_us();
void set_switch_interval_us(unsigned long us);

// A state for a thread about to start (its recursion limit is the current
// thread's).  The new thread attaches it with gil_acquire().
ThreadState* thread_state_new();
// Ends the calling thread's life as a Python thread: clears what its state
// holds (releasing its sentinel lock), releases the GIL and frees the
// state.  Called with the GIL held, as the thread's last act.
void thread_state_delete_current();

// The main thread's identity, and whether the caller is the main thread.
unsigned long main_thread_ident();
bool in_main_thread();

// Threads started by _thread.start_new_thread that are still running
// (_thread._count()).  Counted by the module, under the GIL.
extern long running_thread_count;

// _thread.interrupt_main(): KeyboardInterrupt in the main thread at its next
// check point.
void request_main_interrupt();

// From now on only the calling (main) thread may take the GIL.
void gil_begin_finalization();

}  // namespace glasspy
