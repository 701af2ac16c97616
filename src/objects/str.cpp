// `str`: storage, creation, UTF-8, hashing, comparison, interning, repr and
// the sequence protocol (see str.h for the representation).  The methods
// live in str_methods.cpp, formatting with % and PyUnicode_FromFormat in
// str_format.cpp.
#include "objects/iterator_pickling.h"
#include "objects/iterobject.h"
#include "objects/str.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <unordered_set>
#include <vector>

#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/hash.h"
#include "objects/int.h"
#include "objects/known_strings.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "util/unicode.h"

namespace glasspy {

extern MethodDef str_methods[];

namespace {

Object* empty_string = nullptr;
Object* latin1_chars[256];

// The interning table: borrowed pointers, keyed by value.
struct InternHash {
  size_t operator()(StrObject* s) const { return static_cast<size_t>(str_hash(s)); }
};
struct InternEq {
  bool operator()(StrObject* a, StrObject* b) const { return str_equal(a, b); }
};
std::unordered_set<StrObject*, InternHash, InternEq>* interned_table = nullptr;

// An exact str with room for `length` characters of `kind` (uninitialized
// characters, NUL written).
Object* allocate_str(ssize length, int kind, bool ascii) {
  if (length > (PTRDIFF_MAX - static_cast<ssize>(sizeof(StrObject))) / 4 - 1) return no_memory();
  Object* o = allocate_object(&StrType, sizeof(StrObject) + static_cast<size_t>(length + 1) * kind);
  if (!o) return nullptr;
  StrObject* s = as_str(o);
  s->length = length;
  s->hash = -1;
  s->kind = static_cast<uint8_t>(kind);
  s->ascii = ascii;
  s->interned = 0;
  s->data = s + 1;
  if (ascii) {
    s->utf8 = static_cast<char*>(s->data);
    s->utf8_length = length;
  }
  return o;
}

// Max character of kind-sized data.
uint32_t find_maxchar(int kind, const void* data, ssize n) {
  uint32_t m = 0;
  switch (kind) {
    case 1: {
      const uint8_t* p = static_cast<const uint8_t*>(data);
      for (ssize i = 0; i < n; ++i) m |= p[i];
      return m >= 128 ? 255 : m;  // only the class matters for kind 1
    }
    case 2: {
      const uint16_t* p = static_cast<const uint16_t*>(data);
      for (ssize i = 0; i < n; ++i)
        if (p[i] > m) m = p[i];
      return m;
    }
    default: {
      const uint32_t* p = static_cast<const uint32_t*>(data);
      for (ssize i = 0; i < n; ++i)
        if (p[i] > m) m = p[i];
      return m;
    }
  }
}

// A character as large as s's largest, as far as the kind and the ASCII
// flag tell (strings are canonical, so this decides the result's kind).
uint32_t max_char_class(Object* s) {
  switch (str_kind(s)) {
    case 1: return as_str(s)->ascii ? 127 : 255;
    case 2: return 0xFFFF;
    default: return 0x10FFFF;
  }
}

void copy_characters(void* to, int to_kind, ssize to_start, const void* from, int from_kind,
                     ssize from_start, ssize n) {
  if (to_kind == from_kind) {
    std::memcpy(static_cast<char*>(to) + to_start * to_kind,
                static_cast<const char*>(from) + from_start * from_kind,
                static_cast<size_t>(n) * to_kind);
    return;
  }
  for (ssize i = 0; i < n; ++i) str_write(to_kind, to, to_start + i, str_read(from_kind, from, from_start + i));
}

void str_dealloc(Object* o) {
  StrObject* s = as_str(o);
  if (s->interned && interned_table) interned_table->erase(s);
  if (s->utf8 && s->utf8 != s->data) std::free(s->utf8);
  if (s->data != static_cast<void*>(s + 1)) std::free(s->data);
  free_object(o);
}

}  // namespace

// ---- creation -----------------------------------------------------------------

Object* empty_str() { return empty_string; }

Object* str_new(ssize length, uint32_t maxchar) {
  if (length == 0) return newref(empty_string);
  return allocate_str(length, kind_for_char(maxchar), maxchar < 128);
}

Object* str_from_char(uint32_t ch) {
  if (ch < 256 && latin1_chars[ch]) return newref(latin1_chars[ch]);
  Object* s = allocate_str(1, kind_for_char(ch), ch < 128);
  if (!s) return nullptr;
  str_write(str_kind(s), as_str(s)->data, 0, ch);
  return s;
}

Object* str_from_kind_data(int kind, const void* data, ssize length) {
  if (length == 0) return newref(empty_string);
  uint32_t maxchar = find_maxchar(kind, data, length);
  if (length == 1) return str_from_char(str_read(kind, data, 0));
  Object* s = str_new(length, maxchar);
  if (!s) return nullptr;
  copy_characters(as_str(s)->data, str_kind(s), 0, data, kind, 0, length);
  return s;
}

Object* str_from_codepoints(const uint32_t* cps, ssize length) {
  return str_from_kind_data(4, cps, length);
}

Object* str_substring(Object* s, ssize start, ssize end) {
  if (start == 0 && end == str_length(s) && is_str_exact(s)) return newref(s);
  return str_from_kind_data(str_kind(s), static_cast<const char*>(str_data(s)) + start * str_kind(s),
                            end - start);
}

// Strict UTF-8 decoding with CPython's error positions and reasons.
Object* str_from_utf8(const char* text, ssize len) {
  const unsigned char* s = reinterpret_cast<const unsigned char*>(text);
  // Fast path: pure ASCII.
  ssize i = 0;
  while (i < len && s[i] < 0x80) ++i;
  if (i == len) {
    if (len == 0) return newref(empty_string);
    if (len == 1) return str_from_char(s[0]);
    Object* r = allocate_str(len, 1, true);
    if (r) std::memcpy(as_str(r)->data, text, static_cast<size_t>(len));
    return r;
  }
  std::u32string cps;
  cps.reserve(static_cast<size_t>(len));
  for (ssize k = 0; k < i; ++k) cps.push_back(s[k]);
  while (i < len) {
    unsigned char c = s[i];
    if (c < 0x80) {
      cps.push_back(c);
      ++i;
      continue;
    }
    int n;
    uint32_t cp;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      n = 1;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 2;
      cp = c & 0x0F;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 3;
      cp = c & 0x07;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      set_unicode_decode_error("utf-8", text, len, i, i + 1, "invalid start byte");
      return nullptr;
    }
    ssize j = i + 1;
    for (int k = 0; k < n; ++k, ++j) {
      if (j >= len) {
        set_unicode_decode_error("utf-8", text, len, i, len, "unexpected end of data");
        return nullptr;
      }
      unsigned char cc = s[j];
      unsigned char l = k == 0 ? lo : 0x80, h = k == 0 ? hi : 0xBF;
      if (cc < l || cc > h) {
        set_unicode_decode_error("utf-8", text, len, i, j, "invalid continuation byte");
        return nullptr;
      }
      cp = (cp << 6) | (cc & 0x3F);
    }
    cps.push_back(cp);
    i = j;
  }
  return str_from_kind_data(4, cps.data(), static_cast<ssize>(cps.size()));
}

