// _io.StringIO: a text stream over a buffer of code points.  Newline
// handling follows the constructor's newline argument as TextIOWrapper's
// does: None translates "\r\n" and "\r" to "\n" on write, '' keeps them but
// splits lines at any of them, "\r" / "\r\n" are written for "\n".
#include <string>

#include "modules/io/io_objects.h"
#include "modules/native_type_support.h"
#include "objects/abstract.h"
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

Object* newlines_tuple(int seennl);  // textio.cpp

namespace {

StringIOObject* as_sio(Object* o) { return static_cast<StringIOObject*>(o); }

constexpr int kSeenCR = 1, kSeenLF = 2, kSeenCRLF = 4;

int check_ready(StringIOObject* s) {
  if (!s->ok) {
    set_error(&exc::ValueError, "I/O operation on uninitialized object");
    return -1;
  }
  if (!s->buf) {
    set_error(&exc::ValueError, "I/O operation on closed file");
    return -1;
  }
  return 0;
}

Object* stringio_new(Type* type, Object*, Object*) {
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  as_sio(o)->buf = new std::u32string();
  return o;
}

std::u32string to_u32(Object* s) {
  ssize n = str_length(s);
  std::u32string out(static_cast<size_t>(n), U'\0');
  int kind = str_kind(s);
  const void* data = str_data(s);
  for (ssize i = 0; i < n; ++i) out[static_cast<size_t>(i)] = str_read(kind, data, i);
  return out;
}

Object* from_u32(const char32_t* p, size_t n) {
  return str_from_codepoints(reinterpret_cast<const uint32_t*>(p), static_cast<ssize>(n));
}

ssize write_text(StringIOObject* s, Object* text) {
  std::u32string in = to_u32(text);
  ssize n = static_cast<ssize>(in.size());
  if (s->universal) {
    std::u32string out;
    out.reserve(in.size());
    for (size_t i = 0; i < in.size(); ++i) {
      char32_t c = in[i];
      if (c == U'\r') {
        if (i + 1 < in.size() && in[i + 1] == U'\n') {
          s->seennl |= kSeenCRLF;
          if (s->translate) {
            out.push_back(U'\n');
            ++i;
            continue;
          }
        } else {
          s->seennl |= kSeenCR;
          if (s->translate) {
            out.push_back(U'\n');
            continue;
          }
        }
      } else if (c == U'\n') {
        s->seennl |= kSeenLF;
      }
      out.push_back(c);
    }
    in.swap(out);
  }
  if (s->writenl) {
    std::u32string nl = to_u32(s->writenl);
    std::u32string out;
    for (char32_t c : in) {
      if (c == U'\n') out += nl;
      else out.push_back(c);
    }
    in.swap(out);
  }
  if (in.empty()) return n;
  std::u32string& b = *s->buf;
  size_t pos = static_cast<size_t>(s->pos);
  if (pos > b.size()) b.resize(pos, U'\0');
  if (pos + in.size() > b.size()) b.resize(pos + in.size());
  b.replace(pos, in.size(), in);
  s->pos = static_cast<ssize>(pos + in.size());
  return n;
}

int stringio_init(Object* self, Object* args, Object* kwds) {
  static const ArgParser parser{"StringIO", {"initial_value", "newline"}, 0, 2};
  Object* a[2];
  if (!parse_args_dict(parser, args, kwds, a)) return -1;
  Object* value = a[0];
  Object* newline = a[1] ? a[1] : nullptr;
  StringIOObject* s = as_sio(self);
  if (!a[1]) newline = nullptr;
  bool newline_given = a[1] != nullptr;
  if (newline_given && newline != None && !is_str(newline)) {
    format_error(&exc::TypeError, "newline must be str or None, not %.200s", newline->type->name);
    return -1;
  }
  Object* nl = nullptr;  // null: None
  if (!newline_given) {
    nl = str_from_cstr("\n");
    if (!nl) return -1;
  } else if (newline != None) {
    nl = newref(newline);
  }
  if (nl && !str_equal_cstr(nl, "") && !str_equal_cstr(nl, "\n") && !str_equal_cstr(nl, "\r") &&
      !str_equal_cstr(nl, "\r\n")) {
    format_error(&exc::ValueError, "illegal newline value: %R", nl);
    decref(nl);
    return -1;
  }
  if (value && value != None && !is_str(value)) {
    format_error(&exc::TypeError, "initial_value must be str or None, not %.200s", value->type->name);
    xdecref(nl);
    return -1;
  }
  s->ok = false;
  clear_ref(s->readnl);
  clear_ref(s->writenl);
  s->readnl = nl;
  s->universal = !nl || str_length(nl) == 0;
  s->translate = !nl;
  if (nl && str_length(nl) > 0 && str_char_at(nl, 0) == '\r') s->writenl = newref(nl);
  s->seennl = 0;
  if (!s->buf) s->buf = new std::u32string();
  s->buf->clear();
  s->pos = 0;
  s->ok = true;
  if (value && value != None && str_length(value) > 0) {
    write_text(s, value);
    s->pos = 0;
  }
  return 0;
}

void stringio_dealloc(Object* o) {
  gc_untrack(o);
  if (!io_finalize_from_dealloc(o)) {
    gc_track(o);
    return;
  }
  clear_weakrefs_if_any(o);
  StringIOObject* s = as_sio(o);
  io_clear_base(s);
  clear_ref(s->readnl);
  clear_ref(s->writenl);
  delete s->buf;
  free_object(o);
}

bool size_arg(const char* name, Object* const* args, ssize nargs, ssize* n) {
  *n = -1;
  if (!check_positional(name, nargs, 0, 1)) return false;
  return nargs == 0 || io_size_or_none(args[0], n);
}

Object* stringio_read(Object* self, Object* const* args, ssize nargs) {
  StringIOObject* s = as_sio(self);
  ssize n;
  if (!size_arg("read", args, nargs, &n)) return nullptr;
  if (check_ready(s) < 0) return nullptr;
  ssize size = static_cast<ssize>(s->buf->size());
  ssize avail = s->pos < size ? size - s->pos : 0;
  if (n < 0 || n > avail) n = avail;
  if (n == 0) return newref(empty_str());
  Object* r = from_u32(s->buf->data() + s->pos, static_cast<size_t>(n));
  s->pos += n;
  return r;
}

// Length of the next line (limit < 0: no limit).
ssize next_line(StringIOObject* s, ssize limit) {
  ssize size = static_cast<ssize>(s->buf->size());
  if (s->pos >= size) return 0;
  const char32_t* p = s->buf->data() + s->pos;
  ssize avail = size - s->pos;
  ssize end = avail;
  if (s->translate || (s->readnl && str_length(s->readnl) == 1 && str_char_at(s->readnl, 0) == '\n')) {
    for (ssize i = 0; i < avail; ++i) {
      if (p[i] == U'\n') {
        end = i + 1;
        break;
      }
    }
  } else if (s->universal) {
    for (ssize i = 0; i < avail; ++i) {
      if (p[i] == U'\n') {
        end = i + 1;
        break;
      }
      if (p[i] == U'\r') {
        end = (i + 1 < avail && p[i + 1] == U'\n') ? i + 2 : i + 1;
        break;
      }
    }
  } else {
    std::u32string nl = to_u32(s->readnl);
    std::u32string_view v(p, static_cast<size_t>(avail));
    size_t at = v.find(nl);
    if (at != std::u32string_view::npos) end = static_cast<ssize>(at + nl.size());
  }
  if (limit >= 0 && end > limit) end = limit;
  return end;
}

Object* take_line(StringIOObject* s, ssize limit) {
  ssize n = next_line(s, limit);
  if (n == 0) return newref(empty_str());
  Object* r = from_u32(s->buf->data() + s->pos, static_cast<size_t>(n));
  s->pos += n;
  return r;
}

Object* stringio_readline(Object* self, Object* const* args, ssize nargs) {
  StringIOObject* s = as_sio(self);
  ssize n;
  if (!size_arg("readline", args, nargs, &n)) return nullptr;
  if (check_ready(s) < 0) return nullptr;
  return take_line(s, n);
}

Object* stringio_iternext(Object* self) {
  StringIOObject* s = as_sio(self);
  if (check_ready(s) < 0) return nullptr;
  if (self->type != &StringIOType) {
    // A subclass may override readline().
    Object* line = call_method(self, str_intern_cstr("readline"));
    if (!line) return nullptr;
    if (!is_str(line)) {
      format_error(&exc::OSError, "readline() should have returned a str object, not '%.200s'", line->type->name);
      decref(line);
      return nullptr;
    }
    if (str_length(line) == 0) {
      decref(line);
      return nullptr;
    }
    return line;
  }
  Object* line = take_line(s, -1);
  if (line && str_length(line) == 0) {
    decref(line);
    return nullptr;
  }
  return line;
}

Object* stringio_write(Object* self, Object* text) {
  StringIOObject* s = as_sio(self);
  if (check_ready(s) < 0) return nullptr;
  if (!is_str(text)) {
    return format_error(&exc::TypeError, "string argument expected, got '%s'", text->type->name);
  }
  return int_from_ssize(write_text(s, text));
}

Object* stringio_getvalue(Object* self) {
  StringIOObject* s = as_sio(self);
  if (check_ready(s) < 0) return nullptr;
  return from_u32(s->buf->data(), s->buf->size());
}

Object* stringio_tell(Object* self) {
  StringIOObject* s = as_sio(self);
  if (check_ready(s) < 0) return nullptr;
  return int_from_ssize(s->pos);
}

Object* stringio_seek(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("seek", nargs, 1, 2)) return nullptr;
  StringIOObject* s = as_sio(self);
  ssize pos;
  if (!arg_to_ssize(args[0], &pos)) return nullptr;
  int whence = 0;
  if (nargs == 2 && !arg_to_int(args[1], &whence)) return nullptr;
  if (check_ready(s) < 0) return nullptr;
  if (whence != 0 && whence != 1 && whence != 2) {
    return format_error(&exc::ValueError, "Invalid whence (%i, should be 0, 1 or 2)", whence);
  }
  if (pos < 0 && whence == 0) return format_error(&exc::ValueError, "Negative seek position %zd", pos);
  if (whence != 0 && pos != 0) {
    set_error(&exc::OSError, whence == 1 ? "Can't do nonzero cur-relative seeks" : "Can't do nonzero end-relative seeks");
    return nullptr;
  }
  if (whence == 1) pos = s->pos;
  else if (whence == 2) pos = static_cast<ssize>(s->buf->size());
  s->pos = pos;
  return int_from_ssize(pos);
}

