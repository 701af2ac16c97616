// `_thread` (see thread_module.h).
//
// A thread started by start_new_thread is a detached pthread with a
// ThreadState of its own (vm/gil.h).  It takes the GIL, calls the function,
// reports an exception escaping it as unraisable ("Exception ignored in
// thread started by: ..."; SystemExit ends the thread quietly), then, still
// holding the GIL, drops its thread-local attributes, releases its
// sentinel lock (threading's Thread.join waits on that lock: it is
// released only when nothing more of the thread runs Python) and deletes
// its state, which releases the GIL for good.
//
// _excepthook is threading.excepthook's default: "Exception in thread
// NAME:" and the traceback, on sys.stderr (or the thread's _stderr when
// sys.stderr is None).
#include "modules/thread_module.h"

#include <pthread.h>
#include <signal.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <string>

#include "modules/struct_sequence.h"
#include "modules/thread_local.h"
#include "modules/thread_lock.h"
#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/exception_display.h"
#include "vm/gil.h"
#include "vm/interpreter.h"
#include "vm/module_object.h"
#include "vm/unraisable.h"

namespace glasspy {

namespace {

// The smallest stack stack_size() accepts, and the least a thread really
// gets: Python code recursing through native calls needs room.
constexpr ssize kMinStackSize = 32768;
constexpr size_t kMinUsableStack = 1 << 20;

ssize requested_stack_size = 0;  // 0: the system's default
Type* except_hook_args_type = nullptr;

struct Bootstrap {
  ThreadState* ts;
  Object* func;
  Object* args;
  Object* kwargs;  // or null
};

void* thread_main(void* arg) {
  Bootstrap* boot = static_cast<Bootstrap*>(arg);
  ThreadState* ts = boot->ts;
  ts->ident = static_cast<unsigned long>(pthread_self());
  gil_acquire(ts);
  Object* result = call(boot->func, boot->args, boot->kwargs);
  if (result) {
    decref(result);
  } else if (error_matches(&exc::SystemExit)) {
    clear_error();
  } else {
    write_unraisable_message("in thread started by", boot->func);
  }
  decref(boot->func);
  decref(boot->args);
  xdecref(boot->kwargs);
  delete boot;
  thread_locals_forget(ts);
  if (ts->sentinel_lock) thread_lock_release_if_locked(ts->sentinel_lock);
  --running_thread_count;
  thread_state_delete_current();
  return nullptr;
}

Object* thread_start_new_thread(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("start_new_thread", nargs, 2, 3)) return nullptr;
  Object* func = args[0];
  Object* fargs = args[1];
  Object* kwargs = nargs > 2 ? args[2] : nullptr;
  if (!is_callable(func)) {
    set_error(&exc::TypeError, "first arg must be callable");
    return nullptr;
  }
  if (!is_tuple(fargs)) {
    set_error(&exc::TypeError, "2nd arg must be a tuple");
    return nullptr;
  }
  if (kwargs && !is_dict(kwargs)) {
    set_error(&exc::TypeError, "optional 3rd arg must be a dictionary");
    return nullptr;
  }
  Bootstrap* boot = new Bootstrap{thread_state_new(), newref(func), newref(fargs), xnewref(kwargs)};
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
  if (requested_stack_size > 0) {
    size_t size = static_cast<size_t>(requested_stack_size);
    pthread_attr_setstacksize(&attr, size < kMinUsableStack ? kMinUsableStack : size);
  }
  ++running_thread_count;
  pthread_t thread;
  int err = pthread_create(&thread, &attr, thread_main, boot);
  pthread_attr_destroy(&attr);
  if (err != 0) {
    --running_thread_count;
    decref(boot->func);
    decref(boot->args);
    xdecref(boot->kwargs);
    delete boot->ts;
    delete boot;
    set_error(&exc::RuntimeError, "can't start new thread");
    return nullptr;
  }
  return int_from_u64(static_cast<unsigned long>(thread));
}

Object* thread_allocate_lock(Object* module) { return thread_lock_new(); }

Object* thread_exit(Object* module) {
  set_error_none(&exc::SystemExit);
  return nullptr;
}

Object* thread_interrupt_main(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("interrupt_main", nargs, 0, 1)) return nullptr;
  int signum = SIGINT;
  if (nargs) {
    Object* index = number_index(args[0]);
    if (!index) return nullptr;
    int overflow = 0;
    int64_t v = int_as_i64_overflow(index, &overflow);
    decref(index);
    if (overflow || v < 1 || v >= NSIG) {
      set_error(&exc::ValueError, "signal number out of range");
      return nullptr;
    }
    signum = static_cast<int>(v);
  }
  // Only SIGINT has a Python-level handler (raising KeyboardInterrupt);
  // simulating a signal nobody handles does nothing, as in CPython.
  if (signum == SIGINT) request_main_interrupt();
  return newref(None);
}

Object* thread_get_ident(Object* module) { return int_from_u64(static_cast<unsigned long>(pthread_self())); }

Object* thread_get_native_id(Object* module) { return int_from_i64(static_cast<int64_t>(::syscall(SYS_gettid))); }

Object* thread_count(Object* module) { return int_from_i64(running_thread_count); }

Object* thread_stack_size(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("stack_size", nargs, 0, 1)) return nullptr;
  ssize size = 0;
  if (nargs && !arg_to_ssize(args[0], &size)) return nullptr;
  if (size < 0) {
    set_error(&exc::ValueError, "size must be 0 or a positive value");
    return nullptr;
  }
  if (size != 0 && size < kMinStackSize) {
    return format_error(&exc::ValueError, "size not valid: %zd bytes", size);
  }
  ssize old = requested_stack_size;
  requested_stack_size = size;
  return int_from_i64(old);
}

