// Per-thread interpreter state that the object layer needs: the error
// indicator, the stack of exceptions being handled (sys.exception()), the
// recursion depth guard, and the set of containers whose repr is in progress.
//
// The VM extends this (frames live in its own structures); the fields here
// are the ones whose meaning CPython fixes for C code:
//  - current_exception: the raised exception, always a normalized instance
//    (as in CPython 3.12), or null.  Owned.
//  - exc_info: the innermost entry of the "exception being handled" stack;
//    each generator/coroutine frame pushes its own entry.  A null or None
//    exc_value means "none here", look further out.
//  - recursion_remaining: C and Python recursion share one budget, as in
//    CPython 3.11 (sys.getrecursionlimit()).
//
// Each OS thread running Python has its own ThreadState.  Only the thread
// holding the global interpreter lock (vm/gil.h) runs Python, and the GIL
// points `current_thread_state` at that thread's state whenever it changes
// hands, so reaching the state is one load of a plain global: no
// thread_local lookup on the hot paths.  Code that blocks with the GIL
// released must not touch it (nor any object).
#pragma once

#include "objects/object.h"

namespace glasspy {

struct ExceptionStackItem {
  Object* exc_value = nullptr;  // owned; null or None: not handling anything
  ExceptionStackItem* previous = nullptr;
};

struct Frame;           // vm/frame.h
struct DataStackChunk;  // vm/frame.cpp

struct ThreadState {
  Object* current_exception = nullptr;
  ExceptionStackItem base_exc_info;
  ExceptionStackItem* exc_info = &base_exc_info;
  int recursion_limit = 1000;
  int recursion_remaining = 1000;
  // Nonzero while a RecursionError is being created: the calls that makes
  // may go a little past the limit (CPython's recursion_headroom).
  int recursion_headroom = 0;
  // Containers whose repr is being computed (Py_ReprEnter): a list object,
  // created on first use.
  Object* repr_stack = nullptr;

  // The VM's part (vm/frame.h): the running frame, and the data stack its
  // frames are carved from.
  Frame* current_frame = nullptr;
  DataStackChunk* chunk = nullptr;
  char* top = nullptr;
  char* limit = nullptr;

  // The thread's identity (_thread.get_ident(): its pthread_t), and the lock
  // _thread._set_sentinel gave it (owned, or null), released when the
  // thread ends so that Thread.join() sees it finish.
  unsigned long ident = 0;
  Object* sentinel_lock = nullptr;
};

// The state of the thread that holds the GIL.  Starts as the main thread's.
extern ThreadState* current_thread_state;
inline ThreadState& thread_state() { return *current_thread_state; }

// The exception being handled (sys.exception()); borrowed, null if none.
Object* handled_exception();

// Py_EnterRecursiveCall: returns -1 with RecursionError set ("maximum
// recursion depth exceeded" + where) when the budget is exhausted.
int enter_recursive_call(const char* where);
inline void leave_recursive_call() { ++thread_state().recursion_remaining; }

// Py_ReprEnter / Py_ReprLeave: 1 if o's repr is already in progress (the
// caller prints "[...]" or similar), 0 if entered, -1 on error.
int repr_enter(Object* o);
void repr_leave(Object* o);

}  // namespace glasspy