Object* str_from_utf8(std::string_view s) { return str_from_utf8(s.data(), static_cast<ssize>(s.size())); }
Object* str_from_cstr(const char* s) { return str_from_utf8(s, static_cast<ssize>(std::strlen(s))); }

Object* str_from_generalized_utf8(std::string_view s) {
  std::u32string cps;
  cps.reserve(s.size());
  size_t pos = 0;
  while (pos < s.size()) {
    int32_t cp = unicode::decode_utf8(s, pos, true);
    // Not well-formed: keep the byte as the surrogateescape handler would.
    cps.push_back(cp < 0 ? 0xDC00 + static_cast<unsigned char>(s[pos - 1]) : static_cast<uint32_t>(cp));
  }
  return str_from_kind_data(4, cps.data(), static_cast<ssize>(cps.size()));
}

// ---- UTF-8 out ---------------------------------------------------------------------

namespace {

// Encodes s as UTF-8 into out; returns the index of the first surrogate (and
// stops) or -1.
ssize encode_utf8(Object* s, std::string& out) {
  const int kind = str_kind(s);
  const void* data = str_data(s);
  const ssize n = str_length(s);
  out.reserve(static_cast<size_t>(n) * (kind == 1 ? 2 : kind == 2 ? 3 : 4));
  for (ssize i = 0; i < n; ++i) {
    uint32_t c = str_read(kind, data, i);
    if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (c >> 6)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else if (c < 0x10000) {
      if (c >= 0xD800 && c <= 0xDFFF) return i;
      out.push_back(static_cast<char>(0xE0 | (c >> 12)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (c >> 18)));
      out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
    }
  }
  return -1;
}

}  // namespace

