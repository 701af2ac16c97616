// The `_io` module: its types, constants and exceptions, and open(), which
// stacks a FileIO, a buffer and a TextIOWrapper as the mode asks.
#include <cstring>
#include <string>

#include "modules/io/io_objects.h"
#include "objects/builtin_function.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/module_object.h"

namespace glasspy {

namespace {

int call_close_quietly(Object* o) {
  Object* saved = fetch_error();
  Object* r = call_method(o, str_intern_cstr("close"));
  xdecref(r);
  clear_error();
  restore_error(saved);
  return 0;
}

Object* io_open(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgParser parser{
      "open", {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1, 8};
  Object* a[8];
  if (!parse_args(parser, args, nargs, kwnames, a)) return nullptr;
  Object* file = a[0];
  std::string mode = "r";
  if (a[1]) {
    if (!is_str(a[1])) return format_error(&exc::TypeError, "open() argument 'mode' must be str, not %.200s", a[1]->type->name);
    mode = str_to_std(a[1]);
  }
  ssize buffering = -1;
  if (a[2] && !arg_to_ssize(a[2], &buffering)) return nullptr;
  Object* encoding = a[3] && a[3] != None ? a[3] : nullptr;
  Object* errors = a[4] && a[4] != None ? a[4] : nullptr;
  Object* newline = a[5] && a[5] != None ? a[5] : nullptr;
  if (a[3] && a[3] != None && !is_str(a[3])) {
    return format_error(&exc::TypeError, "open() argument 'encoding' must be str or None, not %.200s", a[3]->type->name);
  }
  if (a[4] && a[4] != None && !is_str(a[4])) {
    return format_error(&exc::TypeError, "open() argument 'errors' must be str or None, not %.200s", a[4]->type->name);
  }
  if (a[5] && a[5] != None && !is_str(a[5])) {
    return format_error(&exc::TypeError, "open() argument 'newline' must be str or None, not %.200s", a[5]->type->name);
  }
  bool closefd = true;
  if (a[6]) {
    int v;  // an int argument, as in CPython (so None and floats are refused)
    if (!arg_to_int(a[6], &v)) return nullptr;
    closefd = v != 0;
  }
  Object* opener = a[7] && a[7] != None ? a[7] : nullptr;

  // An os.PathLike is turned into its str or bytes path first, so that is
  // the name the file gets.  `path_holder` owns that path until we return.
  struct OwnedPath {
    Object* path = nullptr;
    ~OwnedPath() { xdecref(path); }
  } path_holder;
  if (!is_int(file) && !is_str(file) && !is_bytes(file)) {
    Object* fspath = lookup_special(file, str_intern_cstr("__fspath__"));
    if (!fspath) {
      if (error_occurred()) return nullptr;
      return format_error(&exc::TypeError, "expected str, bytes or os.PathLike object, not %.200s", file->type->name);
    }
    path_holder.path = call_no_args(fspath);
    decref(fspath);
    if (!path_holder.path) return nullptr;
    if (!is_str(path_holder.path) && !is_bytes(path_holder.path)) {
      return format_error(&exc::TypeError, "expected %.200s.__fspath__() to return str or bytes, not %.200s",
                          file->type->name, path_holder.path->type->name);
    }
    file = path_holder.path;
  }

  bool creating = false, reading = false, writing = false, appending = false, updating = false, text = false,
       binary = false;
  for (size_t i = 0; i < mode.size(); ++i) {
    char c = mode[i];
    bool* flag = nullptr;
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
    *flag = true;
  }
  if (text && binary) {
    set_error(&exc::ValueError, "can't have text and binary mode at once");
    return nullptr;
  }
  if (static_cast<int>(creating) + reading + writing + appending > 1) {
    set_error(&exc::ValueError, "must have exactly one of create/read/write/append mode");
    return nullptr;
  }
  if (binary && encoding) {
    set_error(&exc::ValueError, "binary mode doesn't take an encoding argument");
    return nullptr;
  }
  if (binary && errors) {
    set_error(&exc::ValueError, "binary mode doesn't take an errors argument");
    return nullptr;
  }
  if (binary && newline) {
    set_error(&exc::ValueError, "binary mode doesn't take a newline argument");
    return nullptr;
  }
  if (binary && buffering == 1) {
    if (warn(&exc::RuntimeWarning,
             "line buffering (buffering=1) isn't supported in binary mode, the default buffer size will be used",
             1) < 0)
      return nullptr;
  }
  std::string rawmode;
  if (creating) rawmode += 'x';
  if (reading) rawmode += 'r';
  if (writing) rawmode += 'w';
  if (appending) rawmode += 'a';
  if (updating) rawmode += '+';

  Object* raw = fileio_open(file, rawmode.c_str(), closefd, opener);
  if (!raw) return nullptr;
  Object* result = raw;
  bool line_buffering = false;
  Object* buffer = nullptr;
  if (buffering == 1 || buffering < 0) {
    Object* tty = call_method(raw, str_intern_cstr("isatty"));
    if (!tty) goto error;
    int is_tty = object_is_true(tty);
    decref(tty);
    if (is_tty < 0) goto error;
    if (buffering == 1 || is_tty) {
      buffering = -1;
      line_buffering = true;
    }
  }
  if (buffering < 0) buffering = static_cast<FileIOObject*>(raw)->blksize;
  if (buffering == 0) {
    if (binary) return raw;
    set_error(&exc::ValueError, "can't have unbuffered text I/O");
    goto error;
  }
  {
    Type* type = updating ? &BufferedRandomType : (creating || writing || appending) ? &BufferedWriterType
                                                                                      : &BufferedReaderType;
    Object* size = int_from_ssize(buffering);
    Object* bargs = size ? tuple_pack({raw, size}) : nullptr;
    xdecref(size);
    buffer = bargs ? call(static_cast<Object*>(type), bargs, nullptr) : nullptr;
    xdecref(bargs);
    if (!buffer) goto error;
    result = buffer;
    decref(raw);
    raw = nullptr;
  }
  if (binary) return result;
  {
    Object* targs = tuple_pack({buffer, encoding ? encoding : None, errors ? errors : None,
                                newline ? newline : None, line_buffering ? True : False});
    Object* wrapper = targs ? call(static_cast<Object*>(&TextIOWrapperType), targs, nullptr) : nullptr;
    xdecref(targs);
    if (!wrapper) goto error;
    result = wrapper;
    decref(buffer);
    Object* m = str_from_utf8(mode);
    if (!m || set_attr_cstr(wrapper, "mode", m) < 0) {
      xdecref(m);
      goto error;
    }
    decref(m);
    return wrapper;
  }
error:
  call_close_quietly(result);
  decref(result);
  return nullptr;
}

Object* io_open_code(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgParser parser{"open_code", {"path"}, 1, 1};
  Object* a[1];
  if (!parse_args(parser, args, nargs, kwnames, a)) return nullptr;
  if (!is_str(a[0])) {
    return format_error(&exc::TypeError, "open_code() argument 'path' must be str, not %.200s", a[0]->type->name);
  }
  Object* rb = str_from_cstr("rb");
  if (!rb) return nullptr;
  Object* call_args[2] = {a[0], rb};
  Object* r = io_open(nullptr, call_args, 2, nullptr);
  decref(rb);
  return r;
}

Object* io_text_encoding(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("text_encoding", nargs, 1, 2)) return nullptr;
  if (args[0] != None) return newref(args[0]);
  return str_from_cstr("locale");
}

MethodDef io_functions[] = {
    MethodDef("open", static_cast<FastKeywordsMethod>(io_open),
              "open($module, /, file, mode='r', buffering=-1, encoding=None,\n     errors=None, newline=None, "
              "closefd=True, opener=None)\n--\n\nOpens a file (a path or a descriptor) as a binary or text "
              "stream; OSError when the system refuses."),
    MethodDef("open_code", static_cast<FastKeywordsMethod>(io_open_code),
              "open_code($module, /, path)\n--\n\nOpens a source file for reading as binary, the way "
              "imports do."),
    MethodDef("text_encoding", static_cast<FastMethod>(io_text_encoding),
              "text_encoding($module, encoding, stacklevel=2, /)\n--\n\nThe encoding a text stream opened "
              "with `encoding` gets: the locale's when it is None."),
    {},
};

// class UnsupportedOperation(OSError, ValueError), made as a class
// statement would make it.
Object* make_unsupported_operation() {
  Object* name = str_from_cstr("UnsupportedOperation");
  Object* bases = name ? tuple_pack({static_cast<Object*>(&exc::OSError), static_cast<Object*>(&exc::ValueError)})
                       : nullptr;
  Object* ns = bases ? dict_new() : nullptr;
  Object* module = ns ? str_from_cstr("io") : nullptr;
  Object* cls = nullptr;
  if (module && dict_set_item_cstr(ns, "__module__", module) == 0) {
    cls = call_function(static_cast<Object*>(&TypeType), name, bases, ns);
  }
  xdecref(name);
  xdecref(bases);
  xdecref(ns);
  xdecref(module);
  return cls;
}

}  // namespace

Object* io_module_create() {
  // One module object for the process: builtins.open and the standard
  // streams are made from it before `import _io` asks for it.
  static Object* instance = nullptr;
  if (instance) return newref(instance);
  static Type* const types[] = {&IOBaseType,         &RawIOBaseType,      &BufferedIOBaseType, &TextIOBaseType,
                                &FileIOType,         &BytesIOType,        &StringIOType,       &BufferedReaderType,
                                &BufferedWriterType, &BufferedRandomType, &BufferedRWPairType, &TextIOWrapperType,
                                &IncrementalNewlineDecoderType};
  for (Type* t : types) {
    if (type_ready(t) < 0) return nullptr;
  }
  if (!unsupported_operation) {
    unsupported_operation = make_unsupported_operation();
    if (!unsupported_operation) return nullptr;
  }
  Object* m = module_new_cstr("_io");
  if (!m) return nullptr;
  as_module(m)->md_builtin = true;
  if (module_add_functions(m, io_functions) < 0) {
    decref(m);
    return nullptr;
  }
  {
    // CPython's _io module calls itself "io": that is its functions'
    // __module__ (so io.open, and builtins.open, say 'io').
    Object* public_name = str_from_cstr("io");
    if (!public_name) {
      decref(m);
      return nullptr;
    }
    for (MethodDef* d = io_functions; d->name; ++d) {
      Object* f = dict_get_item_cstr(module_dict(m), d->name);
      if (f && is_instance_of(f, &BuiltinFunctionType)) setref(static_cast<BuiltinFunctionObject*>(f)->module, newref(public_name));
    }
    decref(public_name);
  }
  for (Type* t : types) {
    const char* dot = std::strchr(t->name, '.');
    if (module_add_object(m, dot + 1, static_cast<Object*>(t)) < 0) {
      decref(m);
      return nullptr;
    }
  }
  Object* size = int_from_ssize(kDefaultBufferSize);
  int r = size ? module_add_object(m, "DEFAULT_BUFFER_SIZE", size) : -1;
  xdecref(size);
  if (r < 0 || module_add_object(m, "UnsupportedOperation", unsupported_operation) < 0 ||
      module_add_object(m, "BlockingIOError", static_cast<Object*>(&exc::BlockingIOError)) < 0) {
    decref(m);
    return nullptr;
  }
  instance = newref(m);
  return m;
}

}  // namespace glasspy
