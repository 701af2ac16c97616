// printf-style formatting for bytes: bytes % args (PEP 461).
//
// The directive syntax, argument handling and padding are those of
// str % args (str_percent_format.cpp); what differs is what the
// conversions accept and produce:
//   %s %b  a bytes-like object or one with __bytes__ (never str)
//   %r %a  ascii(x), encoded
//   %c     an int in range(256) or a single byte
//   numbers as for str, with "float argument required" for %e/%f/%g
// Mapping keys are bytes, and CPython's messages say "bytes formatting".
#include <climits>
#include <limits>
#include <new>
#include <stdexcept>
#include <string>

#include "objects/abstract.h"
#include "objects/bytearray.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/bytes_methods.h"
#include "objects/call.h"
#include "objects/complex.h"
#include "objects/double_format.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/known_strings.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

namespace {

constexpr unsigned kLeftJustify = 1;
constexpr unsigned kSign = 2;
constexpr unsigned kBlank = 4;
constexpr unsigned kAlternate = 8;
constexpr unsigned kZero = 16;

struct ByteFormatter {
  std::string_view format;
  size_t pos = 0;
  Object* args;
  bool args_owned = false;
  ssize arg_count;
  ssize arg_index;
  Object* dict = nullptr;
  std::string out;

  ~ByteFormatter() {
    if (args_owned) decref(args);
  }
  bool at_end() const { return pos >= format.size(); }
  // The byte at pos, advancing.  CPython reads some positions as a plain
  // (signed) char and the digit loops as unsigned, and the difference shows
  // in how a byte above 0x7f is reported: read_signed() returns those
  // negative.
  int read_signed() { return static_cast<signed char>(format[pos++]); }
  int read_unsigned() { return static_cast<unsigned char>(format[pos++]); }

