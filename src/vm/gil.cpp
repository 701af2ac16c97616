// The global interpreter lock (see gil.h).
//
// The lock is a flag (`locked`) guarded by a mutex, with two condition
// variables: `dropped` wakes the threads queuing for the GIL when it is
// released, `switched` wakes a thread that handed the GIL over on request
// once someone else has taken it.  `switch_number` counts the hand-overs;
// a waiter that sees it unchanged after a whole switch interval asks the
// holder to drop the GIL.
//
// Invariants:
//  - current_thread_state is written only by the thread taking the GIL
//    (inside the mutex) and cleared by the one dropping it, so whoever holds
//    the GIL reads its own state there;
//  - the drop request is set only while the GIL is held and a thread waits
//    for it, and cleared by every take, so a holder that sees it always has
//    someone to hand over to (finalization aside, where waiting stops);
//  - the Gil object is never destroyed: daemon threads may still be queuing
//    on it while the process exits.
#include "vm/gil.h"

#include <pthread.h>

#include <chrono>
#include <condition_variable>
#include <mutex>

#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "vm/frame.h"

namespace glasspy {

std::atomic<int> eval_breaker{0};
long running_thread_count = 0;

namespace {

struct Gil {
  std::mutex mutex;
  std::condition_variable dropped;
  std::condition_variable switched;
  bool locked = false;
  uint64_t switch_number = 0;
  bool finalizing = false;
  ThreadState* finalizer = nullptr;
};

Gil& the_gil() {
  static Gil* gil = new Gil;
  return *gil;
}

// Microseconds; 5000 is CPython's default switch interval (0.005 s).
std::atomic<unsigned long> interval_us{5000};

ThreadState* main_state = nullptr;
unsigned long main_ident = 0;

void take_gil(ThreadState* ts) {
  Gil& g = the_gil();
  std::unique_lock<std::mutex> lock(g.mutex);
  for (;;) {
    if (g.finalizing && ts != g.finalizer) {
      // The interpreter is going away: this thread never runs Python again.
      g.dropped.wait(lock);
      continue;
    }
    if (!g.locked) break;
    uint64_t seen = g.switch_number;
    unsigned long us = interval_us.load(std::memory_order_relaxed);
    auto status = g.dropped.wait_for(lock, std::chrono::microseconds(us ? us : 1));
    if (status == std::cv_status::timeout && g.locked && g.switch_number == seen && !g.finalizing) {
      eval_breaker.fetch_or(kGilDropRequest, std::memory_order_relaxed);
    }
  }
  g.locked = true;
  ++g.switch_number;
  current_thread_state = ts;
  eval_breaker.fetch_and(~kGilDropRequest, std::memory_order_relaxed);
  g.switched.notify_all();
}

// `forced`: the holder was asked to drop the GIL; it waits until another
// thread has taken it.
void drop_gil(bool forced) {
  Gil& g = the_gil();
  std::unique_lock<std::mutex> lock(g.mutex);
  current_thread_state = nullptr;
  g.locked = false;
  if (g.finalizing) {
    g.dropped.notify_all();
  } else {
    g.dropped.notify_one();
  }
  if (forced) {
    uint64_t number = g.switch_number;
    g.switched.wait(lock, [&] { return g.switch_number != number || g.finalizing; });
  }
}

}  // namespace

int handle_eval_breaker() {
  if (eval_breaker.load(std::memory_order_relaxed) & kGilDropRequest) {
    ThreadState* ts = current_thread_state;
    drop_gil(true);
    take_gil(ts);
  }
  if ((eval_breaker.load(std::memory_order_relaxed) & kInterruptPending) && in_main_thread()) {
    eval_breaker.fetch_and(~kInterruptPending, std::memory_order_relaxed);
    set_error_none(&exc::KeyboardInterrupt);
    return -1;
  }
  return 0;
}

void gil_init() {
  main_state = current_thread_state;
  main_ident = static_cast<unsigned long>(pthread_self());
  main_state->ident = main_ident;
  take_gil(main_state);
}

ThreadState* gil_release() {
  ThreadState* ts = current_thread_state;
  drop_gil(false);
  return ts;
}

void gil_acquire(ThreadState* ts) { take_gil(ts); }

unsigned long switch_interval_us() { return interval_us.load(std::memory_order_relaxed); }
void set_switch_interval_us(unsigned long us) { interval_us.store(us, std::memory_order_relaxed); }

ThreadState* thread_state_new() {
  ThreadState* ts = new ThreadState;
  ts->recursion_limit = thread_state().recursion_limit;
  ts->recursion_remaining = ts->recursion_limit;
  return ts;
}

void thread_state_delete_current() {
  ThreadState* ts = current_thread_state;
  // Releasing these may run __del__ methods, which run in this thread.
  clear_error();
  clear_ref(ts->base_exc_info.exc_value);
  clear_ref(ts->repr_stack);
  clear_ref(ts->sentinel_lock);
  release_data_stack(*ts);
  drop_gil(false);
  delete ts;
}

unsigned long main_thread_ident() { return main_ident; }
bool in_main_thread() { return current_thread_state == main_state; }

void request_main_interrupt() { eval_breaker.fetch_or(kInterruptPending, std::memory_order_relaxed); }

void gil_begin_finalization() {
  Gil& g = the_gil();
  std::lock_guard<std::mutex> lock(g.mutex);
  g.finalizing = true;
  g.finalizer = current_thread_state;
  eval_breaker.fetch_and(~kGilDropRequest, std::memory_order_relaxed);
  g.switched.notify_all();
}

}  // namespace glasspy
