// _io._IOBase, _RawIOBase, _BufferedIOBase and _TextIOBase: the abstract
// bases whose generic methods (readline over read/peek, iteration, the
// context manager, closing at finalization) every stream inherits.  They
// reach the concrete stream only through attribute lookup, so a Python
// subclass overriding read() or close() is honoured.
#include <cstring>
#include <string>

#include "modules/io/io_objects.h"
#include "modules/native_type_support.h"
#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/bytearray.h"
#include "objects/bytes.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/weakref.h"

namespace glasspy {

Object* unsupported_operation = nullptr;

Object* io_unsupported(const char* message) {
  set_error(static_cast<Type*>(unsupported_operation), message);
  return nullptr;
}

Object* io_closed_error() {
  set_error(&exc::ValueError, "I/O operation on closed file.");
  return nullptr;
}

int io_is_closed(Object* self) {
  Object* closed = get_attr_cstr(self, "closed");
  if (!closed) return -1;
  int r = object_is_true(closed);
  decref(closed);
  return r;
}

int io_check_closed(Object* self) {
  int r = io_is_closed(self);
  if (r < 0) return -1;
  if (r) {
    io_closed_error();
    return -1;
  }
  return 0;
}

// _IOBase's finalizer: close() a stream still open, ignoring errors (a
// destructor has no caller to report them to), as CPython outside dev mode.
void io_finalize(Object* self) {
  Object* saved = fetch_error();
  Object* closed = nullptr;
  int is_closed = -1;
  if (lookup_attr(self, str_intern_cstr("closed"), &closed) > 0) {
    is_closed = object_is_true(closed);
    decref(closed);
  }
  if (is_closed == 0) {
    if (set_attr_cstr(self, "_finalizing", True) < 0) clear_error();
    Object* r = call_method(self, str_intern_cstr("close"));
    xdecref(r);
  }
  clear_error();
  restore_error(saved);
}

bool io_finalize_from_dealloc(Object* self) {
  self->refcnt = 1;
  if (self->type->finalize && !gc_is_finalized(self)) {
    self->type->finalize(self);
    gc_set_finalized(self);
  }
  if (--self->refcnt == 0) return true;
  return false;
}

void io_clear_base(IOBaseObject* self) { clear_ref(self->dict); }

int io_traverse_base(Object* self, visitproc visit, void* arg) {
  IOBaseObject* b = static_cast<IOBaseObject*>(self);
  if (b->dict) return visit(b->dict, arg);
  return 0;
}

Object* io_generic_new(Type* type, Object*, Object*) { return type_generic_alloc(type, 0); }

Object* iobase_iter_self(Object* self) {
  if (io_check_closed(self) < 0) return nullptr;
  return newref(self);
}

int io_writable_buffer(Object* target, const char* method, Buffer* view) {
  if (get_buffer(target, view, true) == 0) return 0;
  clear_error();
  format_error(&exc::TypeError, "%s() argument must be read-write bytes-like object, not %.50s", method,
               target->type->name);
  return -1;
}

bool io_size_or_none(Object* arg, ssize* out) {
  if (arg == None) return true;
  if (!has_index(arg)) {
    format_error(&exc::TypeError, "argument should be integer or None, not '%.200s'", arg->type->name);
    return false;
  }
  return arg_to_ssize(arg, out);
}

namespace {

void iobase_dealloc(Object* o) {
  gc_untrack(o);
  if (!io_finalize_from_dealloc(o)) {
    gc_track(o);
    return;
  }
  clear_weakrefs_if_any(o);
  io_clear_base(static_cast<IOBaseObject*>(o));
  free_object(o);
}

int iobase_clear(Object* o) {
  io_clear_base(static_cast<IOBaseObject*>(o));
  return 0;
}

Object* iobase_unsupported_seek(Object*, Object* const*, ssize) { return io_unsupported("seek"); }
Object* iobase_unsupported_truncate(Object*, Object* const*, ssize) { return io_unsupported("truncate"); }
Object* iobase_fileno(Object*) { return io_unsupported("fileno"); }

Object* iobase_tell(Object* self) {
  Object* zero = small_int(0);
  Object* one = small_int(1);
  return call_method(self, str_intern_cstr("seek"), zero, one);
}

Object* iobase_flush(Object* self) {
  IOBaseObject* b = static_cast<IOBaseObject*>(self);
  if (b->iobase_closed) return io_closed_error();
  return newref(None);
}

Object* iobase_close(Object* self) {
  IOBaseObject* b = static_cast<IOBaseObject*>(self);
  if (b->iobase_closed) return newref(None);
  Object* r = call_method(self, str_intern_cstr("flush"));
  b->iobase_closed = true;
  if (!r) return nullptr;
  decref(r);
  return newref(None);
}

Object* iobase_closed_get(Object* self, void*) { return bool_from(static_cast<IOBaseObject*>(self)->iobase_closed); }

Object* return_false(Object*) { return newref(False); }

// _checkClosed / _checkReadable ...: the method's answer must be True.
Object* check_predicate(Object* self, const char* method, const char* message) {
  Object* r = call_method(self, str_intern_cstr(method));
  if (!r) return nullptr;
  if (r != True) {
    decref(r);
    return io_unsupported(message);
  }
  decref(r);
  return newref(True);
}

Object* iobase_check_closed_method(Object* self, Object* const*, ssize) {
  if (io_check_closed(self) < 0) return nullptr;
  return newref(None);
}
Object* iobase_check_seekable(Object* self, Object* const*, ssize) {
  return check_predicate(self, "seekable", "File or stream is not seekable.");
}
Object* iobase_check_readable(Object* self, Object* const*, ssize) {
  return check_predicate(self, "readable", "File or stream is not readable.");
}
Object* iobase_check_writable(Object* self, Object* const*, ssize) {
  return check_predicate(self, "writable", "File or stream is not writable.");
}

Object* iobase_isatty(Object* self) {
  if (io_check_closed(self) < 0) return nullptr;
  return newref(False);
}

Object* iobase_enter(Object* self) {
  if (io_check_closed(self) < 0) return nullptr;
  return newref(self);
}

Object* iobase_exit(Object* self, Object* const*, ssize) { return call_method(self, str_intern_cstr("close")); }

Object* iobase_iter(Object* self) {
  if (io_check_closed(self) < 0) return nullptr;
  return newref(self);
}

Object* iobase_iternext(Object* self) {
  Object* line = call_method(self, str_intern_cstr("readline"));
  if (!line) return nullptr;
  ssize n = object_length(line);
  if (n <= 0) {
    decref(line);
    return nullptr;
  }
  return line;
}

// readline over peek() (when the stream has it) and read().
Object* iobase_readline(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("readline", nargs, 0, 1)) return nullptr;
  ssize limit = -1;
  if (nargs == 1 && !io_size_or_none(args[0], &limit)) return nullptr;
  Object* peek = nullptr;
  if (lookup_attr(self, str_intern_cstr("peek"), &peek) < 0) return nullptr;
  std::string line;
  while (limit < 0 || static_cast<ssize>(line.size()) < limit) {
    ssize want = 1;
    if (peek) {
      Object* ahead = call_function(peek, small_int(1));
      if (!ahead) {
        decref(peek);
        return nullptr;
      }
      if (!is_bytes(ahead)) {
        format_error(&exc::OSError, "peek() should have returned a bytes object, not '%.200s'", ahead->type->name);
        decref(ahead);
        decref(peek);
        return nullptr;
      }
      std::string_view v = bytes_view(ahead);
      if (!v.empty()) {
        size_t end = v.size();
        if (limit >= 0) end = std::min(end, static_cast<size_t>(limit) - line.size());
        size_t nl = v.substr(0, end).find('\n');
        want = static_cast<ssize>(nl == std::string_view::npos ? end : nl + 1);
        if (want == 0) want = 1;
      }
      decref(ahead);
    }
    Object* n = int_from_ssize(want);
    Object* chunk = n ? call_method(self, str_intern_cstr("read"), n) : nullptr;
    xdecref(n);
    if (!chunk) {
      xdecref(peek);
      return nullptr;
    }
    if (!is_bytes(chunk)) {
      format_error(&exc::OSError, "read() should have returned a bytes object, not '%.200s'", chunk->type->name);
      decref(chunk);
      xdecref(peek);
      return nullptr;
    }
    std::string_view v = bytes_view(chunk);
    bool done = v.empty();
    line.append(v);
    decref(chunk);
    if (done || (!line.empty() && line.back() == '\n')) break;
  }
  xdecref(peek);
  return bytes_from_data(line.data(), static_cast<ssize>(line.size()));
}

Object* iobase_readlines(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("readlines", nargs, 0, 1)) return nullptr;
  ssize hint = -1;
  if (nargs == 1 && !io_size_or_none(args[0], &hint)) return nullptr;
  Object* result = list_new(0);
  if (!result) return nullptr;
  Object* it = get_iter(self);
  if (!it) {
    decref(result);
    return nullptr;
  }
  ssize total = 0;
  for (;;) {
    Object* line = iter_next(it);
    if (!line) break;
    ssize n = object_length(line);
    int r = n < 0 ? -1 : list_append(result, line);
    decref(line);
    if (r < 0) {
      decref(it);
      decref(result);
      return nullptr;
    }
    total += n;
    if (hint > 0 && total >= hint) break;
  }
  decref(it);
  if (error_occurred()) {
    decref(result);
    return nullptr;
  }
  return result;
}

