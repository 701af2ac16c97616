// _io.BufferedReader, BufferedWriter, BufferedRandom and BufferedRWPair:
// buffering over a raw stream.  One object layout serves the three
// single-stream classes: a read-ahead buffer (rbuf[rpos:] is what the raw
// stream gave and nobody read yet) and a write buffer (accepted, not yet
// passed to the raw stream).  At most one of them holds data at a time in a
// BufferedRandom: reading flushes pending writes, writing first moves the
// raw position back over the unread read-ahead.  An exact FileIO raw stream
// is called directly; any other through its methods.
#include <algorithm>
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

bool is_native_buffered(Object* o) {
  return o->type == &BufferedWriterType || o->type == &BufferedReaderType || o->type == &BufferedRandomType;
}

namespace {

BufferedObject* as_buf(Object* o) { return static_cast<BufferedObject*>(o); }

Object* buffered_new(Type* type, Object*, Object*) {
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  BufferedObject* b = as_buf(o);
  b->rbuf = new std::string();
  b->wbuf = new std::string();
  b->raw_pos = -1;
  return o;
}

int check_ok(BufferedObject* b) {
  if (!b->ok) {
    set_error(&exc::ValueError, b->detached ? "raw stream has been detached" : "I/O operation on uninitialized object");
    return -1;
  }
  return 0;
}

// raw.closed; -1 on error.
int raw_closed(BufferedObject* b) {
  if (b->raw_is_fileio) return static_cast<FileIOObject*>(b->raw)->fd < 0;
  return io_is_closed(b->raw);
}

int check_not_closed(BufferedObject* b, const char* message) {
  if (check_ok(b) < 0) return -1;
  int c = raw_closed(b);
  if (c < 0) return -1;
  if (c) {
    // Pending data may still be read after the raw stream closed.
    if (b->readable && static_cast<ssize>(b->rbuf->size()) > b->rpos && std::strcmp(message, "read of closed file") == 0)
      return 0;
    set_error(&exc::ValueError, message);
    return -1;
  }
  return 0;
}

ssize unread(BufferedObject* b) { return static_cast<ssize>(b->rbuf->size()) - b->rpos; }

void drop_read_ahead(BufferedObject* b) {
  b->rbuf->clear();
  b->rpos = 0;
}

// One raw read of up to n bytes appended to out: count, 0 at EOF, -1 when
// it would block, -2 on error.
ssize raw_read(BufferedObject* b, ssize n, std::string& out) {
  if (b->raw_is_fileio) {
    size_t old = out.size();
    out.resize(old + static_cast<size_t>(n));
    ssize got;
    if (fileio_read_into(static_cast<FileIOObject*>(b->raw), out.data() + old, n, &got) < 0) {
      out.resize(old);
      return -2;
    }
    out.resize(old + static_cast<size_t>(std::max<ssize>(got, 0)));
    return got;
  }
  Object* ba = bytearray_from_data(nullptr, n);
  if (!ba) return -2;
  Object* r = call_method(b->raw, str_intern_cstr("readinto"), ba);
  if (!r) {
    decref(ba);
    return -2;
  }
  if (r == None) {
    decref(r);
    decref(ba);
    return -1;
  }
  ssize got = number_as_ssize(r, &exc::ValueError);
  decref(r);
  if (got == -1 && error_occurred()) {
    decref(ba);
    return -2;
  }
  if (got < 0 || got > n) {
    decref(ba);
    format_error(&exc::OSError, "raw readinto() returned invalid length %zd (should have been between 0 and %zd)", got,
                 n);
    return -2;
  }
  out.append(bytearray_data(ba), static_cast<size_t>(got));
  decref(ba);
  return got;
}

// Writes all of data to raw; 0 or -1.
int raw_write_all(BufferedObject* b, std::string_view data) {
  while (!data.empty()) {
    ssize written;
    if (b->raw_is_fileio) {
      if (fileio_write_data(static_cast<FileIOObject*>(b->raw), data.data(), static_cast<ssize>(data.size()), &written) <
          0)
        return -1;
    } else {
      Object* chunk = bytes_from_data(data.data(), static_cast<ssize>(data.size()));
      if (!chunk) return -1;
      Object* r = call_method(b->raw, str_intern_cstr("write"), chunk);
      decref(chunk);
      if (!r) return -1;
      if (r == None) {
        written = -1;
      } else {
        written = number_as_ssize(r, &exc::ValueError);
        if (written == -1 && error_occurred()) {
          decref(r);
          return -1;
        }
      }
      decref(r);
    }
    if (written < 0) {
      set_error(&exc::BlockingIOError, "write could not complete without blocking");
      return -1;
    }
    if (static_cast<size_t>(written) > data.size()) {
      format_error(&exc::OSError, "raw write() returned invalid length %zd (should have been between 0 and %zd)",
                   written, static_cast<ssize>(data.size()));
      return -1;
    }
    data.remove_prefix(static_cast<size_t>(written));
  }
  return 0;
}

int64_t raw_seek(BufferedObject* b, int64_t pos, int whence) {
  Object* p = int_from_i64(pos);
  Object* w = p ? int_from_i64(whence) : nullptr;
  Object* r = w ? call_method(b->raw, str_intern_cstr("seek"), p, w) : nullptr;
  xdecref(p);
  xdecref(w);
  if (!r) return -1;
  int overflow = 0;
  int64_t v = is_int(r) ? int_as_i64_overflow(r, &overflow) : -1;
  decref(r);
  if (v < 0 && !error_occurred()) {
    format_error(&exc::OSError, "Raw stream returned invalid position %lld", static_cast<long long>(v));
  }
  return v;
}

int flush_writes(BufferedObject* b) {
  if (b->wbuf->empty()) return 0;
  std::string pending;
  pending.swap(*b->wbuf);
  if (raw_write_all(b, pending) < 0) return -1;
  return 0;
}

// Before writing (or seeking) in a BufferedRandom: put the raw position
// back where the reader is.
int rewind_read_ahead(BufferedObject* b) {
  ssize n = unread(b);
  if (n > 0 && raw_seek(b, -n, 1) < 0) return -1;
  drop_read_ahead(b);
  return 0;
}

int init_common(Object* self, Object* args, Object* kwds, const char* name, bool readable, bool writable) {
  static const ArgParser reader_parser{"BufferedReader", {"raw", "buffer_size"}, 1, 2};
  static const ArgParser writer_parser{"BufferedWriter", {"raw", "buffer_size"}, 1, 2};
  static const ArgParser random_parser{"BufferedRandom", {"raw", "buffer_size"}, 1, 2};
  const ArgParser& parser = readable && writable ? random_parser : readable ? reader_parser : writer_parser;
  Object* a[2];
  if (!parse_args_dict(parser, args, kwds, a)) return -1;
  BufferedObject* b = as_buf(self);
  b->ok = false;
  b->detached = false;
  Object* raw = a[0];
  const char* checks[3] = {readable && writable ? "_checkSeekable" : nullptr, readable ? "_checkReadable" : nullptr,
                           writable ? "_checkWritable" : nullptr};
  for (const char* check : checks) {
    if (!check) continue;
    Object* r = call_method(raw, str_intern_cstr(check));
    if (!r) return -1;
    decref(r);
  }
  ssize size = kDefaultBufferSize;
  if (a[1] && !arg_to_ssize(a[1], &size)) return -1;
  if (size <= 0) {
    set_error(&exc::ValueError, "buffer size must be strictly positive");
    return -1;
  }
  (void)name;
  setref(b->raw, newref(raw));
  b->raw_is_fileio = raw->type == &FileIOType;
  b->buffer_size = size;
  b->readable = readable;
  b->writable = writable;
  drop_read_ahead(b);
  b->wbuf->clear();
  b->ok = true;
  return 0;
}

int reader_init(Object* self, Object* args, Object* kwds) { return init_common(self, args, kwds, "BufferedReader", true, false); }
int writer_init(Object* self, Object* args, Object* kwds) { return init_common(self, args, kwds, "BufferedWriter", false, true); }
int random_init(Object* self, Object* args, Object* kwds) { return init_common(self, args, kwds, "BufferedRandom", true, true); }

void buffered_dealloc(Object* o) {
  gc_untrack(o);
  if (!io_finalize_from_dealloc(o)) {
    gc_track(o);
    return;
  }
  clear_weakrefs_if_any(o);
  BufferedObject* b = as_buf(o);
  io_clear_base(b);
  clear_ref(b->raw);
  delete b->rbuf;
  delete b->wbuf;
  free_object(o);
}

int buffered_traverse(Object* o, visitproc visit, void* arg) {
  BufferedObject* b = as_buf(o);
  if (b->raw) {
    int r = visit(b->raw, arg);
    if (r) return r;
  }
  return io_traverse_base(o, visit, arg);
}

int buffered_clear(Object* o) {
  BufferedObject* b = as_buf(o);
  b->ok = false;
  clear_ref(b->raw);
  io_clear_base(b);
  return 0;
}

Object* bytes_of(std::string_view v) { return bytes_from_data(v.data(), static_cast<ssize>(v.size())); }

// Takes n bytes of the read-ahead.
std::string_view consume(BufferedObject* b, ssize n) {
  std::string_view v(b->rbuf->data() + b->rpos, static_cast<size_t>(n));
  b->rpos += n;
  return v;
}

// Refills an exhausted read-ahead with one raw read: as raw_read.
ssize fill(BufferedObject* b) {
  drop_read_ahead(b);
  return raw_read(b, b->buffer_size, *b->rbuf);
}

int prepare_read(BufferedObject* b, const char* closed_message) {
  if (check_not_closed(b, closed_message) < 0) return -1;
  if (!b->readable) {
    io_unsupported("read");
    return -1;
  }
  return flush_writes(b);
}

// read() and readline() take an integer or None; read1() and peek() a
// plain integer (None refused), as in CPython.
bool size_arg(const char* name, Object* const* args, ssize nargs, ssize* n) {
  *n = -1;
  if (!check_positional(name, nargs, 0, 1)) return false;
  return nargs == 0 || io_size_or_none(args[0], n);
}

bool plain_size_arg(const char* name, Object* const* args, ssize nargs, ssize* n) {
  *n = -1;
  if (!check_positional(name, nargs, 0, 1)) return false;
  return nargs == 0 || arg_to_ssize(args[0], n);
}

Object* buffered_read(Object* self, Object* const* args, ssize nargs) {
  BufferedObject* b = as_buf(self);
  ssize n;
  if (!size_arg("read", args, nargs, &n)) return nullptr;
  if (check_ok(b) < 0) return nullptr;
  if (n < -1) {
    set_error(&exc::ValueError, "read length must be non-negative or -1");
    return nullptr;
  }
  if (prepare_read(b, "read of closed file") < 0) return nullptr;
  std::string out(consume(b, n < 0 ? unread(b) : std::min(n, unread(b))));
  if (n < 0) {
    drop_read_ahead(b);
    Object* readall = nullptr;
    if (!b->raw_is_fileio && lookup_attr(b->raw, str_intern_cstr("readall"), &readall) < 0) return nullptr;
    if (!readall) {
      for (;;) {
        ssize got = raw_read(b, std::max<ssize>(b->buffer_size, 65536), out);
        if (got == -2) return nullptr;
        if (got == -1) {
          if (out.empty()) return newref(None);
          break;
        }
        if (got == 0) break;
      }
    } else {
      Object* rest = call_no_args(readall);
      decref(readall);
      if (!rest) return nullptr;
      if (rest == None) {
        if (out.empty()) return rest;
      } else if (!is_bytes(rest)) {
        decref(rest);
        set_error(&exc::TypeError, "readall() should return bytes");
        return nullptr;
      } else {
        out.append(bytes_view(rest));
      }
      decref(rest);
    }
    return bytes_of(out);
  }
  while (static_cast<ssize>(out.size()) < n) {
    ssize want = n - static_cast<ssize>(out.size());
    if (want >= b->buffer_size) {
      ssize got = raw_read(b, want, out);
      if (got == -2) return nullptr;
      if (got <= 0) {
        if (got == -1 && out.empty()) return newref(None);
        break;
      }
      continue;
    }
    ssize got = fill(b);
    if (got == -2) return nullptr;
    if (got <= 0) {
      if (got == -1 && out.empty()) return newref(None);
      break;
    }
    out.append(consume(b, std::min(want, unread(b))));
  }
  return bytes_of(out);
}

Object* buffered_read1(Object* self, Object* const* args, ssize nargs) {
  BufferedObject* b = as_buf(self);
  ssize n;
  if (!plain_size_arg("read1", args, nargs, &n)) return nullptr;
  if (check_ok(b) < 0) return nullptr;
  if (n < 0) n = b->buffer_size;
  if (prepare_read(b, "read of closed file") < 0) return nullptr;
  if (n == 0) return bytes_from_data("", 0);
  if (unread(b) > 0) return bytes_of(consume(b, std::min(n, unread(b))));
  if (n > b->buffer_size) {
    std::string out;
    if (raw_read(b, n, out) == -2) return nullptr;
    return bytes_of(out);
  }
  if (fill(b) == -2) return nullptr;
  return bytes_of(consume(b, std::min(n, unread(b))));
}

Object* buffered_peek(Object* self, Object* const* args, ssize nargs) {
  BufferedObject* b = as_buf(self);
  ssize n;
  if (!plain_size_arg("peek", args, nargs, &n)) return nullptr;
  if (check_ok(b) < 0) return nullptr;
  if (prepare_read(b, "peek of closed file") < 0) return nullptr;
  if (unread(b) == 0 && fill(b) == -2) return nullptr;
  return bytes_of(std::string_view(b->rbuf->data() + b->rpos, static_cast<size_t>(unread(b))));
}

Object* read_line(BufferedObject* b, ssize limit) {
  std::string out;
  for (;;) {
    std::string_view avail(b->rbuf->data() + b->rpos, static_cast<size_t>(unread(b)));
    size_t nl = avail.find('\n');
    size_t take = nl == std::string_view::npos ? avail.size() : nl + 1;
    if (limit >= 0) take = std::min(take, static_cast<size_t>(limit) - out.size());
    out.append(consume(b, static_cast<ssize>(take)));
    if ((!out.empty() && out.back() == '\n') || (limit >= 0 && out.size() >= static_cast<size_t>(limit))) break;
    ssize got = fill(b);
    if (got == -2) return nullptr;
    if (got <= 0) break;
  }
  return bytes_of(out);
}

Object* buffered_readline(Object* self, Object* const* args, ssize nargs) {
  BufferedObject* b = as_buf(self);
  ssize n;
  if (!size_arg("readline", args, nargs, &n)) return nullptr;
  if (check_ok(b) < 0) return nullptr;
  if (prepare_read(b, "readline of closed file") < 0) return nullptr;
  return read_line(b, n);
}

Object* buffered_iternext(Object* self) {
  BufferedObject* b = as_buf(self);
  if (check_ok(b) < 0) return nullptr;
  Object* line;
  if (self->type == &BufferedReaderType || self->type == &BufferedRandomType) {
    if (prepare_read(b, "readline of closed file") < 0) return nullptr;
    line = read_line(b, -1);
  } else {
    line = call_method(self, str_intern_cstr("readline"));
  }
  if (!line) return nullptr;
  if (object_length(line) == 0) {
    decref(line);
    return nullptr;
  }
  return line;
}

Object* readinto_common(Object* self, Object* target, bool one) {
  BufferedObject* b = as_buf(self);
  if (check_ok(b) < 0) return nullptr;
  Buffer view;
  if (io_writable_buffer(target, one ? "readinto1" : "readinto", &view) < 0) return nullptr;
  if (prepare_read(b, "readinto of closed file") < 0) {
    release_buffer(&view);
    return nullptr;
  }
  ssize done = std::min(view.len, unread(b));
  std::memcpy(view.buf, consume(b, done).data(), static_cast<size_t>(done));
  while (done < view.len && !(one && done > 0)) {
    std::string chunk;
    ssize want = view.len - done;
    ssize got = want >= b->buffer_size ? raw_read(b, want, chunk) : fill(b);
    if (got == -2) {
      release_buffer(&view);
      return nullptr;
    }
    if (got <= 0) break;
    if (want >= b->buffer_size) {
      std::memcpy(view.buf + done, chunk.data(), chunk.size());
      done += static_cast<ssize>(chunk.size());
    } else {
      ssize n = std::min(want, unread(b));
      std::memcpy(view.buf + done, consume(b, n).data(), static_cast<size_t>(n));
      done += n;
    }
    if (one) break;
  }
  release_buffer(&view);
  return int_from_ssize(done);
}

Object* buffered_readinto(Object* self, Object* target) { return readinto_common(self, target, false); }
Object* buffered_readinto1(Object* self, Object* target) { return readinto_common(self, target, true); }

Object* buffered_write(Object* self, Object* data) {
  BufferedObject* b = as_buf(self);
  if (check_ok(b) < 0) return nullptr;
  Buffer view;
  if (get_buffer(data, &view) < 0) return nullptr;
  ssize n = view.len;
  int r = buffered_write_data(self, view.buf, view.len);
  release_buffer(&view);
  if (r < 0) return nullptr;
  return int_from_ssize(n);
}

Object* buffered_flush(Object* self) {
  if (buffered_flush_native(self) < 0) return nullptr;
  return newref(None);
}

Object* buffered_seek(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("seek", nargs, 1, 2)) return nullptr;
  BufferedObject* b = as_buf(self);
  if (check_ok(b) < 0) return nullptr;
  int whence = 0;
  if (nargs == 2 && !arg_to_int(args[1], &whence)) return nullptr;
  if (whence < 0 || whence > 2) return format_error(&exc::ValueError, "whence value %d unsupported", whence);
  if (check_not_closed(b, "seek of closed file") < 0) return nullptr;
  Object* seekable = call_method(b->raw, str_intern_cstr("seekable"));
  if (!seekable) return nullptr;
  int ok = object_is_true(seekable);
  decref(seekable);
  if (ok < 0) return nullptr;
  if (!ok) return io_unsupported("File or stream is not seekable.");
  Object* index = number_index(args[0]);
  if (!index) return nullptr;
  int overflow = 0;
  int64_t pos = int_as_i64_overflow(index, &overflow);
  decref(index);
  if (overflow) return format_error(&exc::OverflowError, "Python int too large to convert to C long");
  if (flush_writes(b) < 0) return nullptr;
  if (whence == 1) pos -= unread(b);
  drop_read_ahead(b);
  int64_t r = raw_seek(b, pos, whence);
  if (r < 0) return nullptr;
  return int_from_i64(r);
}

