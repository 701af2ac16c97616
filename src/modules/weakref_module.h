// The `_weakref` module: what weakref.py builds on (see weakref_module.cpp).
#pragma once

#include "objects/object.h"

namespace glasspy {

// New reference.
Object* weakref_module_create();

}  // namespace glasspy
