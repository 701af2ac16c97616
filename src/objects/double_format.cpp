// double_to_string: the digits come from a correctly rounded conversion
// (shortest round-trip digits for 'r', std::to_chars's exact conversion for
// a fixed number of digits), reduced to dtoa's form -- a digit string without
// trailing zeros and the position of the decimal point -- and then laid out
// by Python's rules for the presentation type.
#include "objects/double_format.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "util/number_format.h"

namespace glasspy {

namespace {

// value = 0.DIGITS * 10**decpt; digits has no trailing zeros (it is empty
// when a fixed-point conversion rounded everything away).
struct DecimalDigits {
  std::string digits;
  int decpt = 0;
};

// x (finite, non-negative) with `precision` digits after the point, in
// scientific or fixed form.  std::to_chars rounds exactly, as glibc's printf
// does, but ignores the locale and is several times faster.
std::string exact_digits(std::chars_format form, int precision, double x) {
  char small[128];
  auto res = std::to_chars(small, small + sizeof small, x, form, precision);
  if (res.ec == std::errc()) return std::string(small, res.ptr);
  // Long fixed-point output (huge values or precisions): size it first.
  std::vector<char> buf(static_cast<size_t>(precision) + 400);
  res = std::to_chars(buf.data(), buf.data() + buf.size(), x, form, precision);
  return std::string(buf.data(), res.ptr);
}

void strip_trailing_zeros(std::string& s) {
  while (!s.empty() && s.back() == '0') s.pop_back();
}

// Shortest digits that read back as x (x finite, nonzero).
DecimalDigits shortest(double x) {
  DecimalDigits d;
  int exponent;
  shortest_digits(x, d.digits, exponent);
  strip_trailing_zeros(d.digits);
  d.decpt = exponent + 1;
  return d;
}

// `count` significant digits (x finite, nonzero, positive).
DecimalDigits significant(double x, int count) {
  std::string text = exact_digits(std::chars_format::scientific, count - 1, x);
  DecimalDigits d;
  size_t e = text.find('e');
  for (size_t i = 0; i < e; ++i)
    if (text[i] != '.') d.digits.push_back(text[i]);
  strip_trailing_zeros(d.digits);
  d.decpt = std::atoi(text.c_str() + e + 1) + 1;
  return d;
}

// `count` digits after the decimal point (x finite, nonzero, positive).
DecimalDigits fixed(double x, int count) {
  std::string text = exact_digits(std::chars_format::fixed, count, x);
  size_t point = text.find('.');
  int int_len = static_cast<int>(point == std::string::npos ? text.size() : point);
  std::string all;
  for (char c : text)
    if (c != '.') all.push_back(c);
  size_t lead = all.find_first_not_of('0');
  DecimalDigits d;
  if (lead == std::string::npos) {
    d.decpt = -count;  // rounded to zero
    return d;
  }
  d.digits = all.substr(lead);
  strip_trailing_zeros(d.digits);
  d.decpt = int_len - static_cast<int>(lead);
  return d;
}

}  // namespace

std::string double_to_string(double value, char code, int precision, unsigned flags) {
  const bool upper = code == 'E' || code == 'F' || code == 'G';
  if (upper) code = static_cast<char>(code - 'A' + 'a');
  const bool always_sign = flags & dtoa_flags::kSign;
  const bool add_dot_0 = flags & dtoa_flags::kAddDot0;
  const bool alt = flags & dtoa_flags::kAlt;

  bool negative = std::signbit(value);
  std::string out;
  if (!std::isfinite(value)) {
    if (std::isnan(value)) negative = false;  // a nan's sign is never shown
    if (negative) {
      out.push_back('-');
    } else if (always_sign) {
      out.push_back('+');
    }
    out += std::isnan(value) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    return out;
  }

  if (code == 'e') ++precision;  // significant digits
  if (code == 'g' && precision == 0) precision = 1;
  DecimalDigits d;
  double magnitude = std::fabs(value);
  if (magnitude == 0.0) {
    d.digits = "0";
    d.decpt = 1;
  } else if (code == 'r') {
    d = shortest(magnitude);
  } else if (code == 'f') {
    d = fixed(magnitude, precision);
  } else {
    d = significant(magnitude, precision);
  }
  const int digits_len = static_cast<int>(d.digits.size());
  if ((flags & dtoa_flags::kNoNegZero) && negative && (digits_len == 0 || d.digits == "0")) negative = false;

  // The output is a slice [vdigits_start, vdigits_end) of the digits padded
  // with zeros on both sides, with the point after position decpt.
  int decpt = d.decpt;
  int vdigits_end = digits_len;
  bool use_exp = false;
  switch (code) {
    case 'e':
      use_exp = true;
      vdigits_end = precision;
      break;
    case 'f':
      vdigits_end = decpt + precision;
      break;
    case 'g':
      if (decpt <= -4 || decpt > (add_dot_0 ? precision - 1 : precision)) use_exp = true;
      if (alt) vdigits_end = precision;
      break;
    default:  // 'r'
      if (decpt <= -4 || decpt > 16) use_exp = true;
      break;
  }
  int exponent = 0;
  if (use_exp) {
    exponent = decpt - 1;
    decpt = 1;
  }
  const int vdigits_start = decpt <= 0 ? decpt - 1 : 0;
  if (!use_exp && add_dot_0) {
    vdigits_end = std::max(vdigits_end, decpt + 1);
  } else {
    vdigits_end = std::max(vdigits_end, decpt);
  }

  if (negative) {
    out.push_back('-');
  } else if (always_sign) {
    out.push_back('+');
  }
  if (decpt <= 0) {
    out.append(static_cast<size_t>(decpt - vdigits_start), '0');
    out.push_back('.');
    out.append(static_cast<size_t>(-decpt), '0');
  } else {
    out.append(static_cast<size_t>(-vdigits_start), '0');
  }
  if (decpt > 0 && decpt <= digits_len) {
    out.append(d.digits, 0, static_cast<size_t>(decpt));
    out.push_back('.');
    out.append(d.digits, static_cast<size_t>(decpt));
  } else {
    out += d.digits;
  }
  if (digits_len < decpt) {
    out.append(static_cast<size_t>(decpt - digits_len), '0');
    out.push_back('.');
    out.append(static_cast<size_t>(vdigits_end - decpt), '0');
  } else {
    out.append(static_cast<size_t>(vdigits_end - digits_len), '0');
  }
  if (out.back() == '.' && !alt) out.pop_back();
  if (use_exp) {
    out.push_back(upper ? 'E' : 'e');
    out.push_back(exponent < 0 ? '-' : '+');
    int mag = std::abs(exponent);
    if (mag < 10) out.push_back('0');
    out += std::to_string(mag);
  }
  return out;
}

}  // namespace glasspy
