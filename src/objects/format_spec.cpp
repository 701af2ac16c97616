// The format specifier mini-language.  A number is rendered as
//
//   <lpad><sign><prefix><spad><grouped digits><point><remainder><rpad>
//
// where at most one of the paddings is non-empty (chosen by the alignment),
// <prefix> is '0x' & co. with '#', and <remainder> is what follows the
// integer digits (fraction, exponent, '%', or the character for 'c').  With
// '0' fill and '=' alignment the padding becomes leading zeros inside the
// digits instead, so that they take part in the grouping ('00,001,234').
#include "objects/format_spec.h"

#include <algorithm>
#include <climits>
#include <limits>
#include <cmath>
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

namespace glasspy {

namespace {

struct Spec {
  uint32_t fill = ' ';
  uint32_t align = '>';
  bool alternate = false;
  bool no_neg_0 = false;
  uint32_t sign = 0;  // 0, '+', '-' or ' '
  ssize width = -1;
  char separator = 0;  // 0, ',' or '_'
  int group_size = 3;  // digits per group (4 for '_' in bin/oct/hex)
  ssize precision = -1;
  uint32_t type = 0;
};

bool is_align(uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

// Reads decimal digits (any script) at *pos; the count read, or -1 on
// overflow (error set).
ssize read_integer(Object* spec, ssize* pos, ssize end, ssize* result) {
  ssize value = 0;
  ssize count = 0;
  for (; *pos < end; ++*pos, ++count) {
    int digit = decimal_digit_value(str_char_at(spec, *pos));
    if (digit < 0) break;
    if (value > (std::numeric_limits<ssize>::max() - digit) / 10) {
      set_error(&exc::ValueError, "Too many decimal digits in format string");
      return -1;
    }
    value = value * 10 + digit;
  }
  *result = value;
  return count;
}

void unknown_presentation_type(uint32_t type, Object* value) {
  if (type > 32 && type < 128) {
    format_error(&exc::ValueError, "Unknown format code '%c' for object of type '%.200s'", static_cast<int>(type),
                 value->type->name);
  } else {
    format_error(&exc::ValueError, "Unknown format code '\\x%x' for object of type '%.200s'", static_cast<unsigned>(type),
                 value->type->name);
  }
}

bool parse_spec(Object* spec, Spec& f, uint32_t default_type, uint32_t default_align, Object* value) {
  const ssize end = str_length(spec);
  ssize pos = 0;
  auto at = [&](ssize i) { return str_char_at(spec, i); };
  f.align = default_align;
  f.type = default_type;
  bool fill_given = false;
  bool align_given = false;
  if (end - pos >= 2 && is_align(at(pos + 1))) {
    f.align = at(pos + 1);
    f.fill = at(pos);
    fill_given = align_given = true;
    pos += 2;
  } else if (end - pos >= 1 && is_align(at(pos))) {
    f.align = at(pos);
    align_given = true;
    ++pos;
  }
  if (end - pos >= 1 && (at(pos) == '+' || at(pos) == '-' || at(pos) == ' ')) f.sign = at(pos++);
  if (end - pos >= 1 && at(pos) == 'z') {
    f.no_neg_0 = true;
    ++pos;
  }
  if (end - pos >= 1 && at(pos) == '#') {
    f.alternate = true;
    ++pos;
  }
  if (!fill_given && end - pos >= 1 && at(pos) == '0') {
    f.fill = '0';
    if (!align_given && default_align == '>') f.align = '=';
    ++pos;
  }
  ssize consumed = read_integer(spec, &pos, end, &f.width);
  if (consumed < 0) return false;
  if (consumed == 0) f.width = -1;
  if (end - pos >= 1 && at(pos) == ',') {
    f.separator = ',';
    ++pos;
  }
  if (end - pos >= 1 && at(pos) == '_') {
    if (f.separator) {
      set_error(&exc::ValueError, "Cannot specify both ',' and '_'.");
      return false;
    }
    f.separator = '_';
    ++pos;
  }
  // A ',' after '_' is a conflict; a second ',' after ',' is left for the
  // type check below (",," reads as type ',').
  if (end - pos >= 1 && at(pos) == ',' && f.separator == '_') {
    set_error(&exc::ValueError, "Cannot specify both ',' and '_'.");
    return false;
  }
  if (end - pos >= 1 && at(pos) == '.') {
    ++pos;
    consumed = read_integer(spec, &pos, end, &f.precision);
    if (consumed < 0) return false;
    if (consumed == 0) {
      set_error(&exc::ValueError, "Format specifier missing precision");
      return false;
    }
  }
  if (end - pos > 1) {
    format_error(&exc::ValueError, "Invalid format specifier '%U' for object of type '%.200s'", spec,
                 value->type->name);
    return false;
  }
  if (end - pos == 1) f.type = at(pos);
  if (f.separator) {
    switch (f.type) {
      case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
        break;
      case 'b': case 'o': case 'x': case 'X':
        if (f.separator == '_') {
          f.group_size = 4;
          break;
        }
        [[fallthrough]];
      default:
        if (f.type > 32 && f.type < 128) {
          format_error(&exc::ValueError, "Cannot specify '%c' with '%c'.", f.separator, static_cast<int>(f.type));
        } else {
          format_error(&exc::ValueError, "Cannot specify '%c' with '\\x%x'.", f.separator,
                       static_cast<unsigned>(f.type));
        }
        return false;
    }
  }
  return true;
}

void append_fill(StrBuilder& out, uint32_t ch, ssize n) {
  if (n <= 0) return;
  // Reserving first makes an impossible width fail at once (see exhaustion_guard.h).
  out.reserve(static_cast<size_t>(out.length()) + static_cast<size_t>(n));
  for (ssize i = 0; i < n; ++i) out.append_char(ch);
}

// The digits with separators every `group` digits from the right, left-
// padded with zeros (which are grouped too) to at least min_width
// characters.  separator 0 means no grouping.
std::string group_digits_padded(std::string_view digits, ssize min_width, char separator, int group) {
  std::string reversed;
  ssize remaining = static_cast<ssize>(digits.size());
  ssize pos = remaining;
  bool use_separator = false;
  bool done = false;
  auto emit = [&](ssize chars, ssize zeros) {
    if (use_separator) reversed.push_back(separator);
    for (ssize i = 0; i < chars; ++i) reversed.push_back(digits[static_cast<size_t>(--pos)]);
    reversed.append(static_cast<size_t>(zeros), '0');
  };
  if (separator) {
    for (;;) {
      ssize l = std::min<ssize>(group, std::max<ssize>(std::max(remaining, min_width), 1));
      ssize zeros = std::max<ssize>(0, l - remaining);
      ssize chars = std::max<ssize>(0, std::min(remaining, l));
      emit(chars, zeros);
      use_separator = true;
      remaining -= chars;
      min_width -= l;
      if (remaining <= 0 && min_width <= 0) {
        done = true;
        break;
      }
      min_width -= 1;  // the separator's width
    }
  }
  if (!done) {
    ssize l = std::max<ssize>(std::max(remaining, min_width), 1);
    emit(std::max<ssize>(0, std::min(remaining, l)), std::max<ssize>(0, l - remaining));
  }
  std::reverse(reversed.begin(), reversed.end());
  return reversed;
}

uint32_t ascii_upper(uint32_t c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }

// The parts of a number to lay out.  sign_char is '-' for negative values
// or 0; digits are ASCII and may be empty ('c', inf, nan).
struct NumberParts {
  uint32_t sign_char = 0;
  std::string prefix;
  std::string digits;
  bool has_point = false;
  std::u32string remainder;
};

void write_number(StrBuilder& out, const Spec& f, const NumberParts& n, char separator, int group, bool upper) {
  uint32_t sign = 0;
  if (f.sign == '+') {
    sign = n.sign_char == '-' ? '-' : '+';
  } else if (f.sign == ' ') {
    sign = n.sign_char == '-' ? '-' : ' ';
  } else if (n.sign_char == '-') {
    sign = '-';
  }
  const ssize non_digits = (sign ? 1 : 0) + static_cast<ssize>(n.prefix.size()) + (n.has_point ? 1 : 0) +
                           static_cast<ssize>(n.remainder.size());
  const ssize min_width = f.fill == '0' && f.align == '=' ? f.width - non_digits : 0;
  std::string grouped = n.digits.empty() ? std::string() : group_digits_padded(n.digits, min_width, separator, group);
  ssize padding = f.width - (non_digits + static_cast<ssize>(grouped.size()));
  ssize lpad = 0, spad = 0, rpad = 0;
  if (padding > 0) {
    switch (f.align) {
      case '<': rpad = padding; break;
      case '^': lpad = padding / 2; rpad = padding - lpad; break;
      case '=': spad = padding; break;
      default: lpad = padding; break;
    }
  }
  append_fill(out, f.fill, lpad);
  if (sign) out.append_char(sign);
  for (char c : n.prefix) out.append_char(upper ? ascii_upper(static_cast<unsigned char>(c)) : static_cast<unsigned char>(c));
  append_fill(out, f.fill, spad);
  for (char c : grouped) out.append_char(upper ? ascii_upper(static_cast<unsigned char>(c)) : static_cast<unsigned char>(c));
  if (n.has_point) out.append_char('.');
  for (char32_t c : n.remainder) out.append_char(c);
  append_fill(out, f.fill, rpad);
}

// Splits double_to_string's output into NumberParts.
NumberParts parse_float_text(const std::string& text) {
  NumberParts n;
  size_t i = 0;
  if (!text.empty() && text[0] == '-') {
    n.sign_char = '-';
    i = 1;
  }
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') n.digits.push_back(text[i++]);
  if (i < text.size() && text[i] == '.') {
    n.has_point = true;
    ++i;
  }
  for (; i < text.size(); ++i) n.remainder.push_back(static_cast<unsigned char>(text[i]));
  return n;
}

Object* empty_spec_result(Object* value, bool exact) {
  if (exact && is_str_exact(value)) return newref(value);
  return object_str(value);
}

// ---- str ----------------------------------------------------------------------

Object* format_string_unguarded(Object* value, const Spec& f) {
  if (f.sign) {
    set_error(&exc::ValueError,
              f.sign == ' ' ? "Space not allowed in string format specifier" : "Sign not allowed in string format specifier");
    return nullptr;
  }
  if (f.no_neg_0) {
    set_error(&exc::ValueError, "Negative zero coercion (z) not allowed in string format specifier");
    return nullptr;
  }
  if (f.alternate) {
    set_error(&exc::ValueError, "Alternate form (#) not allowed in string format specifier");
    return nullptr;
  }
  if (f.align == '=') {
    set_error(&exc::ValueError, "'=' alignment not allowed in string format specifier");
    return nullptr;
  }
  ssize len = str_length(value);
  if ((f.width == -1 || f.width <= len) && (f.precision == -1 || f.precision >= len)) {
    return is_str_exact(value) ? newref(value) : str_substring(value, 0, len);
  }
  if (f.precision >= 0 && len >= f.precision) len = f.precision;
  ssize total = std::max(len, f.width);
  ssize lpad = f.align == '>' ? total - len : f.align == '^' ? (total - len) / 2 : 0;
  ssize rpad = total - len - lpad;
  StrBuilder out;
  out.reserve(static_cast<size_t>(total));
  append_fill(out, f.fill, lpad);
  out.append_str(value, 0, len);
  append_fill(out, f.fill, rpad);
  return out.finish();
}

// ---- int ------------------------------------------------------------------------

Object* format_long_unguarded(Object* value, const Spec& f) {
  if (f.precision != -1) {
    set_error(&exc::ValueError, "Precision not allowed in integer format specifier");
    return nullptr;
  }
  if (f.no_neg_0) {
    set_error(&exc::ValueError, "Negative zero coercion (z) not allowed in integer format specifier");
    return nullptr;
  }
  NumberParts n;
  if (f.type == 'c') {
    if (f.sign) {
      set_error(&exc::ValueError, "Sign not allowed with integer format specifier 'c'");
      return nullptr;
    }
    if (f.alternate) {
      set_error(&exc::ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
      return nullptr;
    }
    long x = int_as_long(value);
    if (x == -1 && error_occurred()) return nullptr;
    if (x < 0 || x > 0x10ffff) {
      set_error(&exc::OverflowError, "%c arg not in range(0x110000)");
      return nullptr;
    }
    n.remainder.push_back(static_cast<char32_t>(x));
    StrBuilder out;
    write_number(out, f, n, 0, 3, false);
    return out.finish();
  }
  int base = 10;
  switch (f.type) {
    case 'b': base = 2; break;
    case 'o': base = 8; break;
    case 'x': case 'X': base = 16; break;
    default: break;
  }
  std::string text;
  if (!int_to_text(value, base, true, text)) return nullptr;
  size_t skip = 0;
  if (text[0] == '-') {
    n.sign_char = '-';
    skip = 1;
  }
  if (base != 10) {
    if (f.alternate) n.prefix = text.substr(skip, 2);
    skip += 2;
  }
  n.digits = text.substr(skip);
  StrBuilder out;
  write_number(out, f, n, f.type == 'n' ? 0 : f.separator, f.group_size, f.type == 'X');
  return out.finish();
}

// ---- float ------------------------------------------------------------------------

Object* format_float_unguarded(double value, const Spec& f) {
  if (f.precision > INT_MAX) {
    set_error(&exc::ValueError, "precision too big");
    return nullptr;
  }
  int precision = static_cast<int>(f.precision);
  int default_precision = 6;
  unsigned flags = 0;
  if (f.alternate) flags |= dtoa_flags::kAlt;
  if (f.no_neg_0) flags |= dtoa_flags::kNoNegZero;
  char type = static_cast<char>(f.type);
  if (type == 0) {
    // Like repr() without a precision, else like 'g' keeping a '.0'.
    flags |= dtoa_flags::kAddDot0;
    type = 'r';
    default_precision = 0;
  }
  if (type == 'n') type = 'g';
  bool percent = false;
  if (type == '%') {
    type = 'f';
    value *= 100;
    percent = true;
  }
  if (precision < 0) {
    precision = default_precision;
  } else if (type == 'r') {
    type = 'g';
  }
  std::string text = double_to_string(value, type, precision, flags);
  if (percent) text.push_back('%');
  // Common case: no width, grouping or explicit sign; the text (ASCII, its
  // '-' included) is the result as it stands.
  if (f.width < 0 && (f.separator == 0 || f.type == 'n') && f.sign != '+' && f.sign != ' ') {
    return str_from_kind_data(1, text.data(), static_cast<ssize>(text.size()));
  }
  NumberParts n = parse_float_text(text);
  StrBuilder out;
  write_number(out, f, n, f.type == 'n' ? 0 : f.separator, 3, false);
  return out.finish();
}

// ---- complex ----------------------------------------------------------------------

Object* format_complex_unguarded(double re, double im, const Spec& f) {
  if (f.precision > INT_MAX) {
    set_error(&exc::ValueError, "precision too big");
    return nullptr;
  }
  if (f.fill == '0') {
    set_error(&exc::ValueError, "Zero padding is not allowed in complex format specifier");
    return nullptr;
  }
  if (f.align == '=') {
    set_error(&exc::ValueError, "'=' alignment flag is not allowed in complex format specifier");
    return nullptr;
  }
  int precision = static_cast<int>(f.precision);
  int default_precision = 6;
  unsigned flags = 0;
  if (f.alternate) flags |= dtoa_flags::kAlt;
  if (f.no_neg_0) flags |= dtoa_flags::kNoNegZero;
  char type = static_cast<char>(f.type);
  bool skip_re = false;
  bool parens = false;
  if (type == 0) {
    // Like str(): no real part when it is +0, else parentheses.
    type = 'r';
    default_precision = 0;
    if (re == 0.0 && !std::signbit(re)) {
      skip_re = true;
    } else {
      parens = true;
    }
  }
  if (type == 'n') type = 'g';
  if (precision < 0) {
    precision = default_precision;
  } else if (type == 'r') {
    type = 'g';
  }
  NumberParts re_parts = parse_float_text(double_to_string(re, type, precision, flags));
  NumberParts im_parts = parse_float_text(double_to_string(im, type, precision, flags));
  const char separator = f.type == 'n' ? 0 : f.separator;
  // Each part without padding; the imaginary part always signed unless alone.
  Spec part = f;
  part.fill = 0;
  part.align = '<';
  part.width = -1;
  StrBuilder body;
  if (parens) body.append_char('(');
  if (!skip_re) write_number(body, part, re_parts, separator, 3, false);
  if (!skip_re) part.sign = '+';
  write_number(body, part, im_parts, separator, 3, false);
  body.append_char('j');
  if (parens) body.append_char(')');
  const ssize len = body.length();
  if (f.width <= len) return body.finish();
  Object* inner = body.finish();
  if (!inner) return nullptr;
  ssize total = f.width;
  ssize lpad = f.align == '>' ? total - len : f.align == '^' ? (total - len) / 2 : 0;
  StrBuilder out;
  append_fill(out, f.fill, lpad);
  out.append_str(inner);
  append_fill(out, f.fill, total - len - lpad);
  decref(inner);
  return out.finish();
}

Object* format_string(Object* value, const Spec& f) {
  return guard_exhaustion([&] { return format_string_unguarded(value, f); });
}

Object* format_long(Object* value, const Spec& f) {
  return guard_exhaustion([&] { return format_long_unguarded(value, f); });
}

Object* format_float(double value, const Spec& f) {
  return guard_exhaustion([&] { return format_float_unguarded(value, f); });
}

Object* format_complex(double re, double im, const Spec& f) {
  return guard_exhaustion([&] { return format_complex_unguarded(re, im, f); });
}

}  // namespace

Object* str_format_spec(Object* value, Object* spec) {
  if (str_length(spec) == 0) return empty_spec_result(value, true);
  Spec f;
  if (!parse_spec(spec, f, 's', '<', value)) return nullptr;
  if (f.type != 's') {
    unknown_presentation_type(f.type, value);
    return nullptr;
  }
  return format_string(value, f);
}

Object* int_format_spec(Object* value, Object* spec) {
  if (str_length(spec) == 0) {
    if (is_int_exact(value)) return int_to_decimal_str(value);
    return object_str(value);
  }
  Spec f;
  if (!parse_spec(spec, f, 'd', '>', value)) return nullptr;
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return format_long(value, f);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%': {
      double d = int_as_double(value);
      if (d == -1.0 && error_occurred()) return nullptr;
      return format_float(d, f);
    }
    default:
      unknown_presentation_type(f.type, value);
      return nullptr;
  }
}

Object* float_format_spec(Object* value, Object* spec) {
  if (str_length(spec) == 0) return object_str(value);
  Spec f;
  if (!parse_spec(spec, f, 0, '>', value)) return nullptr;
  switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return format_float(float_value(value), f);
    default:
      unknown_presentation_type(f.type, value);
      return nullptr;
  }
}

Object* complex_format_spec(Object* value, Object* spec) {
  if (str_length(spec) == 0) return object_str(value);
  Spec f;
  if (!parse_spec(spec, f, 0, '>', value)) return nullptr;
  switch (f.type) {
    case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n':
      return format_complex(as_complex(value)->real, as_complex(value)->imag, f);
    default:
      unknown_presentation_type(f.type, value);
      return nullptr;
  }
}

}  // namespace glasspy
