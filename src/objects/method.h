// `method`: a function bound to an instance (what `obj.f` gives for a Python
// function f).  Calling it prepends `self` to the arguments, in place when
// the caller allows (kVectorcallArgumentsOffset), so no tuple is built.
#pragma once

#include "objects/object.h"

namespace glasspy {

extern Type MethodType;

struct MethodObject : Object {
  Object* im_func;  // counted
  Object* im_self;  // counted
  Object* weaklist;
  vectorcallfunc vectorcall;
};

// New reference.
Object* method_new(Object* func, Object* self);
inline bool is_method(Object* o) { return o->type == &MethodType; }

}  // namespace glasspy
