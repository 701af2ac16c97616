// See stdio_support.h.
#include "vm/stdio_support.h"

#include <cstdio>

#include "modules/io/io_objects.h"
#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "vm/interpreter.h"
#include "vm/vm_strings.h"

namespace glasspy {

Object* original_stdout = nullptr;
Object* original_stderr = nullptr;
Object* original_stdin = nullptr;

void write_to_stderr(std::string_view text) {
  Object* saved = fetch_error();
  Object* err = sys_get_attr_borrowed("stderr");
  if (err && err->type == &TextIOWrapperType) {
    Object* s = str_from_generalized_utf8(text);
    if (!s || textio_write_str(err, s) < 0 || textio_flush(err) < 0) clear_error();
    xdecref(s);
  } else if (err && err != None) {
    Object* s = str_from_utf8(text);
    if (s) {
      Object* r = call_method(err, VM_ID(write), s);
      decref(s);
      xdecref(r);
    }
    if (error_occurred()) clear_error();
  } else {
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
  }
  restore_error(saved);
}

namespace {

bool is_closed(Object* f) {
  Object* closed;
  if (lookup_attr(f, str_intern_cstr("closed"), &closed) < 0) {
    clear_error();
    return false;
  }
  if (!closed) return false;
  int t = object_is_true(closed);
  decref(closed);
  if (t < 0) {
    clear_error();
    return false;
  }
  return t == 1;
}

int flush_one(Object* f) {
  if (!f || f == None || is_closed(f)) return 0;
  int r;
  if (f->type == &TextIOWrapperType) {
    r = textio_flush(f);
  } else {
    Object* res = call_method(f, VM_ID(flush));
    r = res ? 0 : -1;
    xdecref(res);
  }
  return r;
}

}  // namespace

void flush_io_quietly() {
  Object* saved = fetch_error();
  for (const char* name : {"stderr", "stdout"}) {
    Object* f = sys_get_attr_borrowed(name);
    if (!f || f == None) continue;
    Object* r = call_method(f, VM_ID(flush));
    if (r) {
      decref(r);
    } else {
      clear_error();
    }
  }
  restore_error(saved);
}

int flush_std_streams() {
  int status = 0;
  Object* out = sys_get_attr_borrowed("stdout");
  if (flush_one(out) < 0) {
    write_unraisable(out);
    status = -1;
  }
  Object* err = sys_get_attr_borrowed("stderr");
  if (flush_one(err) < 0) clear_error();
  return status;
}

}  // namespace glasspy
