// _io.FileIO: raw, unbuffered binary I/O on a file descriptor.  Every
// system call that may block runs with the GIL released and retries on
// EINTR; errors become OSError subclasses carrying errno, strerror and the
// file name, as CPython reports them.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
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
#include "objects/float.h"
#include "objects/gc.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/weakref.h"
#include "vm/gil.h"

namespace glasspy {

namespace {

// Releases the GIL around a system call only when another thread exists to
// take it: with a single thread the hand-over is pure cost (two atomic
// round trips per write() of a print loop).
class GilReleasedIfThreads {
 public:
  GilReleasedIfThreads() : ts_(running_thread_count > 0 ? gil_release() : nullptr) {}
  ~GilReleasedIfThreads() {
    if (ts_) gil_acquire(ts_);
  }
  GilReleasedIfThreads(const GilReleasedIfThreads&) = delete;
  GilReleasedIfThreads& operator=(const GilReleasedIfThreads&) = delete;

 private:
  ThreadState* ts_;
};

FileIOObject* as_file(Object* o) { return static_cast<FileIOObject*>(o); }

Object* err_closed() {
  set_error(&exc::ValueError, "I/O operation on closed file");
  return nullptr;
}

Object* err_mode(const char* action) {
  return format_error(static_cast<Type*>(unsupported_operation), "File not open for %s", action);
}

Object* errno_error(int err) {
  set_error_from_errno(&exc::OSError, err);
  return nullptr;
}

int64_t raw_lseek(int fd, int64_t pos, int whence, int* err) {
  off_t r;
  {
    GilReleased released;
    r = ::lseek(fd, static_cast<off_t>(pos), whence);
    *err = errno;
  }
  return r;
}

}  // namespace

int fileio_read_into(FileIOObject* f, char* out, ssize n, ssize* got) {
  for (;;) {
    ssize_t r;
    int err;
    {
      GilReleasedIfThreads released;
      r = ::read(f->fd, out, static_cast<size_t>(n));
      err = errno;
    }
    if (r >= 0) {
      *got = r;
      return 0;
    }
    if (err == EINTR) continue;
    if (err == EAGAIN) {
      *got = -1;
      return 0;
    }
    errno_error(err);
    return -1;
  }
}

int fileio_write_data(FileIOObject* f, const char* data, ssize n, ssize* written) {
  for (;;) {
    ssize_t r;
    int err;
    {
      GilReleasedIfThreads released;
      r = ::write(f->fd, data, static_cast<size_t>(n));
      err = errno;
    }
    if (r >= 0) {
      *written = r;
      return 0;
    }
    if (err == EINTR) continue;
    if (err == EAGAIN) {
      *written = -1;
      return 0;
    }
    errno_error(err);
    return -1;
  }
}

namespace {

Object* fileio_new(Type* type, Object* args, Object* kwds) {
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  FileIOObject* f = as_file(o);
  f->fd = -1;
  f->seekable = -1;
  f->closefd = true;
  f->blksize = 0;
  return o;
}

// Closes the descriptor (if owned); 0 or -1 with OSError.
int internal_close(FileIOObject* f) {
  int fd = f->fd;
  f->fd = -1;
  if (fd < 0 || !f->closefd) return 0;
  int r, err;
  {
    GilReleased released;
    r = ::close(fd);
    err = errno;
  }
  if (r < 0) {
    errno_error(err);
    return -1;
  }
  return 0;
}

int fileio_init(Object* self, Object* args, Object* kwds) {
  static const ArgParser parser{"FileIO", {"file", "mode", "closefd", "opener"}, 1, 4};
  Object* a[4];
  if (!parse_args_dict(parser, args, kwds, a)) return -1;
  FileIOObject* f = as_file(self);
  if (f->fd >= 0) {
    if (f->closefd) {
      if (internal_close(f) < 0) return -1;
    } else {
      f->fd = -1;
    }
  }
  Object* file = a[0];
  std::string mode = "r";
  if (a[1]) {
    if (!is_str(a[1])) {
      format_error(&exc::TypeError, "FileIO() argument 'mode' must be str, not %.200s", a[1]->type->name);
      return -1;
    }
    mode = str_to_std(a[1]);
  }
  bool closefd = true;
  if (a[2]) {
    int t = object_is_true(a[2]);
    if (t < 0) return -1;
    closefd = t;
  }
  Object* opener = a[3] && a[3] != None ? a[3] : nullptr;

  int fd = -1;
  std::string path;
  bool have_path = false;
  if (is_int(file)) {
    int overflow = 0;
    int64_t v = int_as_i64_overflow(file, &overflow);
    if (overflow || v > INT32_MAX || v < INT32_MIN) {
      set_error(&exc::OverflowError, "signed integer is greater than maximum");
      return -1;
    }
    if (v < 0) {
      set_error(&exc::ValueError, "negative file descriptor");
      return -1;
    }
    fd = static_cast<int>(v);
  } else {
    Object* p = file;
    Object* fspath = nullptr;
    if (!is_str(p) && !is_bytes(p)) {
      if (lookup_attr(static_cast<Object*>(p->type), str_intern_cstr("__fspath__"), &fspath) < 0) return -1;
      if (!fspath) {
        format_error(&exc::TypeError, "expected str, bytes or os.PathLike object, not %.200s", p->type->name);
        return -1;
      }
      decref(fspath);
      p = call_method(file, str_intern_cstr("__fspath__"));
      if (!p) return -1;
      if (!is_str(p) && !is_bytes(p)) {
        format_error(&exc::TypeError, "expected %.200s.__fspath__() to return str or bytes, not %.200s",
                     file->type->name, p->type->name);
        decref(p);
        return -1;
      }
    } else {
      incref(p);
    }
    if (is_str(p)) {
      ssize len;
      const char* s = str_as_utf8(p, &len);
      if (!s) {
        decref(p);
        return -1;
      }
      path.assign(s, static_cast<size_t>(len));
    } else {
      path.assign(bytes_view(p));
    }
    decref(p);
    if (path.find('\0') != std::string::npos) {
      set_error(&exc::ValueError, "embedded null byte");
      return -1;
    }
    have_path = true;
  }

  bool rwa = false, plus = false;
  f->readable = f->writable = f->appending = f->created = false;
  int flags = 0;
  for (char c : mode) {
    switch (c) {
      case 'x':
        if (rwa) goto bad_mode;
        rwa = true;
        f->created = f->writable = true;
        flags |= O_EXCL | O_CREAT;
        break;
      case 'r':
        if (rwa) goto bad_mode;
        rwa = true;
        f->readable = true;
        break;
      case 'w':
        if (rwa) goto bad_mode;
        rwa = true;
        f->writable = true;
        flags |= O_CREAT | O_TRUNC;
        break;
      case 'a':
        if (rwa) goto bad_mode;
        rwa = true;
        f->writable = f->appending = true;
        flags |= O_APPEND | O_CREAT;
        break;
      case 'b':
        break;
      case '+':
        if (plus) goto bad_mode;
        f->readable = f->writable = true;
        plus = true;
        break;
      default:
        format_error(&exc::ValueError, "invalid mode: %.200s", mode.c_str());
        return -1;
    }
  }
  if (!rwa) goto bad_mode;
  if (f->readable && f->writable) flags |= O_RDWR;
  else if (f->readable) flags |= O_RDONLY;
  else flags |= O_WRONLY;
  flags |= O_CLOEXEC;

  if (fd >= 0) {
    f->fd = fd;
    f->closefd = closefd;
  } else {
    f->closefd = true;
    if (!closefd) {
      set_error(&exc::ValueError, "Cannot use closefd=False with file name");
      return -1;
    }
    if (opener) {
      Object* fl = int_from_i64(flags);
      Object* r = fl ? call_function(opener, file, fl) : nullptr;
      xdecref(fl);
      if (!r) return -1;
      if (!is_int(r)) {
        set_error(&exc::TypeError, "expected integer from opener");
        decref(r);
        return -1;
      }
      long v = int_as_long(r);
      decref(r);
      if (v == -1 && error_occurred()) return -1;
      if (v < 0) {
        format_error(&exc::ValueError, "opener returned %d", static_cast<int>(v));
        return -1;
      }
      fd = static_cast<int>(v);
    } else {
      int err = 0;
      for (;;) {
        {
          GilReleased released;
          fd = ::open(path.c_str(), flags, 0666);
          err = errno;
        }
        if (fd >= 0 || err != EINTR) break;
      }
      if (fd < 0) {
        set_error_from_errno(&exc::OSError, err, file);
        return -1;
      }
    }
    f->fd = fd;
  }
  (void)have_path;
  f->blksize = kDefaultBufferSize;
  {
    struct stat st;
    int r, err;
    {
      GilReleased released;
      r = ::fstat(f->fd, &st);
      err = errno;
    }
    if (r < 0) {
      if (err == EBADF) {
        errno_error(err);
        if (f->closefd) internal_close(f);
        f->fd = -1;
        return -1;
      }
    } else {
      if (S_ISDIR(st.st_mode)) {
        set_error_from_errno(&exc::OSError, EISDIR, file);
        internal_close(f);
        return -1;
      }
      if (st.st_blksize > 1) f->blksize = st.st_blksize;
    }
  }
  if (set_attr_cstr(self, "name", file) < 0) {
    internal_close(f);
    return -1;
  }
  if (f->appending) {
    int err;
    if (raw_lseek(f->fd, 0, SEEK_END, &err) < 0 && err != ESPIPE) {
      errno_error(err);
      internal_close(f);
      return -1;
    }
  }
  return 0;
bad_mode:
  set_error(&exc::ValueError, "Must have exactly one of create/read/write/append mode and at most one plus");
  return -1;
}

void fileio_dealloc(Object* o) {
  gc_untrack(o);
  if (!io_finalize_from_dealloc(o)) {
    gc_track(o);
    return;
  }
  clear_weakrefs_if_any(o);
  io_clear_base(as_file(o));
  free_object(o);
}

const char* mode_string(FileIOObject* f) {
  if (f->created) return f->readable ? "xb+" : "xb";
  if (f->appending) return f->readable ? "ab+" : "ab";
  if (f->readable) return f->writable ? "rb+" : "rb";
  return "wb";
}

Object* fileio_repr(Object* self) {
  FileIOObject* f = as_file(self);
  const char* type_name = self->type->name;
  if (f->fd < 0) return str_from_format("<%s [closed]>", type_name);
  Object* name = nullptr;
  if (lookup_attr(self, str_intern_cstr("name"), &name) < 0) return nullptr;
  const char* closefd = f->closefd ? "True" : "False";
  if (!name) return str_from_format("<%s fd=%d mode='%s' closefd=%s>", type_name, f->fd, mode_string(f), closefd);
  Object* r = str_from_format("<%s name=%R mode='%s' closefd=%s>", type_name, name, mode_string(f), closefd);
  decref(name);
  return r;
}

Object* fileio_readinto(Object* self, Object* target) {
  FileIOObject* f = as_file(self);
  Buffer view;
  if (io_writable_buffer(target, "readinto", &view) < 0) return nullptr;
  if (f->fd < 0) {
    release_buffer(&view);
    return err_closed();
  }
  if (!f->readable) {
    release_buffer(&view);
    return err_mode("reading");
  }
  ssize got;
  int r = fileio_read_into(f, view.buf, view.len, &got);
  release_buffer(&view);
  if (r < 0) return nullptr;
  if (got < 0) return newref(None);
  return int_from_ssize(got);
}

Object* fileio_readall(Object* self) {
  FileIOObject* f = as_file(self);
  if (f->fd < 0) return err_closed();
  std::string all;
  size_t chunk = 8192;
  for (;;) {
    size_t old = all.size();
    all.resize(old + chunk);
    ssize got;
    if (fileio_read_into(f, all.data() + old, static_cast<ssize>(chunk), &got) < 0) return nullptr;
    if (got < 0) {
      all.resize(old);
      if (all.empty()) return newref(None);
      break;
    }
    all.resize(old + static_cast<size_t>(got));
    if (got == 0) break;
    if (chunk < (1 << 20)) chunk *= 2;
  }
  return bytes_from_data(all.data(), static_cast<ssize>(all.size()));
}

Object* fileio_read(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("read", nargs, 0, 1)) return nullptr;
  FileIOObject* f = as_file(self);
  if (f->fd < 0) return err_closed();
  if (!f->readable) return err_mode("reading");
  ssize n = -1;
  if (nargs == 1 && !io_size_or_none(args[0], &n)) return nullptr;
  if (n < 0) return fileio_readall(self);
  Object* b = bytes_new_uninitialized(n);
  if (!b) return nullptr;
  ssize got;
  if (fileio_read_into(f, bytes_data(b), n, &got) < 0) {
    decref(b);
    return nullptr;
  }
  if (got < 0) {
    decref(b);
    return newref(None);
  }
  if (got != n) {
    Object* shorter = bytes_from_data(bytes_data(b), got);
    decref(b);
    return shorter;
  }
  return b;
}

Object* fileio_write(Object* self, Object* data) {
  FileIOObject* f = as_file(self);
  if (f->fd < 0) return err_closed();
  Buffer view;
  if (get_buffer(data, &view) < 0) return nullptr;
  if (!f->writable) {
    release_buffer(&view);
    return err_mode("writing");
  }
  ssize written;
  int r = fileio_write_data(f, view.buf, view.len, &written);
  release_buffer(&view);
  if (r < 0) return nullptr;
  if (written < 0) return newref(None);
  return int_from_ssize(written);
}

Object* fileio_seek(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("seek", nargs, 1, 2)) return nullptr;
  FileIOObject* f = as_file(self);
  if (f->fd < 0) return err_closed();
  Object* index = number_index(args[0]);
  if (!index) return nullptr;
  int overflow = 0;
  int64_t pos = int_as_i64_overflow(index, &overflow);
  decref(index);
  if (overflow) {
    set_error(&exc::OverflowError, "Python int too large to convert to C long");
    return nullptr;
  }
  int whence = 0;
  if (nargs == 2 && !arg_to_int(args[1], &whence)) return nullptr;
  int err;
  int64_t r = raw_lseek(f->fd, pos, whence, &err);
  if (r < 0) return errno_error(err);
  if (f->seekable < 0) f->seekable = 1;
  return int_from_i64(r);
}