  Object* next_arg() {
    if (arg_index < arg_count) {
      ssize i = arg_index++;
      return arg_count < 0 ? args : tuple_item(args, i);
    }
    set_error(&exc::TypeError, "not enough arguments for format string");
    return nullptr;
  }
};

bool is_number(Object* v) {
  NumberMethods* nb = v->type->as_number;
  return (nb && (nb->nb_index || nb->nb_int || nb->nb_float)) || is_complex(v);
}

// The digits of an integer conversion (see str_percent_format.cpp).
// Appends n copies of c; false with MemoryError when a width or precision
// asks for more memory than there is (the only place a request that large
// can come from, so the only place std::string may throw).
bool append_fill(std::string& out, ssize n, char c) {
  try {
    out.append(static_cast<size_t>(n), c);
  } catch (const std::bad_alloc&) {
    no_memory();
    return false;
  } catch (const std::length_error&) {
    no_memory();
    return false;
  }
  return true;
}

bool format_integer(Object* v, unsigned flags, ssize precision, char type, std::string& text) {
  if (type == 'i') type = 'd';
  Object* number = nullptr;
  if (is_int(v)) {
    number = newref(v);
  } else if (is_number(v)) {
    number = (type == 'o' || type == 'x' || type == 'X') ? number_index(v) : number_long(v);
    if (!number) {
      if (!error_matches(&exc::TypeError)) return false;
      clear_error();
    }
  }
  if (!number) {
    format_error(&exc::TypeError, "%%%c format: %s is required, not %.200s", type,
                 (type == 'o' || type == 'x' || type == 'X') ? "an integer" : "a real number", v->type->name);
    return false;
  }
  if (precision > INT_MAX - 3) {
    decref(number);
    set_error(&exc::OverflowError, "precision too large");
    return false;
  }
  const int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
  std::string raw;
  bool ok = int_to_text(number, base, true, raw);
  decref(number);
  if (!ok) return false;
  const bool negative = raw[0] == '-';
  text.assign(negative ? 1 : 0, '-');
  size_t digits_at = negative ? 1 : 0;
  if (base != 10) {
    if (flags & kAlternate) text += raw.substr(digits_at, 2);
    digits_at += 2;
  }
  std::string_view digits = std::string_view(raw).substr(digits_at);
  if (precision > static_cast<ssize>(digits.size()) &&
      !append_fill(text, precision - static_cast<ssize>(digits.size()), '0')) {
    return false;
  }
  text += digits;
  if (type == 'X') {
    for (char& c : text)
      if (c >= 'a' && c <= 'x') c = static_cast<char>(c - 'a' + 'A');
  }
  return true;
}

// %s / %b: the bytes of v; false with TypeError.
bool format_bytes_arg(Object* v, std::string& text) {
  if (is_bytes(v) || is_bytearray(v)) {
    text.assign(byteslike_view(v));
    return true;
  }
  // __bytes__ first, then any other buffer exporter (memoryview, array),
  // copied even when it is not contiguous.
  Object* func = lookup_special(v, ID(dunder_bytes));
  if (!func && error_occurred()) return false;
  if (!func && has_buffer(v)) {
    Object* copy = bytes_from_object(v);
    if (!copy) return false;
    text.assign(bytes_view(copy));
    decref(copy);
    return true;
  }
  if (func) {
    Object* b = call_no_args(func);
    decref(func);
    if (!b) return false;
    if (!is_bytes(b)) {
      format_error(&exc::TypeError, "__bytes__ returned non-bytes (type %.200s)", b->type->name);
      decref(b);
      return false;
    }
    text.assign(bytes_view(b));
    decref(b);
    return true;
  }
  if (error_occurred()) return false;
  format_error(&exc::TypeError,
               "%%b requires a bytes-like object, or an object that implements __bytes__, not '%.100s'",
               v->type->name);
  return false;
}

// %c: false with an error.
bool format_byte_char(Object* v, char* out) {
  const bool byteslike = is_bytes(v) || is_bytearray(v);
  if (byteslike && byteslike_view(v).size() == 1) {
    *out = byteslike_view(v)[0];
    return true;
  }
  if (!byteslike) {
    Object* index = number_index(v);
    if (index) {
      int overflow = 0;
      int64_t x = int_as_i64_overflow(index, &overflow);
      decref(index);
      if (overflow || x < 0 || x > 255) {
        set_error(&exc::OverflowError, "%c arg not in range(256)");
        return false;
      }
      *out = static_cast<char>(x);
      return true;
    }
    if (!error_matches(&exc::TypeError)) return false;
    clear_error();
  }
  set_error(&exc::TypeError, "%c requires an integer in range(256) or a single byte");
  return false;
}

bool format_one(ByteFormatter& f) {
  if (!f.at_end() && f.format[f.pos] == '%') {
    ++f.pos;
    f.out.push_back('%');
    return true;
  }
  if (!f.at_end() && f.format[f.pos] == '(') {
    if (!f.dict) {
      set_error(&exc::TypeError, "format requires a mapping");
      return false;
    }
    ++f.pos;
    const size_t key_start = f.pos;
    int depth = 1;
    while (depth > 0 && !f.at_end()) {
      char c = f.format[f.pos++];
      if (c == ')') {
        --depth;
      } else if (c == '(') {
        ++depth;
      }
    }
    if (depth > 0) {
      set_error(&exc::ValueError, "incomplete format key");
      return false;
    }
    Object* key = bytes_from_data(f.format.data() + key_start, static_cast<ssize>(f.pos - 1 - key_start));
    if (!key) return false;
    Object* value = get_item(f.dict, key);
    decref(key);
    if (!value) return false;
    if (f.args_owned) decref(f.args);
    f.args = value;
    f.args_owned = true;
    f.arg_count = -1;
    f.arg_index = -2;
  }
  unsigned flags = 0;
  ssize width = -1;
  ssize precision = -1;
  int c = 0;
  bool exhausted = false;
  auto advance = [&](bool as_unsigned = false) {
    if (f.at_end()) {
      exhausted = true;
      return;
    }
    c = as_unsigned ? f.read_unsigned() : f.read_signed();
  };
  for (;;) {
    advance();
    if (exhausted) break;
    unsigned flag = c == '-' ? kLeftJustify : c == '+' ? kSign : c == ' ' ? kBlank : c == '#' ? kAlternate
                  : c == '0' ? kZero : 0;
    if (!flag) break;
    flags |= flag;
  }
  if (!exhausted && c == '*') {
    Object* v = f.next_arg();
    if (!v) return false;
    if (!is_int(v)) {
      set_error(&exc::TypeError, "* wants int");
      return false;
    }
    width = int_as_ssize(v);
    if (width == -1 && error_occurred()) return false;
    if (width < 0) {
      flags |= kLeftJustify;
      width = -width;
    }
    advance();
  } else if (!exhausted && c >= '0' && c <= '9') {
    width = c - '0';
    for (;;) {
      advance(true);
      if (exhausted || c < '0' || c > '9') break;
      if (width > (std::numeric_limits<ssize>::max() - (c - '0')) / 10) {
        set_error(&exc::ValueError, "width too big");
        return false;
      }
      width = width * 10 + (c - '0');
    }
  }
  if (!exhausted && c == '.') {
    precision = 0;
    advance();
    if (!exhausted && c == '*') {
      Object* v = f.next_arg();
      if (!v) return false;
      if (!is_int(v)) {
        set_error(&exc::TypeError, "* wants int");
        return false;
      }
      int overflow = 0;
      int64_t p = int_as_i64_overflow(v, &overflow);
      if (overflow || p > INT_MAX || p < INT_MIN) {
        set_error(&exc::OverflowError, "Python int too large to convert to C int");
        return false;
      }
      precision = p < 0 ? 0 : p;
      advance();
    } else if (!exhausted && c >= '0' && c <= '9') {
      precision = c - '0';
      for (;;) {
        advance(true);
        if (exhausted || c < '0' || c > '9') break;
        if (precision > (INT_MAX - (c - '0')) / 10) {
          set_error(&exc::ValueError, "prec too big");
          return false;
        }
        precision = precision * 10 + (c - '0');
      }
    }
  }
  if (!exhausted && (c == 'h' || c == 'l' || c == 'L')) advance();
  if (exhausted) {
    set_error(&exc::ValueError, "incomplete format");
    return false;
  }
  Object* v = f.next_arg();
  if (!v) return false;

  std::string text;
  bool numeric = false;
  switch (c) {
    case 'r':
    case 'a': {
      Object* r = object_ascii(v);
      if (!r) return false;
      text = str_to_std(r);
      decref(r);
      if (precision >= 0 && static_cast<ssize>(text.size()) > precision) text.resize(static_cast<size_t>(precision));
      break;
    }
    case 's':
    case 'b':
      if (!format_bytes_arg(v, text)) return false;
      if (precision >= 0 && static_cast<ssize>(text.size()) > precision) text.resize(static_cast<size_t>(precision));
      break;
    case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
      if (!format_integer(v, flags, precision, static_cast<char>(c), text)) return false;
      numeric = true;
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      double x = float_as_double(v);
      if (x == -1.0 && error_occurred()) {
        clear_error();
        format_error(&exc::TypeError, "float argument required, not %.200s", v->type->name);
        return false;
      }
      text = double_to_string(x, static_cast<char>(c), precision < 0 ? 6 : static_cast<int>(precision),
                              (flags & kAlternate) ? dtoa_flags::kAlt : 0);
      numeric = true;
      break;
    }
    case 'c': {
      char byte;
      if (!format_byte_char(v, &byte)) return false;
      text.assign(1, byte);
      break;
    }
    default:
      if (c < 0) {
        // CPython reports the byte through a %c it cannot print.
        set_error(&exc::OverflowError, "character argument not in range(0x110000)");
      } else {
        format_error(&exc::ValueError, "unsupported format character '%c' (0x%x) at index %zd", c, c,
                     static_cast<ssize>(f.pos - 1));
      }
      return false;
  }

