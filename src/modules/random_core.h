// `_random`: the Mersenne Twister generator (see random_core.cpp).
#pragma once

#include "objects/object.h"

namespace glasspy {

extern Type RandomCoreType;

// New reference.
Object* random_core_module_create();

}  // namespace glasspy
