// Text of a double in one of Python's float presentation types, as
// format(), %-formatting and repr share (CPython's PyOS_double_to_string).
//
// Codes: 'e'/'E' (precision digits after the point), 'f'/'F' (precision
// digits after the point), 'g'/'G' (precision significant digits, exponent
// form when the decimal exponent is < -4 or >= precision, trailing zeros
// dropped), 'r' (repr's shortest round-trip digits; precision must be 0).
// Upper-case codes write 'E', 'INF' and 'NAN'.
//
// Digits are always correctly rounded (round-half-even on the exact binary
// value), so the output equals CPython's, whose dtoa is exact too.
#pragma once

#include <string>

namespace glasspy {

namespace dtoa_flags {
constexpr unsigned kSign = 1;        // '+' before non-negative values (and nan)
constexpr unsigned kAddDot0 = 2;     // '.0' after integral results ('1.0', 'g' keeps one more digit)
constexpr unsigned kAlt = 4;         // '#': keep the decimal point (and 'g''s trailing zeros)
constexpr unsigned kNoNegZero = 8;   // 'z': a value that rounds to zero loses its minus sign
}  // namespace dtoa_flags

std::string double_to_string(double value, char code, int precision, unsigned flags);

}  // namespace glasspy