Object* iobase_writelines(Object* self, Object* lines) {
  if (io_check_closed(self) < 0) return nullptr;
  Object* it = get_iter(lines);
  if (!it) return nullptr;
  for (;;) {
    Object* line = iter_next(it);
    if (!line) break;
    Object* r = call_method(self, str_intern_cstr("write"), line);
    decref(line);
    if (!r) {
      decref(it);
      return nullptr;
    }
    decref(r);
  }
  decref(it);
  if (error_occurred()) return nullptr;
  return newref(None);
}

MethodDef iobase_methods[] = {
    MethodDef("seek", static_cast<FastMethod>(iobase_unsupported_seek)),
    MethodDef("tell", static_cast<NoArgsMethod>(iobase_tell)),
    MethodDef("truncate", static_cast<FastMethod>(iobase_unsupported_truncate)),
    MethodDef("flush", static_cast<NoArgsMethod>(iobase_flush)),
    MethodDef("close", static_cast<NoArgsMethod>(iobase_close)),
    MethodDef("seekable", static_cast<NoArgsMethod>(return_false)),
    MethodDef("readable", static_cast<NoArgsMethod>(return_false)),
    MethodDef("writable", static_cast<NoArgsMethod>(return_false)),
    MethodDef("_checkClosed", static_cast<FastMethod>(iobase_check_closed_method)),
    MethodDef("_checkSeekable", static_cast<FastMethod>(iobase_check_seekable)),
    MethodDef("_checkReadable", static_cast<FastMethod>(iobase_check_readable)),
    MethodDef("_checkWritable", static_cast<FastMethod>(iobase_check_writable)),
    MethodDef("fileno", static_cast<NoArgsMethod>(iobase_fileno)),
    MethodDef("isatty", static_cast<NoArgsMethod>(iobase_isatty)),
    MethodDef("__enter__", static_cast<NoArgsMethod>(iobase_enter)),
    MethodDef("__exit__", static_cast<FastMethod>(iobase_exit)),
    MethodDef("readline", static_cast<FastMethod>(iobase_readline)),
    MethodDef("readlines", static_cast<FastMethod>(iobase_readlines)),
    MethodDef("writelines", static_cast<OneArgMethod>(iobase_writelines)),
    {},
};

