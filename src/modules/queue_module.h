// `_queue`: SimpleQueue, the unbounded FIFO queue queue.py builds on, and
// its Empty exception.
#pragma once

#include "objects/object.h"

namespace glasspy {

// New reference.
Object* queue_module_create();

}  // namespace glasspy
