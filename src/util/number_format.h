// Python's text forms of numbers: repr() of float and complex, and the int
// formatting that str(), repr(), bin(), oct(), hex() and format() share.
//
// Floats use the shortest digit string that reads back to the same double
// (std::to_chars finds it, as CPython's dtoa mode 0 does), then Python's
// layout rules: scientific notation when the decimal exponent is < -4 or
// >= 16, at least two exponent digits ('1e-05', '1e+16'), '.0' appended to
// integral values in repr ('1.0'), 'inf' / '-inf' / 'nan' (never '-nan').
#pragma once

#include <gmp.h>

#include <cstdint>
#include <string>
#include <string_view>

namespace glasspy {

// repr(x) / str(x) for a float.
std::string py_repr_float(double x);

// The 'r' format without the trailing '.0' for integral values ('2', '1e+16',
// '-0'), as complex numbers show their parts.  always_sign adds '+' to
// non-negative values and to nan ('+nan').
std::string py_repr_float_short(double x, bool always_sign = false);

// repr(complex(real, imag)): '2j', '-0j' for +0 real parts, otherwise with
// parentheses and a signed imaginary part: '(1+2j)', '(-0-0j)', '(nan+infj)'.
std::string py_repr_complex(double real, double imag);

// The shortest round-trip decimal digits of a finite, nonzero |x| and the
// decimal exponent of the first digit: 1234.5 -> ("12345", 3).
void shortest_digits(double x, std::string& digits, int& exponent);

// ---- ints ------------------------------------------------------------------

// CPython's default int<->str conversion limit (sys.get_int_max_str_digits()):
// decimal conversions of more digits raise ValueError.
constexpr int kIntMaxStrDigits = 4300;

// Decimal digits of v, with a leading '-' when negative.
std::string int_to_decimal(int64_t v);

// v in base 2, 8, 10 or 16 (lower-case digits), with a leading '-' when
// negative, and with bin()/oct()/hex()'s '0b' / '0o' / '0x' prefix (after the
// sign) when `prefix` is set: int_to_base(-31, 16, true) == "-0x1f".
std::string int_to_base(int64_t v, int base, bool prefix);
std::string mpz_to_base(mpz_srcptr v, int base, bool prefix);

// A decimal string ("-123", as ConstantValue::big_int holds) in another base,
// as int_to_base does.
std::string decimal_to_base(std::string_view decimal, int base, bool prefix);

// Inserts `sep` every `group` digits counting from the right of the digit
// run that follows an optional leading '-': ("-1234567", ',', 3) ->
// "-1,234,567", ("ffffff", '_', 4) -> "ff_ffff".
std::string group_digits(std::string_view digits, char sep, int group);

}  // namespace glasspy
