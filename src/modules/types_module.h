// The `types` module (see types_module.cpp).
#pragma once

#include "objects/object.h"

namespace glasspy {

// New reference.
Object* types_module_create();

}  // namespace glasspy
