// `_contextvars`: PEP 567 context variables (see contextvars_module.cpp).
#pragma once

#include "objects/object.h"

namespace glasspy {

// New reference.
Object* contextvars_module_create();

}  // namespace glasspy
