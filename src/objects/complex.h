// `complex`: a pair of doubles, with CPython's arithmetic (Smith's division,
// integer powers by repeated squaring up to 100, otherwise polar form), its
// hash (real hash + 1000003 * imaginary hash), repr and string parsing.
#pragma once

#include "objects/object.h"
#include "objects/type.h"

namespace glasspy {

extern Type ComplexType;

struct ComplexObject : Object {
  double real;
  double imag;
};

inline bool is_complex(Object* o) { return is_instance_of(o, &ComplexType); }
inline ComplexObject* as_complex(Object* o) { return static_cast<ComplexObject*>(o); }

Object* complex_from_doubles(double real, double imag);
// float ** float for a negative base and fractional exponent.
Object* complex_power_of_doubles(double base, double exponent);

}  // namespace glasspy
