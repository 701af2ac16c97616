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

// RuntimeWarning "coroutine ... was never awaited" for `coro`, as CPython
// reports it: through warnings._warn_unawaited_coroutine (which names the
// coroutine as the warning's source, so the default hook adds the
// tracemalloc hint), or directly when that module cannot be used.  Never
// leaves an error set: a failure is reported as unraisable.
void warn_unawaited_coroutine(Object* coro);

}  // namespace glasspy
