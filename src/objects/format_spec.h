// The standard format specifier mini-language, which int, float, complex
// and str implement in __format__ (and so format(), f-strings and
// str.format reach):
//
//   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
//
// Parsing, the checks and their messages, and the layout of the result
// (padding, sign placement, zero padding that runs through the digit
// grouping, '0x' prefixes) follow CPython's formatter exactly.  Numbers are
// formatted in the C locale, as CPython's are ('n' adds no grouping).
#pragma once

#include "objects/object.h"

namespace glasspy {

// value.__format__(spec) with value an instance of the type (subclasses
// included) and spec a str; new reference or null with an error.
Object* str_format_spec(Object* value, Object* spec);
Object* int_format_spec(Object* value, Object* spec);
Object* float_format_spec(Object* value, Object* spec);
Object* complex_format_spec(Object* value, Object* spec);

}  // namespace glasspy