Object* buffered_tell(Object* self) {
  BufferedObject* b = as_buf(self);
  if (check_ok(b) < 0) return nullptr;
  Object* r = call_method(b->raw, str_intern_cstr("tell"));
  if (!r) return nullptr;
  int overflow = 0;
  int64_t pos = is_int(r) ? int_as_i64_overflow(r, &overflow) : -1;
  decref(r);
  if (error_occurred()) return nullptr;
  if (pos < 0) return format_error(&exc::OSError, "Raw stream returned invalid position %lld", static_cast<long long>(pos));
  pos = pos - unread(b) + static_cast<int64_t>(b->wbuf->size());
  if (pos < 0) pos = 0;
  return int_from_i64(pos);
}

Object* buffered_truncate(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("truncate", nargs, 0, 1)) return nullptr;
  BufferedObject* b = as_buf(self);
  if (check_ok(b) < 0) return nullptr;
  if (check_not_closed(b, "truncate of closed file") < 0) return nullptr;
  if (!b->writable) return io_unsupported("truncate");
  if (flush_writes(b) < 0) return nullptr;
  if (rewind_read_ahead(b) < 0) return nullptr;
  Object* arg = nargs == 1 ? args[0] : None;
  return call_method(b->raw, str_intern_cstr("truncate"), arg);
}

