// `_thread.lock` and `_thread.RLock` (see thread_lock.h).
//
// NativeLock keeps its state (`locked_`) under a small mutex of its own, so
// a thread waiting for it needs no GIL: acquire() first tries without
// waiting (the common, uncontended case costs one mutex round trip), and
// only then releases the GIL and sleeps on a condition variable until the
// lock is free or the deadline passes.  The mutex is never held while
// taking the GIL (the waiting scope ends before GilReleased's does), so the
// two cannot deadlock.  Locks are not fair, as CPython's are not: a thread
// that releases and re-acquires at once may win against a waiter.
//
// An RLock adds its owner (the thread ident) and a recursion count, which
// only the GIL holder reads or writes.
#include "modules/thread_lock.h"

#include <pthread.h>

#include <chrono>
#include <climits>
#include <cmath>
#include <new>

#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/gil.h"

namespace glasspy {

// ---- NativeLock --------------------------------------------------------------

bool NativeLock::try_acquire() {
  std::lock_guard<std::mutex> guard(mutex_);
  if (locked_) return false;
  locked_ = true;
  return true;
}

bool NativeLock::acquire(int64_t timeout_ns) {
  if (try_acquire()) return true;
  if (timeout_ns == 0) return false;
  // Past about three years a deadline would overflow the clock: wait
  // without one (TIMEOUT_MAX is 292 years).
  constexpr int64_t kForeverNs = int64_t(1) << 56;
  GilReleased released;
  std::unique_lock<std::mutex> lock(mutex_);
  auto is_free = [this] { return !locked_; };
  if (timeout_ns < 0 || timeout_ns >= kForeverNs) {
    unlocked_.wait(lock, is_free);
  } else {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::nanoseconds(timeout_ns);
    if (!unlocked_.wait_until(lock, deadline, is_free)) return false;
  }
  locked_ = true;
  return true;
}

void NativeLock::release() {
  {
    std::lock_guard<std::mutex> guard(mutex_);
    locked_ = false;
  }
  unlocked_.notify_one();
}

bool NativeLock::locked() {
  std::lock_guard<std::mutex> guard(mutex_);
  return locked_;
}

// ---- timeouts ----------------------------------------------------------------

bool timeout_to_ns(Object* timeout, bool ceiling, int64_t* out) {
  if (is_float(timeout)) {
    double seconds = float_as_double(timeout);
    if (std::isnan(seconds)) {
      set_error(&exc::ValueError, "Invalid value NaN (not a number)");
      return false;
    }
    double ns = seconds * 1e9;
    ns = ceiling || ns >= 0 ? std::ceil(ns) : std::floor(ns);
    if (!(ns >= -9223372036854775808.0 && ns < 9223372036854775808.0)) {
      set_error(&exc::OverflowError, "timestamp out of range for platform time_t");
      return false;
    }
    *out = static_cast<int64_t>(ns);
    return true;
  }
  Object* index = number_index(timeout);
  if (!index) return false;
  int overflow = 0;
  int64_t seconds = int_as_i64_overflow(index, &overflow);
  decref(index);
  if (overflow || seconds > INT64_MAX / 1000000000 || seconds < INT64_MIN / 1000000000) {
    set_error(&exc::OverflowError, "timestamp too large to convert to C _PyTime_t");
    return false;
  }
  *out = seconds * 1000000000;
  return true;
}

namespace {

// An int argument as C int (the "i" format): __index__, with CPython's
// overflow messages.
bool arg_to_c_int(Object* o, int* out) {
  Object* index = number_index(o);
  if (!index) return false;
  int overflow = 0;
  int64_t v = int_as_i64_overflow(index, &overflow);
  decref(index);
  if (overflow) {
    set_error(&exc::OverflowError, "Python int too large to convert to C long");
    return false;
  }
  if (v > INT_MAX) {
    set_error(&exc::OverflowError, "signed integer is greater than maximum");
    return false;
  }
  if (v < INT_MIN) {
    set_error(&exc::OverflowError, "signed integer is less than minimum");
    return false;
  }
  *out = static_cast<int>(v);
  return true;
}

// acquire(blocking=True, timeout=-1): the wait in nanoseconds (-1: no limit).
bool parse_acquire_args(Object* const* args, ssize nargs, Object* kwnames, int64_t* timeout_ns) {
  static const ArgParser parser{"acquire", {"blocking", "timeout"}, 0, 2};
  Object* parsed[2] = {};
  if (!parse_args(parser, args, nargs, kwnames, parsed)) return false;
  int blocking = 1;
  if (parsed[0] && !arg_to_c_int(parsed[0], &blocking)) return false;
  constexpr int64_t kUnset = -1000000000;  // timeout=-1, in nanoseconds
  int64_t timeout = kUnset;
  if (parsed[1] && !timeout_to_ns(parsed[1], false, &timeout)) return false;
  if (!blocking && timeout != kUnset) {
    set_error(&exc::ValueError, "can't specify a timeout for a non-blocking call");
    return false;
  }
  if (timeout < 0 && timeout != kUnset) {
    set_error(&exc::ValueError, "timeout value must be positive");
    return false;
  }
  if (!blocking) {
    *timeout_ns = 0;
  } else if (timeout == kUnset) {
    *timeout_ns = -1;
  } else {
    if ((timeout + 999) / 1000 > kMaxTimeoutUs) {
      set_error(&exc::OverflowError, "timeout value is too large");
      return false;
    }
    *timeout_ns = timeout;
  }
  return true;
}

unsigned long current_ident() { return static_cast<unsigned long>(pthread_self()); }

// ---- _thread.lock --------------------------------------------------------------

struct LockObject : Object {
  NativeLock lock;
};

LockObject* as_lock(Object* o) { return static_cast<LockObject*>(o); }

void lock_dealloc(Object* self) {
  as_lock(self)->lock.~NativeLock();
  free_object(self);
}

Object* lock_repr(Object* self) {
  return str_from_format("<%s %s object at %p>", as_lock(self)->lock.locked() ? "locked" : "unlocked",
                         self->type->name, static_cast<void*>(self));
}

Object* lock_acquire(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  int64_t timeout;
  if (!parse_acquire_args(args, nargs, kwnames, &timeout)) return nullptr;
  return newref(as_lock(self)->lock.acquire(timeout) ? True : False);
}

Object* lock_enter(Object* self) {
  as_lock(self)->lock.acquire(-1);
  return newref(True);
}

Object* lock_release(Object* self) {
  NativeLock& lock = as_lock(self)->lock;
  if (!lock.locked()) {
    set_error(&exc::RuntimeError, "release unlocked lock");
    return nullptr;
  }
  lock.release();
  return newref(None);
}

Object* lock_exit(Object* self, Object* const* args, ssize nargs) { return lock_release(self); }

Object* lock_locked(Object* self) { return newref(as_lock(self)->lock.locked() ? True : False); }

Object* lock_at_fork_reinit(Object* self) {
  NativeLock& lock = as_lock(self)->lock;
  lock.~NativeLock();
  new (&lock) NativeLock();
  return newref(None);
}

MethodDef lock_methods[] = {
    MethodDef("acquire_lock", static_cast<FastKeywordsMethod>(lock_acquire)),
    MethodDef("acquire", static_cast<FastKeywordsMethod>(lock_acquire)),
    MethodDef("release_lock", static_cast<NoArgsMethod>(lock_release)),
    MethodDef("release", static_cast<NoArgsMethod>(lock_release)),
    MethodDef("locked_lock", static_cast<NoArgsMethod>(lock_locked)),
    MethodDef("locked", static_cast<NoArgsMethod>(lock_locked)),
    MethodDef("__enter__", static_cast<NoArgsMethod>(lock_enter)),
    MethodDef("__exit__", static_cast<FastMethod>(lock_exit)),
    MethodDef("_at_fork_reinit", static_cast<NoArgsMethod>(lock_at_fork_reinit)),
    {},
};

// ---- _thread.RLock -------------------------------------------------------------

struct RLockObject : Object {
  NativeLock lock;
  unsigned long owner;  // ident of the owning thread; 0 when unowned
  unsigned long count;
};

RLockObject* as_rlock(Object* o) { return static_cast<RLockObject*>(o); }

Object* rlock_new(Type* type, Object* args, Object* kwds) {
  Object* self = type_generic_alloc(type, 0);
  if (!self) return nullptr;
  RLockObject* r = as_rlock(self);
  new (&r->lock) NativeLock();
  r->owner = 0;
  r->count = 0;
  return self;
}

void rlock_dealloc(Object* self) {
  as_rlock(self)->lock.~NativeLock();
  free_object(self);
}

Object* rlock_repr(Object* self) {
  RLockObject* r = as_rlock(self);
  return str_from_format("<%s %s object owner=%lu count=%lu at %p>", r->lock.locked() ? "locked" : "unlocked",
                         self->type->name, r->owner, r->count, static_cast<void*>(self));
}

Object* rlock_acquire(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  int64_t timeout;
  if (!parse_acquire_args(args, nargs, kwnames, &timeout)) return nullptr;
  RLockObject* r = as_rlock(self);
  unsigned long me = current_ident();
  if (r->count > 0 && r->owner == me) {
    if (r->count == ULONG_MAX) {
      set_error(&exc::OverflowError, "Internal lock count overflowed");
      return nullptr;
    }
    ++r->count;
    return newref(True);
  }
  if (!r->lock.acquire(timeout)) return newref(False);
  r->owner = me;
  r->count = 1;
  return newref(True);
}

Object* rlock_release(Object* self) {
  RLockObject* r = as_rlock(self);
  if (r->count == 0 || r->owner != current_ident()) {
    set_error(&exc::RuntimeError, "cannot release un-acquired lock");
    return nullptr;
  }
  if (--r->count == 0) {
    r->owner = 0;
    r->lock.release();
  }
  return newref(None);
}

Object* rlock_exit(Object* self, Object* const* args, ssize nargs) { return rlock_release(self); }

Object* rlock_is_owned(Object* self) {
  RLockObject* r = as_rlock(self);
  return newref(r->count > 0 && r->owner == current_ident() ? True : False);
}

Object* rlock_recursion_count(Object* self) {
  RLockObject* r = as_rlock(self);
  return int_from_u64(r->owner == current_ident() ? r->count : 0);
}

// Used by threading.Condition.wait: gives the lock up entirely, returning
// what _acquire_restore needs to take it back.
Object* rlock_release_save(Object* self) {
  RLockObject* r = as_rlock(self);
  if (r->count == 0) {
    set_error(&exc::RuntimeError, "cannot release un-acquired lock");
    return nullptr;
  }
  Object* count = int_from_u64(r->count);
  Object* owner = count ? int_from_u64(r->owner) : nullptr;
  if (!owner) {
    xdecref(count);
    return nullptr;
  }
  Object* state = tuple_pack({count, owner});
  decref(count);
  decref(owner);
  if (!state) return nullptr;
  r->count = 0;
  r->owner = 0;
  r->lock.release();
  return state;
}

bool arg_to_ulong(Object* o, unsigned long* out) {
  Object* index = number_index(o);
  if (!index) return false;
  int overflow = 0;
  int64_t v = int_as_i64_overflow(index, &overflow);
  decref(index);
  if (overflow || v < 0) {
    // "k" conversion: wraps modulo 2**64 as CPython's does; values this
    // large are never real owners or counts.
    if (overflow) {
      set_error(&exc::OverflowError, "Python int too large to convert to C unsigned long");
      return false;
    }
  }
  *out = static_cast<unsigned long>(v);
  return true;
}

Object* rlock_acquire_restore(Object* self, Object* state) {
  if (!is_tuple(state)) {
    return format_error(&exc::TypeError, "_acquire_restore() argument 1 must be 2-item sequence, not %.50s",
                        state->type->name);
  }
  if (tuple_size(state) != 2) {
    return format_error(&exc::TypeError,
                        "_acquire_restore() argument 1 must be sequence of length 2, not %zd", tuple_size(state));
  }
  unsigned long count, owner;
  if (!arg_to_ulong(tuple_item(state, 0), &count) || !arg_to_ulong(tuple_item(state, 1), &owner)) return nullptr;
  RLockObject* r = as_rlock(self);
  r->lock.acquire(-1);
  r->owner = owner;
  r->count = count;
  return newref(None);
}

Object* rlock_at_fork_reinit(Object* self) {
  RLockObject* r = as_rlock(self);
  r->lock.~NativeLock();
  new (&r->lock) NativeLock();
  r->owner = 0;
  r->count = 0;
  return newref(None);
}

MethodDef rlock_methods[] = {
    MethodDef("acquire", static_cast<FastKeywordsMethod>(rlock_acquire)),
    MethodDef("release", static_cast<NoArgsMethod>(rlock_release)),
    MethodDef("_is_owned", static_cast<NoArgsMethod>(rlock_is_owned)),
    MethodDef("_recursion_count", static_cast<NoArgsMethod>(rlock_recursion_count)),
    MethodDef("_acquire_restore", static_cast<OneArgMethod>(rlock_acquire_restore)),
    MethodDef("_release_save", static_cast<NoArgsMethod>(rlock_release_save)),
    MethodDef("_at_fork_reinit", static_cast<NoArgsMethod>(rlock_at_fork_reinit)),
    MethodDef("__enter__", static_cast<FastKeywordsMethod>(rlock_acquire)),
    MethodDef("__exit__", static_cast<FastMethod>(rlock_exit)),
    {},
};

}  // namespace

Type ThreadLockType{{
    .name = "_thread.lock",
    .basicsize = sizeof(LockObject),
    .dealloc = lock_dealloc,
    .repr = lock_repr,
    .getattro = generic_getattr,
    .methods = lock_methods,
}};

Type ThreadRLockType{{
    .name = "_thread.RLock",
    .basicsize = sizeof(RLockObject),
    .dealloc = rlock_dealloc,
    .repr = rlock_repr,
    .getattro = generic_getattr,
    .flags = tpflags::kBaseType,
    .methods = rlock_methods,
    .new_ = rlock_new,
}};

Object* thread_lock_new() {
  Object* self = type_generic_alloc(&ThreadLockType, 0);
  if (!self) return nullptr;
  new (&as_lock(self)->lock) NativeLock();
  return self;
}

bool thread_lock_try_acquire(Object* lock) { return as_lock(lock)->lock.try_acquire(); }

void thread_lock_release_if_locked(Object* lock) {
  NativeLock& native = as_lock(lock)->lock;
  if (native.locked()) native.release();
}

}  // namespace glasspy
