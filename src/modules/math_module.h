// The `math` module (see math_module.cpp).
#pragma once

#include "objects/object.h"

namespace glasspy {

// New reference.
Object* math_module_create();

}  // namespace glasspy
