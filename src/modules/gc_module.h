// The `gc` module (see gc_module.cpp).
#pragma once

#include "objects/object.h"

namespace glasspy {

// New reference.
Object* gc_module_create();

}  // namespace glasspy