Object* buffered_close(Object* self) {
  BufferedObject* b = as_buf(self);
  if (check_ok(b) < 0) return nullptr;
  int c = raw_closed(b);
  if (c < 0) return nullptr;
  if (c) return newref(None);
  Object* r = call_method(self, str_intern_cstr("flush"));
  Object* flush_error = r ? nullptr : fetch_error();
  xdecref(r);
  r = call_method(b->raw, str_intern_cstr("close"));
  drop_read_ahead(b);
  if (flush_error) {
    if (!r) {
      Object* close_error = fetch_error();
      // The close error is raised with the flush error as its context.
      exception_set_context(close_error, flush_error);
      restore_error(close_error);
      return nullptr;
    }
    decref(r);
    restore_error(flush_error);
    return nullptr;
  }
  return r;
}

Object* buffered_detach(Object* self) {
  BufferedObject* b = as_buf(self);
  if (check_ok(b) < 0) return nullptr;
  Object* r = call_method(self, str_intern_cstr("flush"));
  if (!r) return nullptr;
  decref(r);
  Object* raw = b->raw;
  b->raw = nullptr;
  b->ok = false;
  b->detached = true;
  return raw;
}

Object* forward(Object* self, const char* method) {
  BufferedObject* b = as_buf(self);
  if (check_ok(b) < 0) return nullptr;
  return call_method(b->raw, str_intern_cstr(method));
}

