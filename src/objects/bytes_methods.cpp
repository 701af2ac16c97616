// The text-like methods of bytes.  Everything is ASCII: case mapping and
// the predicates only know A-Z/a-z/0-9, whitespace is " \t\n\r\v\f" and
// line breaks are "\n", "\r" and "\r\n".  Where CPython hands back the
// object itself instead of an equal copy (an exact bytes that a strip,
// replace, split or pad leaves unchanged) so do we, since `is` can tell.
#include "objects/bytes_methods.h"

#include <cstring>
#include <limits>
#include <string>
#include <string_view>

#include "objects/abstract.h"
#include "objects/bytearray.h"
#include "objects/bytes.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/tuple.h"

namespace glasspy {

namespace {

constexpr ssize kMaxSsize = std::numeric_limits<ssize>::max();

inline bool ascii_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}
inline bool ascii_lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
inline bool ascii_upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
inline bool ascii_digit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool ascii_alpha(unsigned char c) { return ascii_lower(c) || ascii_upper(c); }
inline unsigned char to_upper(unsigned char c) { return ascii_lower(c) ? c - 32 : c; }
inline unsigned char to_lower(unsigned char c) { return ascii_upper(c) ? c + 32 : c; }

// The object itself when it is an exact bytes, else an exact copy of its
// family (bytearray results are always new objects).
Object* self_or_copy(Object* self) {
  if (is_bytes_exact(self)) return newref(self);
  return make_like(self, byteslike_view(self));
}

// A new object of self's family holding n uninitialized bytes at *data,
// failing as CPython does for sizes it cannot hold (never throwing).
Object* new_like(Object* self, ssize n, char** data) {
  Object* r = is_bytearray(self) ? bytearray_from_data(nullptr, n) : bytes_new_uninitialized(n);
  if (r) *data = is_bytearray(self) ? bytearray_data(r) : bytes_data(r);
  return r;
}

template <class F>
Object* map_bytes(Object* self, F f) {
  std::string out(byteslike_view(self));
  for (size_t i = 0; i < out.size(); ++i) out[i] = static_cast<char>(f(i, static_cast<unsigned char>(out[i])));
  return make_like(self, out);
}

// All bytes satisfy pred and there is at least one.
template <class P>
Object* all_of_nonempty(Object* self, P pred) {
  std::string_view s = byteslike_view(self);
  if (s.empty()) return newref(False);
  for (char c : s)
    if (!pred(static_cast<unsigned char>(c))) return newref(False);
  return newref(True);
}

// An optional bytes-like argument (None allowed); false with TypeError.
bool optional_bytes_arg(Object* arg, bool* given, std::string_view* out) {
  *given = arg && arg != None;
  return !*given || bytes_like_view(arg, out);
}

}  // namespace

// ---- case mapping and predicates --------------------------------------------

Object* bytes_lower(Object* self) {
  return map_bytes(self, [](size_t, unsigned char c) { return to_lower(c); });
}
Object* bytes_upper(Object* self) {
  return map_bytes(self, [](size_t, unsigned char c) { return to_upper(c); });
}
Object* bytes_swapcase(Object* self) {
  return map_bytes(self, [](size_t, unsigned char c) { return ascii_upper(c) ? to_lower(c) : to_upper(c); });
}
Object* bytes_capitalize(Object* self) {
  return map_bytes(self, [](size_t i, unsigned char c) { return i == 0 ? to_upper(c) : to_lower(c); });
}
Object* bytes_title(Object* self) {
  bool previous_is_cased = false;
  return map_bytes(self, [&](size_t, unsigned char c) {
    if (ascii_lower(c)) {
      if (!previous_is_cased) c = to_upper(c);
      previous_is_cased = true;
    } else if (ascii_upper(c)) {
      if (previous_is_cased) c = to_lower(c);
      previous_is_cased = true;
    } else {
      previous_is_cased = false;
    }
    return c;
  });
}

Object* bytes_isalnum(Object* self) {
  return all_of_nonempty(self, [](unsigned char c) { return ascii_alpha(c) || ascii_digit(c); });
}
Object* bytes_isalpha(Object* self) { return all_of_nonempty(self, ascii_alpha); }
Object* bytes_isdigit(Object* self) { return all_of_nonempty(self, ascii_digit); }
Object* bytes_isspace(Object* self) { return all_of_nonempty(self, ascii_space); }
Object* bytes_isascii(Object* self) {
  for (char c : byteslike_view(self))
    if (static_cast<unsigned char>(c) >= 128) return newref(False);
  return newref(True);
}

