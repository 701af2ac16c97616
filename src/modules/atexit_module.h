// The `atexit` module: functions to call when the interpreter exits.
#pragma once

#include "objects/object.h"

namespace glasspy {

// New reference.
Object* atexit_module_create();

// Calls the registered functions, the last registered first, reporting each
// failure as unraisable ("Exception ignored in atexit callback"), then forgets
// them all (functions registered meanwhile are dropped).  The interpreter
// calls it at exit; atexit._run_exitfuncs() too.
void atexit_run_exit_functions();

}  // namespace glasspy
