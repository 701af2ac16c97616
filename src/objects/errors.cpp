// The error indicator and the thread state (see errors.h, thread_state.h).
#include "objects/errors.h"

#include <cstdio>
#include <cstdlib>
#include <string>

#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

namespace {
ThreadState main_thread_state;
}  // namespace

ThreadState* current_thread_state = &main_thread_state;

Object* handled_exception() {
  for (ExceptionStackItem* item = thread_state().exc_info; item; item = item->previous) {
    if (item->exc_value && item->exc_value != None) return item->exc_value;
  }
  return nullptr;
}

int enter_recursive_call(const char* where) {
  ThreadState& ts = thread_state();
  if (--ts.recursion_remaining < 0) {
    if (ts.recursion_headroom) {
      // Creating the RecursionError itself: allow a little more.
      if (ts.recursion_remaining < -50) {
        std::fputs("Fatal Python error: Cannot recover from stack overflow.\n", stderr);
        std::abort();
      }
      return 0;
    }
    ++ts.recursion_remaining;
    ++ts.recursion_headroom;
    format_error(&exc::RecursionError, "maximum recursion depth exceeded%s", where);
    --ts.recursion_headroom;
    return -1;
  }
  return 0;
}

int repr_enter(Object* o) {
  ThreadState& ts = thread_state();
  if (!ts.repr_stack) {
    ts.repr_stack = list_new(0);
    if (!ts.repr_stack) return -1;
  }
  Object* stack = ts.repr_stack;
  for (ssize i = list_size(stack); --i >= 0;) {
    if (list_item(stack, i) == o) return 1;
  }
  if (list_append(stack, o) < 0) return -1;
  return 0;
}

void repr_leave(Object* o) {
  ThreadState& ts = thread_state();
  Object* stack = ts.repr_stack;
  if (!stack) return;
  // Keeps a pending exception intact across the list operation.
  Object* saved = fetch_error();
  for (ssize i = list_size(stack); --i >= 0;) {
    if (list_item(stack, i) == o) {
      list_set_slice(stack, i, i + 1, nullptr);
      break;
    }
  }
  restore_error(saved);
}

// ---- setting errors -----------------------------------------------------------

void chain_to_handled_exception(Object* value) {
  Object* handled = handled_exception();
  if (!handled || handled == value) return;
  // Break a cycle that would go through `value`; stop at a pre-existing cycle
  // (Floyd's tortoise and hare).
  Object* o = handled;
  Object* slow = o;
  bool toggle = false;
  while (Object* ctx = as_exception(o)->context) {
    if (ctx == value) {
      clear_ref(as_exception(o)->context);
      break;
    }
    o = ctx;
    if (o == slow) break;
    if (toggle) slow = as_exception(slow)->context;
    toggle = !toggle;
  }
  exception_set_context(value, newref(handled));
}

// _PyErr_CreateException.
static Object* create_exception(Type* type, Object* value) {
  if (!value || value == None) return call_no_args(type);
  if (is_tuple(value)) return call(type, value, nullptr);
  return call_function(type, value);
}

void set_error_object(Type* type, Object* value) {
  if (!is_exception_class(type)) {
    format_error(&exc::SystemError, "_PyErr_SetObject: exception %R is not a BaseException subclass",
                 static_cast<Object*>(type));
    return;
  }
  Object* exc_value;
  if (value && is_instance_of(value, type)) {
    exc_value = newref(value);
  } else {
    // Creating the instance may itself fail; that error replaces this one.
    Object* saved = fetch_error();
    exc_value = create_exception(type, value);
    xdecref(saved);
    if (!exc_value) return;
    if (!is_exception_instance(exc_value)) {
      format_error(&exc::TypeError,
                   "calling %R should have returned an instance of BaseException, not %s",
                   static_cast<Object*>(type), exc_value->type->name);
      decref(exc_value);
      return;
    }
  }
  chain_to_handled_exception(exc_value);
  restore_error(exc_value);
}

void set_error(Type* type, const char* message) {
  Object* s = str_from_cstr(message);
  if (!s) return;
  set_error_object(type, s);
  decref(s);
}