const char* str_as_utf8(Object* o, ssize* len) {
  StrObject* s = as_str(o);
  if (!s->utf8) {
    std::string out;
    ssize bad = encode_utf8(o, out);
    if (bad >= 0) {
      ssize end = bad + 1;
      while (end < s->length) {
        uint32_t c = str_char_at(o, end);
        if (c < 0xD800 || c > 0xDFFF) break;
        ++end;
      }
      set_unicode_encode_error("utf-8", o, bad, end, "surrogates not allowed");
      return nullptr;
    }
    char* buf = static_cast<char*>(std::malloc(out.size() + 1));
    if (!buf) {
      no_memory();
      return nullptr;
    }
    std::memcpy(buf, out.data(), out.size());
    buf[out.size()] = '\0';
    s->utf8 = buf;
    s->utf8_length = static_cast<ssize>(out.size());
  }
  if (len) *len = s->utf8_length;
  return s->utf8;
}

std::string str_to_std(Object* o) {
  StrObject* s = as_str(o);
  if (s->utf8) return std::string(s->utf8, static_cast<size_t>(s->utf8_length));
  std::string out;
  const int kind = s->kind;
  for (ssize i = 0; i < s->length; ++i) {
    uint32_t c = str_read(kind, s->data, i);
    if (c >= 0xD800 && c <= 0xDFFF) c = '?';
    unicode::append_utf8(out, c);
  }
  return out;
}

// ---- hashing and comparison ---------------------------------------------------------

hash_t str_hash(Object* o) {
  StrObject* s = as_str(o);
  if (s->hash != -1) return s->hash;
  s->hash = hash_bytes(s->data, s->length * s->kind);
  return s->hash;
}

int decimal_digit_value(uint32_t ch) {
  if (ch >= '0' && ch <= '9') return static_cast<int>(ch - '0');
  if (ch < 128 || !unicode::is_decimal(ch)) return -1;
  // Decimal digits come in contiguous runs of ten starting at zero.
  uint32_t start = ch;
  while (start > 0 && unicode::is_decimal(start - 1)) --start;
  return static_cast<int>((ch - start) % 10);
}

bool kind_data_equal(int ka, const void* a, int kb, const void* b, ssize n) {
  if (ka == kb) return std::memcmp(a, b, static_cast<size_t>(n) * ka) == 0;
  for (ssize i = 0; i < n; ++i)
    if (str_read(ka, a, i) != str_read(kb, b, i)) return false;
  return true;
}

bool str_equal(Object* a, Object* b) {
  if (a == b) return true;
  StrObject* x = as_str(a);
  StrObject* y = as_str(b);
  if (x->length != y->length || x->kind != y->kind) return false;
  if (x->hash != -1 && y->hash != -1 && x->hash != y->hash) return false;
  return std::memcmp(x->data, y->data, static_cast<size_t>(x->length) * x->kind) == 0;
}

bool str_equal_cstr(Object* a, const char* ascii) {
  size_t n = std::strlen(ascii);
  StrObject* s = as_str(a);
  if (static_cast<size_t>(s->length) != n || s->kind != 1) return false;
  return std::memcmp(s->data, ascii, n) == 0;
}

int str_compare(Object* a, Object* b) {
  if (a == b) return 0;
  StrObject* x = as_str(a);
  StrObject* y = as_str(b);
  ssize n = x->length < y->length ? x->length : y->length;
  if (x->kind == 1 && y->kind == 1) {
    int c = std::memcmp(x->data, y->data, static_cast<size_t>(n));
    if (c) return c < 0 ? -1 : 1;
  } else {
    for (ssize i = 0; i < n; ++i) {
      uint32_t p = str_read(x->kind, x->data, i), q = str_read(y->kind, y->data, i);
      if (p != q) return p < q ? -1 : 1;
    }
  }
  return x->length < y->length ? -1 : x->length > y->length ? 1 : 0;
}

int str_compare_cstr(Object* a, const char* ascii) {
  StrObject* x = as_str(a);
  const unsigned char* p = reinterpret_cast<const unsigned char*>(ascii);
  ssize i = 0;
  for (; i < x->length && p[i]; ++i) {
    uint32_t c = str_read(x->kind, x->data, i);
    if (c != p[i]) return c < p[i] ? -1 : 1;
  }
  if (i < x->length) return 1;
  return p[i] ? -1 : 0;
}