namespace {

// islower / isupper: no byte of the other case and at least one of this one.
Object* cased_only(Object* self, bool (*same)(unsigned char), bool (*other)(unsigned char)) {
  bool cased = false;
  for (char ch : byteslike_view(self)) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (other(c)) return newref(False);
    if (same(c)) cased = true;
  }
  return bool_from(cased);
}

}  // namespace

Object* bytes_islower(Object* self) { return cased_only(self, ascii_lower, ascii_upper); }
Object* bytes_isupper(Object* self) { return cased_only(self, ascii_upper, ascii_lower); }

Object* bytes_istitle(Object* self) {
  bool cased = false;
  bool previous_is_cased = false;
  for (char ch : byteslike_view(self)) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (ascii_upper(c)) {
      if (previous_is_cased) return newref(False);
      previous_is_cased = cased = true;
    } else if (ascii_lower(c)) {
      if (!previous_is_cased) return newref(False);
      previous_is_cased = cased = true;
    } else {
      previous_is_cased = false;
    }
  }
  return bool_from(cased);
}

// ---- strip ----------------------------------------------------------------------

namespace {

enum StripSide { kLeft = 1, kRight = 2, kBoth = 3 };

Object* do_strip(Object* self, Object* const* args, ssize nargs, const char* name, int side) {
  if (!check_positional(name, nargs, 0, 1)) return nullptr;
  bool given;
  std::string_view chars;
  if (!optional_bytes_arg(nargs ? args[0] : nullptr, &given, &chars)) return nullptr;
  auto strippable = [&](unsigned char c) {
    return given ? chars.find(static_cast<char>(c)) != std::string_view::npos : ascii_space(c);
  };
  std::string_view s = byteslike_view(self);
  size_t i = 0, j = s.size();
  if (side & kLeft)
    while (i < j && strippable(static_cast<unsigned char>(s[i]))) ++i;
  if (side & kRight)
    while (j > i && strippable(static_cast<unsigned char>(s[j - 1]))) --j;
  if (i == 0 && j == s.size() && is_bytes_exact(self)) return newref(self);
  return make_like(self, s.substr(i, j - i));
}

}  // namespace

Object* bytes_strip(Object* self, Object* const* args, ssize nargs) {
  return do_strip(self, args, nargs, "strip", kBoth);
}
Object* bytes_lstrip(Object* self, Object* const* args, ssize nargs) {
  return do_strip(self, args, nargs, "lstrip", kLeft);
}
Object* bytes_rstrip(Object* self, Object* const* args, ssize nargs) {
  return do_strip(self, args, nargs, "rstrip", kRight);
}

// ---- split ----------------------------------------------------------------------

namespace {

bool append_piece(Object* list, Object* self, std::string_view piece) {
  Object* b = make_like(self, piece);
  if (!b) return false;
  int r = list_append(list, b);
  decref(b);
  return r == 0;
}

// [self] for an exact bytes that nothing split, else a copy.
bool append_whole(Object* list, Object* self) {
  Object* b = self_or_copy(self);
  if (!b) return false;
  int r = list_append(list, b);
  decref(b);
  return r == 0;
}

bool parse_split_args(const char* name, Object* const* args, ssize nargs, Object* kwnames, bool* has_sep,
                      std::string_view* sep, ssize* maxsplit) {
  const ArgParser parser{name, {"sep", "maxsplit"}, 0, 2};
  Object* argv[2] = {};
  if (!parse_args(parser, args, nargs, kwnames, argv)) return false;
  *maxsplit = -1;
  if (argv[1] && !arg_to_ssize(argv[1], maxsplit)) return false;
  if (*maxsplit < 0) *maxsplit = kMaxSsize;
  if (!optional_bytes_arg(argv[0], has_sep, sep)) return false;
  if (*has_sep && sep->empty()) {
    set_error(&exc::ValueError, "empty separator");
    return false;
  }
  return true;
}

}  // namespace

