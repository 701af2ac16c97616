// `bytes` (see bytes.h): construction with CPython's rules, repr, hash,
// comparison, the sequence protocol, bytes_iterator, searching, decode,
// hex/fromhex and join; the text-like methods and % are in
// bytes_methods.cpp and bytes_percent_format.cpp.
#include "objects/iterobject.h"
#include "objects/bytes.h"

#include "objects/buffer.h"
#include "objects/bytearray.h"
#include "objects/bytes_methods.h"

#include <cstring>
#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/hash.h"
#include "objects/int.h"
#include "objects/iterator_pickling.h"
#include "objects/known_strings.h"
#include "objects/list.h"
#include "objects/memoryview.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "util/py_repr.h"

namespace glasspy {

namespace {

Object* empty_bytes = nullptr;
Object* single_bytes[256];

// CPython's header size plus the trailing NUL: sizes within this much of
// the ssize limit are refused as "too large" rather than out of memory.
constexpr ssize kCPythonBytesOverhead = 33;

Object* alloc_bytes(ssize n) {
  if (n < 0) return bad_internal_call();
  if (n > PTRDIFF_MAX - kCPythonBytesOverhead) {
    set_error(&exc::OverflowError, "byte string is too large");
    return nullptr;
  }
  if (n > PTRDIFF_MAX - static_cast<ssize>(sizeof(BytesObject))) return no_memory();
  Object* o = allocate_object(&BytesType, sizeof(BytesObject) + static_cast<size_t>(n));
  if (!o) return nullptr;
  as_bytes(o)->size = n;
  as_bytes(o)->hash = -1;
  return o;
}

}  // namespace

bool is_bytearray(Object* o) { return is_instance_of(o, &ByteArrayType); }

std::string_view byteslike_view(Object* o) { return is_bytearray(o) ? bytearray_view(o) : bytes_view(o); }

Object* make_like(Object* self, std::string_view data) {
  if (is_bytearray(self)) return bytearray_from_data(data.data(), static_cast<ssize>(data.size()));
  return bytes_from_data(data.data(), static_cast<ssize>(data.size()));
}

Object* bytes_new_uninitialized(ssize n) {
  if (n == 0 && empty_bytes) return newref(empty_bytes);
  return alloc_bytes(n);
}

Object* bytes_from_data(const char* data, ssize n) {
  if (n == 0 && empty_bytes) return newref(empty_bytes);
  if (n == 1 && single_bytes[static_cast<unsigned char>(data[0])])
    return newref(single_bytes[static_cast<unsigned char>(data[0])]);
  Object* o = alloc_bytes(n);
  if (o && n) std::memcpy(bytes_data(o), data, static_cast<size_t>(n));
  return o;
}

bool bytes_like_view(Object* o, std::string_view* out) {
  if (is_bytes(o)) {
    *out = bytes_view(o);
    return true;
  }
  if (is_bytearray(o)) {
    *out = bytearray_view(o);
    return true;
  }
  // Any other exporter (a memoryview): its memory outlives this use, since
  // the exporter holds its own export of it.
  Buffer view;
  if (get_buffer(o, &view) < 0) return false;
  *out = std::string_view(view.buf, static_cast<size_t>(view.len));
  release_buffer(&view);
  return true;
}

hash_t bytes_hash(Object* b) {
  BytesObject* o = as_bytes(b);
  if (o->hash == -1) o->hash = hash_bytes(o->data, o->size);
  return o->hash;
}

Object* bytes_repr_object(Object* b) { return str_from_utf8(py_repr_bytes(bytes_view(b))); }

namespace {

// A value 0..255 from an int-like item ("bytes must be in range(0, 256)").
bool byte_value(Object* item, unsigned char* out) {
  ssize v = number_as_ssize(item, nullptr);
  if (v == -1 && error_occurred()) return false;
  if (v < 0 || v >= 256) {
    set_error(&exc::ValueError, "bytes must be in range(0, 256)");
    return false;
  }
  *out = static_cast<unsigned char>(v);
  return true;
}

}  // namespace

Object* bytes_from_object(Object* x) {
  if (is_bytes_exact(x)) return newref(x);
  if (is_bytes(x)) return bytes_from_data(bytes_data(x), bytes_size(x));
  if (is_bytearray(x)) return bytes_from_data(bytearray_data(x), bytearray_size(x));
  if (is_memoryview(x)) return memoryview_to_bytes(x);
  if (is_list_exact(x) || is_tuple_exact(x)) {
    std::string buf;
    ssize n = is_list(x) ? list_size(x) : tuple_size(x);
    for (ssize i = 0; i < n; ++i) {
      // A list can change while items convert: re-read it.
      if (is_list(x) && i >= list_size(x)) break;
      Object* item = is_list(x) ? list_item(x, i) : tuple_item(x, i);
      incref(item);
      unsigned char b;
      bool ok = byte_value(item, &b);
      decref(item);
      if (!ok) return nullptr;
      buf.push_back(static_cast<char>(b));
    }
    return bytes_from_data(buf.data(), static_cast<ssize>(buf.size()));
  }
  // Anything iterable; a TypeError from iter() becomes "cannot convert".
  Object* it = is_str(x) ? nullptr : get_iter(x);
  if (!it && error_occurred()) {
    if (!error_matches(&exc::TypeError)) return nullptr;
    clear_error();
  }
  if (it) {
    // CPython sizes its buffer from the length hint first, so a failing
    // __len__ or __length_hint__ fails the conversion.
    if (object_length_hint(x, 64) < 0) {
      decref(it);
      return nullptr;
    }
    std::string buf;
    while (Object* item = iter_next(it)) {
      unsigned char b;
      bool ok = byte_value(item, &b);
      decref(item);
      if (!ok) {
        decref(it);
        return nullptr;
      }
      buf.push_back(static_cast<char>(b));
    }
    decref(it);
    if (error_occurred()) return nullptr;
    return bytes_from_data(buf.data(), static_cast<ssize>(buf.size()));
  }
  return format_error(&exc::TypeError, "cannot convert '%.200s' object to bytes", x->type->name);
}

Object* bytes_concat(Object* a, Object* b) {
  std::string_view va, vb;
  const bool a_ok = is_bytes(a) || is_bytearray(a) || has_buffer(a);
  const bool b_ok = is_bytes(b) || is_bytearray(b) || has_buffer(b);
  if (!a_ok || !b_ok) {
    return format_error(&exc::TypeError, "can't concat %.100s to %.100s", b->type->name, a->type->name);
  }
  if (!bytes_like_view(a, &va) || !bytes_like_view(b, &vb)) {
    // CPython asks for a simple buffer: a view that cannot give one is
    // reported as an operand that cannot be concatenated.
    if (!error_matches(reinterpret_cast<Object*>(&exc::BufferError))) return nullptr;
    clear_error();
    return format_error(&exc::TypeError, "can't concat %.100s to %.100s", b->type->name, a->type->name);
  }
  if (vb.empty() && is_bytes_exact(a)) return newref(a);
  if (va.empty() && is_bytes_exact(b)) return newref(b);
  Object* r = bytes_new_uninitialized(static_cast<ssize>(va.size() + vb.size()));
  if (!r) return nullptr;
  std::memcpy(bytes_data(r), va.data(), va.size());
  std::memcpy(bytes_data(r) + va.size(), vb.data(), vb.size());
  return r;
}

namespace {

void bytes_dealloc(Object* o) { free_object(o); }

Object* bytes_repr(Object* o) { return bytes_repr_object(o); }

hash_t bytes_hash_slot(Object* o) { return bytes_hash(o); }

ssize bytes_length(Object* o) { return bytes_size(o); }

Object* bytes_item(Object* o, ssize i) {
  if (i < 0 || i >= bytes_size(o)) {
    set_error(&exc::IndexError, "index out of range");
    return nullptr;
  }
  return int_from_i64(static_cast<unsigned char>(bytes_data(o)[i]));
}

Object* bytes_repeat(Object* o, ssize n) {
  ssize size = bytes_size(o);
  if (n < 0) n = 0;
  if (n == 1 && is_bytes_exact(o)) return newref(o);
  if (size && n > PTRDIFF_MAX / size) {
    set_error(&exc::OverflowError, "repeated bytes are too long");
    return nullptr;
  }
  const ssize total = size * n;
  if (total > PTRDIFF_MAX - kCPythonBytesOverhead) return no_memory();
  Object* r = bytes_new_uninitialized(total);
  if (!r || total == 0) return r;
  // Doubling copies: log2(n) memcpy calls rather than n.
  char* dst = bytes_data(r);
  std::memcpy(dst, bytes_data(o), static_cast<size_t>(size));
  for (ssize done = size; done < total;) {
    ssize chunk = done <= total - done ? done : total - done;
    std::memcpy(dst + done, dst, static_cast<size_t>(chunk));
    done += chunk;
  }
  return r;
}

int bytes_contains(Object* self, Object* arg) {
  std::string_view hay = bytes_view(self);
  if (has_index(arg)) {
    ssize v = number_as_ssize(arg, nullptr);
    if (v == -1 && error_occurred()) return -1;
    if (v < 0 || v >= 256) {
      set_error(&exc::ValueError, "byte must be in range(0, 256)");
      return -1;
    }
    return hay.find(static_cast<char>(v)) != std::string_view::npos;
  }
  std::string_view needle;
  if (!bytes_like_view(arg, &needle)) return -1;
  return hay.find(needle) != std::string_view::npos;
}

Object* bytes_subscript(Object* self, Object* key) {
  if (has_index(key)) {
    ssize i = number_as_ssize(key, &exc::IndexError);
    if (i == -1 && error_occurred()) return nullptr;
    if (i < 0) i += bytes_size(self);
    return bytes_item(self, i);
  }
  if (is_slice(key)) {
    ssize start, stop, step;
    if (slice_unpack(key, &start, &stop, &step) < 0) return nullptr;
    ssize n = slice_adjust_indices(bytes_size(self), &start, &stop, step);
    if (n <= 0) return bytes_from_data("", 0);
    if (step == 1) {
      if (start == 0 && n == bytes_size(self) && is_bytes_exact(self)) return newref(self);
      return bytes_from_data(bytes_data(self) + start, n);
    }
    Object* r = bytes_new_uninitialized(n);
    if (!r) return nullptr;
    for (ssize i = 0, cur = start; i < n; ++i, cur += step) bytes_data(r)[i] = bytes_data(self)[cur];
    return r;
  }
  return format_error(&exc::TypeError, "byte indices must be integers or slices, not %.200s", key->type->name);
}

Object* bytes_richcompare(Object* a, Object* b, int op) {
  if (!is_bytes(a) || !is_bytes(b)) return newref(NotImplemented);
  std::string_view x = bytes_view(a), y = bytes_view(b);
  if ((op == kEQ || op == kNE) && x.size() != y.size()) return bool_from(op == kNE);
  int c = x.compare(y);
  bool r;
  switch (op) {
    case kLT: r = c < 0; break;
    case kLE: r = c <= 0; break;
    case kEQ: r = c == 0; break;
    case kNE: r = c != 0; break;
    case kGT: r = c > 0; break;
    default: r = c >= 0; break;
  }
  return bool_from(r);
}

// bytes(x=b'') / bytes(str, encoding[, errors]) / bytes(int) / bytes(iterable)
Object* bytes_new_exact(Object* x, Object* encoding, Object* errors) {
  if (!x) {
    if (encoding || errors) {
      set_error(&exc::TypeError, encoding ? "encoding without a string argument" : "errors without a string argument");
      return nullptr;
    }
    return bytes_from_data("", 0);
  }
  if (encoding) {
    if (!is_str(x)) {
      set_error(&exc::TypeError, "encoding without a string argument");
      return nullptr;
    }
    return str_encode(x, encoding, errors);
  }
  if (errors) {
    set_error(&exc::TypeError, is_str(x) ? "string argument without an encoding" : "errors without a string argument");
    return nullptr;
  }
  Object* func = lookup_special(x, ID(dunder_bytes));
  if (func) {
    Object* b = call_no_args(func);
    decref(func);
    if (!b) return nullptr;
    if (!is_bytes(b)) {
      format_error(&exc::TypeError, "__bytes__ returned non-bytes (type %.200s)", b->type->name);
      decref(b);
      return nullptr;
    }
    return b;
  }
  if (error_occurred()) return nullptr;
  if (is_str(x)) {
    set_error(&exc::TypeError, "string argument without an encoding");
    return nullptr;
  }
  if (has_index(x)) {
    ssize size = number_as_ssize(x, &exc::OverflowError);
    if (size == -1 && error_occurred()) {
      if (!error_matches(&exc::TypeError)) return nullptr;
      clear_error();
      return bytes_from_object(x);
    }
    if (size < 0) {
      set_error(&exc::ValueError, "negative count");
      return nullptr;
    }
    Object* r = bytes_new_uninitialized(size);
    if (r && size) std::memset(bytes_data(r), 0, static_cast<size_t>(size));
    return r;
  }
  return bytes_from_object(x);
}

int bytes_get_buffer(Object* o, Buffer* view, bool writable) {
  if (writable) {
    set_error(&exc::BufferError, "Object is not writable.");
    return -1;
  }
  view->buf = as_bytes(o)->data;
  view->len = as_bytes(o)->size;
  view->readonly = true;
  return 0;
}

const BufferProcs bytes_buffer_procs{bytes_get_buffer, nullptr};

Object* bytes_new_slot(Type* type, Object* args, Object* kwds) {
  static const ArgParser parser{"bytes", {"source", "encoding", "errors"}, 0, 3};
  Object* argv[3] = {};
  if (!parse_args_dict(parser, args, kwds, argv)) return nullptr;
  for (int k = 1; k < 3; ++k) {
    if (argv[k] && !is_str(argv[k])) {
      return format_error(&exc::TypeError, "bytes() argument '%s' must be str, not %.50s",
                          k == 1 ? "encoding" : "errors", argument_type_name(argv[k]));
    }
  }
  Object* value = bytes_new_exact(argv[0], argv[1], argv[2]);
  if (!value || type == &BytesType) return value;
  ssize n = bytes_size(value);
  Object* o = type_generic_alloc(type, n);
  if (o) {
    std::memcpy(bytes_data(o), bytes_data(value), static_cast<size_t>(n));
    as_bytes(o)->hash = -1;
  }
  decref(value);
  return o;
}

}  // namespace

// ---- methods shared with bytearray (bytes_methods.h) ----

Object* bytes_decode(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgParser parser{"decode", {"encoding", "errors"}, 0, 2};
  Object* argv[2] = {};
  if (!parse_args(parser, args, nargs, kwnames, argv)) return nullptr;
  for (int k = 0; k < 2; ++k) {
    if (argv[k] && !is_str(argv[k])) {
      return format_error(&exc::TypeError, "decode() argument '%s' must be str, not %.50s",
                          k == 0 ? "encoding" : "errors", argument_type_name(argv[k]));
    }
  }
  return bytes_decode_view(byteslike_view(self), argv[0], argv[1]);
}

Object* bytes_hex(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgParser parser{"hex", {"sep", "bytes_per_sep"}, 0, 2};
  Object* argv[2] = {};
  if (!parse_args(parser, args, nargs, kwnames, argv)) return nullptr;
  static const char hex[] = "0123456789abcdef";
  // Checked in CPython's order: length first (any sized object), then type.
  std::string sep;
  if (argv[0]) {
    ssize sep_len = object_length(argv[0]);
    if (sep_len < 0) return nullptr;
    if (sep_len != 1) {
      set_error(&exc::ValueError, "sep must be length 1.");
      return nullptr;
    }
    uint32_t sep_char;
    if (is_str(argv[0])) {
      sep_char = str_char_at(argv[0], 0);
    } else if (is_bytes(argv[0])) {
      sep_char = static_cast<unsigned char>(bytes_view(argv[0])[0]);
    } else {
      set_error(&exc::TypeError, "sep must be str or bytes.");
      return nullptr;
    }
    if (sep_char > 127) {
      set_error(&exc::ValueError, "sep must be ASCII.");
      return nullptr;
    }
    sep.assign(1, static_cast<char>(sep_char));
  }
  int bytes_per_sep = 1;
  if (argv[1] && !arg_to_int(argv[1], &bytes_per_sep)) return nullptr;
  std::string_view data = byteslike_view(self);
  std::string out;
  out.reserve(data.size() * 3);
  const size_t n = data.size();
  const size_t group = static_cast<size_t>(bytes_per_sep < 0 ? -bytes_per_sep : bytes_per_sep);
  for (size_t i = 0; i < n; ++i) {
    if (!sep.empty() && group && i > 0) {
      // Groups count from the right for positive bytes_per_sep.
      bool boundary = bytes_per_sep > 0 ? (n - i) % group == 0 : i % group == 0;
      if (boundary) out += sep;
    }
    unsigned char c = static_cast<unsigned char>(data[i]);
    out.push_back(hex[c >> 4]);
    out.push_back(hex[c & 15]);
  }
  return str_from_utf8(out);
}

Object* bytes_fromhex(Object* cls, Object* arg) {
  if (!is_str(arg)) {
    return format_error(&exc::TypeError, "fromhex() argument must be str, not %.50s", argument_type_name(arg));
  }
  std::string out;
  ssize n = str_length(arg);
  ssize i = 0;
  auto digit = [](uint32_t c) -> int {
    if (c >= '0' && c <= '9') return static_cast<int>(c - '0');
    if (c >= 'a' && c <= 'f') return static_cast<int>(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return static_cast<int>(c - 'A' + 10);
    return -1;
  };
  auto is_ws = [](uint32_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; };
  while (i < n) {
    uint32_t c = str_char_at(arg, i);
    if (is_ws(c)) {
      ++i;
      continue;
    }
    int top = digit(c);
    if (top < 0) {
      return format_error(&exc::ValueError, "non-hexadecimal number found in fromhex() arg at position %zd", i);
    }
    int bot = i + 1 < n ? digit(str_char_at(arg, i + 1)) : -1;
    if (bot < 0) {
      return format_error(&exc::ValueError, "non-hexadecimal number found in fromhex() arg at position %zd", i + 1);
    }
    out.push_back(static_cast<char>(top * 16 + bot));
    i += 2;
  }
  // bytes, or bytearray for bytearray.fromhex; a subclass is called with it.
  Object* b = cls == &ByteArrayType ? bytearray_from_data(out.data(), static_cast<ssize>(out.size()))
                                    : bytes_from_data(out.data(), static_cast<ssize>(out.size()));
  if (!b || cls == &BytesType || cls == &ByteArrayType) return b;
  Object* r = call_function(cls, b);
  decref(b);
  return r;
}

Object* bytes_getnewargs(Object* self) {
  Object* copy = bytes_from_data(bytes_data(self), bytes_size(self));
  if (!copy) return nullptr;
  Object* r = tuple_pack({copy});
  decref(copy);
  return r;
}

namespace {

// The sub argument of find/count/index: bytes-like or an int 0..255.
bool sub_argument(Object* arg, std::string& out) {
  if (has_index(arg)) {
    ssize v = number_as_ssize(arg, nullptr);
    if (v == -1 && error_occurred()) return false;
    if (v < 0 || v >= 256) {
      set_error(&exc::ValueError, "byte must be in range(0, 256)");
      return false;
    }
    out.assign(1, static_cast<char>(v));
    return true;
  }
  if (!has_buffer(arg)) {
    format_error(&exc::TypeError, "argument should be integer or bytes-like object, not '%.200s'", arg->type->name);
    return false;
  }
  std::string_view view;
  if (!bytes_like_view(arg, &view)) return false;
  out.assign(view);
  return true;
}

// Shared by find/rfind/index/rindex/count: (sub[, start[, end]]).
bool parse_find_args(const char* name, Object* const* args, ssize nargs, Object* self, std::string& sub, ssize* start,
                     ssize* end) {
  if (!check_parse_tuple_arity(name, nargs, 1, 3)) return false;
  if (!sub_argument(args[0], sub)) return false;
  *start = 0;
  *end = PTRDIFF_MAX;
  if (nargs > 1 && !arg_to_slice_index(args[1], start)) return false;
  if (nargs > 2 && !arg_to_slice_index(args[2], end)) return false;
  ssize len = static_cast<ssize>(byteslike_view(self).size());
  if (*end > len) *end = len;
  else if (*end < 0) {
    *end += len;
    if (*end < 0) *end = 0;
  }
  if (*start < 0) {
    *start += len;
    if (*start < 0) *start = 0;
  }
  return true;
}

ssize find_impl(Object* self, const std::string& sub, ssize start, ssize end, bool reverse) {
  std::string_view hay = byteslike_view(self);
  if (start > end || end - start < static_cast<ssize>(sub.size())) return -1;
  std::string_view window = hay.substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
  size_t pos = reverse ? window.rfind(sub) : window.find(sub);
  return pos == std::string_view::npos ? -1 : start + static_cast<ssize>(pos);
}

}  // namespace

Object* bytes_find(Object* self, Object* const* args, ssize nargs) {
  std::string sub;
  ssize start, end;
  if (!parse_find_args("find", args, nargs, self, sub, &start, &end)) return nullptr;
  return int_from_ssize(find_impl(self, sub, start, end, false));
}

Object* bytes_rfind(Object* self, Object* const* args, ssize nargs) {
  std::string sub;
  ssize start, end;
  if (!parse_find_args("rfind", args, nargs, self, sub, &start, &end)) return nullptr;
  return int_from_ssize(find_impl(self, sub, start, end, true));
}

Object* bytes_index(Object* self, Object* const* args, ssize nargs) {
  std::string sub;
  ssize start, end;
  if (!parse_find_args("index", args, nargs, self, sub, &start, &end)) return nullptr;
  ssize r = find_impl(self, sub, start, end, false);
  if (r < 0) {
    set_error(&exc::ValueError, "subsection not found");
    return nullptr;
  }
  return int_from_ssize(r);
}

Object* bytes_rindex(Object* self, Object* const* args, ssize nargs) {
  std::string sub;
  ssize start, end;
  if (!parse_find_args("rindex", args, nargs, self, sub, &start, &end)) return nullptr;
  ssize r = find_impl(self, sub, start, end, true);
  if (r < 0) {
    set_error(&exc::ValueError, "subsection not found");
    return nullptr;
  }
  return int_from_ssize(r);
}

Object* bytes_count(Object* self, Object* const* args, ssize nargs) {
  std::string sub;
  ssize start, end;
  if (!parse_find_args("count", args, nargs, self, sub, &start, &end)) return nullptr;
  if (start > end) return int_from_ssize(0);
  std::string_view window = byteslike_view(self).substr(static_cast<size_t>(start), static_cast<size_t>(end - start));
  if (sub.empty()) return int_from_ssize(static_cast<ssize>(window.size()) + 1);
  ssize count = 0;
  size_t pos = 0;
  while ((pos = window.find(sub, pos)) != std::string_view::npos) {
    ++count;
    pos += sub.size();
  }
  return int_from_ssize(count);
}

namespace {

// startswith/endswith(prefix[, start[, end]]) with a bytes or tuple prefix.
Object* tailmatch(Object* self, Object* const* args, ssize nargs, const char* name, bool at_end) {
  if (!check_parse_tuple_arity(name, nargs, 1, 3)) return nullptr;
  ssize start = 0, end = PTRDIFF_MAX;
  if (nargs > 1 && !arg_to_slice_index(args[1], &start)) return nullptr;
  if (nargs > 2 && !arg_to_slice_index(args[2], &end)) return nullptr;
  ssize len = static_cast<ssize>(byteslike_view(self).size());
  if (end > len) end = len;
  else if (end < 0) {
    end += len;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += len;
    if (start < 0) start = 0;
  }
  // -1 with an error set when `sub` exports no buffer.
  auto match = [&](Object* sub) -> int {
    std::string_view s;
    if (!bytes_like_view(sub, &s)) return -1;
    if (end - start < static_cast<ssize>(s.size()) || start > len) return 0;
    ssize pos = at_end ? end - static_cast<ssize>(s.size()) : start;
    return byteslike_view(self).substr(static_cast<size_t>(pos), s.size()) == s;
  };
  Object* subobj = args[0];
  if (is_tuple(subobj)) {
    for (ssize i = 0; i < tuple_size(subobj); ++i) {
      int r = match(tuple_item(subobj, i));
      if (r < 0) return nullptr;
      if (r) return newref(True);
    }
    return newref(False);
  }
  int r = match(subobj);
  if (r < 0) {
    if (!error_matches(&exc::TypeError)) return nullptr;
    clear_error();
    return format_error(&exc::TypeError, "%s first arg must be bytes or a tuple of bytes, not %s", name,
                        subobj->type->name);
  }
  return bool_from(r);
}

}  // namespace

Object* bytes_startswith(Object* self, Object* const* args, ssize nargs) {
  return tailmatch(self, args, nargs, "startswith", false);
}
Object* bytes_endswith(Object* self, Object* const* args, ssize nargs) {
  return tailmatch(self, args, nargs, "endswith", true);
}

Object* bytes_join(Object* self, Object* iterable) {
  Object* seq;
  if (is_list(iterable) || is_tuple(iterable)) {
    seq = sequence_list(iterable);
  } else {
    // Only a failure to get an iterator is reported as join's own error.
    Object* it = get_iter(iterable);
    if (!it) {
      if (error_matches(&exc::TypeError)) {
        clear_error();
        set_error(&exc::TypeError, "can only join an iterable");
      }
      return nullptr;
    }
    seq = sequence_list(it);
    decref(it);
  }
  if (!seq) return nullptr;
  const ssize n = list_size(seq);
  // bytes.join([b]) of one exact bytes is that object, as in CPython
  // (whatever the separator's class; bytearray.join always copies).
  if (n == 1 && !is_bytearray(self) && is_bytes_exact(list_item(seq, 0))) {
    Object* only = newref(list_item(seq, 0));
    decref(seq);
    return only;
  }
  // The pieces and the total size first (the list keeps them alive), then
  // one allocation of the result.
  std::vector<std::string_view> pieces(static_cast<size_t>(n));
  const std::string_view sep = byteslike_view(self);
  ssize total = 0;
  for (ssize i = 0; i < n; ++i) {
    Object* item = list_item(seq, i);
    std::string_view piece;
    if (!has_buffer(item) || !bytes_like_view(item, &piece)) {
      // A view that is not contiguous counts as not bytes-like here.
      if (error_occurred() && !error_matches(reinterpret_cast<Object*>(&exc::BufferError))) {
        decref(seq);
        return nullptr;
      }
      clear_error();
      format_error(&exc::TypeError, "sequence item %zd: expected a bytes-like object, %.80s found", i,
                   item->type->name);
      decref(seq);
      return nullptr;
    }
    pieces[static_cast<size_t>(i)] = piece;
    const ssize add = static_cast<ssize>(piece.size()) + (i ? static_cast<ssize>(sep.size()) : 0);
    if (total > PTRDIFF_MAX - add) {
      decref(seq);
      set_error(&exc::OverflowError, "join() result is too long for a Python bytes");
      return nullptr;
    }
    total += add;
  }
  Object* result = is_bytearray(self) ? bytearray_from_data(nullptr, total) : bytes_new_uninitialized(total);
  if (result && total) {
    char* out = is_bytearray(self) ? bytearray_data(result) : bytes_data(result);
    for (ssize i = 0; i < n; ++i) {
      if (i) {
        std::memcpy(out, sep.data(), sep.size());
        out += sep.size();
      }
      std::memcpy(out, pieces[static_cast<size_t>(i)].data(), pieces[static_cast<size_t>(i)].size());
      out += pieces[static_cast<size_t>(i)].size();
    }
  }
  decref(seq);
  return result;
}

namespace {

MethodDef bytes_methods[] = {
    {"__getnewargs__", bytes_getnewargs},
    {"__bytes__", bytes_to_exact, "__bytes__($self, /)\n--\n\n"
     "Convert this value to exact type bytes."},
    {"capitalize", bytes_capitalize, "B.capitalize() -> copy of B\n\nReturn a copy of B with only its first character capitalized (ASCII)\nand the rest lower-cased."},
    {"center", bytes_center,
     "center($self, width, fillchar=b' ', /)\n--\n\n"
     "Return a centered string of length width.\n\nPadding is done using the specified fill character."},
    {"count", bytes_count, "B.count(sub[, start[, end]]) -> int\n\nReturn the number of non-overlapping occurrences of subsection sub in\nbytes B[start:end].  Optional arguments start and end are interpreted\nas in slice notation."},
    {"decode", bytes_decode, "decode($self, /, encoding='utf-8', errors='strict')\n--\n\n"
     "Decode the bytes using the codec registered for encoding.\n\n  encoding\n    The encoding with which to decode the bytes.\n  errors\n    The error handling scheme to use for the handling of decoding errors.\n    The default is 'strict' meaning that decoding errors raise a\n    UnicodeDecodeError. Other possible values are 'ignore' and 'replace'\n    as well as any other name registered with codecs.register_error that\n    can handle UnicodeDecodeErrors."},
    {"endswith", bytes_endswith, "B.endswith(suffix[, start[, end]]) -> bool\n\nReturn True if B ends with the specified suffix, False otherwise.\nWith optional start, test B beginning at that position.\nWith optional end, stop comparing B at that position.\nsuffix can also be a tuple of bytes to try."},
    {"expandtabs", bytes_expandtabs, "expandtabs($self, /, tabsize=8)\n--\n\n"
     "Return a copy where all tab characters are expanded using spaces.\n\nIf tabsize is not given, a tab size of 8 characters is assumed."},
    {"find", bytes_find, "B.find(sub[, start[, end]]) -> int\n\nReturn the lowest index in B where subsection sub is found,\nsuch that sub is contained within B[start,end].  Optional\narguments start and end are interpreted as in slice notation.\n\nReturn -1 on failure."},
    {"fromhex", bytes_fromhex, "fromhex($type, string, /)\n--\n\n"
     "Create a bytes object from a string of hexadecimal numbers.\n\nSpaces between two numbers are accepted.\nExample: bytes.fromhex('B9 01EF') -> b'\\\\xb9\\\\x01\\\\xef'.", Binding::kClass},
    {"hex", bytes_hex,
     "hex($self, /, sep=<unrepresentable>, bytes_per_sep=1)\n--\n\n"
     "Create a string of hexadecimal numbers from a bytes object.\n\n  sep\n    An optional single character or byte to separate hex bytes.\n  bytes_per_sep\n    How many bytes between separators.  Positive values count from the\n    right, negative values count from the left.\n\nExample:\n>>> value = b'\\xb9\\x01\\xef'\n>>> value.hex()\n'b901ef'\n>>> value.hex(':')\n'b9:01:ef'\n>>> value.hex(':', 2)\n'b9:01ef'\n>>> value.hex(':', -2)\n'b901:ef'"},
    {"index", bytes_index, "B.index(sub[, start[, end]]) -> int\n\nReturn the lowest index in B where subsection sub is found,\nsuch that sub is contained within B[start,end].  Optional\narguments start and end are interpreted as in slice notation.\n\nRaises ValueError when the subsection is not found."},
    {"isalnum", bytes_isalnum, "B.isalnum() -> bool\n\nReturn True if all characters in B are alphanumeric\nand there is at least one character in B, False otherwise."},
    {"isalpha", bytes_isalpha, "B.isalpha() -> bool\n\nReturn True if all characters in B are alphabetic\nand there is at least one character in B, False otherwise."},
    {"isascii", bytes_isascii, "B.isascii() -> bool\n\nReturn True if B is empty or all characters in B are ASCII,\nFalse otherwise."},
    {"isdigit", bytes_isdigit, "B.isdigit() -> bool\n\nReturn True if all characters in B are digits\nand there is at least one character in B, False otherwise."},
    {"islower", bytes_islower, "B.islower() -> bool\n\nReturn True if all cased characters in B are lowercase and there is\nat least one cased character in B, False otherwise."},
    {"isspace", bytes_isspace, "B.isspace() -> bool\n\nReturn True if all characters in B are whitespace\nand there is at least one character in B, False otherwise."},
    {"istitle", bytes_istitle, "B.istitle() -> bool\n\nReturn True if B is a titlecased string and there is at least one\ncharacter in B, i.e. uppercase characters may only follow uncased\ncharacters and lowercase characters only cased ones. Return False\notherwise."},
    {"isupper", bytes_isupper, "B.isupper() -> bool\n\nReturn True if all cased characters in B are uppercase and there is\nat least one cased character in B, False otherwise."},
    {"join", bytes_join,
     "join($self, iterable_of_bytes, /)\n--\n\n"
     "Concatenate any number of bytes objects.\n\nThe bytes whose method is called is inserted in between each pair.\n\nThe result is returned as a new bytes object.\n\nExample: b'.'.join([b'ab', b'pq', b'rs']) -> b'ab.pq.rs'."},
    {"ljust", bytes_ljust,
     "ljust($self, width, fillchar=b' ', /)\n--\n\n"
     "Return a left-justified string of length width.\n\nPadding is done using the specified fill character."},
    {"lower", bytes_lower, "B.lower() -> copy of B\n\nReturn a copy of B with all ASCII characters converted to lowercase."},
    {"lstrip", bytes_lstrip, "lstrip($self, bytes=None, /)\n--\n\n"
     "Strip leading bytes contained in the argument.\n\nIf the argument is omitted or None, strip leading  ASCII whitespace."},
    {"maketrans", bytes_maketrans, "maketrans(frm, to, /)\n--\n\nReturn a translation table useable for the bytes or bytearray translate method.\n\nThe returned table will be one where each byte in frm is mapped to the byte at\nthe same position in to.\n\nThe bytes objects frm and to must be of the same length.", Binding::kStatic},
    {"partition", bytes_partition, "partition($self, sep, /)\n--\n\n"
     "Partition the bytes into three parts using the given separator.\n\nThis will search for the separator sep in the bytes. If the separator is found,\nreturns a 3-tuple containing the part before the separator, the separator\nitself, and the part after it.\n\nIf the separator is not found, returns a 3-tuple containing the original bytes\nobject and two empty bytes objects."},
    {"removeprefix", bytes_removeprefix, "removeprefix($self, prefix, /)\n--\n\n"
     "Return a bytes object with the given prefix string removed if present.\n\nIf the bytes starts with the prefix string, return bytes[len(prefix):].\nOtherwise, return a copy of the original bytes."},
    {"removesuffix", bytes_removesuffix, "removesuffix($self, suffix, /)\n--\n\n"
     "Return a bytes object with the given suffix string removed if present.\n\nIf the bytes ends with the suffix string and that suffix is not empty,\nreturn bytes[:-len(prefix)].  Otherwise, return a copy of the original\nbytes."},
    {"replace", bytes_replace,
     "replace($self, old, new, count=-1, /)\n--\n\n"
     "Return a copy with all occurrences of substring old replaced by new.\n\n  count\n    Maximum number of occurrences to replace.\n    -1 (the default value) means replace all occurrences.\n\nIf the optional argument count is given, only the first count occurrences are\nreplaced."},
    {"rfind", bytes_rfind, "B.rfind(sub[, start[, end]]) -> int\n\nReturn the highest index in B where subsection sub is found,\nsuch that sub is contained within B[start,end].  Optional\narguments start and end are interpreted as in slice notation.\n\nReturn -1 on failure."},
    {"rindex", bytes_rindex, "B.rindex(sub[, start[, end]]) -> int\n\nReturn the highest index in B where subsection sub is found,\nsuch that sub is contained within B[start,end].  Optional\narguments start and end are interpreted as in slice notation.\n\nRaise ValueError when the subsection is not found."},
    {"rjust", bytes_rjust,
     "rjust($self, width, fillchar=b' ', /)\n--\n\n"
     "Return a right-justified string of length width.\n\nPadding is done using the specified fill character."},
    {"rpartition", bytes_rpartition, "rpartition($self, sep, /)\n--\n\n"
     "Partition the bytes into three parts using the given separator.\n\nThis will search for the separator sep in the bytes, starting at the end. If\nthe separator is found, returns a 3-tuple containing the part before the\nseparator, the separator itself, and the part after it.\n\nIf the separator is not found, returns a 3-tuple containing two empty bytes\nobjects and the original bytes object."},
    {"rsplit", bytes_rsplit,
     "rsplit($self, /, sep=None, maxsplit=-1)\n--\n\n"
     "Return a list of the sections in the bytes, using sep as the delimiter.\n\n  sep\n    The delimiter according which to split the bytes.\n    None (the default value) means split on ASCII whitespace characters\n    (space, tab, return, newline, formfeed, vertical tab).\n  maxsplit\n    Maximum number of splits to do.\n    -1 (the default value) means no limit.\n\nSplitting is done starting at the end of the bytes and working to the front."},
    {"rstrip", bytes_rstrip, "rstrip($self, bytes=None, /)\n--\n\n"
     "Strip trailing bytes contained in the argument.\n\nIf the argument is omitted or None, strip trailing ASCII whitespace."},
    {"split", bytes_split,
     "split($self, /, sep=None, maxsplit=-1)\n--\n\n"
     "Return a list of the sections in the bytes, using sep as the delimiter.\n\n  sep\n    The delimiter according which to split the bytes.\n    None (the default value) means split on ASCII whitespace characters\n    (space, tab, return, newline, formfeed, vertical tab).\n  maxsplit\n    Maximum number of splits to do.\n    -1 (the default value) means no limit."},
    {"splitlines", bytes_splitlines,
     "splitlines($self, /, keepends=False)\n--\n\n"
     "Return a list of the lines in the bytes, breaking at line boundaries.\n\nLine breaks are not included in the resulting list unless keepends is given and\ntrue."},
    {"startswith", bytes_startswith, "B.startswith(prefix[, start[, end]]) -> bool\n\nReturn True if B starts with the specified prefix, False otherwise.\nWith optional start, test B beginning at that position.\nWith optional end, stop comparing B at that position.\nprefix can also be a tuple of bytes to try."},
    {"strip", bytes_strip, "strip($self, bytes=None, /)\n--\n\n"
     "Strip leading and trailing bytes contained in the argument.\n\nIf the argument is omitted or None, strip leading and trailing ASCII whitespace."},
    {"swapcase", bytes_swapcase, "B.swapcase() -> copy of B\n\nReturn a copy of B with uppercase ASCII characters converted\nto lowercase ASCII and vice versa."},
    {"title", bytes_title, "B.title() -> copy of B\n\nReturn a titlecased version of B, i.e. ASCII words start with uppercase\ncharacters, all remaining cased characters have lowercase."},
    {"translate", bytes_translate,
     "translate($self, table, /, delete=b'')\n--\n\n"
     "Return a copy with each character mapped by the given translation table.\n\n  table\n    Translation table, which must be a bytes object of length 256.\n\nAll characters occurring in the optional argument delete are removed.\nThe remaining characters are mapped through the given translation table."},
    {"upper", bytes_upper, "B.upper() -> copy of B\n\nReturn a copy of B with all ASCII characters converted to uppercase."},
    {"zfill", bytes_zfill, "zfill($self, width, /)\n--\n\n"
     "Pad a numeric string with zeros on the left, to fill a field of the given width.\n\nThe original string is never truncated."},
    {},
};

// ---- iterator ----

struct BytesIterObject : Object {
  ssize index;
  Object* seq;
};

void bytesiter_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(static_cast<BytesIterObject*>(o)->seq);
  free_object(o);
}

int bytesiter_traverse(Object* o, visitproc visit, void* arg) {
  GLASSPY_VISIT(static_cast<BytesIterObject*>(o)->seq);
  return 0;
}

Object* bytesiter_next(Object* o) {
  BytesIterObject* it = static_cast<BytesIterObject*>(o);
  Object* seq = it->seq;
  if (!seq) return nullptr;
  if (it->index < bytes_size(seq)) return int_from_i64(static_cast<unsigned char>(bytes_data(seq)[it->index++]));
  it->seq = nullptr;
  decref(seq);
  return nullptr;
}

Object* bytesiter_len(Object* o) {
  BytesIterObject* it = static_cast<BytesIterObject*>(o);
  return int_from_ssize(it->seq ? bytes_size(it->seq) - it->index : 0);
}

Object* iter_self(Object* o) { return newref(o); }

Object* bytesiter_reduce(Object* o) {
  BytesIterObject* it = static_cast<BytesIterObject*>(o);
  if (!it->seq) return iter_of_reduce(tuple_new(0));
  return iterator_reduce_at("iter", it->seq, it->index);
}

Object* bytesiter_setstate(Object* o, Object* state) {
  BytesIterObject* it = static_cast<BytesIterObject*>(o);
  ssize index;
  if (!iterator_state_index(state, &index)) return nullptr;
  if (it->seq) it->index = index < 0 ? 0 : (index > bytes_size(it->seq) ? bytes_size(it->seq) : index);
  return newref(None);
}

MethodDef bytesiter_methods[] = {
    {"__length_hint__", bytesiter_len, "How many items the iterator has left, as far as it knows."},
    {"__reduce__", bytesiter_reduce, "What pickle and copy need to rebuild this object."},
    {"__setstate__", bytesiter_setstate, "Restores the position pickle saved."},
    {},
};

Object* bytes_iter(Object* seq) {
  Object* o = allocate_object(&BytesIterType, sizeof(BytesIterObject));
  if (!o) return nullptr;
  static_cast<BytesIterObject*>(o)->index = 0;
  static_cast<BytesIterObject*>(o)->seq = newref(seq);
  gc_track(o);
  return o;
}

// bytes % args; the reflected call (value % bytes) is not ours to handle.
Object* bytes_mod(Object* v, Object* w) {
  if (!is_bytes(v)) return newref(NotImplemented);
  return bytes_percent_format(v, w);
}

NumberMethods bytes_as_number = {
    .nb_remainder = bytes_mod,
};

SequenceMethods bytes_as_sequence = {
    .sq_length = bytes_length,
    .sq_concat = bytes_concat,
    .sq_repeat = bytes_repeat,
    .sq_item = bytes_item,
    .sq_contains = bytes_contains,
};

MappingMethods bytes_as_mapping = {
    .mp_length = bytes_length,
    .mp_subscript = bytes_subscript,
};

}  // namespace

Type BytesIterType{{
    .name = "bytes_iterator",
    .basicsize = sizeof(BytesIterObject),
    .dealloc = bytesiter_dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .traverse = bytesiter_traverse,
    .iter = iter_self,
    .iternext = bytesiter_next,
    .methods = bytesiter_methods,
}};

Type BytesType{{
    .name = "bytes",
    .basicsize = offsetof(BytesObject, data) + 1,
    .itemsize = 1,
    .dealloc = bytes_dealloc,
    .repr = bytes_repr,
    .as_number = &bytes_as_number,
    .as_sequence = &bytes_as_sequence,
    .as_mapping = &bytes_as_mapping,
    .hash = bytes_hash_slot,
    // str() of bytes is bytes' own repr, even in a subclass overriding __repr__.
    .str = bytes_repr,
    .getattro = generic_getattr,
    .flags = tpflags::kBaseType | tpflags::kBytesSubclass | tpflags::kMatchSelf,
    .doc = "bytes(iterable_of_ints) -> bytes\nbytes(string, encoding[, errors]) -> bytes\n"
           "bytes(bytes_or_buffer) -> immutable copy of bytes_or_buffer\nbytes(int) -> bytes object of "
           "size given by the parameter initialized with null bytes\nbytes() -> empty bytes object\n\n"
           "Construct an immutable array of bytes from:\n  - an iterable yielding integers in range(256)\n"
           "  - a text string encoded using the specified encoding\n  - any object implementing the buffer "
           "API.\n  - an integer",
    .richcompare = bytes_richcompare,
    .iter = bytes_iter,
    .methods = bytes_methods,
    .new_ = bytes_new_slot,
    .as_buffer = &bytes_buffer_procs,
}};

// Called by objects_init (after the type's flags are set statically).
int bytes_init() {
  empty_bytes = alloc_bytes(0);
  if (!empty_bytes) return -1;
  for (int c = 0; c < 256; ++c) {
    single_bytes[c] = alloc_bytes(1);
    if (!single_bytes[c]) return -1;
    bytes_data(single_bytes[c])[0] = static_cast<char>(c);
  }
  return 0;
}

}  // namespace glasspy
