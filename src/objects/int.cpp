// `int`: the value lives in an int64 while it fits, in a GMP mpz beyond
// (see int.h for the canonical-form invariant every function keeps).
//
// Each operation has a small path (machine arithmetic with overflow checks)
// and a big path (mpz); results go through make_int/make_int_from_mpz, which
// pick the small form when possible and the shared small-int objects for
// -5..256.  Semantics follow CPython: floor division and modulo round toward
// negative infinity, shifts are arithmetic, bitwise operators act on the
// infinite two's complement form, true division is correctly rounded.
#include "objects/int.h"

#include <algorithm>
#include <cfloat>
#include <climits>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/format_spec.h"
#include "objects/hash.h"
#include "objects/known_strings.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "util/number_format.h"
#include "util/unicode.h"

namespace glasspy {

IntObject small_ints[kSmallIntMax - kSmallIntMin + 1];

// sys.get_int_max_str_digits(); 0 disables the limit.
int int_max_str_digits = kIntMaxStrDigits;

namespace {

// ---- allocation --------------------------------------------------------------

constexpr int kMaxFreeInts = 100;
IntObject* free_ints = nullptr;  // linked through `value`'s storage
int num_free_ints = 0;

IntObject* alloc_int() {
  if (free_ints) {
    IntObject* o = free_ints;
    std::memcpy(&free_ints, &o->value, sizeof free_ints);
    --num_free_ints;
    o->refcnt = 1;
    o->type = &IntType;
    o->big._mp_d = nullptr;
    o->big._mp_alloc = 0;
    o->big._mp_size = 0;
    return o;
  }
  return static_cast<IntObject*>(allocate_object(&IntType, sizeof(IntObject)));
}

void int_dealloc(Object* o) {
  IntObject* v = as_int(o);
  if (!v->is_small()) {
    mpz_clear(&v->big);
    v->big._mp_d = nullptr;
  }
  if (o->type == &IntType && num_free_ints < kMaxFreeInts) {
    std::memcpy(&v->value, &free_ints, sizeof free_ints);
    free_ints = v;
    ++num_free_ints;
    return;
  }
  free_object(o);
}

Object* make_small(int64_t v) {
  if (v >= kSmallIntMin && v <= kSmallIntMax) return newref(small_int(static_cast<int>(v)));
  IntObject* o = alloc_int();
  if (!o) return nullptr;
  o->value = v;
  return o;
}

inline bool mpz_fits_i64(mpz_srcptr v) { return mpz_fits_slong_p(v) != 0; }

// Takes over an initialized mpz (clears it when the value is small).
Object* make_from_mpz_consume(mpz_ptr v) {
  if (mpz_fits_i64(v)) {
    int64_t x = mpz_get_si(v);
    mpz_clear(v);
    return make_small(x);
  }
  IntObject* o = alloc_int();
  if (!o) {
    mpz_clear(v);
    return nullptr;
  }
  o->big = *v;  // moves the limbs
  o->value = 0;
  return o;
}

// A scoped mpz holding an int's value.
struct Mpz {
  mpz_t v;
  Mpz() { mpz_init(v); }
  explicit Mpz(Object* o) { int_to_mpz(o, v); }
  ~Mpz() { mpz_clear(v); }
  Mpz(const Mpz&) = delete;
  Mpz& operator=(const Mpz&) = delete;
  // Gives the value to a new int object.
  Object* release() {
    mpz_t tmp;
    *tmp = *v;
    mpz_init(v);
    return make_from_mpz_consume(tmp);
  }
};

inline int64_t small_value(Object* o) { return as_int(o)->value; }
inline bool both_small(Object* a, Object* b) { return int_is_small(a) && int_is_small(b); }

}  // namespace

// ---- creation ------------------------------------------------------------------

Object* int_from_i64(int64_t v) { return make_small(v); }

Object* int_from_u64(uint64_t v) {
  if (v <= static_cast<uint64_t>(INT64_MAX)) return make_small(static_cast<int64_t>(v));
  Mpz m;
  mpz_set_ui(m.v, v);
  return m.release();
}

Object* int_from_mpz(mpz_srcptr v) {
  if (mpz_fits_i64(v)) return make_small(mpz_get_si(v));
  mpz_t copy;
  mpz_init_set(copy, v);
  return make_from_mpz_consume(copy);
}

Object* int_from_double(double d) {
  if (std::isinf(d)) {
    set_error(&exc::OverflowError, "cannot convert float infinity to integer");
    return nullptr;
  }
  if (std::isnan(d)) {
    set_error(&exc::ValueError, "cannot convert float NaN to integer");
    return nullptr;
  }
  double t = std::trunc(d);
  if (t >= -9223372036854775808.0 && t < 9223372036854775808.0) return make_small(static_cast<int64_t>(t));
  Mpz m;
  mpz_set_d(m.v, t);
  return m.release();
}

// ---- conversion --------------------------------------------------------------------

void int_to_mpz(Object* o, mpz_ptr out) {
  IntObject* v = as_int(o);
  if (v->is_small()) mpz_init_set_si(out, v->value);
  else mpz_init_set(out, &v->big);
}

int64_t int_as_i64_overflow(Object* o, int* overflow) {
  IntObject* v = as_int(o);
  if (v->is_small()) {
    *overflow = 0;
    return v->value;
  }
  *overflow = mpz_sgn(&v->big);
  return 0;
}

ssize int_as_ssize(Object* o) {
  IntObject* v = as_int(o);
  if (v->is_small()) return v->value;
  set_error(&exc::OverflowError, "Python int too large to convert to C ssize_t");
  return -1;
}

long int_as_long(Object* o) {
  IntObject* v = as_int(o);
  if (v->is_small()) return v->value;
  set_error(&exc::OverflowError, "Python int too large to convert to C long");
  return -1;
}

int int_sign(Object* o) {
  IntObject* v = as_int(o);
  if (v->is_small()) return (v->value > 0) - (v->value < 0);
  return mpz_sgn(&v->big);
}

uint64_t int_bit_length(Object* o) {
  IntObject* v = as_int(o);
  if (v->is_small()) {
    uint64_t x = v->value < 0 ? 0 - static_cast<uint64_t>(v->value) : static_cast<uint64_t>(v->value);
    return x ? 64 - static_cast<uint64_t>(__builtin_clzll(x)) : 0;
  }
  return mpz_sizeinbase(&v->big, 2);
}

namespace {

// |v| rounded to a double with 53 bits, round-half-even, and the binary
// exponent: |v| ~= d * 2**e with d an integer-valued double.  For values
// wider than 53 bits only the top 55 bits plus a sticky bit matter.
double mpz_round_to_double(mpz_srcptr v, int64_t* exp2) {
  size_t bits = mpz_sizeinbase(v, 2);
  if (mpz_sgn(v) == 0) {
    *exp2 = 0;
    return 0.0;
  }
  if (bits <= DBL_MANT_DIG) {
    *exp2 = 0;
    return std::fabs(mpz_get_d(v));
  }
  size_t shift = bits - (DBL_MANT_DIG + 2);
  mpz_t top;
  mpz_init(top);
  mpz_abs(top, v);
  bool sticky = mpz_scan1(top, 0) < shift;
  mpz_tdiv_q_2exp(top, top, shift);
  uint64_t q = mpz_get_ui(top);  // 55 bits
  mpz_clear(top);
  q |= sticky ? 1 : 0;
  // Round away the two extra bits, half to even.
  uint64_t low = q & 7;
  q >>= 2;
  if ((low & 2) && (low & 5)) ++q;
  *exp2 = static_cast<int64_t>(shift) + 2;
  return static_cast<double>(q);
}

}  // namespace

double int_as_double(Object* o) {
  IntObject* v = as_int(o);
  if (v->is_small()) return static_cast<double>(v->value);
  int64_t e;
  double d = mpz_round_to_double(&v->big, &e);
  if (e + static_cast<int64_t>(std::ilogb(d)) >= DBL_MAX_EXP) {
    set_error(&exc::OverflowError, "int too large to convert to float");
    return -1.0;
  }
  d = std::ldexp(d, static_cast<int>(e));
  return mpz_sgn(&v->big) < 0 ? -d : d;
}

double int_frexp(Object* o, int64_t* e) {
  IntObject* v = as_int(o);
  if (v->is_small()) {
    int ie;
    double m = std::frexp(static_cast<double>(v->value), &ie);
    *e = ie;
    return m;
  }
  int64_t shift;
  double d = mpz_round_to_double(&v->big, &shift);
  int ie;
  double m = std::frexp(d, &ie);
  *e = ie + shift;
  return mpz_sgn(&v->big) < 0 ? -m : m;
}

Object* int_exact_copy(Object* o) {
  if (is_int_exact(o)) return newref(o);
  IntObject* v = as_int(o);
  if (v->is_small()) return make_small(v->value);
  return int_from_mpz(&v->big);
}

ssize int_sizeof(Object* o) {
  uint64_t bits = int_bit_length(o);
  uint64_t digits = (bits + 29) / 30;
  if (digits == 0) digits = 1;
  return static_cast<ssize>(24 + 4 * digits);
}

// ---- text ----------------------------------------------------------------------------

namespace {

Object* digit_limit_error() {
  return format_error(&exc::ValueError,
                      "Exceeds the limit (%d digits) for integer string conversion; use "
                      "sys.set_int_max_str_digits() to increase the limit",
                      int_max_str_digits);
}

}  // namespace

bool int_to_text(Object* o, int base, bool prefix, std::string& out) {
  IntObject* v = as_int(o);
  if (v->is_small()) {
    out = base == 10 ? int_to_decimal(v->value) : int_to_base(v->value, base, prefix);
    return true;
  }
  if (base != 10) {
    out = mpz_to_base(&v->big, base, prefix);
    return true;
  }
  // A cheap bound first: bits * log10(2) digits, give or take one.
  if (int_max_str_digits > 0) {
    uint64_t bits = mpz_sizeinbase(&v->big, 2);
    if (static_cast<double>(bits - 1) * 0.30102999566398120 >= int_max_str_digits + 1.0) {
      digit_limit_error();
      return false;
    }
  }
  size_t cap = mpz_sizeinbase(&v->big, 10) + 2;
  out.assign(cap, '\0');
  mpz_get_str(out.data(), 10, &v->big);
  out.resize(std::strlen(out.c_str()));
  size_t ndigits = out.size() - (out[0] == '-' ? 1 : 0);
  if (int_max_str_digits > 0 && ndigits > static_cast<size_t>(int_max_str_digits)) {
    digit_limit_error();
    return false;
  }
  return true;
}

Object* int_to_decimal_str(Object* o) {
  std::string text;
  if (!int_to_text(o, 10, false, text)) return nullptr;
  return str_from_utf8(text);
}

Object* int_format_base(Object* o, int base) {
  std::string text;
  if (!int_to_text(o, base, true, text)) return nullptr;
  return str_from_utf8(text);
}

namespace {

// Digit value of an ASCII character in bases up to 36, or 99.
inline int digit_value(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

inline bool ascii_space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

Object* invalid_literal(int base, Object* original) {
  Object* shown = original;
  Object* truncated = nullptr;
  if (original && is_str(original) && str_length(original) > 200) {
    truncated = str_substring(original, 0, 200);
    if (!truncated) return nullptr;
    shown = truncated;
  }
  if (shown) {
    // %.200R: the repr of a str cut to 200 characters is what CPython shows.
    Object* r = object_repr(shown);
    if (!r) {
      xdecref(truncated);
      return nullptr;
    }
    Object* cut = str_length(r) > 200 ? str_substring(r, 0, 200) : newref(r);
    decref(r);
    xdecref(truncated);
    if (!cut) return nullptr;
    format_error(&exc::ValueError, "invalid literal for int() with base %d: %U", base, cut);
    decref(cut);
    return nullptr;
  }
  return format_error(&exc::ValueError, "invalid literal for int() with base %d", base);
}

}  // namespace

Object* int_from_text(std::string_view text, int base, Object* original) {
  const int shown_base = base;
  if ((base != 0 && base < 2) || base > 36) {
    set_error(&exc::ValueError, "int() base must be >= 2 and <= 36, or 0");
    return nullptr;
  }
  const unsigned char* p = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char* end = p + text.size();
  while (p < end && ascii_space(*p)) ++p;
  while (end > p && ascii_space(end[-1])) --end;
  bool negative = false;
  if (p < end && (*p == '+' || *p == '-')) {
    negative = *p == '-';
    ++p;
  }
  bool prefixed = false;
  if (p + 1 < end && p[0] == '0') {
    unsigned char c = static_cast<unsigned char>(p[1] | 0x20);
    if ((c == 'x' && (base == 0 || base == 16)) || (c == 'o' && (base == 0 || base == 8)) ||
        (c == 'b' && (base == 0 || base == 2))) {
      base = c == 'x' ? 16 : c == 'o' ? 8 : 2;
      p += 2;
      prefixed = true;
    }
  }
  bool leading_zero_decimal = false;
  if (base == 0) {
    base = 10;
    if (p < end && *p == '0') leading_zero_decimal = true;
  }
  // Digits with single underscores between them (and after a prefix).
  std::string digits;
  digits.reserve(static_cast<size_t>(end - p));
  bool last_underscore = prefixed;  // "0x_1" is fine, "0x__1" is not
  if (!prefixed && p < end && *p == '_') return invalid_literal(shown_base, original);
  for (const unsigned char* q = p; q < end; ++q) {
    if (*q == '_') {
      if (last_underscore && !(prefixed && digits.empty() && q == p))
        return invalid_literal(shown_base, original);
      last_underscore = true;
      continue;
    }
    if (digit_value(*q) >= base) return invalid_literal(shown_base, original);
    digits.push_back(static_cast<char>(*q));
    last_underscore = false;
  }
  if (digits.empty() || last_underscore) return invalid_literal(shown_base, original);
  if (leading_zero_decimal) {
    for (char c : digits)
      if (c != '0') return invalid_literal(shown_base, original);
  }
  // Power-of-two bases are linear; the limit applies to the others.
  if (int_max_str_digits > 0 && (base & (base - 1)) != 0 &&
      digits.size() > static_cast<size_t>(int_max_str_digits)) {
    return format_error(&exc::ValueError,
                        "Exceeds the limit (%d digits) for integer string conversion: value has "
                        "%zd digits; use sys.set_int_max_str_digits() to increase the limit",
                        int_max_str_digits, static_cast<ssize>(digits.size()));
  }
  if (digits.size() <= 18 && base <= 10) {
    int64_t v = 0;
    for (char c : digits) v = v * base + (c - '0');
    return make_small(negative ? -v : v);
  }
  Mpz m;
  mpz_set_str(m.v, digits.c_str(), base);
  if (negative) mpz_neg(m.v, m.v);
  return m.release();
}

Object* int_from_string_object(Object* s, int base) {
  if (is_str(s)) {
    // Unicode digits become ASCII, Unicode spaces ' ', anything else '?'
    // (CPython's _PyUnicode_TransformDecimalAndSpaceToASCII).
    std::string text;
    const ssize n = str_length(s);
    text.reserve(static_cast<size_t>(n));
    for (ssize i = 0; i < n; ++i) {
      uint32_t c = str_char_at(s, i);
      if (c < 128) {
        text.push_back(static_cast<char>(c));
      } else if (unicode::is_space(c)) {
        text.push_back(' ');
      } else if (unicode::is_decimal(c)) {
        uint32_t start = c;
        while (start > 0 && unicode::is_decimal(start - 1)) --start;
        text.push_back(static_cast<char>('0' + (c - start) % 10));
      } else {
        text.push_back('?');
      }
    }
    return int_from_text(text, base, s);
  }
  std::string_view bytes;
  if (!bytes_like_view(s, &bytes)) return nullptr;
  // CPython refuses embedded NULs (the C string would stop there).
  if (bytes.find('\0') != std::string_view::npos) {
    if ((base != 0 && base < 2) || base > 36) {
      set_error(&exc::ValueError, "int() base must be >= 2 and <= 36, or 0");
      return nullptr;
    }
    return invalid_literal(base, s);
  }
  return int_from_text(bytes, base, s);
}

// ---- arithmetic -----------------------------------------------------------------------

Object* int_add(Object* a, Object* b) {
  if (both_small(a, b)) {
    int64_t r;
    if (!__builtin_add_overflow(small_value(a), small_value(b), &r)) return make_small(r);
  }
  Mpz x(a), y(b);
  mpz_add(x.v, x.v, y.v);
  return x.release();
}

Object* int_sub(Object* a, Object* b) {
  if (both_small(a, b)) {
    int64_t r;
    if (!__builtin_sub_overflow(small_value(a), small_value(b), &r)) return make_small(r);
  }
  Mpz x(a), y(b);
  mpz_sub(x.v, x.v, y.v);
  return x.release();
}

Object* int_mul(Object* a, Object* b) {
  if (both_small(a, b)) {
    int64_t r;
    if (!__builtin_mul_overflow(small_value(a), small_value(b), &r)) return make_small(r);
  }
  Mpz x(a), y(b);
  mpz_mul(x.v, x.v, y.v);
  return x.release();
}

namespace {

bool is_zero(Object* o) { return int_is_small(o) && small_value(o) == 0; }

// Floor division and modulo of int64s; false when the quotient overflows
// (INT64_MIN // -1).
inline bool small_divmod(int64_t a, int64_t b, int64_t* q, int64_t* r) {
  if (a == INT64_MIN && b == -1) return false;
  int64_t qq = a / b, rr = a % b;
  if (rr != 0 && ((rr < 0) != (b < 0))) {
    --qq;
    rr += b;
  }
  *q = qq;
  *r = rr;
  return true;
}

}  // namespace

Object* int_floordiv(Object* a, Object* b) {
  if (is_zero(b)) {
    set_error(&exc::ZeroDivisionError, "integer division or modulo by zero");
    return nullptr;
  }
  if (both_small(a, b)) {
    int64_t q, r;
    if (small_divmod(small_value(a), small_value(b), &q, &r)) return make_small(q);
  }
  Mpz x(a), y(b);
  mpz_fdiv_q(x.v, x.v, y.v);
  return x.release();
}

Object* int_mod(Object* a, Object* b) {
  if (is_zero(b)) {
    set_error(&exc::ZeroDivisionError, "integer modulo by zero");
    return nullptr;
  }
  if (both_small(a, b)) {
    int64_t q, r;
    if (small_divmod(small_value(a), small_value(b), &q, &r)) return make_small(r);
    return make_small(0);  // INT64_MIN % -1
  }
  Mpz x(a), y(b);
  mpz_fdiv_r(x.v, x.v, y.v);
  return x.release();
}

Object* int_divmod(Object* a, Object* b) {
  if (is_zero(b)) {
    set_error(&exc::ZeroDivisionError, "integer division or modulo by zero");
    return nullptr;
  }
  Object* q;
  Object* r;
  int64_t qs, rs;
  if (both_small(a, b) && small_divmod(small_value(a), small_value(b), &qs, &rs)) {
    q = make_small(qs);
    r = make_small(rs);
  } else {
    Mpz x(a), y(b), rem;
    mpz_fdiv_qr(x.v, rem.v, x.v, y.v);
    q = x.release();
    r = rem.release();
  }
  if (!q || !r) {
    xdecref(q);
    xdecref(r);
    return nullptr;
  }
  Object* t = tuple_new(2);
  if (!t) {
    decref(q);
    decref(r);
    return nullptr;
  }
  tuple_set_item(t, 0, q);
  tuple_set_item(t, 1, r);
  return t;
}

Object* int_truediv(Object* a, Object* b) {
  if (is_zero(b)) {
    set_error(&exc::ZeroDivisionError, "division by zero");
    return nullptr;
  }
  // Both exactly representable: one correctly rounded IEEE division.
  constexpr int64_t kExact = int64_t(1) << DBL_MANT_DIG;
  if (both_small(a, b)) {
    int64_t x = small_value(a), y = small_value(b);
    if (x > -kExact && x < kExact && y > -kExact && y < kExact)
      return float_from_double(static_cast<double>(x) / static_cast<double>(y));
  }
  Mpz x(a), y(b);
  const bool negate = (mpz_sgn(x.v) < 0) != (mpz_sgn(y.v) < 0);
  mpz_abs(x.v, x.v);
  mpz_abs(y.v, y.v);
  if (mpz_sgn(x.v) == 0) return float_from_double(negate ? -0.0 : 0.0);
  const int64_t abits = static_cast<int64_t>(mpz_sizeinbase(x.v, 2));
  const int64_t bbits = static_cast<int64_t>(mpz_sizeinbase(y.v, 2));
  const int64_t diff = abits - bbits;
  if (diff > DBL_MAX_EXP) {
    set_error(&exc::OverflowError, "integer division result too large for a float");
    return nullptr;
  }
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) return float_from_double(negate ? -0.0 : 0.0);
  // Scale so that the quotient has DBL_MANT_DIG + 2 or + 3 bits (fewer for
  // results in the subnormal range), remembering whether anything was lost.
  const int64_t shift = (diff > DBL_MIN_EXP ? diff : DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  bool inexact = false;
  if (shift <= 0) {
    mpz_mul_2exp(x.v, x.v, static_cast<mp_bitcnt_t>(-shift));
  } else {
    inexact = mpz_scan1(x.v, 0) < static_cast<mp_bitcnt_t>(shift);
    mpz_tdiv_q_2exp(x.v, x.v, static_cast<mp_bitcnt_t>(shift));
  }
  Mpz rem;
  mpz_tdiv_qr(x.v, rem.v, x.v, y.v);
  if (mpz_sgn(rem.v) != 0) inexact = true;
  const int64_t xbits = static_cast<int64_t>(mpz_sizeinbase(x.v, 2));
  const int64_t extra = (xbits > DBL_MIN_EXP - shift ? xbits : DBL_MIN_EXP - shift) - DBL_MANT_DIG;
  // Round half to even on the low `extra` bits.
  const uint64_t mask = uint64_t(1) << (extra - 1);
  uint64_t q = mpz_get_ui(x.v);  // fits: at most 56 bits
  uint64_t low = q | (inexact ? 1 : 0);
  if ((low & mask) && (low & (3 * mask - 1))) low += mask;
  q = low & ~(2 * mask - 1);
  double dx = static_cast<double>(q);
  if (shift + xbits >= DBL_MAX_EXP &&
      (shift + xbits > DBL_MAX_EXP || dx == std::ldexp(1.0, static_cast<int>(xbits)))) {
    set_error(&exc::OverflowError, "integer division result too large for a float");
    return nullptr;
  }
  double result = std::ldexp(dx, static_cast<int>(shift));
  return float_from_double(negate ? -result : result);
}

Object* int_neg(Object* a) {
  if (int_is_small(a) && small_value(a) != INT64_MIN) return make_small(-small_value(a));
  Mpz x(a);
  mpz_neg(x.v, x.v);
  return x.release();
}

Object* int_abs(Object* a) {
  if (int_sign(a) < 0) return int_neg(a);
  return int_exact_copy(a);
}

Object* int_invert(Object* a) {
  if (int_is_small(a)) return make_small(~small_value(a));
  Mpz x(a);
  mpz_com(x.v, x.v);
  return x.release();
}

Object* int_lshift(Object* a, Object* b) {
  if (int_sign(b) < 0) {
    set_error(&exc::ValueError, "negative shift count");
    return nullptr;
  }
  if (int_sign(a) == 0) return make_small(0);
  if (!int_is_small(b)) {
    // CPython splits the count into 30-bit digits and refuses, with
    // OverflowError, a result of more digits than an object can hold
    // (2**61 - 7 on 64-bit); any smaller count is still a MemoryError.
    Mpz word_shift, rem_shift;
    mpz_fdiv_qr_ui(word_shift.v, rem_shift.v, as_int(b)->mpz(), 30);
    const uint64_t a_digits = (int_bit_length(a) + 29) / 30;
    mpz_add_ui(word_shift.v, word_shift.v, a_digits + (mpz_sgn(rem_shift.v) != 0 ? 1 : 0));
    Mpz max_digits;
    mpz_set_ui(max_digits.v, 1);
    mpz_mul_2exp(max_digits.v, max_digits.v, 61);
    mpz_sub_ui(max_digits.v, max_digits.v, 7);
    if (mpz_cmp(word_shift.v, max_digits.v) > 0) {
      set_error(&exc::OverflowError, "too many digits in integer");
    } else {
      set_error_none(&exc::MemoryError);
    }
    return nullptr;
  }
  int64_t n = small_value(b);
  if (int_is_small(a) && n < 63) {
    int64_t v = small_value(a);
    int64_t r = static_cast<int64_t>(static_cast<uint64_t>(v) << n);
    if ((r >> n) == v) return make_small(r);
  }
  if (static_cast<uint64_t>(n) + int_bit_length(a) > (uint64_t(1) << 40)) {
    set_error_none(&exc::MemoryError);
    return nullptr;
  }
  Mpz x(a);
  mpz_mul_2exp(x.v, x.v, static_cast<mp_bitcnt_t>(n));
  return x.release();
}

Object* int_rshift(Object* a, Object* b) {
  if (int_sign(b) < 0) {
    set_error(&exc::ValueError, "negative shift count");
    return nullptr;
  }
  if (!int_is_small(b)) return make_small(int_sign(a) < 0 ? -1 : 0);
  int64_t n = small_value(b);
  if (int_is_small(a)) return make_small(small_value(a) >> (n > 63 ? 63 : n));
  Mpz x(a);
  mpz_fdiv_q_2exp(x.v, x.v, static_cast<mp_bitcnt_t>(n));
  return x.release();
}

Object* int_and(Object* a, Object* b) {
  if (both_small(a, b)) return make_small(small_value(a) & small_value(b));
  Mpz x(a), y(b);
  mpz_and(x.v, x.v, y.v);
  return x.release();
}

Object* int_or(Object* a, Object* b) {
  if (both_small(a, b)) return make_small(small_value(a) | small_value(b));
  Mpz x(a), y(b);
  mpz_ior(x.v, x.v, y.v);
  return x.release();
}

Object* int_xor(Object* a, Object* b) {
  if (both_small(a, b)) return make_small(small_value(a) ^ small_value(b));
  Mpz x(a), y(b);
  mpz_xor(x.v, x.v, y.v);
  return x.release();
}

Object* int_pow(Object* a, Object* b, Object* mod) {
  if (mod == None) {
    if (int_sign(b) < 0) {
      // A negative exponent makes a float (float ** float rules).
      double x = int_as_double(a);
      if (x == -1.0 && error_occurred()) return nullptr;
      double y = int_as_double(b);
      if (y == -1.0 && error_occurred()) return nullptr;
      Object* fx = float_from_double(x);
      if (!fx) return nullptr;
      Object* fy = float_from_double(y);
      if (!fy) {
        decref(fx);
        return nullptr;
      }
      Object* r = FloatType.as_number->nb_power(fx, fy, None);
      decref(fx);
      decref(fy);
      return r;
    }
    // Trivial bases never overflow, whatever the exponent.
    if (int_is_small(a)) {
      int64_t base = small_value(a);
      if (base == 0 || base == 1) return make_small(int_sign(b) == 0 ? 1 : base);
      if (base == -1) {
        bool odd = int_is_small(b) ? (small_value(b) & 1) : mpz_odd_p(as_int(b)->mpz());
        return make_small(odd ? -1 : 1);
      }
    }
    if (!int_is_small(b) ||
        static_cast<double>(small_value(b)) * static_cast<double>(int_bit_length(a)) > 1e12) {
      set_error_none(&exc::MemoryError);
      return nullptr;
    }
    uint64_t e = static_cast<uint64_t>(small_value(b));
    if (int_is_small(a)) {
      // Square-and-multiply while it fits.
      int64_t base = small_value(a), result = 1;
      uint64_t n = e;
      bool overflow = false;
      while (n) {
        if (n & 1) overflow |= __builtin_mul_overflow(result, base, &result);
        n >>= 1;
        if (n) overflow |= __builtin_mul_overflow(base, base, &base);
        if (overflow) break;
      }
      if (!overflow) return make_small(result);
    }
    Mpz x(a);
    mpz_pow_ui(x.v, x.v, e);
    return x.release();
  }
  // Three-argument pow.
  if (is_zero(mod)) {
    set_error(&exc::ValueError, "pow() 3rd argument cannot be 0");
    return nullptr;
  }
  Mpz x(a), y(b), m(mod);
  const bool negative_mod = mpz_sgn(m.v) < 0;
  mpz_abs(m.v, m.v);
  if (mpz_sgn(y.v) < 0) {
    if (mpz_invert(x.v, x.v, m.v) == 0) {
      set_error(&exc::ValueError, "base is not invertible for the given modulus");
      return nullptr;
    }
    mpz_neg(y.v, y.v);
  }
  if (mpz_cmp_ui(m.v, 1) == 0) return make_small(0);
  mpz_powm(x.v, x.v, y.v, m.v);
  if (negative_mod && mpz_sgn(x.v) != 0) mpz_sub(x.v, x.v, m.v);
  return x.release();
}

int int_compare(Object* a, Object* b) {
  if (both_small(a, b)) {
    int64_t x = small_value(a), y = small_value(b);
    return (x > y) - (x < y);
  }
  Mpz x(a), y(b);
  int c = mpz_cmp(x.v, y.v);
  return (c > 0) - (c < 0);
}

hash_t int_hash(Object* o) {
  IntObject* v = as_int(o);
  uhash_t x;
  bool negative;
  if (v->is_small()) {
    negative = v->value < 0;
    uint64_t mag = negative ? 0 - static_cast<uint64_t>(v->value) : static_cast<uint64_t>(v->value);
    x = mag % kHashModulus;
  } else {
    negative = mpz_sgn(&v->big) < 0;
    x = mpz_tdiv_ui(&v->big, kHashModulus);  // |v| mod m
  }
  hash_t h = static_cast<hash_t>(x);
  if (negative) h = -h;
  return h == -1 ? -2 : h;
}

// ---- slots ---------------------------------------------------------------------------------

namespace {

#define CHECK_BINOP(a, b) \
  if (!is_int(a) || !is_int(b)) return newref(NotImplemented)

Object* long_add(Object* a, Object* b) { CHECK_BINOP(a, b); return int_add(a, b); }
Object* long_sub(Object* a, Object* b) { CHECK_BINOP(a, b); return int_sub(a, b); }
Object* long_mul(Object* a, Object* b) { CHECK_BINOP(a, b); return int_mul(a, b); }
Object* long_mod(Object* a, Object* b) { CHECK_BINOP(a, b); return int_mod(a, b); }
Object* long_divmod(Object* a, Object* b) { CHECK_BINOP(a, b); return int_divmod(a, b); }
Object* long_floordiv(Object* a, Object* b) { CHECK_BINOP(a, b); return int_floordiv(a, b); }
Object* long_truediv(Object* a, Object* b) { CHECK_BINOP(a, b); return int_truediv(a, b); }
Object* long_lshift(Object* a, Object* b) { CHECK_BINOP(a, b); return int_lshift(a, b); }
Object* long_rshift(Object* a, Object* b) { CHECK_BINOP(a, b); return int_rshift(a, b); }
Object* long_and(Object* a, Object* b) { CHECK_BINOP(a, b); return int_and(a, b); }
Object* long_or(Object* a, Object* b) { CHECK_BINOP(a, b); return int_or(a, b); }
Object* long_xor(Object* a, Object* b) { CHECK_BINOP(a, b); return int_xor(a, b); }

Object* long_pow(Object* a, Object* b, Object* c) {
  CHECK_BINOP(a, b);
  if (c != None && !is_int(c)) return newref(NotImplemented);
  return int_pow(a, b, c);
}

Object* long_neg(Object* a) { return int_neg(a); }
Object* long_pos(Object* a) { return int_exact_copy(a); }
Object* long_abs(Object* a) { return int_abs(a); }
Object* long_invert(Object* a) { return int_invert(a); }
int long_bool(Object* a) { return int_sign(a) != 0; }
Object* long_long(Object* a) { return int_exact_copy(a); }

Object* long_float(Object* a) {
  double d = int_as_double(a);
  if (d == -1.0 && error_occurred()) return nullptr;
  return float_from_double(d);
}

Object* long_richcompare(Object* a, Object* b, int op) {
  CHECK_BINOP(a, b);
  int c = a == b ? 0 : int_compare(a, b);
  bool r;
  switch (op) {
    case kLT: r = c < 0; break;
    case kLE: r = c <= 0; break;
    case kEQ: r = c == 0; break;
    case kNE: r = c != 0; break;
    case kGT: r = c > 0; break;
    default: r = c >= 0; break;
  }
  return bool_from(r);
}

hash_t long_hash(Object* a) { return int_hash(a); }
Object* long_repr(Object* a) { return int_to_decimal_str(a); }

// int(x=0, /, base=10)
Object* long_new_exact(Object* x, Object* base_obj) {
  if (!x) {
    if (base_obj) {
      set_error(&exc::TypeError, "int() missing string argument");
      return nullptr;
    }
    return make_small(0);
  }
  if (!base_obj) return number_long(x);
  int base;
  if (!arg_to_int(base_obj, &base)) {
    if (error_matches(&exc::OverflowError)) {
      clear_error();
      set_error(&exc::ValueError, "int() base must be >= 2 and <= 36, or 0");
    }
    return nullptr;
  }
  if (is_str(x) || is_bytes(x) || is_bytearray(x)) return int_from_string_object(x, base);
  set_error(&exc::TypeError, "int() can't convert non-string with explicit base");
  return nullptr;
}

Object* long_new(Type* type, Object* args, Object* kwds) {
  Object* argv[2] = {};
  static const ArgParser parser{"int", {"", "base"}, 0, 2};
  if (!parse_args_dict(parser, args, kwds, argv)) return nullptr;
  Object* value = long_new_exact(argv[0], argv[1]);
  if (!value || type == &IntType) return value;
  // A subclass: copy the value into an instance of it.
  Object* exact = value;
  if (!is_int_exact(exact)) {
    exact = int_exact_copy(value);
    decref(value);
    if (!exact) return nullptr;
  }
  Object* o = type_generic_alloc(type, 0);
  if (!o) {
    decref(exact);
    return nullptr;
  }
  IntObject* dst = as_int(o);
  IntObject* src = as_int(exact);
  if (src->is_small()) {
    dst->value = src->value;
  } else {
    mpz_init_set(&dst->big, &src->big);
  }
  decref(exact);
  return o;
}

// ---- methods ----

Object* int_bit_length_method(Object* self) {
  return int_from_u64(int_bit_length(self));
}

Object* int_bit_count_method(Object* self) {
  IntObject* v = as_int(self);
  if (v->is_small()) {
    uint64_t x = v->value < 0 ? 0 - static_cast<uint64_t>(v->value) : static_cast<uint64_t>(v->value);
    return make_small(__builtin_popcountll(x));
  }
  Mpz x(self);
  mpz_abs(x.v, x.v);
  return int_from_u64(mpz_popcount(x.v));
}

Object* int_conjugate(Object* self) { return int_exact_copy(self); }

Object* int_as_integer_ratio(Object* self) {
  Object* n = int_exact_copy(self);
  if (!n) return nullptr;
  Object* r = tuple_pack({n, small_int(1)});
  decref(n);
  return r;
}

Object* int_getnewargs(Object* self) {
  Object* n = int_exact_copy(self);
  if (!n) return nullptr;
  Object* r = tuple_pack({n});
  decref(n);
  return r;
}

Object* int_sizeof_method(Object* self) { return int_from_ssize(int_sizeof(self)); }

Object* int_round(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("__round__", nargs, 0, 1)) return nullptr;
  if (nargs == 0) return int_exact_copy(self);
  Object* nd = number_index(args[0]);
  if (!nd) return nullptr;
  // Non-negative ndigits: the int is unchanged.
  if (int_sign(nd) >= 0) {
    decref(nd);
    return int_exact_copy(self);
  }
  // Round to a multiple of 10**-ndigits, half to even.
  Object* neg = int_neg(nd);
  decref(nd);
  if (!neg) return nullptr;
  if (!int_is_small(neg) || small_value(neg) > 100000000) {
    decref(neg);
    return make_small(0);
  }
  Mpz pow10, x(self), q, r;
  mpz_ui_pow_ui(pow10.v, 10, static_cast<unsigned long>(small_value(neg)));
  decref(neg);
  mpz_fdiv_qr(q.v, r.v, x.v, pow10.v);
  // r in [0, pow10): compare 2r with pow10.
  mpz_mul_2exp(r.v, r.v, 1);
  int c = mpz_cmp(r.v, pow10.v);
  if (c > 0 || (c == 0 && mpz_odd_p(q.v))) mpz_add_ui(q.v, q.v, 1);
  mpz_mul(q.v, q.v, pow10.v);
  return q.release();
}

bool parse_byteorder(Object* o, bool* little) {
  if (!o) {
    *little = false;
    return true;
  }
  if (!is_str(o)) {
    format_error(&exc::TypeError, "to_bytes() argument 'byteorder' must be str, not %.50s", o->type->name);
    return false;
  }
  if (str_equal_cstr(o, "little")) {
    *little = true;
  } else if (str_equal_cstr(o, "big")) {
    *little = false;
  } else {
    set_error(&exc::ValueError, "byteorder must be either 'little' or 'big'");
    return false;
  }
  return true;
}

// to_bytes(length=1, byteorder='big', *, signed=False)
Object* int_to_bytes(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgParser parser{"to_bytes", {"length", "byteorder", "signed"}, 0, 2};
  Object* argv[3] = {};
  if (!parse_args(parser, args, nargs, kwnames, argv)) return nullptr;
  ssize length = 1;
  if (argv[0] && !arg_to_ssize(argv[0], &length)) return nullptr;
  if (length < 0) {
    set_error(&exc::ValueError, "length argument must be non-negative");
    return nullptr;
  }
  bool little;
  if (argv[1] && !is_str(argv[1])) {
    format_error(&exc::TypeError, "to_bytes() argument 'byteorder' must be str, not %.50s",
                 argv[1]->type->name);
    return nullptr;
  }
  if (!parse_byteorder(argv[1], &little)) return nullptr;
  bool is_signed = false;
  if (argv[2]) {
    int t = object_is_true(argv[2]);
    if (t < 0) return nullptr;
    is_signed = t;
  }
  Mpz x(self);
  if (!is_signed && mpz_sgn(x.v) < 0) {
    set_error(&exc::OverflowError, "can't convert negative int to unsigned");
    return nullptr;
  }
  // Two's complement over length bytes.
  Mpz modulus, limit;
  mpz_setbit(modulus.v, static_cast<mp_bitcnt_t>(8 * length));
  bool fits;
  if (is_signed) {
    // -2**(8n-1) <= x < 2**(8n-1)
    if (length == 0) {
      fits = mpz_sgn(x.v) == 0;
    } else {
      mpz_setbit(limit.v, static_cast<mp_bitcnt_t>(8 * length - 1));
      fits = mpz_cmp(x.v, limit.v) < 0;
      mpz_neg(limit.v, limit.v);
      fits = fits && mpz_cmp(x.v, limit.v) >= 0;
    }
  } else {
    fits = mpz_cmp(x.v, modulus.v) < 0;
  }
  if (!fits) {
    set_error(&exc::OverflowError, "int too big to convert");
    return nullptr;
  }
  if (mpz_sgn(x.v) < 0) mpz_add(x.v, x.v, modulus.v);
  std::string buf(static_cast<size_t>(length), '\0');
  size_t count = 0;
  if (length > 0 && mpz_sgn(x.v) != 0) {
    std::string tmp((mpz_sizeinbase(x.v, 2) + 7) / 8, '\0');
    mpz_export(tmp.data(), &count, -1, 1, 0, 0, x.v);  // little-endian bytes
    for (size_t i = 0; i < count; ++i) buf[i] = tmp[i];
  }
  if (!little) std::reverse(buf.begin(), buf.end());
  return bytes_from_data(buf.data(), length);
}

// from_bytes(bytes, byteorder='big', *, signed=False)  (a class method)
Object* int_from_bytes(Object* cls, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgParser parser{"from_bytes", {"bytes", "byteorder", "signed"}, 1, 2};
  Object* argv[3] = {};
  if (!parse_args(parser, args, nargs, kwnames, argv)) return nullptr;
  bool little;
  if (argv[1] && !is_str(argv[1])) {
    format_error(&exc::TypeError, "from_bytes() argument 'byteorder' must be str, not %.50s",
                 argv[1]->type->name);
    return nullptr;
  }
  if (!parse_byteorder(argv[1], &little)) return nullptr;
  bool is_signed = false;
  if (argv[2]) {
    int t = object_is_true(argv[2]);
    if (t < 0) return nullptr;
    is_signed = t;
  }
  Object* data = bytes_from_object(argv[0]);
  if (!data) return nullptr;
  std::string_view view = bytes_view(data);
  Mpz x;
  if (!view.empty()) mpz_import(x.v, view.size(), little ? -1 : 1, 1, 0, 0, view.data());
  if (is_signed && !view.empty()) {
    unsigned char top = static_cast<unsigned char>(little ? view.back() : view.front());
    if (top & 0x80) {
      Mpz modulus;
      mpz_setbit(modulus.v, static_cast<mp_bitcnt_t>(8 * view.size()));
      mpz_sub(x.v, x.v, modulus.v);
    }
  }
  decref(data);
  Object* value = x.release();
  if (!value || cls == &IntType) return value;
  Object* r = call_function(cls, value);
  decref(value);
  return r;
}

Object* int_get_self(Object* self, void*) { return int_exact_copy(self); }
Object* int_get_zero(Object*, void*) { return make_small(0); }
Object* int_get_one(Object*, void*) { return make_small(1); }

Object* int_index_method(Object* self) { return int_exact_copy(self); }

// __format__(format_spec, /) for the built-in types with a mini-language.
Object* int_format_method(Object* self, Object* spec) {
  if (!is_str(spec)) return format_error(&exc::TypeError, "__format__() argument must be str, not %.50s", spec->type->name);
  return int_format_spec(self, spec);
}

MethodDef int_methods[] = {
    {"conjugate", int_conjugate, "Returns self, the complex conjugate of any int."},
    {"bit_length", int_bit_length_method,
     "bit_length($self, /)\n--\n\n"
     "Number of bits necessary to represent self in binary.\n\n>>> bin(37)\n'0b100101'\n"
     ">>> (37).bit_length()\n6"},
    {"bit_count", int_bit_count_method,
     "bit_count($self, /)\n--\n\n"
     "Number of ones in the binary representation of the absolute value of self.\n\n"
     "Also known as the population count.\n\n>>> bin(13)\n'0b1101'\n>>> (13).bit_count()\n3"},
    {"to_bytes", int_to_bytes, "to_bytes($self, /, length=1, byteorder='big', *, signed=False)\n--\n\n"
     "Return an array of bytes representing an integer."},
    {"from_bytes", int_from_bytes, "from_bytes($type, /, bytes, byteorder='big', *, signed=False)\n--\n\n"
     "Return the integer represented by the given array of bytes.",
     Binding::kClass},
    {"as_integer_ratio", int_as_integer_ratio,
     "as_integer_ratio($self, /)\n--\n\n"
     "Return integer ratio.\n\nReturn a pair of integers, whose ratio is exactly equal to the "
     "original int\nand with a positive denominator.\n\n>>> (10).as_integer_ratio()\n(10, 1)\n"
     ">>> (-10).as_integer_ratio()\n(-10, 1)\n>>> (0).as_integer_ratio()\n(0, 1)"},
    {"__trunc__", int_index_method, "Truncating an Integral returns itself."},
    {"__floor__", int_index_method, "Flooring an Integral returns itself."},
    {"__ceil__", int_index_method, "Ceiling of an Integral returns itself."},
    {"__round__", int_round,
     "__round__($self, ndigits=<unrepresentable>, /)\n--\n\n"
     "Rounding an Integral returns itself.\n\nRounding with an ndigits argument also returns an integer."},
    {"__getnewargs__", int_getnewargs, "__getnewargs__($self, /)\n--\n\n"},
    {"__format__", int_format_method, "__format__($self, format_spec, /)\n--\n\n"},
    {"__sizeof__", int_sizeof_method, "__sizeof__($self, /)\n--\n\n"
     "Returns size in memory, in bytes."},
    {},
};

GetSetDef int_getset[] = {
    {"real", int_get_self, nullptr, "the real part of a complex number"},
    {"imag", int_get_zero, nullptr, "the imaginary part of a complex number"},
    {"numerator", int_get_self, nullptr, "the numerator of a rational number in lowest terms"},
    {"denominator", int_get_one, nullptr, "the denominator of a rational number in lowest terms"},
    {},
};

NumberMethods int_as_number = {
    .nb_add = long_add,
    .nb_subtract = long_sub,
    .nb_multiply = long_mul,
    .nb_remainder = long_mod,
    .nb_divmod = long_divmod,
    .nb_power = long_pow,
    .nb_negative = long_neg,
    .nb_positive = long_pos,
    .nb_absolute = long_abs,
    .nb_bool = long_bool,
    .nb_invert = long_invert,
    .nb_lshift = long_lshift,
    .nb_rshift = long_rshift,
    .nb_and = long_and,
    .nb_xor = long_xor,
    .nb_or = long_or,
    .nb_int = long_long,
    .nb_float = long_float,
    .nb_floor_divide = long_floordiv,
    .nb_true_divide = long_truediv,
    .nb_index = long_long,
};

}  // namespace

Type IntType{{
    .name = "int",
    .basicsize = sizeof(IntObject),
    .dealloc = int_dealloc,
    .repr = long_repr,
    .as_number = &int_as_number,
    .hash = long_hash,
    .getattro = generic_getattr,
    .flags = tpflags::kBaseType | tpflags::kLongSubclass | tpflags::kMatchSelf,
    .doc = "int([x]) -> integer\nint(x, base=10) -> integer\n\n"
           "Convert a number or string to an integer, or return 0 if no arguments\n"
           "are given.  If x is a number, return x.__int__().  For floating point\n"
           "numbers, this truncates towards zero.\n\n"
           "If x is not a number or if base is given, then x must be a string,\n"
           "bytes, or bytearray instance representing an integer literal in the\n"
           "given base.  The literal can be preceded by '+' or '-' and be surrounded\n"
           "by whitespace.  The base defaults to 10.  Valid bases are 0 and 2-36.\n"
           "Base 0 means to interpret the base from the string as an integer literal.\n"
           ">>> int('0b100', base=0)\n4",
    .richcompare = long_richcompare,
    .methods = int_methods,
    .getset = int_getset,
    .new_ = long_new,
}};

// Called by objects_init.
int int_init() {
  for (int v = kSmallIntMin; v <= kSmallIntMax; ++v) {
    IntObject& o = small_ints[v - kSmallIntMin];
    o.refcnt = 1;
    o.type = &IntType;
    o.value = v;
    o.big._mp_d = nullptr;
  }
  return 0;
}

}  // namespace glasspy
