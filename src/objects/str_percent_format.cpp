// printf-style formatting: str % args.
//
// A directive is '%' [ '(' key ')' ] flags* [width | '*'] ['.' (precision |
// '*')] [h|l|L] conversion.  Arguments come one by one from a tuple, or the
// right operand is the single argument; a mapping operand (anything with
// __getitem__ that is neither a tuple nor a str) supplies the '(key)'
// arguments and is also what a key-less directive consumes.  Leftover tuple
// items raise "not all arguments converted".
//
// Numbers are converted to text first (with the precision as a minimum
// digit count for integers), then padded: '0' fills between the sign /
// '0x' prefix and the digits, '-' pads on the right with spaces.  The
// parse is a faithful replay of CPython's, including where a truncated
// directive stops ("incomplete format") and which argument is consumed
// before an unsupported conversion character is reported.
#include <climits>
#include <limits>
#include <string>

#include "objects/abstract.h"
#include "objects/complex.h"
#include "objects/double_format.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/exhaustion_guard.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace glasspy {

namespace {

constexpr unsigned kLeftJustify = 1;  // '-'
constexpr unsigned kSign = 2;         // '+'
constexpr unsigned kBlank = 4;        // ' '
constexpr unsigned kAlternate = 8;    // '#'
constexpr unsigned kZero = 16;        // '0'

struct Formatter {
  Object* format;
  ssize length;
  ssize pos = 0;      // next character to read
  Object* args;       // the tuple, the single argument, or a mapping value
  bool args_owned = false;
  ssize arg_count;    // -1 when args is a single object
  ssize arg_index;
  Object* dict = nullptr;
  bool used_whole_format = false;  // the format had no conversion at all
  StrBuilder out;

  ~Formatter() {
    if (args_owned) decref(args);
  }
  // The character at pos, advancing; 0 past the end (the caller checks).
  uint32_t read() { return pos < length ? str_char_at(format, pos++) : (++pos, 0u); }
  bool at_end() const { return pos >= length; }