Object* fileio_tell(Object* self) {
  FileIOObject* f = as_file(self);
  if (f->fd < 0) return err_closed();
  int err;
  int64_t r = raw_lseek(f->fd, 0, SEEK_CUR, &err);
  if (r < 0) return errno_error(err);
  return int_from_i64(r);
}

Object* fileio_truncate(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("truncate", nargs, 0, 1)) return nullptr;
  FileIOObject* f = as_file(self);
  if (f->fd < 0) return err_closed();
  if (!f->writable) return err_mode("writing");
  Object* size_obj;
  int64_t size;
  if (nargs == 0 || args[0] == None) {
    int err;
    size = raw_lseek(f->fd, 0, SEEK_CUR, &err);
    if (size < 0) return errno_error(err);
    size_obj = int_from_i64(size);
    if (!size_obj) return nullptr;
  } else {
    size_obj = number_index(args[0]);
    if (!size_obj) return nullptr;
    int overflow = 0;
    size = int_as_i64_overflow(size_obj, &overflow);
    if (overflow) {
      decref(size_obj);
      set_error(&exc::OverflowError, "Python int too large to convert to C long");
      return nullptr;
    }
  }
  int r, err;
  {
    GilReleased released;
    r = ::ftruncate(f->fd, static_cast<off_t>(size));
    err = errno;
  }
  if (r < 0) {
    decref(size_obj);
    return errno_error(err);
  }
  return size_obj;
}

