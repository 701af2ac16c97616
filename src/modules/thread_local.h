// `_thread._local`: objects whose attributes each thread sees separately.
#pragma once

#include "objects/object.h"
#include "objects/thread_state.h"

namespace glasspy {

extern Type ThreadLocalType;

// Drops the attributes every local object holds for `ts`, a thread that is
// ending (called with the GIL, by that thread).
void thread_locals_forget(ThreadState* ts);

}  // namespace glasspy