GetSetDef iobase_getset[] = {
    {"__dict__", instance_dict_get, instance_dict_set},
    {"closed", iobase_closed_get},
    {},
};

// ---- _RawIOBase ------------------------------------------------------------------

Object* rawiobase_read(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("read", nargs, 0, 1)) return nullptr;
  ssize n = -1;
  // A plain integer here: None is refused, as in CPython.
  if (nargs == 1 && !arg_to_ssize(args[0], &n)) return nullptr;
  if (n < 0) return call_method(self, str_intern_cstr("readall"));
  Object* b = bytearray_from_data(nullptr, n);
  if (!b) return nullptr;
  Object* r = call_method(self, str_intern_cstr("readinto"), b);
  if (!r) {
    decref(b);
    return nullptr;
  }
  if (r == None) {
    decref(b);
    return r;
  }
  ssize got = number_as_ssize(r, &exc::ValueError);
  decref(r);
  if (got == -1 && error_occurred()) {
    decref(b);
    return nullptr;
  }
  if (got < 0 || got > n) {
    decref(b);
    return format_error(&exc::ValueError, "readinto returned %zd outside buffer size %zd", got, n);
  }
  Object* out = bytes_from_data(bytearray_data(b), got);
  decref(b);
  return out;
}

Object* rawiobase_readall(Object* self) {
  std::string all;
  for (;;) {
    Object* n = int_from_ssize(kDefaultBufferSize);
    Object* chunk = n ? call_method(self, str_intern_cstr("read"), n) : nullptr;
    xdecref(n);
    if (!chunk) {
      // An interrupted read is retried.
      if (error_matches(&exc::InterruptedError)) {
        clear_error();
        continue;
      }
      return nullptr;
    }
    if (chunk == None) {
      if (all.empty()) return chunk;
      decref(chunk);
      break;
    }
    if (!is_bytes(chunk)) {
      decref(chunk);
      set_error(&exc::TypeError, "read() should return bytes");
      return nullptr;
    }
    bool done = bytes_size(chunk) == 0;
    all.append(bytes_view(chunk));
    decref(chunk);
    if (done) break;
  }
  return bytes_from_data(all.data(), static_cast<ssize>(all.size()));
}