Object* buffered_fileno(Object* self) { return forward(self, "fileno"); }
Object* buffered_isatty(Object* self) { return forward(self, "isatty"); }
Object* buffered_seekable(Object* self) { return forward(self, "seekable"); }
Object* buffered_readable(Object* self) { return forward(self, "readable"); }
Object* buffered_writable(Object* self) { return forward(self, "writable"); }

Object* buffered_dealloc_warn(Object* self, Object* source) {
  BufferedObject* b = as_buf(self);
  if (b->ok && b->raw) {
    Object* r = nullptr;
    Object* method = nullptr;
    if (lookup_attr(b->raw, str_intern_cstr("_dealloc_warn"), &method) > 0) {
      r = call_function(method, source);
      decref(method);
    }
    xdecref(r);
    clear_error();
  }
  return newref(None);
}

Object* get_raw(Object* self, void*) {
  BufferedObject* b = as_buf(self);
  if (check_ok(b) < 0) return nullptr;
  return newref(b->raw);
}

Object* get_closed(Object* self, void*) {
  BufferedObject* b = as_buf(self);
  if (check_ok(b) < 0) return nullptr;
  return get_attr_cstr(b->raw, "closed");
}

Object* get_name(Object* self, void*) {
  BufferedObject* b = as_buf(self);
  if (check_ok(b) < 0) return nullptr;
  return get_attr_cstr(b->raw, "name");
}