// ---- interning ------------------------------------------------------------------------

void str_intern_in_place(Object** p) {
  Object* s = *p;
  if (!is_str_exact(s) || as_str(s)->interned) return;
  if (!interned_table) interned_table = new std::unordered_set<StrObject*, InternHash, InternEq>();
  auto [it, inserted] = interned_table->insert(as_str(s));
  if (!inserted) {
    *p = newref(*it);
    decref(s);
    return;
  }
  as_str(s)->interned = 1;
}

Object* str_intern_cstr(const char* text) {
  Object* s = str_from_cstr(text);
  if (!s) return nullptr;
  str_intern_in_place(&s);
  return s;
}

// ---- builder ----------------------------------------------------------------------------

void StrBuilder::append_utf8(std::string_view s) {
  size_t pos = 0;
  while (pos < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[pos]);
    if (c < 0x80) {
      append_char(c);
      ++pos;
      continue;
    }
    int32_t cp = unicode::decode_utf8(s, pos, true);
    append_char(cp < 0 ? 0xFFFD : static_cast<uint32_t>(cp));
  }
}

void StrBuilder::append_str(Object* s) { append_str(s, 0, str_length(s)); }

namespace {

// Widens units [0, n) into `to`; returns their largest value.
template <typename Unit>
uint32_t widen_units(const Unit* from, ssize n, char32_t* to) {
  uint32_t top = 0;
  for (ssize i = 0; i < n; ++i) {
    const uint32_t c = from[i];
    top = c > top ? c : top;
    to[i] = c;
  }
  return top;
}

template <typename Unit>
void narrow_units(const char32_t* from, ssize n, void* to) {
  Unit* out = static_cast<Unit*>(to);
  for (ssize i = 0; i < n; ++i) out[i] = static_cast<Unit>(from[i]);
}

}  // namespace

void StrBuilder::append_str(Object* s, ssize start, ssize end) {
  const ssize count = end - start;
  if (count <= 0) return;
  const size_t old = chars_.size();
  // One dispatch on the kind per run, not per character.
  chars_.resize(old + static_cast<size_t>(count));
  char32_t* to = chars_.data() + old;
  const void* data = str_data(s);
  uint32_t top;
  switch (str_kind(s)) {
    case 1: top = widen_units(static_cast<const uint8_t*>(data) + start, count, to); break;
    case 2: top = widen_units(static_cast<const uint16_t*>(data) + start, count, to); break;
    default: top = widen_units(static_cast<const uint32_t*>(data) + start, count, to); break;
  }
  if (top > maxchar_) maxchar_ = top;
}

Object* StrBuilder::finish() {
  ssize n = static_cast<ssize>(chars_.size());
  if (n == 0) return newref(empty_string);
  if (n == 1) return str_from_char(chars_[0]);
  Object* s = str_new(n, maxchar_);
  if (!s) return nullptr;
  void* data = as_str(s)->data;
  switch (str_kind(s)) {
    case 1: narrow_units<uint8_t>(chars_.data(), n, data); break;
    case 2: narrow_units<uint16_t>(chars_.data(), n, data); break;
    default: narrow_units<uint32_t>(chars_.data(), n, data); break;
  }
  return s;
}

// ---- repr ---------------------------------------------------------------------------------

namespace {

constexpr char kHexDigits[] = "0123456789abcdef";

// repr of s into a builder; `ascii_only` for ascii().
void build_repr(StrBuilder& out, Object* s, bool ascii_only) {
  const int kind = str_kind(s);
  const void* data = str_data(s);
  const ssize n = str_length(s);
  bool has_single = false, has_double = false;
  for (ssize i = 0; i < n; ++i) {
    uint32_t c = str_read(kind, data, i);
    if (c == '\'') has_single = true;
    else if (c == '"') has_double = true;
  }
  const uint32_t quote = (has_single && !has_double) ? '"' : '\'';
  out.reserve(static_cast<size_t>(n) + 2);
  out.append_char(quote);
  auto hex = [&](char prefix, uint32_t v, int digits) {
    out.append_char('\\');
    out.append_char(static_cast<uint32_t>(prefix));
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out.append_char(kHexDigits[(v >> shift) & 0xF]);
  };
  for (ssize i = 0; i < n; ++i) {
    uint32_t c = str_read(kind, data, i);
    if (c == quote || c == '\\') {
      out.append_char('\\');
      out.append_char(c);
    } else if (c == '\t') {
      out.append_ascii("\\t");
    } else if (c == '\n') {
      out.append_ascii("\\n");
    } else if (c == '\r') {
      out.append_ascii("\\r");
    } else if (c < ' ' || c == 0x7F) {
      hex('x', c, 2);
    } else if (c < 0x7F) {
      out.append_char(c);
    } else if (!ascii_only && unicode::is_printable(c)) {
      out.append_char(c);
    } else if (c <= 0xFF) {
      hex('x', c, 2);
    } else if (c <= 0xFFFF) {
      hex('u', c, 4);
    } else {
      hex('U', c, 8);
    }
  }
  out.append_char(quote);
}

}  // namespace

