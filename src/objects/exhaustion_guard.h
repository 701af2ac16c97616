// Turning a standard container's allocation failure into MemoryError.
//
// StrBuilder and friends keep their text in std containers, which report an
// exhausted heap by throwing std::bad_alloc.  Where a caller picks how much
// they grow (a width of 2**40 in format(), '%*d' or str.ljust), the public
// entry point runs its body through guard_exhaustion, so the interpreter sees
// MemoryError as CPython raises it, never a C++ exception.  The cost is zero
// until something throws; references held in raw pointers by the unwound
// body are lost on that path only.
#pragma once

#include <new>
#include <stdexcept>

#include "objects/errors.h"

namespace glasspy {

template <class Body>
Object* guard_exhaustion(Body&& body) {
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return no_memory();
  } catch (const std::length_error&) {
    return no_memory();
  }
}

}  // namespace glasspy
