// `staticmethod` and `classmethod`: the wrappers that change how a function
// binds when found on a class (not at all / to the class).
#pragma once

#include "objects/object.h"

namespace glasspy {

extern Type StaticMethodType;
extern Type ClassMethodType;

struct StaticMethodObject : Object {
  Object* callable;
  Object* dict;
};
using ClassMethodObject = StaticMethodObject;

// New references.
Object* staticmethod_new(Object* callable);
Object* classmethod_new(Object* callable);

}  // namespace glasspy
