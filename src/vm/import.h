// The import system: `import x`, `from x import y`, `from x import *` and
// __import__, for the built-in modules and for Python source files found on
// sys.path (modules beside the script, packages with __init__.py).
//
// It follows importlib's observable behaviour: sys.modules is consulted
// first and filled before a module's code runs (so circular imports see a
// partially initialized module), a failed import removes the module again,
// parents are imported before their submodules and get the submodule as an
// attribute, relative imports resolve through __package__, and the errors
// are CPython's ("No module named 'x'", "cannot import name 'y' from 'x'
// (/path/x.py)", "attempted relative import with no known parent package").
#pragma once

#include <string>
#include <vector>

#include "objects/object.h"
#include "vm/frame.h"

namespace glasspy {

// IMPORT_NAME: __import__(name, globals, locals, fromlist, level) through
// the frame's builtins.__import__ (the built-in one is called directly).
Object* import_name(Frame* frame, Object* name, Object* fromlist, Object* level);

// IMPORT_FROM: `from module import name`.  New reference or null.
Object* import_from(Object* module, Object* name);

// IMPORT_STAR: copies the public names of `module` into `locals`.  0 or -1.
int import_all_from(Object* locals, Object* module);

// PyImport_ImportModuleLevelObject.  New reference or null.
Object* import_module_level(Object* name, Object* globals, Object* locals, Object* fromlist, int level);

// True while `module`'s code is running for its first import.
bool module_is_initializing(Object* module);

// Registers a module made in C++ (math, time...), created on its first
// import.  `create` returns a new reference or null with an error.
void register_builtin_module(const char* name, Object* (*create)());

// The names of the modules registered with register_builtin_module, sorted.
std::vector<std::string> builtin_module_names();

// Registers a module written in Python and built into the interpreter
// (src/modules/lib_*.cpp): on its first import `source` is compiled (named
// "<frozen NAME>" in tracebacks) and run as module `name`.  `source` must
// live for the whole run.
void register_source_module(const char* name, const char* source);

// The built-in __import__ (a MethodDef for the builtins module), and its
// function object once made (IMPORT_NAME calls the machinery directly when
// builtins.__import__ is still this one).
Object* builtin_import(Object* module, Object* const* args, ssize nargs, Object* kwnames);
void set_builtin_import_function(Object* f);

}  // namespace glasspy