Object* get_mode(Object* self, void*) {
  BufferedObject* b = as_buf(self);
  if (check_ok(b) < 0) return nullptr;
  return get_attr_cstr(b->raw, "mode");
}

Object* buffered_repr(Object* self) {
  Object* name = nullptr;
  if (lookup_attr(self, str_intern_cstr("name"), &name) < 0) {
    if (!error_matches(&exc::ValueError)) return nullptr;
    clear_error();
  }
  if (!name) return str_from_format("<%s>", self->type->name);
  Object* r = str_from_format("<%s name=%R>", self->type->name, name);
  decref(name);
  return r;
}

Object* get_buffer_size(Object* self, void*) { return int_from_ssize(as_buf(self)->buffer_size); }

#define COMMON_METHODS                                                                   \
  MethodDef("flush", static_cast<NoArgsMethod>(buffered_flush)),                         \
      MethodDef("close", static_cast<NoArgsMethod>(buffered_close)),                     \
      MethodDef("detach", static_cast<NoArgsMethod>(buffered_detach)),                   \
      MethodDef("seek", static_cast<FastMethod>(buffered_seek)),                         \
      MethodDef("tell", static_cast<NoArgsMethod>(buffered_tell)),                       \
      MethodDef("truncate", static_cast<FastMethod>(buffered_truncate)),                 \
      MethodDef("fileno", static_cast<NoArgsMethod>(buffered_fileno)),                   \
      MethodDef("isatty", static_cast<NoArgsMethod>(buffered_isatty)),                   \
      MethodDef("seekable", static_cast<NoArgsMethod>(buffered_seekable)),               \
      MethodDef("_dealloc_warn", static_cast<OneArgMethod>(buffered_dealloc_warn))

