// `posix` and `time`, the C++ modules under `os` and for clocks (see
// posix_module.cpp).
#pragma once

#include "objects/object.h"

namespace glasspy {

// New references.
Object* posix_module_create();
Object* time_module_create();

}  // namespace glasspy
