// Warnings raised from C++ (objects/errors.h's warn(): RuntimeWarning for
// a coroutine never awaited, DeprecationWarning...) shown as CPython's
// warnings module shows them under its default filters:
//   /x/y.py:3: RuntimeWarning: message
//     source line
// DeprecationWarning shows only when triggered by __main__'s code;
// PendingDeprecationWarning, ImportWarning and ResourceWarning are ignored;
// each (message, category, line) is shown once per module.
#pragma once

#include "objects/object.h"

namespace glasspy {

// Installs the hook into the object layer.
void install_warning_hooks();

// warnings.warn(message, category, stacklevel): 0, or -1 with an error.
int warn_explicit_from_stack(Type* category, Object* message, ssize stacklevel);

}  // namespace glasspy
