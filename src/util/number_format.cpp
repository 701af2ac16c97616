// Number formatting (see number_format.h for the rules).
//
// Floats: std::to_chars in scientific form yields the shortest round-trip
// digits and the exponent; everything after that is string layout.  Ints:
// int64 values are formatted by hand, larger ones through GMP.
#include "util/number_format.h"

#include <charconv>
#include <cmath>
#include <cstdlib>
#include <system_error>

namespace glasspy {

void shortest_digits(double x, std::string& digits, int& exponent) {
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, std::fabs(x), std::chars_format::scientific);
  std::string_view text(buf, static_cast<size_t>(res.ptr - buf));
  // text is "d[.ddd]e[+-]XX".
  size_t e = text.find('e');
  digits.clear();
  for (size_t i = 0; i < e; ++i)
    if (text[i] != '.') digits.push_back(text[i]);
  exponent = std::atoi(std::string(text.substr(e + 1)).c_str());
}

namespace {

// Python's 'r' float format; add_dot_0 gives repr's '1.0' instead of '1'.
std::string format_r(double x, bool add_dot_0, bool always_sign) {
  std::string out;
  if (std::isnan(x)) {
    if (always_sign) out.push_back('+');
    out += "nan";
    return out;
  }
  if (std::signbit(x)) {
    out.push_back('-');
  } else if (always_sign) {
    out.push_back('+');
  }
  if (std::isinf(x)) {
    out += "inf";
    return out;
  }
  if (x == 0) {
    out += add_dot_0 ? "0.0" : "0";
    return out;
  }
  std::string digits;
  int exponent;
  shortest_digits(x, digits, exponent);
  int ndigits = static_cast<int>(digits.size());
  int decpt = exponent + 1;  // digits before the decimal point
  if (decpt <= -4 || decpt > 16) {
    out.push_back(digits[0]);
    if (ndigits > 1) {
      out.push_back('.');
      out.append(digits, 1);
    }
    out.push_back('e');
    out.push_back(exponent < 0 ? '-' : '+');
    int mag = std::abs(exponent);
    if (mag < 10) out.push_back('0');
    out += std::to_string(mag);
  } else if (decpt <= 0) {
    out += "0.";
    out.append(static_cast<size_t>(-decpt), '0');
    out += digits;
  } else if (decpt >= ndigits) {
    out += digits;
    out.append(static_cast<size_t>(decpt - ndigits), '0');
    if (add_dot_0) out += ".0";
  } else {
    out.append(digits, 0, static_cast<size_t>(decpt));
    out.push_back('.');
    out.append(digits, static_cast<size_t>(decpt));
  }
  return out;
}

const char* base_prefix(int base) {
  switch (base) {
    case 2: return "0b";
    case 8: return "0o";
    case 16: return "0x";
    default: return "";
  }
}

}  // namespace

std::string py_repr_float(double x) { return format_r(x, true, false); }

std::string py_repr_float_short(double x, bool always_sign) {
  return format_r(x, false, always_sign);
}

std::string py_repr_complex(double real, double imag) {
  if (real == 0 && !std::signbit(real)) return format_r(imag, false, false) + "j";
  std::string out = "(";
  out += format_r(real, false, false);
  out += format_r(imag, false, true);
  out += "j)";
  return out;
}

std::string int_to_decimal(int64_t v) { return int_to_base(v, 10, false); }

std::string int_to_base(int64_t v, int base, bool prefix) {
  // Work on the magnitude as unsigned so that INT64_MIN is no special case.
  uint64_t mag = v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  char buf[64];
  char* end = buf + sizeof buf;
  char* p = end;
  do {
    unsigned d = static_cast<unsigned>(mag % static_cast<unsigned>(base));
    *--p = static_cast<char>(d < 10 ? '0' + d : 'a' + d - 10);
    mag /= static_cast<unsigned>(base);
  } while (mag);
  std::string out;
  if (v < 0) out.push_back('-');
  if (prefix) out += base_prefix(base);
  out.append(p, end);
  return out;
}

std::string mpz_to_base(mpz_srcptr v, int base, bool prefix) {
  std::string digits(mpz_sizeinbase(v, base) + 2, '\0');
  mpz_get_str(digits.data(), base, v);  // lower-case digits, '-' if negative
  digits.resize(std::char_traits<char>::length(digits.c_str()));
  if (!prefix || base == 10) return digits;
  bool negative = digits[0] == '-';
  std::string out = negative ? "-" : "";
  out += base_prefix(base);
  out.append(digits, negative ? 1 : 0, std::string::npos);
  return out;
}

std::string decimal_to_base(std::string_view decimal, int base, bool prefix) {
  mpz_t v;
  mpz_init_set_str(v, std::string(decimal).c_str(), 10);
  std::string out = mpz_to_base(v, base, prefix);
  mpz_clear(v);
  return out;
}

std::string group_digits(std::string_view digits, char sep, int group) {
  std::string out;
  size_t start = 0;
  if (!digits.empty() && digits[0] == '-') {
    out.push_back('-');
    start = 1;
  }
  size_t n = digits.size() - start;
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % static_cast<size_t>(group) == 0) out.push_back(sep);
    out.push_back(digits[start + i]);
  }
  return out;
}

}  // namespace glasspy