Object* not_implemented(Object*, Object*) {
  set_error_none(&exc::NotImplementedError);
  return nullptr;
}

MethodDef rawiobase_methods[] = {
    MethodDef("read", static_cast<FastMethod>(rawiobase_read)),
    MethodDef("readall", static_cast<NoArgsMethod>(rawiobase_readall)),
    MethodDef("readinto", static_cast<OneArgMethod>(not_implemented)),
    MethodDef("write", static_cast<OneArgMethod>(not_implemented)),
    {},
};

// ---- _BufferedIOBase ----------------------------------------------------------

Object* bufferediobase_detach(Object*) { return io_unsupported("detach"); }
Object* bufferediobase_read(Object*, Object* const*, ssize) { return io_unsupported("read"); }
Object* bufferediobase_read1(Object*, Object* const*, ssize) { return io_unsupported("read1"); }
Object* bufferediobase_write(Object*, Object*) { return io_unsupported("write"); }

Object* readinto_generic(Object* self, Object* target, const char* method) {
  Buffer view;
  if (io_writable_buffer(target, std::strcmp(method, "read1") == 0 ? "readinto1" : "readinto", &view) < 0) return nullptr;
  Object* n = int_from_ssize(view.len);
  Object* data = n ? call_method(self, str_intern_cstr(method), n) : nullptr;
  xdecref(n);
  if (!data) {
    release_buffer(&view);
    return nullptr;
  }
  if (!is_bytes(data)) {
    release_buffer(&view);
    decref(data);
    set_error(&exc::TypeError, "read() should return bytes");
    return nullptr;
  }
  ssize len = bytes_size(data);
  if (len > view.len) {
    release_buffer(&view);
    decref(data);
    return format_error(&exc::ValueError, "read() returned too much data: %zd bytes requested, %zd returned",
                        view.len, len);
  }
  std::memcpy(view.buf, bytes_data(data), static_cast<size_t>(len));
  release_buffer(&view);
  decref(data);
  return int_from_ssize(len);
}

