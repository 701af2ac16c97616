// The `_abc` module: the machinery behind abc.ABCMeta (see abc_module.cpp).
#pragma once

#include "objects/object.h"

namespace glasspy {

// New reference.
Object* abc_module_create();

}  // namespace glasspy
