// _io.BytesIO: a binary stream over growable memory.  getbuffer() hands
// out a memoryview of that memory through a small exporter object; while
// one lives, anything that could move or resize the memory (write,
// truncate, close) raises BufferError, as CPython's does.
#include <cstring>
#include <string>

#include "modules/io/io_objects.h"
#include "modules/native_type_support.h"
#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/memoryview.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/weakref.h"

namespace glasspy {

namespace {

BytesIOObject* as_bio(Object* o) { return static_cast<BytesIOObject*>(o); }

int check_open(BytesIOObject* b) {
  if (!b->buf) {
    set_error(&exc::ValueError, "I/O operation on closed file.");
    return -1;
  }
  return 0;
}

int check_exports(BytesIOObject* b) {
  if (b->exports > 0) {
    set_error(&exc::BufferError, "Existing exports of data: object cannot be re-sized");
    return -1;
  }
  return 0;
}

Object* bytesio_new(Type* type, Object*, Object*) {
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  as_bio(o)->buf = new std::string();
  return o;
}

ssize write_bytes(BytesIOObject* b, std::string_view data) {
  std::string& s = *b->buf;
  size_t pos = static_cast<size_t>(b->pos);
  if (data.empty()) return 0;
  if (pos > s.size()) s.resize(pos, '\0');
  size_t end = pos + data.size();
  if (end > s.size()) s.resize(end);
  std::memcpy(s.data() + pos, data.data(), data.size());
  b->pos = static_cast<ssize>(end);
  return static_cast<ssize>(data.size());
}

int bytesio_init(Object* self, Object* args, Object* kwds) {
  static const ArgParser parser{"BytesIO", {"initial_bytes"}, 0, 1};
  Object* a[1];
  if (!parse_args_dict(parser, args, kwds, a)) return -1;
  BytesIOObject* b = as_bio(self);
  if (check_exports(b) < 0) return -1;
  if (!b->buf) b->buf = new std::string();
  b->buf->clear();
  b->pos = 0;
  if (a[0] && a[0] != None) {
    Buffer view;
    if (get_buffer(a[0], &view) < 0) return -1;
    write_bytes(b, std::string_view(view.buf, static_cast<size_t>(view.len)));
    release_buffer(&view);
    b->pos = 0;
  }
  return 0;
}

void bytesio_dealloc(Object* o) {
  gc_untrack(o);
  if (!io_finalize_from_dealloc(o)) {
    gc_track(o);
    return;
  }
  clear_weakrefs_if_any(o);
  io_clear_base(as_bio(o));
  delete as_bio(o)->buf;
  free_object(o);
}

Object* bytes_result(std::string_view v) { return bytes_from_data(v.data(), static_cast<ssize>(v.size())); }

// The next n bytes (n < 0: the rest), advancing.
std::string_view take(BytesIOObject* b, ssize n) {
  ssize size = static_cast<ssize>(b->buf->size());
  ssize avail = b->pos < size ? size - b->pos : 0;
  if (n < 0 || n > avail) n = avail;
  std::string_view v(b->buf->data() + (b->pos < size ? b->pos : size), static_cast<size_t>(n));
  b->pos += n;
  return v;
}

bool size_arg(const char* name, Object* const* args, ssize nargs, ssize* n) {
  *n = -1;
  if (!check_positional(name, nargs, 0, 1)) return false;
  return nargs == 0 || io_size_or_none(args[0], n);
}

Object* bytesio_read(Object* self, Object* const* args, ssize nargs) {
  BytesIOObject* b = as_bio(self);
  ssize n;
  if (!size_arg("read", args, nargs, &n)) return nullptr;
  if (check_open(b) < 0) return nullptr;
  return bytes_result(take(b, n));
}

Object* bytesio_read1(Object* self, Object* const* args, ssize nargs) {
  BytesIOObject* b = as_bio(self);
  ssize n;
  if (!size_arg("read1", args, nargs, &n)) return nullptr;
  if (check_open(b) < 0) return nullptr;
  return bytes_result(take(b, n));
}

ssize line_length(BytesIOObject* b, ssize limit) {
  ssize size = static_cast<ssize>(b->buf->size());
  if (b->pos >= size) return 0;
  const char* start = b->buf->data() + b->pos;
  ssize avail = size - b->pos;
  const void* nl = std::memchr(start, '\n', static_cast<size_t>(avail));
  ssize n = nl ? static_cast<const char*>(nl) - start + 1 : avail;
  if (limit >= 0 && n > limit) n = limit;
  return n;
}

Object* bytesio_readline(Object* self, Object* const* args, ssize nargs) {
  BytesIOObject* b = as_bio(self);
  ssize n;
  if (!size_arg("readline", args, nargs, &n)) return nullptr;
  if (check_open(b) < 0) return nullptr;
  return bytes_result(take(b, line_length(b, n)));
}

Object* bytesio_readlines(Object* self, Object* const* args, ssize nargs) {
  BytesIOObject* b = as_bio(self);
  // readlines takes an int or None (no __index__), with its own message.
  ssize hint = -1;
  if (!check_positional("readlines", nargs, 0, 1)) return nullptr;
  if (nargs == 1 && args[0] != None) {
    if (!is_int(args[0])) {
      return format_error(&exc::TypeError, "integer argument expected, got '%.200s'", args[0]->type->name);
    }
    if (!arg_to_ssize(args[0], &hint)) return nullptr;
  }
  if (check_open(b) < 0) return nullptr;
  Object* list = list_new(0);
  if (!list) return nullptr;
  ssize total = 0;
  for (;;) {
    ssize n = line_length(b, -1);
    if (n == 0) break;
    Object* line = bytes_result(take(b, n));
    if (!line || list_append(list, line) < 0) {
      xdecref(line);
      decref(list);
      return nullptr;
    }
    decref(line);
    total += n;
    if (hint > 0 && total >= hint) break;
  }
  return list;
}

Object* bytesio_readinto(Object* self, Object* target) {
  BytesIOObject* b = as_bio(self);
  Buffer view;
  if (io_writable_buffer(target, "readinto", &view) < 0) return nullptr;
  if (check_open(b) < 0) {
    release_buffer(&view);
    return nullptr;
  }
  std::string_view v = take(b, view.len);
  std::memcpy(view.buf, v.data(), v.size());
  release_buffer(&view);
  return int_from_ssize(static_cast<ssize>(v.size()));
}

Object* bytesio_write(Object* self, Object* data) {
  BytesIOObject* b = as_bio(self);
  if (check_open(b) < 0) return nullptr;
  if (check_exports(b) < 0) return nullptr;
  Buffer view;
  if (get_buffer(data, &view) < 0) return nullptr;
  ssize n = write_bytes(b, std::string_view(view.buf, static_cast<size_t>(view.len)));
  release_buffer(&view);
  return int_from_ssize(n);
}

Object* bytesio_writelines(Object* self, Object* lines) {
  BytesIOObject* b = as_bio(self);
  if (check_open(b) < 0) return nullptr;
  Object* it = get_iter(lines);
  if (!it) return nullptr;
  for (;;) {
    Object* line = iter_next(it);
    if (!line) break;
    Object* r = bytesio_write(self, line);
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

Object* bytesio_getvalue(Object* self) {
  BytesIOObject* b = as_bio(self);
  if (check_open(b) < 0) return nullptr;
  return bytes_result(*b->buf);
}

Object* bytesio_seek(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("seek", nargs, 1, 2)) return nullptr;
  BytesIOObject* b = as_bio(self);
  ssize pos;
  if (!arg_to_ssize(args[0], &pos)) return nullptr;
  int whence = 0;
  if (nargs == 2 && !arg_to_int(args[1], &whence)) return nullptr;
  if (check_open(b) < 0) return nullptr;
  if (pos < 0 && whence == 0) return format_error(&exc::ValueError, "negative seek value %zd", pos);
  if (whence == 1) {
    pos += b->pos;
  } else if (whence == 2) {
    pos += static_cast<ssize>(b->buf->size());
  } else if (whence != 0) {
    return format_error(&exc::ValueError, "invalid whence (%i, should be 0, 1 or 2)", whence);
  }
  if (pos < 0) pos = 0;
  b->pos = pos;
  return int_from_ssize(pos);
}

Object* bytesio_tell(Object* self) {
  BytesIOObject* b = as_bio(self);
  if (check_open(b) < 0) return nullptr;
  return int_from_ssize(b->pos);
}

Object* bytesio_truncate(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("truncate", nargs, 0, 1)) return nullptr;
  BytesIOObject* b = as_bio(self);
  if (check_open(b) < 0) return nullptr;
  if (check_exports(b) < 0) return nullptr;
  ssize size = b->pos;
  if (nargs == 1 && !io_size_or_none(args[0], &size)) return nullptr;
  if (size < 0) return format_error(&exc::ValueError, "negative size value %zd", size);
  if (static_cast<size_t>(size) < b->buf->size()) b->buf->resize(static_cast<size_t>(size));
  return int_from_ssize(size);
}

Object* bytesio_true(Object* self) {
  if (check_open(as_bio(self)) < 0) return nullptr;
  return newref(True);
}

Object* bytesio_isatty(Object* self) {
  if (check_open(as_bio(self)) < 0) return nullptr;
  return newref(False);
}

Object* bytesio_flush(Object* self) {
  if (check_open(as_bio(self)) < 0) return nullptr;
  return newref(None);
}

Object* bytesio_close(Object* self) {
  BytesIOObject* b = as_bio(self);
  if (check_exports(b) < 0) return nullptr;
  delete b->buf;
  b->buf = nullptr;
  return newref(None);
}

Object* bytesio_closed(Object* self, void*) { return bool_from(as_bio(self)->buf == nullptr); }

Object* bytesio_iternext(Object* self) {
  BytesIOObject* b = as_bio(self);
  if (check_open(b) < 0) return nullptr;
  ssize n = line_length(b, -1);
  if (n == 0) return nullptr;
  return bytes_result(take(b, n));
}

// ---- getbuffer ---------------------------------------------------------------------

struct ExporterObject : Object {
  Object* source;
};

int exporter_get(Object* o, Buffer* view, bool) {
  BytesIOObject* b = as_bio(static_cast<ExporterObject*>(o)->source);
  if (!b->buf) {
    set_error(&exc::ValueError, "I/O operation on closed file.");
    return -1;
  }
  view->buf = b->buf->data();
  view->len = static_cast<ssize>(b->buf->size());
  view->readonly = false;
  ++b->exports;
  return 0;
}

void exporter_release(Object* o, Buffer*) { --as_bio(static_cast<ExporterObject*>(o)->source)->exports; }

const BufferProcs exporter_buffer{exporter_get, exporter_release};

using ExporterFields = ObjectFields<ExporterObject, &ExporterObject::source>;

Type BytesIOBufferType{{
    .name = "_io._BytesIOBuffer",
    .basicsize = sizeof(ExporterObject),
    .dealloc = ExporterFields::dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .traverse = ExporterFields::traverse,
    .clear = ExporterFields::clear,
    .as_buffer = &exporter_buffer,
}};

Object* bytesio_getbuffer(Object* self) {
  BytesIOObject* b = as_bio(self);
  if (check_open(b) < 0) return nullptr;
  if (!(BytesIOBufferType.flags & tpflags::kReady) && type_ready(&BytesIOBufferType) < 0) return nullptr;
  Object* e = type_generic_alloc(&BytesIOBufferType, 0);
  if (!e) return nullptr;
  static_cast<ExporterObject*>(e)->source = newref(self);
  Object* view = memoryview_from_object(e);
  decref(e);
  return view;
}

MethodDef bytesio_methods[] = {
    MethodDef("read", static_cast<FastMethod>(bytesio_read)),
    MethodDef("read1", static_cast<FastMethod>(bytesio_read1)),
    MethodDef("readline", static_cast<FastMethod>(bytesio_readline)),
    MethodDef("readlines", static_cast<FastMethod>(bytesio_readlines)),
    MethodDef("readinto", static_cast<OneArgMethod>(bytesio_readinto)),
    MethodDef("write", static_cast<OneArgMethod>(bytesio_write)),
    MethodDef("writelines", static_cast<OneArgMethod>(bytesio_writelines)),
    MethodDef("getvalue", static_cast<NoArgsMethod>(bytesio_getvalue)),
    MethodDef("getbuffer", static_cast<NoArgsMethod>(bytesio_getbuffer)),
    MethodDef("seek", static_cast<FastMethod>(bytesio_seek)),
    MethodDef("tell", static_cast<NoArgsMethod>(bytesio_tell)),
    MethodDef("truncate", static_cast<FastMethod>(bytesio_truncate)),
    MethodDef("readable", static_cast<NoArgsMethod>(bytesio_true)),
    MethodDef("writable", static_cast<NoArgsMethod>(bytesio_true)),
    MethodDef("seekable", static_cast<NoArgsMethod>(bytesio_true)),
    MethodDef("isatty", static_cast<NoArgsMethod>(bytesio_isatty)),
    MethodDef("flush", static_cast<NoArgsMethod>(bytesio_flush)),
    MethodDef("close", static_cast<NoArgsMethod>(bytesio_close)),
    {},
};

GetSetDef bytesio_getset[] = {
    {"closed", bytesio_closed, nullptr, "True if the file is closed."},
    {},
};

}  // namespace

Type BytesIOType{{
    .name = "_io.BytesIO",
    .basicsize = sizeof(BytesIOObject),
    .dealloc = bytesio_dealloc,
    .getattro = generic_getattr,
    .setattro = generic_setattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .doc = "Buffered I/O implementation using an in-memory bytes buffer.",
    .traverse = io_traverse_base,
    .iter = iobase_iter_self,
    .iternext = bytesio_iternext,
    .methods = bytesio_methods,
    .getset = bytesio_getset,
    .base = &BufferedIOBaseType,
    .dictoffset = offsetof(BytesIOObject, dict),
    .init = bytesio_init,
    .new_ = bytesio_new,
    .finalize = io_finalize,
}};

}  // namespace glasspy