Object* str_repr(Object* s) {
  StrBuilder b;
  build_repr(b, s, false);
  return b.finish();
}

Object* str_ascii_repr(Object* s) {
  StrBuilder b;
  build_repr(b, s, true);
  return b.finish();
}

void append_str_repr(std::string& out, Object* s) {
  Object* r = str_repr(s);
  if (!r) {
    clear_error();
    return;
  }
  out += str_to_std(r);
  decref(r);
}

// ---- operations -------------------------------------------------------------------------

Object* str_concat(Object* a, Object* b) {
  if (!is_str(b)) {
    return format_error(&exc::TypeError, "can only concatenate str (not \"%.200s\") to str",
                        b->type->name);
  }
  ssize la = str_length(a), lb = str_length(b);
  if (la == 0 && is_str_exact(b)) return newref(b);
  if (lb == 0 && is_str_exact(a)) return newref(a);
  if (la > PTRDIFF_MAX - lb) {
    set_error(&exc::OverflowError, "strings are too large to concat");
    return nullptr;
  }
  int ka = str_kind(a), kb = str_kind(b);
  uint32_t ma = max_char_class(a), mb = max_char_class(b);
  uint32_t maxchar = ma > mb ? ma : mb;
  Object* r = str_new(la + lb, maxchar);
  if (!r) return nullptr;
  copy_characters(as_str(r)->data, str_kind(r), 0, str_data(a), ka, 0, la);
  copy_characters(as_str(r)->data, str_kind(r), la, str_data(b), kb, 0, lb);
  return r;
}

namespace {

Object* str_repeat(Object* s, ssize n) {
  if (n < 0) n = 0;
  ssize len = str_length(s);
  if (len == 0 || n == 0) return newref(empty_string);
  if (n == 1 && is_str_exact(s)) return newref(s);
  if (len > PTRDIFF_MAX / n) {
    set_error(&exc::OverflowError, "repeated string is too long");
    return nullptr;
  }
  ssize total = len * n;
  Object* r = allocate_str(total, str_kind(s), as_str(s)->ascii);
  if (!r) return nullptr;
  const int kind = str_kind(s);
  char* dst = static_cast<char*>(as_str(r)->data);
  size_t unit = static_cast<size_t>(len) * kind;
  if (len == 1 && kind == 1) {
    std::memset(dst, *static_cast<const char*>(str_data(s)), static_cast<size_t>(total));
  } else {
    // Doubling copies: O(log n) memcpy calls.
    std::memcpy(dst, str_data(s), unit);
    size_t done = unit, all = static_cast<size_t>(total) * kind;
    while (done < all) {
      size_t chunk = done < all - done ? done : all - done;
      std::memcpy(dst + done, dst, chunk);
      done += chunk;
    }
  }
  return r;
}

ssize str_len_slot(Object* s) { return str_length(s); }

Object* str_item(Object* s, ssize i) {
  if (i < 0 || i >= str_length(s)) {
    set_error(&exc::IndexError, "string index out of range");
    return nullptr;
  }
  return str_from_char(str_char_at(s, i));
}

Object* str_subscript(Object* s, Object* key) {
  if (is_slice(key)) {
    ssize start, stop, step;
    if (slice_unpack(key, &start, &stop, &step) < 0) return nullptr;
    ssize n = slice_adjust_indices(str_length(s), &start, &stop, step);
    if (n <= 0) return newref(empty_string);
    if (step == 1) return str_substring(s, start, start + n);
    const int kind = str_kind(s);
    const void* data = str_data(s);
    std::vector<uint32_t> cps(static_cast<size_t>(n));
    for (ssize i = 0, cur = start; i < n; ++i, cur += step) cps[static_cast<size_t>(i)] = str_read(kind, data, cur);
    return str_from_codepoints(cps.data(), n);
  }
  if (!has_index(key)) {
    return format_error(&exc::TypeError, "string indices must be integers, not '%.200s'", key->type->name);
  }
  ssize i = number_as_ssize(key, &exc::IndexError);
  if (i == -1 && error_occurred()) return nullptr;
  if (i < 0) i += str_length(s);
  return str_item(s, i);
}

int str_contains_slot(Object* s, Object* sub) { return str_contains(s, sub); }

Object* str_add_slot(Object* a, Object* b) { return str_concat(a, b); }

Object* str_richcompare(Object* a, Object* b, int op) {
  if (!is_str(a) || !is_str(b)) return newref(NotImplemented);
  bool r;
  if (op == kEQ || op == kNE) {
    r = str_equal(a, b) == (op == kEQ);
  } else {
    int c = str_compare(a, b);
    switch (op) {
      case kLT: r = c < 0; break;
      case kLE: r = c <= 0; break;
      case kGT: r = c > 0; break;
      default: r = c >= 0; break;
    }
  }
  return bool_from(r);
}

hash_t str_hash_slot(Object* s) { return str_hash(s); }

Object* str_str_slot(Object* s) {
  if (is_str_exact(s)) return newref(s);
  return str_from_kind_data(str_kind(s), str_data(s), str_length(s));
}

Object* str_repr_slot(Object* s) { return str_repr(s); }

// ---- iterators -----------------------------------------------------------------------------

struct StrIterObject : Object {
  ssize index;
  Object* seq;  // null when exhausted
};

void striter_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(static_cast<StrIterObject*>(o)->seq);
  free_object(o);
}

