// The locks of `_thread`: `_thread.lock` (allocate_lock()) and
// `_thread.RLock`, over NativeLock, a lock that waits with the GIL released.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <mutex>

#include "objects/object.h"

namespace glasspy {

// A non-recursive lock that any thread may release (PyThread_type_lock).
// Every method is called with the GIL held; acquire() gives the GIL up
// while it waits.
class NativeLock {
 public:
  bool try_acquire();
  // Waits at most timeout_ns nanoseconds (negative: without limit); true if
  // the lock was taken.
  bool acquire(int64_t timeout_ns);
  void release();
  bool locked();

 private:
  std::mutex mutex_;
  std::condition_variable unlocked_;
  bool locked_ = false;
};

// A timeout argument in seconds (int or float) as nanoseconds, as CPython's
// _PyTime_FromSecondsObject converts it (its errors included); `ceiling`
// rounds towards +inf, otherwise away from zero.  False with the error set.
bool timeout_to_ns(Object* timeout, bool ceiling, int64_t* out);
// The largest timeout a wait accepts, in microseconds (PY_TIMEOUT_MAX).
constexpr int64_t kMaxTimeoutUs = INT64_MAX / 1000;

extern Type ThreadLockType;   // _thread.lock
extern Type ThreadRLockType;  // _thread.RLock

// A new, unlocked _thread.lock.
Object* thread_lock_new();
// Acquires a _thread.lock without waiting; false if it was locked.
bool thread_lock_try_acquire(Object* lock);
// Releases a _thread.lock if it is locked.
void thread_lock_release_if_locked(Object* lock);

}  // namespace glasspy
