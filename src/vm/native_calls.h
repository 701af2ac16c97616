// Calls of built-in (C++) functions from the CALL instruction, counted
// against the recursion limit as CPython 3.11 counts them.
//
// CPython checks the limit (" while calling a Python object") around a call
// to a C function, except where the call site has been specialized to a
// form that skips the check: once a code object has run 8 RESUME or
// JUMP_BACKWARD instructions it is quickened, and a CALL of a builtin
// taking fast-call arguments (or len, or list.append) then no longer counts.
// Recursion that passes through such builtins (getattr inside __getattr__,
// sorted with a key...) therefore reaches the limit at the same depth, and
// with the same message, as in CPython.
#pragma once

#include "objects/object.h"

namespace glasspy {

// Calls `callable` (not a Python function) for a CALL instruction of code
// that is `quickened` or not; `result_discarded` when a POP_TOP follows the
// call.  New reference or null with an error.
Object* call_native_from_call_site(Object* callable, Object* const* args, size_t nargsf, Object* kwnames,
                                   bool quickened, bool result_discarded);

// Executions of RESUME / JUMP_BACKWARD after which CPython 3.11 quickens a
// code object.
constexpr int kQuickeningWarmup = 8;

}  // namespace glasspy
