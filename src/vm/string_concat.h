// `s += t` / `s = s + t` on a str held only by a fast local, done in place
// (what CPython 3.11's BINARY_OP_INPLACE_ADD_UNICODE achieves): building a
// string by repeated concatenation in a loop costs linear, not quadratic,
// time.
#pragma once

#include "objects/object.h"

namespace glasspy {

// *target (a new reference to an exact str) becomes *target + right.  When
// *target is the only reference, not interned and wide enough for right's
// characters, its buffer grows in place; otherwise a new string replaces
// it.  On error *target is released and set to null.
void str_append_to(Object** target, Object* right);

}  // namespace glasspy