Object* bytes_split(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  bool has_sep;
  std::string_view sep;
  ssize maxsplit;
  if (!parse_split_args("split", args, nargs, kwnames, &has_sep, &sep, &maxsplit)) return nullptr;
  std::string_view s = byteslike_view(self);
  const size_t n = s.size();
  Object* list = list_new(0);
  if (!list) return nullptr;
  bool ok = true;
  if (!has_sep) {
    size_t i = 0;
    while (ok && maxsplit-- > 0) {
      while (i < n && ascii_space(static_cast<unsigned char>(s[i]))) ++i;
      if (i == n) break;
      size_t j = i++;
      while (i < n && !ascii_space(static_cast<unsigned char>(s[i]))) ++i;
      if (j == 0 && i == n && is_bytes_exact(self)) {
        ok = append_whole(list, self);
        break;
      }
      ok = append_piece(list, self, s.substr(j, i - j));
    }
    if (ok && i < n) {
      while (i < n && ascii_space(static_cast<unsigned char>(s[i]))) ++i;
      if (i != n) ok = append_piece(list, self, s.substr(i));
    }
  } else {
    size_t i = 0;
    ssize count = 0;
    while (ok && maxsplit-- > 0) {
      size_t pos = s.find(sep, i);
      if (pos == std::string_view::npos) break;
      ok = append_piece(list, self, s.substr(i, pos - i));
      ++count;
      i = pos + sep.size();
    }
    if (ok) ok = count == 0 ? append_whole(list, self) : append_piece(list, self, s.substr(i));
  }
  if (!ok) {
    decref(list);
    return nullptr;
  }
  return list;
}

Object* bytes_rsplit(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  bool has_sep;
  std::string_view sep;
  ssize maxsplit;
  if (!parse_split_args("rsplit", args, nargs, kwnames, &has_sep, &sep, &maxsplit)) return nullptr;
  std::string_view s = byteslike_view(self);
  Object* list = list_new(0);
  if (!list) return nullptr;
  bool ok = true;
  // Pieces are found right to left and the list reversed at the end.
  if (!has_sep) {
    size_t i = s.size();
    while (ok && maxsplit-- > 0) {
      while (i > 0 && ascii_space(static_cast<unsigned char>(s[i - 1]))) --i;
      if (i == 0) break;
      size_t j = i--;
      while (i > 0 && !ascii_space(static_cast<unsigned char>(s[i - 1]))) --i;
      if (i == 0 && j == s.size() && is_bytes_exact(self)) {
        ok = append_whole(list, self);
        break;
      }
      ok = append_piece(list, self, s.substr(i, j - i));
    }
    if (ok && i > 0) {
      while (i > 0 && ascii_space(static_cast<unsigned char>(s[i - 1]))) --i;
      if (i != 0) ok = append_piece(list, self, s.substr(0, i));
    }
  } else {
    size_t j = s.size();
    ssize count = 0;
    while (ok && maxsplit-- > 0) {
      if (j < sep.size()) break;
      size_t pos = s.substr(0, j).rfind(sep);
      if (pos == std::string_view::npos) break;
      ok = append_piece(list, self, s.substr(pos + sep.size(), j - pos - sep.size()));
      ++count;
      j = pos;
    }
    if (ok) ok = count == 0 ? append_whole(list, self) : append_piece(list, self, s.substr(0, j));
  }
  if (!ok || list_reverse(list) < 0) {
    decref(list);
    return nullptr;
  }
  return list;
}

