// `function`: a code object together with the environment it runs in
// (globals, builtins, defaults, closure), as CPython's PyFunctionObject.
//
// Calling one goes through vectorcall (function_vectorcall): it pushes a
// frame on the thread's data stack, binds the arguments into the frame's
// locals with CPython's error messages (bind_arguments), and runs the eval
// loop on it.  The eval loop's CALL does the same without the C++ call: it
// pushes the frame and continues in the same loop.
//
// Invariants: code, globals, builtins, name, qualname are never null;
// defaults is null or a tuple; kwdefaults null or a dict; closure null or a
// tuple of cells (one per free variable of the code); the others may be null.
#pragma once

#include "objects/object.h"

namespace glasspy {

extern Type FunctionType;

struct FunctionObject : Object {
  Object* func_globals;
  Object* func_builtins;
  Object* func_name;
  Object* func_qualname;
  Object* func_code;
  Object* func_defaults;
  Object* func_kwdefaults;
  Object* func_closure;
  Object* func_doc;
  Object* func_dict;
  Object* func_weakreflist;
  Object* func_module;
  Object* func_annotations;
  vectorcallfunc vectorcall;
};

inline bool is_function(Object* o) { return o->type == &FunctionType; }
inline FunctionObject* as_function(Object* o) { return static_cast<FunctionObject*>(o); }

// A function for `code` with `globals` (MAKE_FUNCTION): name and qualname
// from the code, __module__ from globals['__name__'], __doc__ from the first
// constant when it is a str, builtins from globals (see builtins_from_globals).
// New reference.
Object* function_new(Object* code, Object* globals, Object* qualname = nullptr);

// The builtins dict a function made in `globals` sees: globals['__builtins__']
// (a module's dict, or a dict), else the interpreter's builtins.  Borrowed.
Object* builtins_from_globals(Object* globals);

// The vectorcall entry point of functions.
Object* function_vectorcall(Object* func, Object* const* args, size_t nargsf, Object* kwnames);

// Runs a function's code with `locals` as its f_locals (class bodies,
// exec/eval of code objects) and the given arguments.  New reference.
Object* function_call_with_locals(FunctionObject* func, Object* locals, Object* const* args,
                                  ssize nargs, Object* kwnames);

// Binds call arguments to the parameters of `func` in `localsplus` (which
// must be all null): positional, keywords (names in kwnames, values after
// the positional ones), *args, **kwargs, defaults.  The argument references
// are *stolen* in every case (released on error).  0, or -1 with CPython's
// TypeError set.
int bind_arguments(FunctionObject* func, Object** localsplus, Object* const* args, ssize argcount,
                   Object* kwnames);

}  // namespace glasspy