Object* stringio_truncate(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("truncate", nargs, 0, 1)) return nullptr;
  StringIOObject* s = as_sio(self);
  if (check_ready(s) < 0) return nullptr;
  ssize size = s->pos;
  if (nargs == 1 && !io_size_or_none(args[0], &size)) return nullptr;
  if (size < 0) return format_error(&exc::ValueError, "Negative size value %zd", size);
  if (static_cast<size_t>(size) < s->buf->size()) s->buf->resize(static_cast<size_t>(size));
  return int_from_ssize(size);
}

Object* stringio_true(Object* self) {
  if (check_ready(as_sio(self)) < 0) return nullptr;
  return newref(True);
}

Object* stringio_close(Object* self) {
  StringIOObject* s = as_sio(self);
  delete s->buf;
  s->buf = nullptr;
  return newref(None);
}

Object* stringio_closed(Object* self, void*) {
  StringIOObject* s = as_sio(self);
  if (!s->ok) {
    set_error(&exc::ValueError, "I/O operation on uninitialized object");
    return nullptr;
  }
  return bool_from(s->buf == nullptr);
}

Object* stringio_line_buffering(Object* self, void*) {
  if (check_ready(as_sio(self)) < 0) return nullptr;
  return newref(False);
}

Object* stringio_newlines(Object* self, void*) {
  StringIOObject* s = as_sio(self);
  if (check_ready(s) < 0) return nullptr;
  if (!s->universal) return newref(None);
  return newlines_tuple(s->seennl);
}

