// code.replace() and types.CodeType(): code objects built from Python.
#pragma once

#include "objects/object.h"

namespace glasspy {

// code.replace(**changes): vectorcall-style method.  New reference or null.
Object* code_replace(Object* self, Object* const* args, ssize nargs, Object* kwnames);
// code.__new__: the 16 to 18 positional arguments of types.CodeType.
Object* code_new(Type* type, Object* args, Object* kwargs);

}  // namespace glasspy