int striter_traverse(Object* o, visitproc visit, void* arg) {
  GLASSPY_VISIT(static_cast<StrIterObject*>(o)->seq);
  return 0;
}

Object* striter_next(Object* o) {
  StrIterObject* it = static_cast<StrIterObject*>(o);
  Object* s = it->seq;
  if (!s) return nullptr;
  if (it->index < str_length(s)) {
    return str_from_char(str_char_at(s, it->index++));
  }
  it->seq = nullptr;
  decref(s);
  return nullptr;
}

Object* striter_len(Object* o) {
  StrIterObject* it = static_cast<StrIterObject*>(o);
  ssize n = it->seq ? str_length(it->seq) - it->index : 0;
  return int_from_ssize(n);
}

Object* self_iter(Object* o) { return newref(o); }

// Pickling: iter(s) resumed at the index (an exhausted one as iter('')).
Object* striter_reduce(Object* o) {
  StrIterObject* it = static_cast<StrIterObject*>(o);
  if (!import_module_hook) return format_error(&exc::ImportError, "No module named 'builtins'");
  Object* builtins = import_module_hook("builtins");
  if (!builtins) return nullptr;
  Object* iter = get_attr_cstr(builtins, "iter");
  decref(builtins);
  if (!iter) return nullptr;
  Object* args = tuple_pack({it->seq ? it->seq : empty_str()});
  Object* result = nullptr;
  if (args && it->seq) {
    Object* index = int_from_ssize(it->index);
    if (index) result = tuple_pack({iter, args, index});
    xdecref(index);
  } else if (args) {
    result = tuple_pack({iter, args});
  }
  xdecref(args);
  decref(iter);
  return result;
}

Object* striter_setstate(Object* o, Object* state) {
  StrIterObject* it = static_cast<StrIterObject*>(o);
  ssize index;
  if (!iterator_state_index(state, &index)) return nullptr;
  if (it->seq) it->index = std::clamp<ssize>(index, 0, str_length(it->seq));
  return newref(None);
}

MethodDef striter_methods[] = {
    {"__length_hint__", striter_len, "How many items the iterator has left, as far as it knows."},
    {"__reduce__", striter_reduce, "How pickle rebuilds the iterator."},
    {"__setstate__", static_cast<OneArgMethod>(striter_setstate), "Moves the iterator to the given index."},
    {},
};

}  // namespace

Type StrIterType{{
    .name = "str_iterator",
    .basicsize = sizeof(StrIterObject),
    .dealloc = striter_dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .traverse = striter_traverse,
    .iter = self_iter,
    .iternext = striter_next,
    .methods = striter_methods,
}};

