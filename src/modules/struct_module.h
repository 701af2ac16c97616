// `_struct`: packing Python values as C structs (see struct_module.cpp).
#pragma once

#include "objects/object.h"

namespace glasspy {

// New reference.
Object* struct_module_create();

}  // namespace glasspy
