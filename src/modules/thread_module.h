// `_thread`: starting threads, their identity, locks and thread-local data
// (see thread_module.cpp); threading.py is built on it.
#pragma once

#include "objects/object.h"

namespace glasspy {

// New reference.
Object* thread_module_create();

}  // namespace glasspy