Type StrAsciiIterType{{
    .name = "str_ascii_iterator",
    .basicsize = sizeof(StrIterObject),
    .dealloc = striter_dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .traverse = striter_traverse,
    .iter = self_iter,
    .iternext = striter_next,
    .methods = striter_methods,
}};

namespace {

Object* str_iter(Object* s) {
  Object* o = allocate_object(as_str(s)->ascii ? &StrAsciiIterType : &StrIterType, sizeof(StrIterObject));
  if (!o) return nullptr;
  StrIterObject* it = static_cast<StrIterObject*>(o);
  it->index = 0;
  it->seq = newref(s);
  gc_track(o);
  return o;
}

// str(object='') / str(object=b'', encoding='utf-8', errors='strict').
Object* str_new_impl(Type* type, Object* args, Object* kwds) {
  Object* argv[3] = {};
  static const ArgParser parser{"str", {"object", "encoding", "errors"}, 0, 3};
  if (!parse_args_dict(parser, args, kwds, argv)) return nullptr;
  Object* result;
  if (!argv[0]) {
    result = newref(empty_string);
  } else if (!argv[1] && !argv[2]) {
    result = object_str(argv[0]);
  } else {
    result = str_decode_object(argv[0], argv[1], argv[2]);
  }
  if (!result || type == &StrType) return result;
  // A subclass instance holds its characters in a separate buffer.
  Object* o = type_generic_alloc(type, 0);
  if (!o) {
    decref(result);
    return nullptr;
  }
  StrObject* s = as_str(o);
  StrObject* src = as_str(result);
  size_t bytes = static_cast<size_t>(src->length + 1) * src->kind;
  s->data = std::malloc(bytes);
  if (!s->data) {
    decref(result);
    decref(o);
    return no_memory();
  }
  std::memcpy(s->data, src->data, bytes);
  s->length = src->length;
  s->kind = src->kind;
  s->ascii = src->ascii;
  s->hash = -1;
  if (s->ascii) {
    s->utf8 = static_cast<char*>(s->data);
    s->utf8_length = s->length;
  }
  decref(result);
  return o;
}

// str % args; the reflected call (value % str) is not ours to handle.
Object* str_mod(Object* v, Object* w) {
  if (!is_str(v)) return newref(NotImplemented);
  return str_percent_format(v, w);
}

NumberMethods str_as_number = {
    .nb_remainder = str_mod,
};

SequenceMethods str_as_sequence = {
    .sq_length = str_len_slot,
    .sq_concat = str_add_slot,
    .sq_repeat = str_repeat,
    .sq_item = str_item,
    .sq_contains = str_contains_slot,
};

MappingMethods str_as_mapping = {
    .mp_length = str_len_slot,
    .mp_subscript = str_subscript,
};

}  // namespace

Type StrType{{
    .name = "str",
    .basicsize = sizeof(StrObject),
    .dealloc = str_dealloc,
    .repr = str_repr_slot,
    .as_number = &str_as_number,
    .as_sequence = &str_as_sequence,
    .as_mapping = &str_as_mapping,
    .hash = str_hash_slot,
    .str = str_str_slot,
    .getattro = generic_getattr,
    .flags = tpflags::kBaseType | tpflags::kUnicodeSubclass | tpflags::kMatchSelf,
    .doc = "str(object='') -> str\nstr(bytes_or_buffer[, encoding[, errors]]) -> str\n\n"
           "Create a new string object from the given object. If encoding or\n"
           "errors is specified, then the object must expose a data buffer\n"
           "that will be decoded using the given encoding and error handler.\n"
           "Otherwise, returns the result of object.__str__() (if defined)\n"
           "or repr(object).\nencoding defaults to sys.getdefaultencoding().\n"
           "errors defaults to 'strict'.",
    .richcompare = str_richcompare,
    .iter = str_iter,
    .methods = str_methods,
    .new_ = str_new_impl,
}};

// ---- searching (shared with the methods) ------------------------------------------------

