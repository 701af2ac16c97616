// Exceptions that cannot be raised (from __del__, a generator's cleanup,
// a failing flush at exit...), reported as CPython's PyErr_WriteUnraisable
// does: through sys.unraisablehook when a program installed one, else with
// the default report on sys.stderr:
//
//   Exception ignored in: <function D.__del__ at 0x...>
//   Traceback (most recent call last):
//     File "x.py", line 3, in __del__
//   ZeroDivisionError: division by zero
//
// (the traceback as PyTraceBack_Print prints it; no chained exceptions).
#pragma once

#include "objects/object.h"

namespace glasspy {

// Replaces the object layer's printer with this one (at start-up).
void install_unraisable_hook();

// _PyErr_WriteUnraisableMsg: reports the current exception (and clears it)
// as "Exception ignored <context>: <repr of obj>", e.g. context "in atexit
// callback".
void write_unraisable_message(const char* context, Object* obj);

// sys.unraisablehook's default implementation, for the sys module.
Object* default_unraisablehook(Object* module, Object* args);

}  // namespace glasspy