Object* fileio_isatty(Object* self) {
  FileIOObject* f = as_file(self);
  if (f->fd < 0) return err_closed();
  int r;
  {
    GilReleased released;
    r = ::isatty(f->fd);
  }
  return bool_from(r == 1);
}

Object* fileio_fileno(Object* self) {
  FileIOObject* f = as_file(self);
  if (f->fd < 0) return err_closed();
  return int_from_i64(f->fd);
}

Object* fileio_readable(Object* self) {
  FileIOObject* f = as_file(self);
  if (f->fd < 0) return err_closed();
  return bool_from(f->readable);
}

Object* fileio_writable(Object* self) {
  FileIOObject* f = as_file(self);
  if (f->fd < 0) return err_closed();
  return bool_from(f->writable);
}

Object* fileio_seekable(Object* self) {
  FileIOObject* f = as_file(self);
  if (f->fd < 0) return err_closed();
  if (f->seekable < 0) {
    int err;
    f->seekable = raw_lseek(f->fd, 0, SEEK_CUR, &err) >= 0 ? 1 : 0;
  }
  return bool_from(f->seekable == 1);
}

Object* fileio_close(Object* self) {
  FileIOObject* f = as_file(self);
  // _RawIOBase.close (flush, mark closed) first, as a subclass's super() would.
  Object* method = type_lookup_cstr(&RawIOBaseType, "close");
  Object* res = method ? call_function(method, self) : nullptr;
  if (!method) res = nullptr;
  if (!f->closefd) {
    f->fd = -1;
    return res;
  }
  Object* saved = res ? nullptr : fetch_error();
  int r = internal_close(f);
  if (saved) {
    if (r < 0) clear_error();
    restore_error(saved);
    return nullptr;
  }
  if (r < 0) {
    xdecref(res);
    return nullptr;
  }
  return res;
}

