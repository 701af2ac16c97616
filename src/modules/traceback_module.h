// The `traceback` module (see traceback_module.cpp).
#pragma once

#include "objects/object.h"

namespace glasspy {

// New reference.
Object* traceback_module_create();

}  // namespace glasspy