  // Borrowed.
  Object* next_arg() {
    if (arg_index < arg_count) {
      ssize i = arg_index++;
      return arg_count < 0 ? args : tuple_item(args, i);
    }
    set_error(&exc::TypeError, "not enough arguments for format string");
    return nullptr;
  }
};

struct Directive {
  uint32_t ch = 0;
  unsigned flags = 0;
  ssize width = -1;
  ssize precision = -1;
  bool numeric_sign = false;  // the text may carry a sign to place
};

// Parses after the '%' up to and including the conversion character.
bool parse_directive(Formatter& f, Directive& d) {
  if (!f.at_end() && str_char_at(f.format, f.pos) == '(') {
    if (!f.dict) {
      set_error(&exc::TypeError, "format requires a mapping");
      return false;
    }
    ++f.pos;
    const ssize key_start = f.pos;
    int depth = 1;
    while (depth > 0 && f.pos < f.length) {
      uint32_t c = str_char_at(f.format, f.pos++);
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
    Object* key = str_substring(f.format, key_start, f.pos - 1);
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
  // Each step below reads one character; running out of text before the
  // conversion character is an incomplete format.
  bool exhausted = false;
  auto advance = [&]() {
    if (f.at_end()) {
      exhausted = true;
      return;
    }
    d.ch = f.read();
  };
  for (;;) {
    advance();
    if (exhausted) break;
    unsigned flag = d.ch == '-' ? kLeftJustify : d.ch == '+' ? kSign : d.ch == ' ' ? kBlank
                  : d.ch == '#' ? kAlternate : d.ch == '0' ? kZero : 0;
    if (!flag) break;
    d.flags |= flag;
  }
  if (!exhausted && d.ch == '*') {
    Object* v = f.next_arg();
    if (!v) return false;
    if (!is_int(v)) {
      set_error(&exc::TypeError, "* wants int");
      return false;
    }
    d.width = int_as_ssize(v);
    if (d.width == -1 && error_occurred()) return false;
    if (d.width < 0) {
      d.flags |= kLeftJustify;
      d.width = -d.width;
    }
    advance();
  } else if (!exhausted && d.ch >= '0' && d.ch <= '9') {
    d.width = d.ch - '0';
    for (;;) {
      advance();
      if (exhausted || d.ch < '0' || d.ch > '9') break;
      if (d.width > (std::numeric_limits<ssize>::max() - static_cast<int>(d.ch - '0')) / 10) {
        set_error(&exc::ValueError, "width too big");
        return false;
      }
      d.width = d.width * 10 + (d.ch - '0');
    }
  }
  if (!exhausted && d.ch == '.') {
    d.precision = 0;
    advance();
    if (!exhausted && d.ch == '*') {
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
      d.precision = p < 0 ? 0 : p;
      advance();
    } else if (!exhausted && d.ch >= '0' && d.ch <= '9') {
      d.precision = d.ch - '0';
      for (;;) {
        advance();
        if (exhausted || d.ch < '0' || d.ch > '9') break;
        if (d.precision > (INT_MAX - static_cast<int>(d.ch - '0')) / 10) {
          set_error(&exc::ValueError, "precision too big");
          return false;
        }
        d.precision = d.precision * 10 + (d.ch - '0');
      }
    }
  }
  if (!exhausted && (d.ch == 'h' || d.ch == 'l' || d.ch == 'L')) advance();
  if (exhausted) {
    set_error(&exc::ValueError, "incomplete format");
    return false;
  }
  return true;
}

bool is_number(Object* v) {
  NumberMethods* nb = v->type->as_number;
  return (nb && (nb->nb_index || nb->nb_int || nb->nb_float)) || is_complex(v);
}

// %d %i %u %o %x %X: the digits (with '0o'/'0x' under '#', zero-extended
// to the precision); null with an error.
Object* format_integer(Object* v, const Directive& d) {
  const char type = static_cast<char>(d.ch);
  Object* number = nullptr;
  if (is_number(v)) {
    if (is_int(v)) {
      number = newref(v);
    } else {
      number = (type == 'o' || type == 'x' || type == 'X') ? number_index(v) : number_long(v);
      if (!number && !error_matches(&exc::TypeError)) return nullptr;
      if (!number) clear_error();
    }
  }
  if (!number) {
    if (type == 'o' || type == 'x' || type == 'X') {
      format_error(&exc::TypeError, "%%%c format: an integer is required, not %.200s", type, v->type->name);
    } else {
      format_error(&exc::TypeError, "%%%c format: a real number is required, not %.200s", type, v->type->name);
    }
    return nullptr;
  }
  if (d.precision > INT_MAX - 3) {
    decref(number);
    set_error(&exc::OverflowError, "precision too large");
    return nullptr;
  }
  const int base = type == 'o' ? 8 : (type == 'x' || type == 'X') ? 16 : 10;
  std::string text;
  bool ok = int_to_text(number, base, true, text);
  decref(number);
  if (!ok) return nullptr;
  const bool negative = text[0] == '-';
  std::string prefix = negative ? "-" : "";
  size_t digits_at = negative ? 1 : 0;
  if (base != 10) {
    if (d.flags & kAlternate) prefix += text.substr(digits_at, 2);
    digits_at += 2;
  }
  std::string digits = text.substr(digits_at);
  if (d.precision > static_cast<ssize>(digits.size()))
    digits.insert(0, static_cast<size_t>(d.precision) - digits.size(), '0');
  std::string result = prefix + digits;
  if (type == 'X') {
    for (char& c : result)
      if (c >= 'a' && c <= 'x') c = static_cast<char>(c - 'a' + 'A');
  }
  return str_from_utf8(result);
}

Object* format_float(Object* v, const Directive& d) {
  double x = float_as_double(v);
  if (x == -1.0 && error_occurred()) return nullptr;
  int precision = d.precision < 0 ? 6 : static_cast<int>(d.precision);
  unsigned flags = (d.flags & kAlternate) ? dtoa_flags::kAlt : 0;
  return str_from_utf8(double_to_string(x, static_cast<char>(d.ch), precision, flags));
}

// %c: an int code point or a one-character str; -1 with an error.
int64_t format_char(Object* v) {
  if (is_str(v)) {
    if (str_length(v) == 1) return str_char_at(v, 0);
  } else {
    Object* index = number_index(v);
    if (index) {
      int overflow = 0;
      int64_t x = int_as_i64_overflow(index, &overflow);
      decref(index);
      if (overflow || x < 0 || x > 0x10ffff) {
        set_error(&exc::OverflowError, "%c arg not in range(0x110000)");
        return -1;
      }
      return x;
    }
  }
  clear_error();
  set_error(&exc::TypeError, "%c requires int or char");
  return -1;
}

// Writes one converted argument with its sign, prefix and padding.
void write_padded(Formatter& f, Directive& d, Object* text) {
  StrBuilder& out = f.out;
  ssize len = str_length(text);
  if ((d.width == -1 || d.width <= len) && (d.precision == -1 || d.precision >= len) &&
      !(d.flags & (kSign | kBlank))) {
    out.append_str(text);
    return;
  }
  if ((d.ch == 's' || d.ch == 'r' || d.ch == 'a') && d.precision >= 0 && len > d.precision) len = d.precision;
  const uint32_t fill = d.numeric_sign && (d.flags & kZero) ? '0' : ' ';
  ssize index = 0;
  uint32_t sign_char = 0;
  bool sign = d.numeric_sign;
  if (sign) {
    uint32_t first = len > 0 ? str_char_at(text, 0) : 0;
    if (first == '-' || first == '+') {
      sign_char = first;
      --len;
      ++index;
    } else if (d.flags & kSign) {
      sign_char = '+';
    } else if (d.flags & kBlank) {
      sign_char = ' ';
    } else {
      sign = false;
    }
  }
  ssize width = std::max(d.width, len);
  // Reserving first makes an impossible width fail at once (see exhaustion_guard.h).
  if (width > len) out.reserve(static_cast<size_t>(out.length()) + static_cast<size_t>(width) + 3);
  if (sign) {
    if (fill != ' ') out.append_char(sign_char);
    if (width > len) --width;
  }
  const bool prefixed = (d.flags & kAlternate) && (d.ch == 'x' || d.ch == 'X' || d.ch == 'o');
  if (prefixed) {
    if (fill != ' ') {
      out.append_char('0');
      out.append_char(d.ch);
      index += 2;
    }
    width = std::max<ssize>(width - 2, 0);
    len -= 2;
  }
  if (width > len && !(d.flags & kLeftJustify)) {
    for (ssize i = len; i < width; ++i) out.append_char(fill);
    width = len;
  }
  if (fill == ' ') {
    if (sign) out.append_char(sign_char);
    if (prefixed) {
      out.append_char('0');
      out.append_char(d.ch);
      index += 2;
    }
  }
  out.append_str(text, index, index + len);
  for (ssize i = len; i < width; ++i) out.append_char(' ');
}

// One directive after its '%'; false with an error.
bool format_one(Formatter& f) {
  if (!f.at_end() && str_char_at(f.format, f.pos) == '%') {
    ++f.pos;
    f.out.append_char('%');
    return true;
  }
  Directive d;
  if (!parse_directive(f, d)) return false;
  Object* v = f.next_arg();
  if (!v) return false;
  Object* text = nullptr;
  switch (d.ch) {
    case 's': case 'r': case 'a':
      if (is_int_exact(v) && d.width == -1 && d.precision == -1) {
        text = int_to_decimal_str(v);
      } else if (d.ch == 's') {
        text = is_str_exact(v) ? newref(v) : object_str(v);
      } else {
        text = d.ch == 'r' ? object_repr(v) : object_ascii(v);
      }
      break;
    case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
      text = format_integer(v, d);
      d.numeric_sign = true;
      break;
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
      text = format_float(v, d);
      d.numeric_sign = true;
      break;
    case 'c': {
      int64_t ch = format_char(v);
      if (ch < 0) return false;
      text = str_from_char(static_cast<uint32_t>(ch));
      break;
    }
    default:
      format_error(&exc::ValueError, "unsupported format character '%c' (0x%x) at index %zd",
                   d.ch >= 31 && d.ch <= 126 ? static_cast<int>(d.ch) : '?', static_cast<int>(d.ch), f.pos - 1);
      return false;
  }
  if (!text) return false;
  write_padded(f, d, text);
  decref(text);
  if (f.dict && f.arg_index < f.arg_count) {
    set_error(&exc::TypeError, "not all arguments converted during string formatting");
    return false;
  }
  return true;
}

}  // namespace

namespace {

Object* percent_format_unguarded(Object* format, Object* args) {
  Formatter f;
  f.format = format;
  f.length = str_length(format);
  f.args = args;
  if (is_tuple(args)) {
    f.arg_count = tuple_size(args);
    f.arg_index = 0;
  } else {
    f.arg_count = -1;
    f.arg_index = -2;
  }
  MappingMethods* mp = args->type->as_mapping;
  if (mp && mp->mp_subscript && !is_tuple(args) && !is_str(args)) f.dict = args;
  while (f.pos < f.length) {
    const ssize start = f.pos;
    while (f.pos < f.length && str_char_at(format, f.pos) != '%') ++f.pos;
    if (f.pos > start) f.out.append_str(format, start, f.pos);
    if (f.pos >= f.length) {
      f.used_whole_format = start == 0;
      break;
    }
    ++f.pos;  // the '%'
    if (!format_one(f)) return nullptr;
  }
  if (f.arg_index < f.arg_count && !f.dict) {
    set_error(&exc::TypeError, "not all arguments converted during string formatting");
    return nullptr;
  }
  // A format without conversions is its own result, as CPython's writer
  // hands back a string copied whole (a str subclass keeps its type).
  if (f.used_whole_format) return newref(format);
  return f.out.finish();
}

}  // namespace

Object* str_percent_format(Object* format, Object* args) {
  return guard_exhaustion([&] { return percent_format_unguarded(format, args); });
}

}  // namespace glasspy