// A reader asks its raw stream only whether it is readable, a writer only
// whether it is writable: the other question is _IOBase's (False, even once
// closed), as in CPython.
#define READABLE_METHOD MethodDef("readable", static_cast<NoArgsMethod>(buffered_readable))
#define WRITABLE_METHOD MethodDef("writable", static_cast<NoArgsMethod>(buffered_writable))

#define READ_METHODS                                                                     \
  MethodDef("read", static_cast<FastMethod>(buffered_read)),                             \
      MethodDef("read1", static_cast<FastMethod>(buffered_read1)),                       \
      MethodDef("peek", static_cast<FastMethod>(buffered_peek)),                         \
      MethodDef("readline", static_cast<FastMethod>(buffered_readline)),                 \
      MethodDef("readinto", static_cast<OneArgMethod>(buffered_readinto)),               \
      MethodDef("readinto1", static_cast<OneArgMethod>(buffered_readinto1))

#define WRITE_METHODS MethodDef("write", static_cast<OneArgMethod>(buffered_write))

MethodDef reader_methods[] = {COMMON_METHODS, READABLE_METHOD, READ_METHODS, {}};
MethodDef writer_methods[] = {COMMON_METHODS, WRITABLE_METHOD, WRITE_METHODS, {}};
MethodDef random_methods[] = {COMMON_METHODS, READABLE_METHOD, WRITABLE_METHOD, READ_METHODS, WRITE_METHODS, {}};

GetSetDef buffered_getset[] = {
    {"raw", get_raw},
    {"closed", get_closed},
    {"name", get_name},
    {"mode", get_mode},
    {"_buffer_size", get_buffer_size},
    {},
};

// ---- BufferedRWPair ----------------------------------------------------------------

RWPairObject* as_pair(Object* o) { return static_cast<RWPairObject*>(o); }

