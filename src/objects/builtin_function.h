// `builtin_function_or_method`: a MethodDef bound to a `self` (the module for
// functions like len, the instance for bound methods like [].append).
// Calls dispatch on the MethodDef's calling convention through vectorcall.
#pragma once

#include "objects/object.h"

namespace glasspy {

extern Type BuiltinFunctionType;

struct BuiltinFunctionObject : Object {
  MethodDef* method;
  Object* self;      // counted; null for functions with no self
  Object* module;    // counted; __module__ (null: None)
  Object* weaklist;
  vectorcallfunc vectorcall;
};

// The VM's module type: functions bound to a module show as "<built-in
// function len>" and are named without a class.  Set by the VM.
extern Type* module_type;
// builtins.getattr, which a bound method's __reduce__ names so that pickle
// rebuilds it as getattr(self, name).  Set by the builtins module.
extern Object* builtins_getattr;

// New reference.  self and module may be null.
Object* builtin_function_new(MethodDef* method, Object* self, Object* module);
inline bool is_builtin_function(Object* o) { return o->type == &BuiltinFunctionType; }

// Calls a MethodDef with self and vectorcall arguments, checking the argument
// counts its convention implies.  Messages name it "Owner.name()" after the
// class `owner`, or else after `module` (a str; null or "builtins": just
// "name()").
Object* call_method_def(MethodDef* def, Object* self, Object* const* args, ssize nargs,
                        Object* kwnames, Type* owner, Object* module = nullptr);

}  // namespace glasspy
