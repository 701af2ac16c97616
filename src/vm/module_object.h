// `module`: a namespace with a name (CPython's PyModuleObject).
//
// A module's attributes live in md_dict; looking up a missing one calls the
// module's own __getattr__ if it defines one, and otherwise raises
// "module 'm' has no attribute 'x'" (or the "partially initialized" form
// while the module is still being imported).  Built-in modules are made in
// C++ from a table of MethodDefs (module_new + module_add_functions).
#pragma once

#include <vector>

#include "objects/object.h"

namespace glasspy {

extern Type ModuleType;

struct ModuleObject : Object {
  Object* md_dict;  // owned, never null
  Object* md_weaklist;
  Object* md_name;  // owned str or null (for messages)
  bool md_builtin;  // made in C++ ("(built-in)" in its repr)
};

bool is_instance_of_module(Object* o);
inline bool is_module(Object* o) { return o->type == &ModuleType || is_instance_of_module(o); }
inline ModuleObject* as_module(Object* o) { return static_cast<ModuleObject*>(o); }
// Borrowed.
inline Object* module_dict(Object* m) { return as_module(m)->md_dict; }

// A module named `name` whose dict holds __name__, __doc__ (None),
// __package__, __loader__ and __spec__ (None).  New reference.
Object* module_new(Object* name);
Object* module_new_cstr(const char* name);

// Adds built-in functions bound to the module.  0 or -1.
int module_add_functions(Object* module, MethodDef* defs);
// module.name = value (value borrowed).  0 or -1.
int module_add_object(Object* module, const char* name, Object* value);

// Shutdown's weak view of modules (CPython keeps weak references to them):
// a watched module is remembered, uncounted, until it dies.
void module_watch(Object* m);
bool module_is_watched(Object* m);
std::vector<Object*> module_watched();  // oldest first
void module_unwatch_all();

}  // namespace glasspy