  // Sign, '0x' prefix and padding, as for str.
  const char fill = numeric && (flags & kZero) ? '0' : ' ';
  size_t index = 0;
  ssize len = static_cast<ssize>(text.size());
  char sign = 0;
  if (numeric) {
    if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
      sign = text[0];
      index = 1;
      --len;
    } else if (flags & kSign) {
      sign = '+';
    } else if (flags & kBlank) {
      sign = ' ';
    }
  }
  if (width < len) width = len;
  std::string& out = f.out;
  if (sign) {
    if (fill != ' ') out.push_back(sign);
    if (width > len) --width;
  }
  const bool prefixed = (flags & kAlternate) && (c == 'o' || c == 'x' || c == 'X');
  if (prefixed) {
    if (fill != ' ') {
      out.append(text, index, 2);
      index += 2;
    }
    width = std::max<ssize>(width - 2, 0);
    len -= 2;
  }
  if (width > len && !(flags & kLeftJustify)) {
    if (!append_fill(out, width - len, fill)) return false;
    width = len;
  }
  if (fill == ' ') {
    if (sign) out.push_back(sign);
    if (prefixed) {
      out.append(text, index, 2);
      index += 2;
    }
  }
  out.append(text, index, static_cast<size_t>(len));
  if (width > len && !append_fill(out, width - len, ' ')) return false;
  if (f.dict && f.arg_index < f.arg_count) {
    set_error(&exc::TypeError, "not all arguments converted during bytes formatting");
    return false;
  }
  return true;
}

}  // namespace

Object* bytes_percent_format(Object* format, Object* args) {
  ByteFormatter f;
  // A copy: conversions run Python code, which may change a bytearray format.
  const std::string format_copy(byteslike_view(format));
  f.format = format_copy;
  f.args = args;
  if (is_tuple(args)) {
    f.arg_count = tuple_size(args);
    f.arg_index = 0;
  } else {
    f.arg_count = -1;
    f.arg_index = -2;
  }
  MappingMethods* mp = args->type->as_mapping;
  if (mp && mp->mp_subscript && !is_tuple(args) && !is_bytes(args) && !is_str(args) && !is_bytearray(args))
    f.dict = args;
  while (!f.at_end()) {
    size_t next = f.format.find('%', f.pos);
    if (next == std::string_view::npos) next = f.format.size();
    f.out.append(f.format.substr(f.pos, next - f.pos));
    f.pos = next;
    if (f.at_end()) break;
    ++f.pos;
    if (!format_one(f)) return nullptr;
  }
  if (f.arg_index < f.arg_count && !f.dict) {
    set_error(&exc::TypeError, "not all arguments converted during bytes formatting");
    return nullptr;
  }
  return make_like(format, f.out);
}

}  // namespace glasspy
