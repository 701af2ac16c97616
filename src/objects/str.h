// `str`: immutable Unicode text in CPython's PEP 393 form.
//
// Storage: `length` code points of `kind` bytes each (1: all < 256, 2: all
// < 65536, 4: otherwise), always the narrowest kind that fits the text (a
// string is canonical, so equal strings have equal kinds), NUL-terminated.
// For exact str the data follows the object in the same allocation; a str
// subclass instance points to a separate buffer.  `ascii` marks 1-byte
// strings with every character < 128, whose data is also their UTF-8.
//
// The hash is CPython's: SipHash-1-3 (objects/hash.h) over the kind-sized
// code units, cached in `hash` (-1 until computed).  The UTF-8 form is
// computed on demand and cached (strings with lone surrogates have none:
// asking raises UnicodeEncodeError, as CPython does).
//
// Interning: at most one interned string per value; attribute names and
// identifiers are interned so that dict lookups of them compare pointers.
// The interning table does not own its strings (CPython's "mortal" interned
// strings): a string leaves the table when it dies.
#pragma once

#include <cstdarg>
#include <cstdint>
#include <string>
#include <string_view>

#include "objects/object.h"

namespace glasspy {

extern Type StrType;

struct StrObject : Object {
  ssize length;
  hash_t hash;
  uint8_t kind;      // 1, 2 or 4
  bool ascii;
  uint8_t interned;  // 0: no, 1: interned
  void* data;        // kind-sized code units + NUL
  char* utf8;        // cached UTF-8 (== data when ascii), or null
  ssize utf8_length;
};

inline bool is_str(Object* o) { return o->type->flags & tpflags::kUnicodeSubclass; }
inline bool is_str_exact(Object* o) { return o->type == &StrType; }
inline StrObject* as_str(Object* o) { return static_cast<StrObject*>(o); }

inline ssize str_length(Object* s) { return as_str(s)->length; }
inline int str_kind(Object* s) { return as_str(s)->kind; }
inline const void* str_data(Object* s) { return as_str(s)->data; }
inline uint32_t str_read(int kind, const void* data, ssize i) {
  switch (kind) {
    case 1: return static_cast<const uint8_t*>(data)[i];
    case 2: return static_cast<const uint16_t*>(data)[i];
    default: return static_cast<const uint32_t*>(data)[i];
  }
}
inline void str_write(int kind, void* data, ssize i, uint32_t ch) {
  switch (kind) {
    case 1: static_cast<uint8_t*>(data)[i] = static_cast<uint8_t>(ch); break;
    case 2: static_cast<uint16_t*>(data)[i] = static_cast<uint16_t>(ch); break;
    default: static_cast<uint32_t*>(data)[i] = ch; break;
  }
}
inline uint32_t str_char_at(Object* s, ssize i) { return str_read(str_kind(s), str_data(s), i); }
// The kind needed for a character.
inline int kind_for_char(uint32_t maxchar) { return maxchar < 256 ? 1 : maxchar < 65536 ? 2 : 4; }

// ---- creation (all return new references, or null with an error) ----------

// PyUnicode_New: an uninitialized string of `length` characters whose
// largest is `maxchar` (picks the kind); the caller writes every character.
Object* str_new(ssize length, uint32_t maxchar);
// From UTF-8; invalid UTF-8 raises UnicodeDecodeError as CPython's decoder.
Object* str_from_utf8(const char* s, ssize len);
Object* str_from_utf8(std::string_view s);
Object* str_from_cstr(const char* s);
// From generalized UTF-8 that may hold lone surrogates (the compiler's and
// util/unicode.h's form); never fails except on memory.
Object* str_from_generalized_utf8(std::string_view s);
// From code units of a kind; the result is narrowed to the canonical kind.
Object* str_from_kind_data(int kind, const void* data, ssize length);
Object* str_from_codepoints(const uint32_t* cps, ssize length);
Object* str_from_char(uint32_t ch);  // chr(ch); Latin-1 characters are cached
// The empty string singleton, borrowed.
Object* empty_str();
// PyUnicode_FromFormat (see errors.h for the directives).
Object* str_from_format(const char* format, ...);
Object* str_from_format_v(const char* format, va_list args);
// A substring [start, end) (0 <= start <= end <= length); returns s itself
// when it is the whole exact str.
Object* str_substring(Object* s, ssize start, ssize end);

// str(obj, encoding, errors): decodes a bytes-like object (codecs.cpp).
// encoding/errors are str objects or null (utf-8 / strict).
Object* str_decode_object(Object* obj, Object* encoding, Object* errors);
// str.encode: a bytes object.
Object* str_encode(Object* s, Object* encoding, Object* errors);

// ---- access -------------------------------------------------------------------

// The UTF-8 form, cached; null with UnicodeEncodeError for lone surrogates.
const char* str_as_utf8(Object* s, ssize* len = nullptr);
// UTF-8 for messages: lone surrogates become '?' (never fails).  Not cached.
std::string str_to_std(Object* s);
inline bool str_is_ascii(Object* s) { return as_str(s)->ascii; }

hash_t str_hash(Object* s);
// Equality of two str objects (exact or not).
bool str_equal(Object* a, Object* b);
bool str_equal_cstr(Object* a, const char* ascii);
// -1, 0, 1 by code points.
int str_compare(Object* a, Object* b);
int str_compare_cstr(Object* a, const char* ascii);

// ---- operations ---------------------------------------------------------------

Object* str_concat(Object* a, Object* b);
// sep.join(iterable).
Object* str_join(Object* sep, Object* iterable);
// repr(s) as a str; the ascii() form escapes everything non-ASCII.
Object* str_repr(Object* s);
Object* str_ascii_repr(Object* s);
// Appends repr(s) (UTF-8) to out.
void append_str_repr(std::string& out, Object* s);
// 1 / 0 / -1 (error: sub not a str).
int str_contains(Object* s, Object* sub);
// str.find over [start, end); -1 if absent.
ssize str_find(Object* s, Object* sub, ssize start, ssize end, int direction);

// ---- formatting -----------------------------------------------------------------

// str.format(*args, **kwargs) (kwargs may be null) and str.format_map(mapping)
// (str_format_method.cpp).
Object* str_format_method(Object* self, Object* args, Object* kwargs);
Object* str_format_map_method(Object* self, Object* mapping);
// format % args (str_percent_format.cpp).
Object* str_percent_format(Object* format, Object* args);

// ---- interning ----------------------------------------------------------------

// Replaces *p (a new or borrowed... see below) by the interned string of the
// same value, transferring the reference: *p must own one count; afterwards
// it owns one count of the interned object.  Only exact str are interned.
void str_intern_in_place(Object** p);
// An interned string from ASCII/UTF-8 text (new reference).
Object* str_intern_cstr(const char* s);
inline bool str_is_interned(Object* s) { return as_str(s)->interned != 0; }

// ---- builder --------------------------------------------------------------------

// Accumulates code points (UTF-8 text or characters) and makes a canonical
// str at the end; used by repr, join, format and the methods.
class StrBuilder {
 public:
  void append_ascii(std::string_view s) { append_utf8(s); }
  void append_utf8(std::string_view s);  // well-formed (generalized) UTF-8
  void append_char(uint32_t ch) {
    if (ch > maxchar_) maxchar_ = ch;
    chars_.push_back(ch);
  }
  void append_str(Object* s);  // a str object
  void append_str(Object* s, ssize start, ssize end);
  ssize length() const { return static_cast<ssize>(chars_.size()); }
  void reserve(size_t n) { chars_.reserve(n); }
  Object* finish();  // new reference

 private:
  std::u32string chars_;
  uint32_t maxchar_ = 0;
};

// The value 0..9 of a Unicode decimal digit (any script), or -1.
int decimal_digit_value(uint32_t ch);

// Equality by code points between a kind-sized buffer pair (no allocation).
bool kind_data_equal(int kind_a, const void* a, int kind_b, const void* b, ssize n);

// The sizeof of a str as CPython reports it (sys.getsizeof without GC part).
ssize str_sizeof(Object* s);

}  // namespace glasspy
