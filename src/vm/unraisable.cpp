// See unraisable.h.
#include "vm/unraisable.h"

#include <string>

#include "modules/struct_sequence.h"
#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/exception_display.h"
#include "vm/interpreter.h"
#include "vm/stdio_support.h"
#include "vm/traceback.h"

namespace glasspy {

namespace {

Type* hook_args_type = nullptr;

Type* unraisable_hook_args_type() {
  if (!hook_args_type) {
    hook_args_type = structseq_new_type("UnraisableHookArgs",
                                        {"exc_type", "exc_value", "exc_traceback", "err_msg", "object"});
  }
  return hook_args_type;
}

std::string repr_or(Object* o, const char* fallback) {
  Object* r = object_repr(o);
  if (!r) {
    clear_error();
    return fallback;
  }
  std::string s = str_to_std(r);
  decref(r);
  return s;
}

// The default hook's text (write_unraisable_exc_file in CPython).
std::string format_unraisable(Object* exc_type, Object* exc_value, Object* tb, Object* err_msg, Object* obj) {
  std::string out;
  bool has_msg = err_msg && err_msg != None;
  if (obj && obj != None) {
    out += has_msg ? str_to_std(err_msg) + ": " : std::string("Exception ignored in: ");
    out += repr_or(obj, "<object repr() failed>");
    out += "\n";
  } else if (has_msg) {
    out += str_to_std(err_msg) + ":\n";
  }
  if (tb && tb != None) out += format_traceback_for_print(tb);
  if (!exc_type || exc_type == None || !is_type(exc_type)) return out;
  Type* t = static_cast<Type*>(exc_type);
  Object* module = type_get_module(t);
  if (!module || !is_str(module)) {
    clear_error();
    out += "<unknown>";
  } else if (!str_equal_cstr(module, "builtins") && !str_equal_cstr(module, "__main__")) {
    out += str_to_std(module) + ".";
  }
  xdecref(module);
  Object* qualname = type_get_qualname(t);
  if (qualname && is_str(qualname)) {
    out += str_to_std(qualname);
  } else {
    clear_error();
    out += "<unknown>";
  }
  xdecref(qualname);
  if (exc_value && exc_value != None) {
    out += ": ";
    Object* s = object_str(exc_value);
    if (s) {
      out += str_to_std(s);
      decref(s);
    } else {
      clear_error();
      out += "<exception str() failed>";
    }
  }
  out += "\n";
  return out;
}

void write_default(Object* exc, Object* err_msg, Object* obj) {
  Object* tb = exception_get_traceback(exc);
  write_to_stderr(format_unraisable(static_cast<Object*>(exc->type), exc, tb, err_msg, obj));
  xdecref(tb);
}

bool is_default_hook(Object* hook) {
  Object* sys = interpreter_sys_module();
  if (!sys) return true;
  Object* original = nullptr;
  if (lookup_attr(sys, str_intern_cstr("__unraisablehook__"), &original) < 0) clear_error();
  bool same = original == hook;
  xdecref(original);
  return same;
}

// Reports exc through sys.unraisablehook; err_msg (a str, or null for the
// default "Exception ignored in") says where it was ignored.
void report_unraisable(Object* exc, Object* err_msg, Object* obj) {
  Object* hook = sys_get_attr_borrowed("unraisablehook");
  if (!hook || hook == None || is_default_hook(hook)) {
    write_default(exc, err_msg, obj);
    return;
  }
  Type* args_type = unraisable_hook_args_type();
  Object* tb = exception_get_traceback(exc);
  Object* args = args_type ? structseq_new(args_type, {newref(static_cast<Object*>(exc->type)), newref(exc),
                                                       tb ? tb : newref(None), newref(err_msg ? err_msg : None),
                                                       newref(obj ? obj : None)})
                           : nullptr;
  if (!args && tb && !args_type) decref(tb);
  Object* hook_ref = newref(hook);
  Object* r = args ? call_function(hook_ref, args) : nullptr;
  xdecref(args);
  if (r) {
    decref(r);
    decref(hook_ref);
    return;
  }
  // The hook failed: report that failure, then the original exception.
  Object* failure = fetch_error();
  Object* message = str_from_cstr("Exception ignored in sys.unraisablehook");
  if (failure) write_default(failure, message, hook_ref);
  xdecref(message);
  xdecref(failure);
  decref(hook_ref);
}

void vm_unraisable_hook(Object* exc, Object* obj) { report_unraisable(exc, nullptr, obj); }

}  // namespace

void install_unraisable_hook() { set_unraisable_hook(vm_unraisable_hook); }

void write_unraisable_message(const char* context, Object* obj) {
  Object* exc = fetch_error();
  if (!exc) return;
  Object* message = str_from_format("Exception ignored %s", context);
  if (message) {
    report_unraisable(exc, message, obj);
    decref(message);
  } else {
    clear_error();
  }
  decref(exc);
  clear_error();
}

Object* default_unraisablehook(Object* module, Object* args) {
  Type* args_type = unraisable_hook_args_type();
  if (!args_type) return nullptr;
  if (args->type != args_type) {
    set_error(&exc::TypeError, "sys.unraisablehook argument type must be UnraisableHookArgs");
    return nullptr;
  }
  Object* exc_type = tuple_item(args, 0);
  Object* exc_value = tuple_item(args, 1);
  Object* tb = tuple_item(args, 2);
  Object* err_msg = tuple_item(args, 3);
  Object* obj = tuple_item(args, 4);
  write_to_stderr(format_unraisable(exc_type, exc_value, tb, err_msg, obj));
  return newref(None);
}

}  // namespace glasspy