Object* thread_set_sentinel(Object* module) {
  Object* lock = thread_lock_new();
  if (!lock) return nullptr;
  ThreadState& ts = thread_state();
  setref(ts.sentinel_lock, newref(lock));
  return lock;
}

// ---- _excepthook ---------------------------------------------------------------

int write_to_file(Object* file, Object* text) {
  Object* r = call_method(file, str_intern_cstr("write"), text);
  if (!r) return -1;
  decref(r);
  return 0;
}

int write_to_file(Object* file, const std::string& text) {
  Object* s = str_from_utf8(text);
  if (!s) return -1;
  int r = write_to_file(file, s);
  decref(s);
  return r;
}

int flush_file(Object* file) {
  Object* r = call_method(file, str_intern_cstr("flush"));
  if (!r) return -1;
  decref(r);
  return 0;
}

int report_thread_exception(Object* file, Object* exc_value, Object* thread) {
  if (write_to_file(file, std::string("Exception in thread ")) < 0) return -1;
  Object* name = nullptr;
  if (thread != None && lookup_attr(thread, str_intern_cstr("name"), &name) < 0) return -1;
  Object* shown = name ? object_str(name) : str_from_format("%lu", static_cast<unsigned long>(pthread_self()));
  xdecref(name);
  if (!shown) return -1;
  int r = write_to_file(file, shown);
  decref(shown);
  if (r < 0 || write_to_file(file, std::string(":\n")) < 0 || flush_file(file) < 0) return -1;
  std::string report;
  if (is_exception_instance(exc_value)) {
    report = format_exception_report(exc_value);
  } else {
    report = std::string("TypeError: print_exception(): Exception expected for value, ") + exc_value->type->name +
             " found\n";
  }
  if (write_to_file(file, report) < 0) return -1;
  return flush_file(file);
}

Object* thread_excepthook(Object* module, Object* args) {
  if (args->type != except_hook_args_type) {
    set_error(&exc::TypeError, "_thread.excepthook argument type must be ExceptHookArgs");
    return nullptr;
  }
  Object* exc_type = tuple_item(args, 0);
  Object* exc_value = tuple_item(args, 1);
  Object* thread = tuple_item(args, 3);
  if (exc_type == static_cast<Object*>(&exc::SystemExit)) return newref(None);
  Object* file = sys_get_attr_borrowed("stderr");
  if (file && file != None) {
    incref(file);
  } else {
    file = nullptr;
    if (thread == None) return newref(None);
    if (lookup_attr(thread, str_intern_cstr("_stderr"), &file) < 0) return nullptr;
    if (!file || file == None) {
      xdecref(file);
      return newref(None);
    }
  }
  int r = report_thread_exception(file, exc_value, thread);
  decref(file);
  if (r < 0) return nullptr;
  return newref(None);
}

MethodDef thread_functions[] = {
    MethodDef("start_new_thread", static_cast<FastMethod>(thread_start_new_thread)),
    MethodDef("start_new", static_cast<FastMethod>(thread_start_new_thread)),
    MethodDef("allocate_lock", static_cast<NoArgsMethod>(thread_allocate_lock)),
    MethodDef("allocate", static_cast<NoArgsMethod>(thread_allocate_lock)),
    MethodDef("exit_thread", static_cast<NoArgsMethod>(thread_exit)),
    MethodDef("exit", static_cast<NoArgsMethod>(thread_exit)),
    MethodDef("interrupt_main", static_cast<FastMethod>(thread_interrupt_main)),
    MethodDef("get_ident", static_cast<NoArgsMethod>(thread_get_ident)),
    MethodDef("get_native_id", static_cast<NoArgsMethod>(thread_get_native_id)),
    MethodDef("_count", static_cast<NoArgsMethod>(thread_count)),
    MethodDef("stack_size", static_cast<FastMethod>(thread_stack_size)),
    MethodDef("_set_sentinel", static_cast<NoArgsMethod>(thread_set_sentinel)),
    MethodDef("_excepthook", static_cast<OneArgMethod>(thread_excepthook)),
    {},
};

}  // namespace

Object* thread_module_create() {
  for (Type* t : {&ThreadLockType, &ThreadRLockType, &ThreadLocalType}) {
    if (type_ready(t) < 0) return nullptr;
  }
  if (!except_hook_args_type) {
    except_hook_args_type =
        structseq_new_type("_thread._ExceptHookArgs", {"exc_type", "exc_value", "exc_traceback", "thread"});
    if (!except_hook_args_type) return nullptr;
  }
  Object* m = module_new_cstr("_thread");
  if (!m) return nullptr;
  as_module(m)->md_builtin = true;
  Object* timeout_max = float_from_double(static_cast<double>(kMaxTimeoutUs / 1000000));
  bool ok = module_add_functions(m, thread_functions) == 0 &&
            module_add_object(m, "LockType", static_cast<Object*>(&ThreadLockType)) == 0 &&
            module_add_object(m, "RLock", static_cast<Object*>(&ThreadRLockType)) == 0 &&
            module_add_object(m, "_local", static_cast<Object*>(&ThreadLocalType)) == 0 &&
            module_add_object(m, "error", static_cast<Object*>(&exc::RuntimeError)) == 0 &&
            module_add_object(m, "_ExceptHookArgs", static_cast<Object*>(except_hook_args_type)) == 0 &&
            timeout_max && module_add_object(m, "TIMEOUT_MAX", timeout_max) == 0;
  xdecref(timeout_max);
  if (!ok) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace glasspy
