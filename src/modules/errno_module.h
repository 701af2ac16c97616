// The `errno` module (errno_module.cpp).
#pragma once

#include "objects/object.h"

namespace glasspy {

Object* errno_module_create();

}  // namespace glasspy
