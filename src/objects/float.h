// `float`: a C double.  Freed floats go to a free list (CPython keeps 100).
//
// Arithmetic follows CPython: // and % take the sign of the divisor with
// the remainder computed by fmod and the quotient corrected so that
// a == q*b + r exactly as CPython's float_divmod; ** follows C99 pow's
// special cases with CPython's errors; hashing agrees with int hashing for
// integral values (objects/hash.h).
#pragma once

#include <gmp.h>

#include <cstdint>
#include <string_view>

#include "objects/object.h"
#include "objects/type.h"

namespace glasspy {

extern Type FloatType;

struct FloatObject : Object {
  double value;
};

inline bool is_float(Object* o) { return is_instance_of(o, &FloatType); }
inline bool is_float_exact(Object* o) { return o->type == &FloatType; }
inline double float_value(Object* o) { return static_cast<FloatObject*>(o)->value; }

Object* float_from_double(double v);
// PyFloat_AsDouble: floats, __float__, __index__; -1.0 with an error set on
// failure ("must be real number, not str").
double float_as_double(Object* o);
// float(x) for str/bytes text: CPython's rules (whitespace, underscores
// between digits, inf/nan spellings); ValueError "could not convert string
// to float: %R" with `original`.
Object* float_from_text(std::string_view text, Object* original);
// float(x) for any x (float.__new__ without subclassing).
Object* float_from_object(Object* x);

// mantissa * 2**exp2 rounded (half to even) to the nearest double, with
// gradual underflow; *overflow when it is too large for a double.
double mpz_scaled_to_double(__mpz_struct const* mantissa, int64_t exp2, bool* overflow);

// The CPython divmod of doubles; false (and ZeroDivisionError) for b == 0.
bool float_divmod_values(double a, double b, double* floordiv, double* mod, const char* what);

}  // namespace glasspy