Object* bytes_splitlines(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgParser parser{"splitlines", {"keepends"}, 0, 1};
  Object* argv[1] = {};
  if (!parse_args(parser, args, nargs, kwnames, argv)) return nullptr;
  int keepends = 0;
  if (argv[0] && !arg_to_int(argv[0], &keepends)) return nullptr;
  std::string_view s = byteslike_view(self);
  const size_t n = s.size();
  Object* list = list_new(0);
  if (!list) return nullptr;
  size_t i = 0, j = 0;
  bool ok = true;
  while (ok && i < n) {
    while (i < n && s[i] != '\n' && s[i] != '\r') ++i;
    size_t eol = i;
    if (i < n) {
      i += (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n') ? 2 : 1;
      if (keepends) eol = i;
    }
    if (j == 0 && eol == n && is_bytes_exact(self)) {
      ok = append_whole(list, self);
      break;
    }
    ok = append_piece(list, self, s.substr(j, eol - j));
    j = i;
  }
  if (!ok) {
    decref(list);
    return nullptr;
  }
  return list;
}

// ---- partition --------------------------------------------------------------------

namespace {

Object* do_partition(Object* self, Object* sep_obj, bool reverse) {
  std::string_view sep;
  if (!bytes_like_view(sep_obj, &sep)) return nullptr;
  if (sep.empty()) {
    set_error(&exc::ValueError, "empty separator");
    return nullptr;
  }
  std::string_view s = byteslike_view(self);
  size_t pos = reverse ? s.rfind(sep) : s.find(sep);
  const bool mutable_self = is_bytearray(self);
  std::string copy(s);  // for a bytearray, whose views other code may invalidate
  std::string sep_copy(sep);
  Object* r;
  if (pos == std::string_view::npos) {
    // bytes: the object itself, even for a subclass (as CPython); bytearray:
    // a copy, and new empty bytearrays.
    Object* whole = mutable_self ? make_like(self, copy) : newref(self);
    Object* e1 = whole ? make_like(self, "") : nullptr;
    Object* e2 = e1 ? make_like(self, "") : nullptr;
    r = e2 ? (reverse ? tuple_pack({e1, e2, whole}) : tuple_pack({whole, e1, e2})) : nullptr;
    xdecref(whole);
    xdecref(e1);
    xdecref(e2);
  } else {
    Object* before = make_like(self, std::string_view(copy).substr(0, pos));
    Object* after = before ? make_like(self, std::string_view(copy).substr(pos + sep_copy.size())) : nullptr;
    // bytes: the separator argument itself, whatever its type (as CPython);
    // bytearray: a bytearray copy of it.
    Object* middle = after ? (mutable_self ? make_like(self, sep_copy) : newref(sep_obj)) : nullptr;
    r = middle ? tuple_pack({before, middle, after}) : nullptr;
    xdecref(before);
    xdecref(after);
    xdecref(middle);
  }
  return r;
}

}  // namespace

Object* bytes_partition(Object* self, Object* sep) { return do_partition(self, sep, false); }
Object* bytes_rpartition(Object* self, Object* sep) { return do_partition(self, sep, true); }

// ---- padding ------------------------------------------------------------------------

namespace {

Object* pad(Object* self, ssize left, ssize right, char fill) {
  if (left < 0) left = 0;
  if (right < 0) right = 0;
  if (left == 0 && right == 0) return self_or_copy(self);
  std::string_view s = byteslike_view(self);
  if (left > kMaxSsize - static_cast<ssize>(s.size()) - right) {
    set_error(&exc::OverflowError, "padded string is too long");
    return nullptr;
  }
  const ssize len = static_cast<ssize>(s.size());
  char* out;
  Object* r = new_like(self, left + len + right, &out);
  if (!r) return nullptr;
  std::memset(out, fill, static_cast<size_t>(left));
  std::memcpy(out + left, s.data(), s.size());
  std::memset(out + left + len, fill, static_cast<size_t>(right));
  return r;
}

// (width[, fillchar]) of center/ljust/rjust.
bool parse_pad_args(const char* name, Object* const* args, ssize nargs, ssize* width, char* fill) {
  if (!check_positional(name, nargs, 1, 2)) return false;
  if (!arg_to_ssize(args[0], width)) return false;
  *fill = ' ';
  if (nargs > 1) {
    Object* f = args[1];
    if ((!is_bytes(f) && !is_bytearray(f)) || byteslike_view(f).size() != 1) {
      format_error(&exc::TypeError, "%s() argument 2 must be a byte string of length 1, not %.50s", name,
                   f->type->name);
      return false;
    }
    *fill = byteslike_view(f)[0];
  }
  return true;
}

}  // namespace

Object* bytes_center(Object* self, Object* const* args, ssize nargs) {
  ssize width;
  char fill;
  if (!parse_pad_args("center", args, nargs, &width, &fill)) return nullptr;
  const ssize len = static_cast<ssize>(byteslike_view(self).size());
  if (len >= width) return self_or_copy(self);
  ssize margin = width - len;
  ssize left = margin / 2 + (margin & width & 1);
  return pad(self, left, margin - left, fill);
}

Object* bytes_ljust(Object* self, Object* const* args, ssize nargs) {
  ssize width;
  char fill;
  if (!parse_pad_args("ljust", args, nargs, &width, &fill)) return nullptr;
  if (static_cast<ssize>(byteslike_view(self).size()) >= width) return self_or_copy(self);
  return pad(self, 0, width - static_cast<ssize>(byteslike_view(self).size()), fill);
}

Object* bytes_rjust(Object* self, Object* const* args, ssize nargs) {
  ssize width;
  char fill;
  if (!parse_pad_args("rjust", args, nargs, &width, &fill)) return nullptr;
  if (static_cast<ssize>(byteslike_view(self).size()) >= width) return self_or_copy(self);
  return pad(self, width - static_cast<ssize>(byteslike_view(self).size()), 0, fill);
}

Object* bytes_zfill(Object* self, Object* width_obj) {
  ssize width;
  if (!arg_to_ssize(width_obj, &width)) return nullptr;
  const ssize len = static_cast<ssize>(byteslike_view(self).size());
  if (len >= width) return self_or_copy(self);
  const ssize fill = width - len;
  char* out;
  Object* r = new_like(self, width, &out);
  if (!r) return nullptr;
  std::memset(out, '0', static_cast<size_t>(fill));
  std::memcpy(out + fill, byteslike_view(self).data(), static_cast<size_t>(len));
  if (len > 0 && (out[fill] == '+' || out[fill] == '-')) {
    out[0] = out[fill];
    out[fill] = '0';
  }
  return r;
}

// ---- replace ------------------------------------------------------------------------

Object* bytes_replace(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("replace", nargs, 2, 3)) return nullptr;
  std::string_view from, to;
  if (!bytes_like_view(args[0], &from) || !bytes_like_view(args[1], &to)) return nullptr;
  ssize count = -1;
  if (nargs > 2 && !arg_to_ssize(args[2], &count)) return nullptr;
  // count's __index__ may have resized a bytearray argument: look again.
  bytes_like_view(args[0], &from);
  bytes_like_view(args[1], &to);
  if (count < 0) count = kMaxSsize;
  std::string_view s = byteslike_view(self);
  if (count == 0 || (from.empty() && to.empty())) return self_or_copy(self);
  const ssize len = static_cast<ssize>(s.size());
  const ssize to_len = static_cast<ssize>(to.size());
  const ssize from_len = static_cast<ssize>(from.size());
  // The result's size first (CPython's overflow check), then one allocation.
  ssize matches = 0;
  if (from.empty()) {
    matches = count < len + 1 ? count : len + 1;
  } else {
    if (s.empty()) return self_or_copy(self);
    for (size_t pos = 0; matches < count; ++matches) {
      pos = s.find(from, pos);
      if (pos == std::string_view::npos) break;
      pos += from.size();
    }
    if (matches == 0) return self_or_copy(self);
  }
  const ssize growth = to_len - from_len;
  if (growth > 0 && matches > (kMaxSsize - len) / growth) {
    set_error(&exc::OverflowError, "replace bytes is too long");
    return nullptr;
  }
  char* out;
  Object* r = new_like(self, len + matches * growth, &out);
  if (!r) return nullptr;
  if (from.empty()) {
    // `to` before each of the first `matches` bytes (and after the last).
    for (ssize i = 0; i < len; ++i) {
      if (i < matches) {
        std::memcpy(out, to.data(), to.size());
        out += to_len;
      }
      *out++ = s[static_cast<size_t>(i)];
    }
    if (matches > len) std::memcpy(out, to.data(), to.size());
    return r;
  }
  size_t i = 0;
  for (ssize done = 0; done < matches; ++done) {
    size_t pos = s.find(from, i);
    std::memcpy(out, s.data() + i, pos - i);
    out += pos - i;
    std::memcpy(out, to.data(), to.size());
    out += to_len;
    i = pos + from.size();
  }
  std::memcpy(out, s.data() + i, s.size() - i);
  return r;
}

