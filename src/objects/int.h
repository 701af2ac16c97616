// `int`: arbitrary-precision integers, held inline as int64_t while they fit
// and as a GMP integer (mpz) beyond.
//
// Invariant (canonical form): an int is "small" (big._mp_d == null, value in
// `value`) exactly when its value fits in int64_t; every operation
// normalizes its result, so two equal ints are both small or both big and
// small-int fast paths need no mpz at all.  The values -5..256 are
// preallocated and shared, as CPython does, so `x is 5` behaves the same.
// Freed small ints go to a free list.
//
// bool is a subclass whose two instances, True and False, are IntObjects.
#pragma once

#include <gmp.h>

#include <cstdint>
#include <string>

#include "objects/object.h"

namespace glasspy {

extern Type IntType;

struct IntObject : Object {
  int64_t value;     // the value while small
  __mpz_struct big;  // the value when it does not fit in int64 (_mp_d set)

  bool is_small() const { return big._mp_d == nullptr; }
  mpz_srcptr mpz() const { return &big; }
};

inline bool is_int(Object* o) { return o->type->flags & tpflags::kLongSubclass; }
inline bool is_int_exact(Object* o) { return o->type == &IntType; }
inline IntObject* as_int(Object* o) { return static_cast<IntObject*>(o); }

// ---- creation (new references) -----------------------------------------------
Object* int_from_i64(int64_t v);
Object* int_from_u64(uint64_t v);
inline Object* int_from_ssize(ssize v) { return int_from_i64(v); }
// Takes the value of an mpz (copied; the argument is not consumed).
Object* int_from_mpz(mpz_srcptr v);
// Truncates a finite double (int(x)); OverflowError/ValueError for inf/nan
// with CPython's messages.
Object* int_from_double(double d);
// int(text, base) parsing with CPython's rules (underscores, prefixes, base
// 0, whitespace, the 4300-digit limit).  `text` is UTF-8 already stripped of
// nothing; errors are ValueError "invalid literal for int() with base %d: %R"
// with `original` (the str/bytes object shown in the message).
Object* int_from_text(std::string_view text, int base, Object* original);
// An int from a str/bytes/bytearray object and base (int(x, base)).
Object* int_from_string_object(Object* s, int base);

// ---- conversion -------------------------------------------------------------------
// The value as int64; *overflow is set to -1/+1 (and 0 returned) when it does
// not fit.  `o` must be an int.
int64_t int_as_i64_overflow(Object* o, int* overflow);
// PyLong_AsSsize_t on an int: OverflowError "Python int too large to convert
// to C ssize_t" when out of range (-1 returned).
ssize int_as_ssize(Object* o);
// PyLong_AsLong-like on an int: OverflowError "Python int too large to
// convert to C long".
long int_as_long(Object* o);
// Nearest double with round-half-even; OverflowError "int too large to
// convert to float".  -1.0 with an error set on failure.
double int_as_double(Object* o);
// The value as an mpz (initialized by this call; caller clears).
void int_to_mpz(Object* o, mpz_ptr out);
// Sign: -1, 0, 1.
int int_sign(Object* o);
inline bool int_is_small(Object* o) { return as_int(o)->is_small(); }
// Number of bits of |v| (int.bit_length).
uint64_t int_bit_length(Object* o);
// frexp-like: |v| = m * 2**e with 0.5 <= m < 1 (m as double, rounded to 53
// bits); for exact int/float comparisons and true division.
double int_frexp(Object* o, int64_t* e);

// Decimal (or base 2/8/16 with prefix) text; ValueError past the 4300-digit
// limit for decimal ("Exceeds the limit (4300 digits) for integer string
// conversion; use sys.set_int_max_str_digits() to increase the limit").
Object* int_to_decimal_str(Object* o);
Object* int_format_base(Object* o, int base);  // bin/oct/hex with prefix
// The text in base 2, 8, 10 or 16 (lower-case, '-' first, then the '0b'/'0o'/
// '0x' prefix when asked for); false with the ValueError above when a
// decimal conversion exceeds the limit.
bool int_to_text(Object* o, int base, bool prefix, std::string& out);

// ---- arithmetic (both operands ints; new reference, or NotImplemented-free
// errors like ZeroDivisionError) -----------------------------------------------
Object* int_add(Object* a, Object* b);
Object* int_sub(Object* a, Object* b);
Object* int_mul(Object* a, Object* b);
Object* int_floordiv(Object* a, Object* b);
Object* int_mod(Object* a, Object* b);
Object* int_divmod(Object* a, Object* b);
Object* int_truediv(Object* a, Object* b);
Object* int_pow(Object* a, Object* b, Object* mod);  // mod: None or int
Object* int_neg(Object* a);
Object* int_abs(Object* a);
Object* int_invert(Object* a);
Object* int_lshift(Object* a, Object* b);
Object* int_rshift(Object* a, Object* b);
Object* int_and(Object* a, Object* b);
Object* int_or(Object* a, Object* b);
Object* int_xor(Object* a, Object* b);
// -1, 0, 1.
int int_compare(Object* a, Object* b);
hash_t int_hash(Object* o);
// A copy of an int subclass instance as an exact int (or o itself, counted,
// when exact).
Object* int_exact_copy(Object* o);

// The sizeof an int as CPython reports it (24 + 4 per 30-bit digit).
ssize int_sizeof(Object* o);

// Small-int cache access, for hot paths.
constexpr int kSmallIntMin = -5;
constexpr int kSmallIntMax = 256;
extern IntObject small_ints[kSmallIntMax - kSmallIntMin + 1];
inline Object* small_int(int v) { return &small_ints[v - kSmallIntMin]; }

}  // namespace glasspy