Object* fileio_dealloc_warn(Object*, Object*) { return newref(None); }

Object* get_closed(Object* self, void*) { return bool_from(as_file(self)->fd < 0); }
Object* get_closefd(Object* self, void*) { return bool_from(as_file(self)->closefd); }
Object* get_mode(Object* self, void*) { return str_from_cstr(mode_string(as_file(self))); }
Object* get_blksize(Object* self, void*) { return int_from_ssize(as_file(self)->blksize); }

MethodDef fileio_methods[] = {
    MethodDef("read", static_cast<FastMethod>(fileio_read)),
    MethodDef("readall", static_cast<NoArgsMethod>(fileio_readall)),
    MethodDef("readinto", static_cast<OneArgMethod>(fileio_readinto)),
    MethodDef("write", static_cast<OneArgMethod>(fileio_write)),
    MethodDef("seek", static_cast<FastMethod>(fileio_seek)),
    MethodDef("tell", static_cast<NoArgsMethod>(fileio_tell)),
    MethodDef("truncate", static_cast<FastMethod>(fileio_truncate)),
    MethodDef("close", static_cast<NoArgsMethod>(fileio_close)),
    MethodDef("seekable", static_cast<NoArgsMethod>(fileio_seekable)),
    MethodDef("readable", static_cast<NoArgsMethod>(fileio_readable)),
    MethodDef("writable", static_cast<NoArgsMethod>(fileio_writable)),
    MethodDef("fileno", static_cast<NoArgsMethod>(fileio_fileno)),
    MethodDef("isatty", static_cast<NoArgsMethod>(fileio_isatty)),
    MethodDef("_dealloc_warn", static_cast<OneArgMethod>(fileio_dealloc_warn)),
    {},
};

