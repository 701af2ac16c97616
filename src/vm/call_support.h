// The error messages of calls with unpacking (f(*x, **y)): CPython names the
// callee as _PyObject_FunctionStr does ("__main__.f()", "len()").
#pragma once

#include "objects/object.h"

namespace glasspy {

// "module.qualname()" ("qualname()" for builtins), else str(func).  New
// reference, or null with an error.
Object* function_str(Object* func);

// After a failed merge of `kwargs` into the call's keyword dict: turns the
// AttributeError of a non-mapping into "f() argument after ** must be a
// mapping, not int", and a duplicate key's KeyError into "f() got multiple
// values for keyword argument 'x'".
void format_kwargs_error(Object* func, Object* kwargs);

// "f() argument after * must be an iterable, not int" when `args` is not
// iterable.  0 or -1.
int check_args_iterable(Object* func, Object* args);

}  // namespace glasspy