Object* bufferediobase_readinto(Object* self, Object* b) { return readinto_generic(self, b, "read"); }
Object* bufferediobase_readinto1(Object* self, Object* b) { return readinto_generic(self, b, "read1"); }

MethodDef bufferediobase_methods[] = {
    MethodDef("detach", static_cast<NoArgsMethod>(bufferediobase_detach)),
    MethodDef("read", static_cast<FastMethod>(bufferediobase_read)),
    MethodDef("read1", static_cast<FastMethod>(bufferediobase_read1)),
    MethodDef("readinto", static_cast<OneArgMethod>(bufferediobase_readinto)),
    MethodDef("readinto1", static_cast<OneArgMethod>(bufferediobase_readinto1)),
    MethodDef("write", static_cast<OneArgMethod>(bufferediobase_write)),
    {},
};

// ---- _TextIOBase ------------------------------------------------------------------

Object* textiobase_detach(Object*) { return io_unsupported("detach"); }
Object* textiobase_read(Object*, Object* const*, ssize) { return io_unsupported("read"); }
Object* textiobase_readline(Object*, Object* const*, ssize) { return io_unsupported("readline"); }
Object* textiobase_write(Object*, Object*) { return io_unsupported("write"); }
Object* get_none(Object*, void*) { return newref(None); }

MethodDef textiobase_methods[] = {
    MethodDef("detach", static_cast<NoArgsMethod>(textiobase_detach)),
    MethodDef("read", static_cast<FastMethod>(textiobase_read)),
    MethodDef("readline", static_cast<FastMethod>(textiobase_readline)),
    MethodDef("write", static_cast<OneArgMethod>(textiobase_write)),
    {},
};

GetSetDef textiobase_getset[] = {
    {"encoding", get_none, nullptr, "Encoding of the text stream.\n\nSubclasses should override.\n"},
    {"newlines", get_none, nullptr, "Line endings translated so far.\n\nOnly line endings translated during reading are considered.\n\nSubclasses should override.\n"},
    {"errors", get_none, nullptr, "The error setting of the decoder or encoder.\n\nSubclasses should override.\n"},
    {},
};

constexpr unsigned long kIOFlags = tpflags::kHaveGC | tpflags::kBaseType;

}  // namespace

Type IOBaseType{{
    .name = "_io._IOBase",
    .basicsize = sizeof(IOBaseObject),
    .dealloc = iobase_dealloc,
    .getattro = generic_getattr,
    .setattro = generic_setattr,
    .flags = kIOFlags,
    .doc = "The abstract base class for all I/O classes.",
    .traverse = io_traverse_base,
    .clear = iobase_clear,
    .weaklistoffset = offsetof(IOBaseObject, weaklist),
    .iter = iobase_iter,
    .iternext = iobase_iternext,
    .methods = iobase_methods,
    .getset = iobase_getset,
    .dictoffset = offsetof(IOBaseObject, dict),
    .new_ = io_generic_new,
    .finalize = io_finalize,
}};

Type RawIOBaseType{{
    .name = "_io._RawIOBase",
    .basicsize = sizeof(IOBaseObject),
    .flags = kIOFlags,
    .doc = "Base class for raw binary I/O.",
    .methods = rawiobase_methods,
    .base = &IOBaseType,
}};

Type BufferedIOBaseType{{
    .name = "_io._BufferedIOBase",
    .basicsize = sizeof(IOBaseObject),
    .flags = kIOFlags,
    .doc = "Base class for buffered IO objects.",
    .methods = bufferediobase_methods,
    .base = &IOBaseType,
}};

Type TextIOBaseType{{
    .name = "_io._TextIOBase",
    .basicsize = sizeof(IOBaseObject),
    .flags = kIOFlags,
    .doc = "Base class for text I/O.",
    .methods = textiobase_methods,
    .getset = textiobase_getset,
    .base = &IOBaseType,
}};

}  // namespace glasspy