void set_error_none(Type* type) { set_error_object(type, nullptr); }

Object* format_error_v(Type* type, const char* format, va_list args) {
  Object* s = str_from_format_v(format, args);
  if (!s) return nullptr;
  set_error_object(type, s);
  decref(s);
  return nullptr;
}

Object* format_error(Type* type, const char* format, ...) {
  va_list args;
  va_start(args, format);
  format_error_v(type, format, args);
  va_end(args);
  return nullptr;
}

Object* fetch_error() {
  ThreadState& ts = thread_state();
  Object* e = ts.current_exception;
  ts.current_exception = nullptr;
  return e;
}

void restore_error(Object* exc) {
  ThreadState& ts = thread_state();
  Object* old = ts.current_exception;
  ts.current_exception = exc;
  xdecref(old);
}

void clear_error() { restore_error(nullptr); }

bool exception_matches(Object* given, Object* type) {
  if (!given || !type) return false;
  if (is_tuple(type)) {
    for (ssize i = 0; i < tuple_size(type); ++i) {
      if (exception_matches(given, tuple_item(type, i))) return true;
    }
    return false;
  }
  if (is_exception_instance(given)) given = given->type;
  if (is_exception_class(given) && is_exception_class(type)) {
    return is_subtype(static_cast<Type*>(given), static_cast<Type*>(type));
  }
  return given == type;
}

bool error_matches(Object* type) { return exception_matches(current_error(), type); }

// MemoryError must be raisable without allocating: a preallocated instance.
Object* no_memory() {
  static Object* instance = nullptr;
  if (!instance) {
    instance = exc::MemoryError.new_(&exc::MemoryError, empty_tuple(), nullptr);
    if (!instance) std::abort();
  }
  // A fresh traceback/context each time, as the instance is reused.
  restore_error(newref(instance));
  return nullptr;
}

Object* bad_internal_call() {
  set_error(&exc::SystemError, "bad argument to internal function");
  return nullptr;
}

// ---- unraisable exceptions ----------------------------------------------------------

namespace {

void default_unraisable_hook(Object* exc, Object* obj) {
  std::string out;
  if (obj) {
    out += "Exception ignored in: ";
    Object* r = object_repr(obj);
    if (r) {
      out += str_to_std(r);
      decref(r);
    } else {
      clear_error();
      out += "<object repr() failed>";
    }
    out += "\n";
  }
  Object* module = type_get_module(exc->type);
  if (!module) clear_error();
  if (module && is_str(module) && !str_equal_cstr(module, "builtins") &&
      !str_equal_cstr(module, "__main__")) {
    out += str_to_std(module);
    out += ".";
  }
  xdecref(module);
  Object* qualname = type_get_qualname(exc->type);
  if (qualname) {
    out += str_to_std(qualname);
    decref(qualname);
  } else {
    clear_error();
    out += exc->type->name;
  }
  Object* text = object_str(exc);
  if (text) {
    if (str_length(text) > 0) {
      out += ": ";
      out += str_to_std(text);
    }
    decref(text);
  } else {
    clear_error();
    out += ": <exception str() failed>";
  }
  out += "\n";
  std::fputs(out.c_str(), stderr);
  std::fflush(stderr);
}

UnraisableHook unraisable_hook = default_unraisable_hook;

}  // namespace

void set_unraisable_hook(UnraisableHook hook) {
  unraisable_hook = hook ? hook : default_unraisable_hook;
}

namespace {
WarningHook warning_hook = nullptr;
}

void set_warning_hook(WarningHook hook) { warning_hook = hook; }

int warn(Type* category, const char* message, ssize stacklevel) {
  if (!warning_hook) return 0;
  Object* text = str_from_cstr(message);
  if (!text) return -1;
  int r = warning_hook(category, text, stacklevel);
  decref(text);
  return r;
}

void write_unraisable(Object* obj) {
  Object* e = fetch_error();
  if (!e) return;
  unraisable_hook(e, obj);
  decref(e);
  clear_error();
}

}  // namespace glasspy
