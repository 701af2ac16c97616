// The `sys` module: the interpreter's state as Python sees it (argv, path,
// modules, the standard streams, the recursion limit, frames, exit) and
// the version facts, which are CPython 3.11.7's (programs test them) except
// sys.implementation.name, 'glasspy'.
#pragma once

#include "objects/object.h"
#include "vm/interpreter.h"

namespace glasspy {

// New reference.  `modules` becomes sys.modules.
Object* sys_module_create(const InterpreterConfig& config, Object* modules);

// True if `hook` is the default sys.excepthook (so the top level can print
// without a call).
bool is_default_excepthook(Object* hook);

// Sets sys.builtin_module_names once the built-in modules are registered.
// 0 or -1.
int sys_set_builtin_module_names(Object* sys);

}  // namespace glasspy
