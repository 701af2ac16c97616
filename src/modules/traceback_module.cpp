// The `traceback` module's printing and formatting functions (print_exc,
// format_exc, print_exception, format_exception, format_exception_only,
// print_tb, format_tb), written in C++ over the VM's exception report so
// that they print exactly what an uncaught exception prints.
#include <climits>
#include <string>
#include <vector>

#include "modules/builtins_module.h"
#include "modules/traceback_module.h"
#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/exception_display.h"
#include "vm/interpreter.h"
#include "vm/module_object.h"
#include "vm/traceback.h"
#include "vm/vm_strings.h"

namespace glasspy {

namespace {

bool limit_of(Object* o, long* limit) {
  *limit = LONG_MIN;
  if (!o || o == None) return true;
  int v;
  if (!arg_to_int(o, &v)) return false;
  *limit = v;
  return true;
}

bool chain_of(Object* o, bool* chain) {
  *chain = true;
  if (!o) return true;
  int t = object_is_true(o);
  if (t < 0) return false;
  *chain = t;
  return true;
}

Object* list_of_strings(const std::vector<std::string>& items) {
  Object* l = list_new(static_cast<ssize>(items.size()));
  if (!l) return nullptr;
  for (size_t i = 0; i < items.size(); ++i) {
    Object* s = str_from_utf8(items[i]);
    if (!s) {
      decref(l);
      return nullptr;
    }
    list_set_item(l, static_cast<ssize>(i), s);
  }
  return l;
}

int write_chunks(const std::vector<std::string>& chunks, Object* file) {
  if (!file || file == None) {
    file = sys_get_attr_borrowed("stderr");
    if (!file) {
      set_error(&exc::RuntimeError, "lost sys.stderr");
      return -1;
    }
  }
  for (const std::string& c : chunks) {
    Object* s = str_from_utf8(c);
    if (!s) return -1;
    Object* r = call_method(file, VM_ID(write), s);
    decref(s);
    if (!r) return -1;
    decref(r);
  }
  return 0;
}

// The exception the (exc, value, tb) arguments designate.
Object* exception_argument(Object* exc, Object* value) {
  if (value && value != None) return value;
  return exc;
}

std::vector<std::string> chunks_for(Object* exc, long limit, bool chain) {
  if (exc == None || !is_exception_instance(exc)) {
    std::string name = exc == None ? "NoneType" : exc->type->name;
    Object* s = object_str(exc);
    std::string text = s ? str_to_std(s) : std::string();
    if (!s) clear_error();
    xdecref(s);
    return {name + ": " + text + "\n"};
  }
  return format_exception_chunks(exc, limit, chain);
}

Object* tb_format_exception(Object* module, Object* const* args, ssize nargs, Object* kwnames) {
  static ArgParser parser{"format_exception", {"", "", "", "limit", "chain"}, 1, 3};
  Object* out[5];
  if (!parse_args(parser, args, nargs, kwnames, out)) return nullptr;
  long limit;
  bool chain;
  if (!limit_of(out[3], &limit) || !chain_of(out[4], &chain)) return nullptr;
  return list_of_strings(chunks_for(exception_argument(out[0], out[1]), limit, chain));
}

Object* tb_print_exception(Object* module, Object* const* args, ssize nargs, Object* kwnames) {
  static ArgParser parser{"print_exception", {"", "", "", "limit", "file", "chain"}, 1, 3};
  Object* out[6];
  if (!parse_args(parser, args, nargs, kwnames, out)) return nullptr;
  long limit;
  bool chain;
  if (!limit_of(out[3], &limit) || !chain_of(out[5], &chain)) return nullptr;
  if (write_chunks(chunks_for(exception_argument(out[0], out[1]), limit, chain), out[4]) < 0) return nullptr;
  return newref(None);
}

Object* current_exception_or_none() {
  Object* e = handled_exception();
  return e ? e : None;
}

Object* tb_format_exc(Object* module, Object* const* args, ssize nargs, Object* kwnames) {
  static ArgParser parser{"format_exc", {"limit", "chain"}, 0, 2};
  Object* out[2];
  if (!parse_args(parser, args, nargs, kwnames, out)) return nullptr;
  long limit;
  bool chain;
  if (!limit_of(out[0], &limit) || !chain_of(out[1], &chain)) return nullptr;
  std::string text;
  for (const std::string& c : chunks_for(current_exception_or_none(), limit, chain)) text += c;
  return str_from_utf8(text);
}

Object* tb_print_exc(Object* module, Object* const* args, ssize nargs, Object* kwnames) {
  static ArgParser parser{"print_exc", {"limit", "file", "chain"}, 0, 3};
  Object* out[3];
  if (!parse_args(parser, args, nargs, kwnames, out)) return nullptr;
  long limit;
  bool chain;
  if (!limit_of(out[0], &limit) || !chain_of(out[2], &chain)) return nullptr;
  if (write_chunks(chunks_for(current_exception_or_none(), limit, chain), out[1]) < 0) return nullptr;
  return newref(None);
}

Object* tb_format_exception_only(Object* module, Object* const* args, ssize nargs, Object* kwnames) {
  static ArgParser parser{"format_exception_only", {"", ""}, 1, 2};
  Object* out[2];
  if (!parse_args(parser, args, nargs, kwnames, out)) return nullptr;
  Object* exc = exception_argument(out[0], out[1]);
  if (!is_exception_instance(exc)) return list_of_strings(chunks_for(exc, LONG_MIN, false));
  // The report of the exception alone, without its traceback.
  Object* saved_tb = exception_get_traceback(exc);
  exception_set_traceback(exc, None);
  std::vector<std::string> chunks = format_exception_chunks(exc, LONG_MIN, false);
  exception_set_traceback(exc, saved_tb ? saved_tb : None);
  xdecref(saved_tb);
  return list_of_strings(chunks);
}

Object* tb_format_tb(Object* module, Object* const* args, ssize nargs, Object* kwnames) {
  static ArgParser parser{"format_tb", {"tb", "limit"}, 1, 2};
  Object* out[2];
  if (!parse_args(parser, args, nargs, kwnames, out)) return nullptr;
  long limit;
  if (!limit_of(out[1], &limit)) return nullptr;
  return list_of_strings(format_traceback_chunks(out[0], limit));
}

Object* tb_print_tb(Object* module, Object* const* args, ssize nargs, Object* kwnames) {
  static ArgParser parser{"print_tb", {"tb", "limit", "file"}, 1, 3};
  Object* out[3];
  if (!parse_args(parser, args, nargs, kwnames, out)) return nullptr;
  long limit;
  if (!limit_of(out[1], &limit)) return nullptr;
  if (write_chunks(format_traceback_chunks(out[0], limit), out[2]) < 0) return nullptr;
  return newref(None);
}

MethodDef traceback_functions[] = {
    MethodDef("format_exception", static_cast<FastKeywordsMethod>(tb_format_exception)),
    MethodDef("print_exception", static_cast<FastKeywordsMethod>(tb_print_exception)),
    MethodDef("format_exc", static_cast<FastKeywordsMethod>(tb_format_exc)),
    MethodDef("print_exc", static_cast<FastKeywordsMethod>(tb_print_exc)),
    MethodDef("format_exception_only", static_cast<FastKeywordsMethod>(tb_format_exception_only)),
    MethodDef("format_tb", static_cast<FastKeywordsMethod>(tb_format_tb)),
    MethodDef("print_tb", static_cast<FastKeywordsMethod>(tb_print_tb)),
    {},
};

}  // namespace

Object* traceback_module_create() {
  Object* m = module_new_cstr("traceback");
  if (!m) return nullptr;
  if (module_add_functions(m, traceback_functions) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace glasspy