MethodDef stringio_methods[] = {
    MethodDef("read", static_cast<FastMethod>(stringio_read)),
    MethodDef("readline", static_cast<FastMethod>(stringio_readline)),
    MethodDef("write", static_cast<OneArgMethod>(stringio_write)),
    MethodDef("getvalue", static_cast<NoArgsMethod>(stringio_getvalue)),
    MethodDef("tell", static_cast<NoArgsMethod>(stringio_tell)),
    MethodDef("seek", static_cast<FastMethod>(stringio_seek)),
    MethodDef("truncate", static_cast<FastMethod>(stringio_truncate)),
    MethodDef("readable", static_cast<NoArgsMethod>(stringio_true)),
    MethodDef("writable", static_cast<NoArgsMethod>(stringio_true)),
    MethodDef("seekable", static_cast<NoArgsMethod>(stringio_true)),
    MethodDef("close", static_cast<NoArgsMethod>(stringio_close)),
    {},
};

GetSetDef stringio_getset[] = {
    {"closed", stringio_closed},
    {"line_buffering", stringio_line_buffering},
    {"newlines", stringio_newlines},
    {},
};

int stringio_traverse(Object* o, visitproc visit, void* arg) { return io_traverse_base(o, visit, arg); }

}  // namespace

Type StringIOType{{
    .name = "_io.StringIO",
    .basicsize = sizeof(StringIOObject),
    .dealloc = stringio_dealloc,
    .getattro = generic_getattr,
    .setattro = generic_setattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .doc = "Text I/O implementation using an in-memory buffer.",
    .traverse = stringio_traverse,
    .iter = iobase_iter_self,
    .iternext = stringio_iternext,
    .methods = stringio_methods,
    .getset = stringio_getset,
    .base = &TextIOBaseType,
    .dictoffset = offsetof(StringIOObject, dict),
    .init = stringio_init,
    .new_ = stringio_new,
    .finalize = io_finalize,
}};

}  // namespace glasspy
