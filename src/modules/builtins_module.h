// The `builtins` module: the built-in functions (print, len, ...), the
// built-in types and exceptions, None/True/False/Ellipsis/NotImplemented and
// __debug__.  The functions are spread over builtins_*.cpp by theme; each
// file contributes a MethodDef table.
#pragma once

#include "objects/object.h"

namespace glasspy {

// New reference, or null with an error.
Object* builtins_module_create();

// Adds the other built-in (C++) modules to sys.modules.  0 or -1.
int register_builtin_modules(Object* modules);

// The tables the builtins_*.cpp files provide.
extern MethodDef builtins_io_functions[];        // print, input, open
extern MethodDef builtins_core_functions[];      // len, repr, getattr, ...
extern MethodDef builtins_numeric_functions[];   // abs, divmod, pow, round, sum, min, max...
extern MethodDef builtins_iteration_functions[]; // iter, next, sorted, all, any, aiter, anext
extern MethodDef builtins_exec_functions[];      // exec, eval, compile, globals, locals, vars, __import__, __build_class__

// exit, quit, help, copyright, credits and license (site_builtins.cpp):
// adds them to the builtins dict.
extern Type QuitterType;
extern Type HelperType;
extern Type PrinterType;
int add_site_builtins(Object* builtins_dict);

// The iterator types of builtins_iterators.cpp and range_object.cpp.
extern Type EnumerateType;
extern Type ReversedType;
extern Type ZipType;
extern Type MapType;
extern Type FilterType;
extern Type RangeType;
extern Type RangeIterType;
extern Type LongRangeIterType;

}  // namespace glasspy
