// `_heapq` (heapq_module.cpp).
#pragma once

#include "objects/object.h"

namespace glasspy {

// New reference.
Object* heapq_module_create();

}  // namespace glasspy
