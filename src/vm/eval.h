// The bytecode interpreter: runs CPython 3.11 bytecode (see eval.cpp).
#pragma once

#include "objects/object.h"
#include "vm/frame.h"

namespace glasspy {

// Runs `frame` (pushed and initialized by the caller, made the callee of the
// thread's current frame here) until it returns or yields, and returns the
// value (new reference), or null with an exception set.  With `throwflag`
// the frame starts by raising the current exception at its current
// instruction (generator.throw()).  Python-to-Python calls inside run in this
// same invocation.
Object* eval_frame(Frame* frame, bool throwflag);

// Runs a frame pushed on the data stack to completion and pops it (the
// usual way C++ calls Python code).  New reference or null.
Object* eval_entry_frame(Frame* frame);

// exec(code, globals, locals): runs a code object (module or class body
// code, or any code without arguments) in a fresh frame.  `locals` may be
// null for optimized code.  New reference or null.
Object* eval_code(Object* code, Object* globals, Object* locals);

// The innermost running frame of this thread (null at top level).
Frame* current_frame();

// The globals / builtins / locals of the innermost frame (borrowed; null if
// none).  current_locals() is a new reference (fills the dict of optimized
// frames, as locals() does).
Object* current_globals();
Object* current_builtins();
Object* current_locals();

// NameError "name 'x' is not defined" with .name set (for suggestions).
void raise_name_error(Object* name);

}  // namespace glasspy
