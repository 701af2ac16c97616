// File objects (see text_stream.h).
#include "modules/text_stream.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/thread_state.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/gil.h"

namespace glasspy {

namespace {

constexpr size_t kBufferSize = 8192;

TextStreamObject* as_stream(Object* o) { return static_cast<TextStreamObject*>(o); }

bool write_all(int fd, const char* data, size_t n) {
  while (n > 0) {
    ssize_t w = ::write(fd, data, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    data += w;
    n -= static_cast<size_t>(w);
  }
  return true;
}

// True when the first `bytes` bytes of buf hold n characters.
bool utf8_chars_at_least(const std::string& buf, size_t bytes, ssize n) {
  ssize chars = 0;
  for (size_t i = 0; i < bytes; ++i)
    if ((static_cast<unsigned char>(buf[i]) & 0xC0) != 0x80) ++chars;
  return chars >= n;
}

Object* closed_error() {
  set_error(&exc::ValueError, "I/O operation on closed file.");
  return nullptr;
}

Object* unsupported(const char* what) {
  // io.UnsupportedOperation derives from OSError and ValueError; OSError is
  // what `except OSError` code catches.
  set_error(&exc::OSError, what);
  return nullptr;
}

void append_utf8(std::string& out, uint32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// UTF-8 of `s`, with lone surrogates as \udXXX (backslashreplace).
std::string utf8_backslashreplace(Object* s) {
  std::string out;
  ssize n = str_length(s);
  for (ssize i = 0; i < n; ++i) {
    uint32_t c = str_char_at(s, i);
    if (c >= 0xD800 && c <= 0xDFFF) {
      char buf[12];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      append_utf8(out, c);
    }
  }
  return out;
}

// Reads one more chunk into in_buffer (newlines translated for text);
// false at end of file or on error (set).
bool fill_input(TextStreamObject* s) {
  if (s->eof) return false;
  char buf[8192];
  for (;;) {
    ssize_t r;
    int err;
    int fd = s->fd;
    {
      // Reading may block (a terminal, a pipe): other threads run meanwhile.
      GilReleased released;
      r = ::read(fd, buf, sizeof buf);
      err = errno;
    }
    if (r < 0) {
      if (err == EINTR) continue;
      set_error_from_errno(&exc::OSError, err);
      return false;
    }
    if (r == 0) {
      s->eof = true;
      return false;
    }
    if (s->binary || !s->universal) {
      s->in_buffer->append(buf, static_cast<size_t>(r));
      return true;
    }
    for (ssize_t i = 0; i < r; ++i) {
      char c = buf[i];
      if (s->pending_cr) {
        s->pending_cr = false;
        if (c == '\n') continue;
      }
      if (c == '\r') {
        s->in_buffer->push_back('\n');
        s->pending_cr = true;
      } else {
        s->in_buffer->push_back(c);
      }
    }
    return true;
  }
}

bool check_readable(TextStreamObject* s) {
  if (s->closed) {
    closed_error();
    return false;
  }
  if (!s->readable) {
    unsupported("not readable");
    return false;
  }
  return true;
}

bool check_writable(TextStreamObject* s) {
  if (s->closed) {
    closed_error();
    return false;
  }
  if (!s->writable) {
    unsupported("not writable");
    return false;
  }
  return true;
}

// The text or bytes object for `n` bytes of in_buffer (consumed).
Object* take_input(TextStreamObject* s, size_t n) {
  Object* r = s->binary ? bytes_from_data(s->in_buffer->data(), static_cast<ssize>(n))
                        : str_from_utf8(std::string_view(s->in_buffer->data(), n));
  if (r) s->in_buffer->erase(0, n);
  return r;
}

Object* empty_result(TextStreamObject* s) { return s->binary ? bytes_from_data("", 0) : newref(empty_str()); }

Object* read_line(TextStreamObject* s, ssize limit) {
  size_t scanned = 0;
  for (;;) {
    size_t nl = s->in_buffer->find('\n', scanned);
    if (nl != std::string::npos) {
      size_t n = nl + 1;
      if (limit >= 0 && n > static_cast<size_t>(limit)) n = static_cast<size_t>(limit);
      return take_input(s, n);
    }
    if (limit >= 0 && s->in_buffer->size() >= static_cast<size_t>(limit)) {
      return take_input(s, static_cast<size_t>(limit));
    }
    scanned = s->in_buffer->size();
    if (!fill_input(s)) {
      if (error_occurred()) return nullptr;
      return take_input(s, s->in_buffer->size());
    }
  }
}

}  // namespace

bool is_file_object(Object* o) {
  return o->type == &TextStreamType || o->type == &BufferedReaderType || o->type == &BufferedWriterType ||
         o->type == &BufferedRandomType;
}

namespace {

Object* stream_alloc(Type* type, int fd, Object* name, bool readable, bool writable, bool line_buffering,
                     bool backslashreplace) {
  Object* o = allocate_object(type, sizeof(TextStreamObject));
  if (!o) return nullptr;
  TextStreamObject* s = as_stream(o);
  s->fd = fd;
  s->readable = readable;
  s->writable = writable;
  s->line_buffering = line_buffering;
  s->write_through = false;
  s->backslashreplace = backslashreplace;
  s->binary = type != &TextStreamType;
  s->owns_fd = false;
  s->universal = true;
  s->pending_cr = false;
  s->closed = false;
  s->eof = false;
  s->mode = new std::string(readable ? "r" : "w");
  s->encoding = new std::string("utf-8");
  s->out_buffer = new std::string();
  s->in_buffer = new std::string();
  s->name = newref(name);
  return o;
}

}  // namespace

Object* text_stream_new(int fd, const char* name, bool readable, bool writable, bool line_buffering,
                        bool backslashreplace) {
  Object* n = str_from_cstr(name);
  if (!n) return nullptr;
  Object* o = stream_alloc(&TextStreamType, fd, n, readable, writable, line_buffering, backslashreplace);
  decref(n);
  return o;
}

Object* file_open(Object* file, Object* mode_obj, Object* encoding, Object* newline) {
  std::string mode = "r";
  if (mode_obj) {
    if (!is_str(mode_obj)) {
      return format_error(&exc::TypeError, "open() argument 'mode' must be str, not %.200s", mode_obj->type->name);
    }
    mode = str_to_std(mode_obj);
  }
  int creating = 0, reading = 0, writing = 0, appending = 0, updating = 0, text = 0, binary = 0;
  for (char c : mode) {
    int* flag = nullptr;
    switch (c) {
      case 'x': flag = &creating; break;
      case 'r': flag = &reading; break;
      case 'w': flag = &writing; break;
      case 'a': flag = &appending; break;
      case '+': flag = &updating; break;
      case 't': flag = &text; break;
      case 'b': flag = &binary; break;
      default: break;
    }
    if (!flag || *flag) return format_error(&exc::ValueError, "invalid mode: '%s'", mode.c_str());
    *flag = 1;
  }
  if (text && binary) {
    set_error(&exc::ValueError, "can't have text and binary mode at once");
    return nullptr;
  }
  if (creating + reading + writing + appending > 1 || creating + reading + writing + appending == 0) {
    set_error(&exc::ValueError, "must have exactly one of create/read/write/append mode");
    return nullptr;
  }
  if (binary && encoding && encoding != None) {
    set_error(&exc::ValueError, "binary mode doesn't take an encoding argument");
    return nullptr;
  }
  if (binary && newline && newline != None) {
    set_error(&exc::ValueError, "binary mode doesn't take a newline argument");
    return nullptr;
  }
  std::string path;
  int fd = -1;
  bool owns = true;
  if (is_int(file)) {
    fd = static_cast<int>(int_as_long(file));
    if (fd == -1 && error_occurred()) return nullptr;
    owns = false;
  } else if (is_str(file)) {
    path = str_to_std(file);
  } else if (is_bytes(file)) {
    path = std::string(bytes_view(file));
  } else {
    return format_error(&exc::TypeError, "expected str, bytes or os.PathLike object, not %.200s", file->type->name);
  }
  bool readable = reading || updating;
  bool writable = writing || appending || creating || updating;
  if (fd < 0) {
    int flags = 0;
    if (readable && writable) flags = O_RDWR;
    else if (readable) flags = O_RDONLY;
    else flags = O_WRONLY;
    if (writing) flags |= O_CREAT | O_TRUNC;
    if (appending) flags |= O_CREAT | O_APPEND;
    if (creating) flags |= O_CREAT | O_EXCL;
    flags |= O_CLOEXEC;
    do {
      fd = ::open(path.c_str(), flags, 0666);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
      set_error_from_errno(&exc::OSError, errno, file);
      return nullptr;
    }
    struct stat st;
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
      ::close(fd);
      set_error_from_errno(&exc::OSError, EISDIR, file);
      return nullptr;
    }
  }
  Type* type = &TextStreamType;
  if (binary) {
    type = (readable && writable) ? &BufferedRandomType : readable ? &BufferedReaderType : &BufferedWriterType;
  }
  Object* o = stream_alloc(type, fd, file, readable, writable, false, false);
  if (!o) {
    if (owns) ::close(fd);
    return nullptr;
  }
  TextStreamObject* s = as_stream(o);
  s->owns_fd = owns;
  *s->mode = mode;
  if (encoding && encoding != None && is_str(encoding)) {
    *s->encoding = str_to_std(encoding);
  } else {
    *s->encoding = "UTF-8";
  }
  if (newline && newline != None) s->universal = false;
  return o;
}

int text_stream_flush(Object* stream) {
  TextStreamObject* s = as_stream(stream);
  if (s->out_buffer->empty()) return 0;
  std::string pending;
  pending.swap(*s->out_buffer);
  if (!write_all(s->fd, pending.data(), pending.size())) {
    set_error_from_errno(&exc::OSError, errno);
    return -1;
  }
  return 0;
}

int text_stream_write_utf8(Object* stream, std::string_view text) {
  TextStreamObject* s = as_stream(stream);
  if (s->closed) {
    closed_error();
    return -1;
  }
  s->out_buffer->append(text);
  bool flush = s->write_through || s->out_buffer->size() >= kBufferSize ||
               (s->line_buffering && text.find_first_of("\n\r") != std::string_view::npos);
  if (!flush) return 0;
  // CPython's TextIOWrapper hands the bytes to its buffer's write() here, a
  // nested C call counted against the recursion limit.
  // Like CPython, the pending bytes are dropped when that call fails.
  if (enter_recursive_call(" while calling a Python object") < 0) {
    s->out_buffer->clear();
    return -1;
  }
  int r = text_stream_flush(stream);
  leave_recursive_call();
  return r;
}

int text_stream_write_str(Object* stream, Object* str) {
  TextStreamObject* s = as_stream(stream);
  if (s->backslashreplace) return text_stream_write_utf8(stream, utf8_backslashreplace(str));
  ssize len;
  const char* utf8 = str_as_utf8(str, &len);
  if (!utf8) return -1;
  return text_stream_write_utf8(stream, std::string_view(utf8, static_cast<size_t>(len)));
}

Object* text_stream_readline(Object* stream) {
  TextStreamObject* s = as_stream(stream);
  if (s->closed) return closed_error();
  return read_line(s, -1);
}

namespace {

void stream_dealloc(Object* o) {
  TextStreamObject* s = as_stream(o);
  if (!s->closed && s->out_buffer) {
    if (text_stream_flush(o) < 0) clear_error();
  }
  if (!s->closed && s->owns_fd) ::close(s->fd);
  delete s->out_buffer;
  delete s->in_buffer;
  delete s->mode;
  delete s->encoding;
  xdecref(s->name);
  xdecref(s->dict);
  free_object(o);
}

Object* stream_repr(Object* o) {
  TextStreamObject* s = as_stream(o);
  if (s->binary) return str_from_format("<%s name=%R>", o->type->name, s->name);
  return str_from_format("<_io.TextIOWrapper name=%R mode='%s' encoding='%s'>", s->name, s->mode->c_str(),
                         s->encoding->c_str());
}

Object* stream_write(Object* self, Object* arg) {
  TextStreamObject* s = as_stream(self);
  if (s->binary) {
    std::string_view data;
    if (!bytes_like_view(arg, &data)) return nullptr;
    if (!check_writable(s)) return nullptr;
    if (text_stream_write_utf8(self, data) < 0) return nullptr;
    return int_from_ssize(static_cast<ssize>(data.size()));
  }
  if (!is_str(arg)) {
    return format_error(&exc::TypeError, "write() argument must be str, not %.100s", arg->type->name);
  }
  if (!check_writable(s)) return nullptr;
  if (text_stream_write_str(self, arg) < 0) return nullptr;
  return int_from_ssize(str_length(arg));
}

Object* stream_writelines(Object* self, Object* lines) {
  Object* it = get_iter(lines);
  if (!it) return nullptr;
  for (;;) {
    Object* line = iter_next(it);
    if (!line) break;
    Object* r = stream_write(self, line);
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

Object* stream_flush(Object* self) {
  if (as_stream(self)->closed) return closed_error();
  if (text_stream_flush(self) < 0) return nullptr;
  return newref(None);
}

bool size_arg(Object* const* args, ssize nargs, ssize* size) {
  *size = -1;
  if (nargs == 0 || args[0] == None) return true;
  return arg_to_ssize(args[0], size);
}

Object* stream_readline(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("readline", nargs, 0, 1)) return nullptr;
  TextStreamObject* s = as_stream(self);
  if (!check_readable(s)) return nullptr;
  ssize limit;
  if (!size_arg(args, nargs, &limit)) return nullptr;
  return read_line(s, limit);
}

Object* stream_readlines(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("readlines", nargs, 0, 1)) return nullptr;
  TextStreamObject* s = as_stream(self);
  if (!check_readable(s)) return nullptr;
  Object* list = list_new(0);
  if (!list) return nullptr;
  for (;;) {
    Object* line = read_line(s, -1);
    if (!line) {
      decref(list);
      return nullptr;
    }
    if (object_length(line) == 0) {
      decref(line);
      break;
    }
    int r = list_append(list, line);
    decref(line);
    if (r < 0) {
      decref(list);
      return nullptr;
    }
  }
  return list;
}

// Bytes of in_buffer holding `n` characters (all of it if fewer).
size_t bytes_for_chars(const std::string& buf, ssize n) {
  size_t i = 0;
  ssize chars = 0;
  while (i < buf.size() && chars < n) {
    unsigned char c = static_cast<unsigned char>(buf[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : 4;
    if (i + len > buf.size()) break;
    i += len;
    ++chars;
  }
  return i;
}

Object* stream_read(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("read", nargs, 0, 1)) return nullptr;
  TextStreamObject* s = as_stream(self);
  if (!check_readable(s)) return nullptr;
  ssize size;
  if (!size_arg(args, nargs, &size)) return nullptr;
  if (size < 0) {
    while (fill_input(s)) {
    }
    if (error_occurred()) return nullptr;
    return take_input(s, s->in_buffer->size());
  }
  for (;;) {
    size_t have = s->binary ? s->in_buffer->size() : bytes_for_chars(*s->in_buffer, size);
    bool enough = s->binary ? have >= static_cast<size_t>(size)
                            : utf8_chars_at_least(*s->in_buffer, have, size);
    if (enough || !fill_input(s)) {
      if (error_occurred()) return nullptr;
      size_t n = s->binary ? std::min(have, static_cast<size_t>(size)) : bytes_for_chars(*s->in_buffer, size);
      return take_input(s, n);
    }
  }
}

Object* stream_seek(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("seek", nargs, 1, 2)) return nullptr;
  TextStreamObject* s = as_stream(self);
  if (s->closed) return closed_error();
  ssize offset;
  if (!arg_to_ssize(args[0], &offset)) return nullptr;
  int whence = 0;
  if (nargs > 1 && !arg_to_int(args[1], &whence)) return nullptr;
  if (text_stream_flush(self) < 0) return nullptr;
  if (whence == 1) offset -= static_cast<ssize>(s->in_buffer->size());
  s->in_buffer->clear();
  s->pending_cr = false;
  s->eof = false;
  off_t pos = ::lseek(s->fd, offset, whence);
  if (pos < 0) {
    set_error_from_errno(&exc::OSError, errno);
    return nullptr;
  }
  return int_from_i64(pos);
}

Object* stream_tell(Object* self) {
  TextStreamObject* s = as_stream(self);
  if (s->closed) return closed_error();
  if (text_stream_flush(self) < 0) return nullptr;
  off_t pos = ::lseek(s->fd, 0, SEEK_CUR);
  if (pos < 0) {
    set_error_from_errno(&exc::OSError, errno);
    return nullptr;
  }
  return int_from_i64(pos - static_cast<off_t>(s->in_buffer->size()));
}

Object* stream_fileno(Object* self) { return int_from_i64(as_stream(self)->fd); }
Object* stream_isatty(Object* self) { return bool_from(::isatty(as_stream(self)->fd) == 1); }
Object* stream_readable(Object* self) { return bool_from(as_stream(self)->readable); }
Object* stream_writable(Object* self) { return bool_from(as_stream(self)->writable); }
Object* stream_seekable(Object* self) { return bool_from(::lseek(as_stream(self)->fd, 0, SEEK_CUR) >= 0); }

Object* stream_close(Object* self) {
  TextStreamObject* s = as_stream(self);
  if (!s->closed) {
    int r = text_stream_flush(self);
    s->closed = true;
    if (s->owns_fd) ::close(s->fd);
    if (r < 0) return nullptr;
  }
  return newref(None);
}

Object* stream_enter(Object* self) {
  if (as_stream(self)->closed) return closed_error();
  return newref(self);
}
Object* stream_exit(Object* self, Object* const*, ssize) { return stream_close(self); }

Object* stream_iter(Object* self) {
  if (as_stream(self)->closed) return closed_error();
  return newref(self);
}

Object* stream_iternext(Object* self) {
  TextStreamObject* s = as_stream(self);
  if (!check_readable(s)) return nullptr;
  Object* line = read_line(s, -1);
  if (!line) return nullptr;
  if (object_length(line) == 0) {
    decref(line);
    return nullptr;
  }
  return line;
}

Object* get_closed(Object* self, void*) { return bool_from(as_stream(self)->closed); }
Object* get_name(Object* self, void*) { return newref(as_stream(self)->name); }
Object* get_mode(Object* self, void*) { return str_from_utf8(*as_stream(self)->mode); }
Object* get_encoding(Object* self, void*) { return str_from_utf8(*as_stream(self)->encoding); }
Object* get_errors(Object* self, void*) {
  return str_from_cstr(as_stream(self)->backslashreplace ? "backslashreplace" : "strict");
}
Object* get_line_buffering(Object* self, void*) { return bool_from(as_stream(self)->line_buffering); }
Object* get_write_through(Object* self, void*) { return bool_from(as_stream(self)->write_through); }

MethodDef stream_methods[] = {
    MethodDef("write", static_cast<OneArgMethod>(stream_write)),
    MethodDef("writelines", static_cast<OneArgMethod>(stream_writelines)),
    MethodDef("flush", static_cast<NoArgsMethod>(stream_flush)),
    MethodDef("readline", static_cast<FastMethod>(stream_readline)),
    MethodDef("readlines", static_cast<FastMethod>(stream_readlines)),
    MethodDef("read", static_cast<FastMethod>(stream_read)),
    MethodDef("seek", static_cast<FastMethod>(stream_seek)),
    MethodDef("tell", static_cast<NoArgsMethod>(stream_tell)),
    MethodDef("fileno", static_cast<NoArgsMethod>(stream_fileno)),
    MethodDef("isatty", static_cast<NoArgsMethod>(stream_isatty)),
    MethodDef("readable", static_cast<NoArgsMethod>(stream_readable)),
    MethodDef("writable", static_cast<NoArgsMethod>(stream_writable)),
    MethodDef("seekable", static_cast<NoArgsMethod>(stream_seekable)),
    MethodDef("close", static_cast<NoArgsMethod>(stream_close)),
    MethodDef("__enter__", static_cast<NoArgsMethod>(stream_enter)),
    MethodDef("__exit__", static_cast<FastMethod>(stream_exit)),
    {},
};

GetSetDef text_getset[] = {
    {"closed", get_closed},
    {"name", get_name},
    {"mode", get_mode},
    {"encoding", get_encoding},
    {"errors", get_errors},
    {"line_buffering", get_line_buffering},
    {"write_through", get_write_through},
    {},
};

GetSetDef binary_getset[] = {
    {"closed", get_closed},
    {"name", get_name},
    {"mode", get_mode},
    {},
};

}  // namespace

#define FILE_TYPE(var, type_name, getset_table)        \
  Type var{{                                           \
      .name = type_name,                               \
      .basicsize = sizeof(TextStreamObject),           \
      .dealloc = stream_dealloc,                       \
      .repr = stream_repr,                             \
      .getattro = generic_getattr,                     \
      .setattro = generic_setattr,                     \
      .iter = stream_iter,                             \
      .iternext = stream_iternext,                     \
      .methods = stream_methods,                       \
      .getset = getset_table,                          \
      .dictoffset = offsetof(TextStreamObject, dict),  \
  }};

FILE_TYPE(TextStreamType, "_io.TextIOWrapper", text_getset)
FILE_TYPE(BufferedReaderType, "_io.BufferedReader", binary_getset)
FILE_TYPE(BufferedWriterType, "_io.BufferedWriter", binary_getset)
FILE_TYPE(BufferedRandomType, "_io.BufferedRandom", binary_getset)

}  // namespace glasspy
