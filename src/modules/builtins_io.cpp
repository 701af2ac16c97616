// Built-in functions about text I/O: print and input (Python/bltinmodule.c).
// Both look sys.stdout / sys.stdin up on every call, so programs may
// replace the streams with any object that has write() / readline().
#include "modules/builtins_module.h"
#include "modules/io/io_objects.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/thread_state.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/interpreter.h"
#include "vm/vm_strings.h"

namespace glasspy {

namespace {

// PyFile_WriteObject(v, f, Py_PRINT_RAW): f.write(str(v)).
int file_write_object(Object* v, Object* f) {
  if (is_str_exact(v) && textio_fast_writable(f)) {  // a subclass may override __str__
    // An exact TextIOWrapper over one of our buffers that can write: what
    // its write() would do, without the call.
    {
      // CPython calls the stream's write(), a C call counted against the
      // recursion limit.
      if (enter_recursive_call(" while calling a Python object") < 0) return -1;
      int r = textio_write_str(f, v);
      leave_recursive_call();
      return r;
    }
  }
  Object* writer = get_attr(f, VM_ID(write));
  if (!writer) return -1;
  Object* value = object_str(v);
  if (!value) {
    decref(writer);
    return -1;
  }
  Object* result = call_function(writer, value);
  decref(value);
  decref(writer);
  if (!result) return -1;
  decref(result);
  return 0;
}

int file_write_cstr(const char* text, Object* f) {
  Object* s = str_from_cstr(text);
  if (!s) return -1;
  int r = file_write_object(s, f);
  decref(s);
  return r;
}

Object* builtin_print(Object* module, Object* const* args, ssize nargs, Object* kwnames) {
  Object* sep = nullptr;
  Object* end = nullptr;
  Object* file = nullptr;
  Object* flush = nullptr;
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  for (ssize i = 0; i < nkw; ++i) {
    Object* key = tuple_item(kwnames, i);
    Object* value = args[nargs + i];
    if (str_equal_cstr(key, "sep")) {
      sep = value;
    } else if (str_equal_cstr(key, "end")) {
      end = value;
    } else if (str_equal_cstr(key, "file")) {
      file = value;
    } else if (str_equal_cstr(key, "flush")) {
      flush = value;
    } else {
      return format_error(&exc::TypeError, "'%U' is an invalid keyword argument for print()", key);
    }
  }
  if (!file || file == None) {
    file = sys_get_attr_borrowed("stdout");
    if (!file) {
      set_error(&exc::RuntimeError, "lost sys.stdout");
      return nullptr;
    }
    if (file == None) return newref(None);
  }
  if (sep == None) {
    sep = nullptr;
  } else if (sep && !is_str(sep)) {
    return format_error(&exc::TypeError, "sep must be None or a string, not %.200s", sep->type->name);
  }
  if (end == None) {
    end = nullptr;
  } else if (end && !is_str(end)) {
    return format_error(&exc::TypeError, "end must be None or a string, not %.200s", end->type->name);
  }
  // Keep the file alive while writing (a write may rebind sys.stdout).
  incref(file);
  for (ssize i = 0; i < nargs; ++i) {
    if (i > 0) {
      int err = sep ? file_write_object(sep, file) : file_write_cstr(" ", file);
      if (err) {
        decref(file);
        return nullptr;
      }
    }
    if (file_write_object(args[i], file)) {
      decref(file);
      return nullptr;
    }
  }
  int err = end ? file_write_object(end, file) : file_write_cstr("\n", file);
  if (err) {
    decref(file);
    return nullptr;
  }
  if (flush) {
    int t = object_is_true(flush);
    if (t < 0) {
      decref(file);
      return nullptr;
    }
    if (t) {
      Object* r = call_method(file, VM_ID(flush));
      if (!r) {
        decref(file);
        return nullptr;
      }
      decref(r);
    }
  }
  decref(file);
  return newref(None);
}

Object* builtin_input(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("input", nargs, 0, 1)) return nullptr;
  Object* fin = sys_get_attr_borrowed("stdin");
  Object* fout = sys_get_attr_borrowed("stdout");
  Object* ferr = sys_get_attr_borrowed("stderr");
  if (!fin || fin == None) {
    set_error(&exc::RuntimeError, "input(): lost sys.stdin");
    return nullptr;
  }
  if (!fout || fout == None) {
    set_error(&exc::RuntimeError, "input(): lost sys.stdout");
    return nullptr;
  }
  if (!ferr || ferr == None) {
    set_error(&exc::RuntimeError, "input(): lost sys.stderr");
    return nullptr;
  }
  Object* tmp = call_method(ferr, VM_ID(flush));
  if (!tmp) clear_error();
  xdecref(tmp);
  if (nargs == 1 && file_write_object(args[0], fout) != 0) return nullptr;
  tmp = call_method(fout, VM_ID(flush));
  if (!tmp) clear_error();
  xdecref(tmp);
  Object* line = call_method(fin, VM_ID(readline));
  if (!line) return nullptr;
  if (is_bytes(line)) {
    // A binary stdin's line comes back as bytes, its newline dropped.
    std::string_view data = bytes_view(line);
    if (data.empty()) {
      decref(line);
      set_error(&exc::EOFError, "EOF when reading a line");
      return nullptr;
    }
    if (data.back() != '\n') return line;
    Object* stripped = bytes_from_data(data.data(), static_cast<ssize>(data.size() - 1));
    decref(line);
    return stripped;
  }
  if (!is_str(line)) {
    decref(line);
    set_error(&exc::TypeError, "object.readline() returned non-string");
    return nullptr;
  }
  ssize len = str_length(line);
  if (len == 0) {
    decref(line);
    set_error(&exc::EOFError, "EOF when reading a line");
    return nullptr;
  }
  if (str_char_at(line, len - 1) == '\n') {
    Object* stripped = str_substring(line, 0, len - 1);
    decref(line);
    return stripped;
  }
  return line;
}

}  // namespace

MethodDef builtins_io_functions[] = {
    MethodDef("print", static_cast<FastKeywordsMethod>(builtin_print),
              "print($module, /, *args, sep=' ', end='\\n', file=None, flush=False)\n--\n\n"
              "print(value, ..., sep=' ', end='\\n', file=sys.stdout, flush=False)"),
    MethodDef("input", static_cast<FastMethod>(builtin_input), "input($module, prompt='', /)\n--\n\n"),
    {},
};

}  // namespace glasspy