// ---- translate / maketrans ----------------------------------------------------------

Object* bytes_translate(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgParser parser{"translate", {"", "delete"}, 1, 2};
  Object* argv[2] = {};
  if (!parse_args(parser, args, nargs, kwnames, argv)) return nullptr;
  std::string_view table;
  const bool identity = argv[0] == None;
  if (!identity) {
    if (!bytes_like_view(argv[0], &table)) return nullptr;
    if (table.size() != 256) {
      set_error(&exc::ValueError, "translation table must be 256 characters long");
      return nullptr;
    }
  }
  std::string_view remove;
  if (argv[1] && !bytes_like_view(argv[1], &remove)) return nullptr;
  bool deleted[256] = {};
  for (char c : remove) deleted[static_cast<unsigned char>(c)] = true;
  std::string_view s = byteslike_view(self);
  std::string out;
  out.reserve(s.size());
  bool changed = false;
  for (char ch : s) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (deleted[c]) {
      changed = true;
      continue;
    }
    char mapped = identity ? ch : table[c];
    if (mapped != ch) changed = true;
    out.push_back(mapped);
  }
  if (!changed && is_bytes_exact(self)) return newref(self);
  return make_like(self, out);
}

Object* bytes_maketrans(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("maketrans", nargs, 2, 2)) return nullptr;
  std::string_view from, to;
  if (!bytes_like_view(args[0], &from) || !bytes_like_view(args[1], &to)) return nullptr;
  if (from.size() != to.size()) {
    set_error(&exc::ValueError, "maketrans arguments must have same length");
    return nullptr;
  }
  Object* r = bytes_new_uninitialized(256);
  if (!r) return nullptr;
  char* table = bytes_data(r);
  for (int i = 0; i < 256; ++i) table[i] = static_cast<char>(i);
  for (size_t i = 0; i < from.size(); ++i) table[static_cast<unsigned char>(from[i])] = to[i];
  return r;
}