int pair_init(Object* self, Object* args, Object* kwds) {
  static const ArgParser parser{"BufferedRWPair", {"reader", "writer", "buffer_size"}, 2, 3};
  Object* a[3];
  if (!parse_args_dict(parser, args, kwds, a)) return -1;
  if (kwds && object_length(kwds) > 0) {
    set_error(&exc::TypeError, "BufferedRWPair() takes no keyword arguments");
    return -1;
  }
  Object* size = a[2] ? a[2] : nullptr;
  Object* rargs = size ? tuple_pack({a[0], size}) : tuple_pack({a[0]});
  if (!rargs) return -1;
  Object* reader = call(static_cast<Object*>(&BufferedReaderType), rargs, nullptr);
  decref(rargs);
  if (!reader) return -1;
  Object* wargs = size ? tuple_pack({a[1], size}) : tuple_pack({a[1]});
  Object* writer = wargs ? call(static_cast<Object*>(&BufferedWriterType), wargs, nullptr) : nullptr;
  xdecref(wargs);
  if (!writer) {
    decref(reader);
    return -1;
  }
  RWPairObject* p = as_pair(self);
  setref(p->reader, reader);
  setref(p->writer, writer);
  return 0;
}

void pair_dealloc(Object* o) {
  gc_untrack(o);
  if (!io_finalize_from_dealloc(o)) {
    gc_track(o);
    return;
  }
  clear_weakrefs_if_any(o);
  RWPairObject* p = as_pair(o);
  io_clear_base(p);
  clear_ref(p->reader);
  clear_ref(p->writer);
  free_object(o);
}

int pair_traverse(Object* o, visitproc visit, void* arg) {
  RWPairObject* p = as_pair(o);
  GLASSPY_VISIT(p->reader);
  GLASSPY_VISIT(p->writer);
  return io_traverse_base(o, visit, arg);
}

int pair_clear(Object* o) {
  RWPairObject* p = as_pair(o);
  clear_ref(p->reader);
  clear_ref(p->writer);
  io_clear_base(p);
  return 0;
}

Object* pair_side(Object* self, bool writer) {
  RWPairObject* p = as_pair(self);
  Object* side = writer ? p->writer : p->reader;
  if (!side) {
    set_error(&exc::ValueError, "I/O operation on uninitialized object");
    return nullptr;
  }
  return side;
}

Object* pair_call(Object* self, bool writer, const char* method, Object* const* args, ssize nargs) {
  Object* side = pair_side(self, writer);
  if (!side) return nullptr;
  Object* m = get_attr_cstr(side, method);
  if (!m) return nullptr;
  Object* r = vectorcall(m, args, static_cast<size_t>(nargs), nullptr);
  decref(m);
  return r;
}

Object* pair_read(Object* self, Object* const* a, ssize n) { return pair_call(self, false, "read", a, n); }
Object* pair_peek(Object* self, Object* const* a, ssize n) { return pair_call(self, false, "peek", a, n); }
Object* pair_read1(Object* self, Object* const* a, ssize n) { return pair_call(self, false, "read1", a, n); }
Object* pair_readinto(Object* self, Object* const* a, ssize n) { return pair_call(self, false, "readinto", a, n); }
Object* pair_readinto1(Object* self, Object* const* a, ssize n) { return pair_call(self, false, "readinto1", a, n); }
Object* pair_write(Object* self, Object* const* a, ssize n) { return pair_call(self, true, "write", a, n); }
Object* pair_flush(Object* self, Object* const* a, ssize n) { return pair_call(self, true, "flush", a, n); }
Object* pair_readable(Object* self, Object* const* a, ssize n) { return pair_call(self, false, "readable", a, n); }
Object* pair_writable(Object* self, Object* const* a, ssize n) { return pair_call(self, true, "writable", a, n); }

Object* pair_close(Object* self, Object* const*, ssize) {
  Object* r = pair_call(self, true, "close", nullptr, 0);
  Object* write_error = r ? nullptr : fetch_error();
  xdecref(r);
  r = pair_call(self, false, "close", nullptr, 0);
  if (write_error) {
    if (!r) {
      Object* e = fetch_error();
      exception_set_context(e, write_error);
      restore_error(e);
      return nullptr;
    }
    decref(r);
    restore_error(write_error);
    return nullptr;
  }
  return r;
}

Object* pair_isatty(Object* self, Object* const*, ssize) {
  Object* r = pair_call(self, true, "isatty", nullptr, 0);
  if (!r || r != False) return r;
  decref(r);
  return pair_call(self, false, "isatty", nullptr, 0);
}