ssize str_find(Object* s, Object* sub, ssize start, ssize end, int direction) {
  const ssize n = str_length(s), m = str_length(sub);
  if (end > n) end = n;
  if (end < 0) {
    end += n;
    if (end < 0) end = 0;
  }
  if (start < 0) {
    start += n;
    if (start < 0) start = 0;
  }
  if (end - start < m) return -1;
  if (m == 0) return direction > 0 ? start : end;
  const int ks = str_kind(s), kt = str_kind(sub);
  if (kt > ks) return -1;  // sub has characters s cannot hold
  const void* ds = str_data(s);
  const void* dt = str_data(sub);
  const uint32_t first = str_read(kt, dt, 0);
  auto matches_at = [&](ssize i) {
    if (ks == kt) {
      return std::memcmp(static_cast<const char*>(ds) + i * ks, dt, static_cast<size_t>(m) * ks) == 0;
    }
    for (ssize k = 0; k < m; ++k)
      if (str_read(ks, ds, i + k) != str_read(kt, dt, k)) return false;
    return true;
  };
  if (direction > 0) {
    if (ks == 1 && kt == 1) {
      const char* base = static_cast<const char*>(ds);
      const char* p = base + start;
      const char* last = base + end - m;
      while (p <= last) {
        const void* hit = std::memchr(p, static_cast<int>(first), static_cast<size_t>(last - p + 1));
        if (!hit) return -1;
        p = static_cast<const char*>(hit);
        if (std::memcmp(p, dt, static_cast<size_t>(m)) == 0) return p - base;
        ++p;
      }
      return -1;
    }
    for (ssize i = start; i <= end - m; ++i)
      if (str_read(ks, ds, i) == first && matches_at(i)) return i;
  } else {
    for (ssize i = end - m; i >= start; --i)
      if (str_read(ks, ds, i) == first && matches_at(i)) return i;
  }
  return -1;
}

int str_contains(Object* s, Object* sub) {
  if (!is_str(sub)) {
    format_error(&exc::TypeError, "'in <string>' requires string as left operand, not %.100s",
                 sub->type->name);
    return -1;
  }
  return str_find(s, sub, 0, str_length(s), 1) >= 0;
}

Object* str_join(Object* sep, Object* iterable) {
  Object* seq = sequence_list(iterable);
  if (!seq) {
    if (error_matches(&exc::TypeError)) {
      // CPython's message names join's argument.
      Object* e = fetch_error();
      decref(e);
      return format_error(&exc::TypeError, "can only join an iterable");
    }
    return nullptr;
  }
  ssize n = list_size(seq);
  if (n == 1 && is_str_exact(list_item(seq, 0))) {
    Object* only = newref(list_item(seq, 0));
    decref(seq);
    return only;
  }
  ssize total = 0;
  const ssize seplen = str_length(sep);
  uint32_t maxchar = seplen ? max_char_class(sep) : 0;
  for (ssize i = 0; i < n; ++i) {
    Object* item = list_item(seq, i);
    if (!is_str(item)) {
      format_error(&exc::TypeError, "sequence item %zd: expected str instance, %.80s found", i,
                   item->type->name);
      decref(seq);
      return nullptr;
    }
    ssize len = str_length(item);
    uint32_t m = max_char_class(item);
    if (len && m > maxchar) maxchar = m;
    total += len;
    if (i) total += seplen;
  }
  Object* r = str_new(total, maxchar);
  if (!r) {
    decref(seq);
    return nullptr;
  }
  const int kind = str_kind(r);
  void* data = as_str(r)->data;
  ssize pos = 0;
  for (ssize i = 0; i < n; ++i) {
    if (i && seplen) {
      copy_characters(data, kind, pos, str_data(sep), str_kind(sep), 0, seplen);
      pos += seplen;
    }
    Object* item = list_item(seq, i);
    copy_characters(data, kind, pos, str_data(item), str_kind(item), 0, str_length(item));
    pos += str_length(item);
  }
  decref(seq);
  return r;
}

ssize str_sizeof(Object* o) {
  StrObject* s = as_str(o);
  // CPython's compact layouts: 48-byte header for ASCII, 72 otherwise; a
  // subclass's instances are never compact there (an 80-byte header).
  ssize header = !is_str_exact(o) ? 80 : s->ascii ? 48 : 72;
  ssize size = header + (s->length + 1) * s->kind;
  if (s->utf8 && s->utf8 != s->data) size += s->utf8_length + 1;
  return size;
}

// Called by objects_init.
int str_init() {
  empty_string = allocate_str(0, 1, true);
  if (!empty_string) return -1;
  for (int c = 0; c < 256; ++c) {
    latin1_chars[c] = allocate_str(1, 1, c < 128);
    if (!latin1_chars[c]) return -1;
    static_cast<uint8_t*>(as_str(latin1_chars[c])->data)[0] = static_cast<uint8_t>(c);
  }
  return 0;
}

}  // namespace glasspy