GetSetDef fileio_getset[] = {
    {"closed", get_closed, nullptr, "True if the file is closed"},
    {"closefd", get_closefd, nullptr, "True if the file descriptor will be closed by close()."},
    {"mode", get_mode, nullptr, "String giving the file mode"},
    {"_blksize", get_blksize},
    {},
};

}  // namespace

Object* fileio_open(Object* file, const char* mode, bool closefd, Object* opener) {
  Object* m = str_from_cstr(mode);
  if (!m) return nullptr;
  Object* args = tuple_pack({file, m, closefd ? True : False, opener ? opener : None});
  decref(m);
  if (!args) return nullptr;
  Object* f = fileio_new(&FileIOType, args, nullptr);
  if (f && fileio_init(f, args, nullptr) < 0) clear_ref(f);
  decref(args);
  return f;
}

Type FileIOType{{
    .name = "_io.FileIO",
    .basicsize = sizeof(FileIOObject),
    .dealloc = fileio_dealloc,
    .repr = fileio_repr,
    .getattro = generic_getattr,
    .setattro = generic_setattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .doc = "Open a file.",
    .traverse = io_traverse_base,
    .methods = fileio_methods,
    .getset = fileio_getset,
    .base = &RawIOBaseType,
    .dictoffset = offsetof(FileIOObject, dict),
    .init = fileio_init,
    .new_ = fileio_new,
    .finalize = io_finalize,
}};

}  // namespace glasspy
