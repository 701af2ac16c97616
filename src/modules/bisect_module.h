// `_bisect` (bisect_module.cpp).
#pragma once

#include "objects/object.h"

namespace glasspy {

// New reference.
Object* bisect_module_create();

}  // namespace glasspy