Object* pair_closed(Object* self, void*) {
  Object* side = pair_side(self, true);
  if (!side) return nullptr;
  return get_attr_cstr(side, "closed");
}

MethodDef pair_methods[] = {
    MethodDef("read", static_cast<FastMethod>(pair_read)),
    MethodDef("peek", static_cast<FastMethod>(pair_peek)),
    MethodDef("read1", static_cast<FastMethod>(pair_read1)),
    MethodDef("readinto", static_cast<FastMethod>(pair_readinto)),
    MethodDef("readinto1", static_cast<FastMethod>(pair_readinto1)),
    MethodDef("write", static_cast<FastMethod>(pair_write)),
    MethodDef("flush", static_cast<FastMethod>(pair_flush)),
    MethodDef("readable", static_cast<FastMethod>(pair_readable)),
    MethodDef("writable", static_cast<FastMethod>(pair_writable)),
    MethodDef("close", static_cast<FastMethod>(pair_close)),
    MethodDef("isatty", static_cast<FastMethod>(pair_isatty)),
    {},
};

GetSetDef pair_getset[] = {
    {"closed", pair_closed},
    {},
};

}  // namespace

int buffered_write_data(Object* self, const char* data, ssize n) {
  BufferedObject* b = as_buf(self);
  if (check_ok(b) < 0) return -1;
  if (check_not_closed(b, "write to closed file") < 0) return -1;
  if (!b->writable) {
    io_unsupported("write");
    return -1;
  }
  if (unread(b) > 0 || !b->rbuf->empty()) {
    if (rewind_read_ahead(b) < 0) return -1;
  }
  // What fits in the buffer waits there; otherwise the buffer goes out
  // first, and data larger than a whole buffer goes straight to raw.
  if (static_cast<ssize>(b->wbuf->size()) + n <= b->buffer_size) {
    b->wbuf->append(data, static_cast<size_t>(n));
    return 0;
  }
  if (flush_writes(b) < 0) return -1;
  if (n > b->buffer_size) return raw_write_all(b, std::string_view(data, static_cast<size_t>(n)));
  b->wbuf->append(data, static_cast<size_t>(n));
  return 0;
}

int buffered_flush_native(Object* self) {
  BufferedObject* b = as_buf(self);
  if (check_ok(b) < 0) return -1;
  if (check_not_closed(b, "flush of closed file") < 0) return -1;
  if (flush_writes(b) < 0) return -1;
  if (b->readable && b->writable && unread(b) > 0) return rewind_read_ahead(b);
  return 0;
}

#define BUFFERED_TYPE(var, type_name, init_fn, methods_table)  \
  Type var{{                                                   \
      .name = type_name,                                       \
      .basicsize = sizeof(BufferedObject),                     \
      .dealloc = buffered_dealloc,                             \
      .repr = buffered_repr,                                   \
      .getattro = generic_getattr,                             \
      .setattro = generic_setattr,                             \
      .flags = tpflags::kHaveGC | tpflags::kBaseType,          \
      .traverse = buffered_traverse,                           \
      .clear = buffered_clear,                                 \
      .iter = iobase_iter_self,                                \
      .iternext = buffered_iternext,                           \
      .methods = methods_table,                                \
      .getset = buffered_getset,                               \
      .base = &BufferedIOBaseType,                             \
      .dictoffset = offsetof(BufferedObject, dict),            \
      .init = init_fn,                                         \
      .new_ = buffered_new,                                    \
      .finalize = io_finalize,                                 \
  }};

BUFFERED_TYPE(BufferedReaderType, "_io.BufferedReader", reader_init, reader_methods)
BUFFERED_TYPE(BufferedWriterType, "_io.BufferedWriter", writer_init, writer_methods)
BUFFERED_TYPE(BufferedRandomType, "_io.BufferedRandom", random_init, random_methods)

Type BufferedRWPairType{{
    .name = "_io.BufferedRWPair",
    .basicsize = sizeof(RWPairObject),
    .dealloc = pair_dealloc,
    .getattro = generic_getattr,
    .setattro = generic_setattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .traverse = pair_traverse,
    .clear = pair_clear,
    .methods = pair_methods,
    .getset = pair_getset,
    .base = &BufferedIOBaseType,
    .dictoffset = offsetof(RWPairObject, dict),
    .init = pair_init,
    .new_ = io_generic_new,
    .finalize = io_finalize,
}};

}  // namespace glasspy