// ---- expandtabs, removeprefix/removesuffix, __bytes__ ---------------------------------

Object* bytes_expandtabs(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgParser parser{"expandtabs", {"tabsize"}, 0, 1};
  Object* argv[1] = {};
  if (!parse_args(parser, args, nargs, kwnames, argv)) return nullptr;
  int tabsize = 8;
  if (argv[0] && !arg_to_int(argv[0], &tabsize)) return nullptr;
  // Two passes, as CPython: the size (refusing one that overflows), then
  // the text.
  std::string_view s = byteslike_view(self);
  ssize size = 0, column = 0;
  for (char c : s) {
    if (c == '\t') {
      if (tabsize > 0) {
        ssize incr = tabsize - column % tabsize;
        if (column > kMaxSsize - incr || size > kMaxSsize - incr) {
          set_error(&exc::OverflowError, "result too long");
          return nullptr;
        }
        column += incr;
        size += incr;
      }
    } else {
      if (size > kMaxSsize - 1) {
        set_error(&exc::OverflowError, "result too long");
        return nullptr;
      }
      ++column;
      ++size;
      if (c == '\n' || c == '\r') column = 0;
    }
  }
  char* out;
  Object* r = new_like(self, size, &out);
  if (!r) return nullptr;
  column = 0;
  for (char c : s) {
    if (c == '\t') {
      if (tabsize > 0) {
        ssize incr = tabsize - column % tabsize;
        std::memset(out, ' ', static_cast<size_t>(incr));
        out += incr;
        column += incr;
      }
    } else {
      *out++ = c;
      ++column;
      if (c == '\n' || c == '\r') column = 0;
    }
  }
  return r;
}

Object* bytes_removeprefix(Object* self, Object* prefix_obj) {
  std::string_view prefix;
  if (!bytes_like_view(prefix_obj, &prefix)) return nullptr;
  std::string_view s = byteslike_view(self);
  if (!prefix.empty() && s.substr(0, prefix.size()) == prefix) return make_like(self, s.substr(prefix.size()));
  return self_or_copy(self);
}

Object* bytes_removesuffix(Object* self, Object* suffix_obj) {
  std::string_view suffix;
  if (!bytes_like_view(suffix_obj, &suffix)) return nullptr;
  std::string_view s = byteslike_view(self);
  if (!suffix.empty() && s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix)
    return make_like(self, s.substr(0, s.size() - suffix.size()));
  return self_or_copy(self);
}

Object* bytes_to_exact(Object* self) { return self_or_copy(self); }

}  // namespace glasspy
