// The constants None, NotImplemented, Ellipsis, True and False.
//
// Each is one statically allocated object whose count is real (as in CPython
// 3.11: sys.getrefcount(None) moves), so code hands out new references to
// them like to any other object: `return newref(None);`.  They start with a
// count that the runtime owns and never drops.
#pragma once

#include "objects/int.h"
#include "objects/object.h"

namespace glasspy {

extern Type NoneType;
extern Type NotImplementedType;
extern Type EllipsisType;
extern Type BoolType;

extern Object none_object;
extern Object not_implemented_object;
extern Object ellipsis_object;

inline Object* const None = &none_object;
inline Object* const NotImplemented = &not_implemented_object;
inline Object* const Ellipsis = &ellipsis_object;

// True and False are ints (objects/int.h), defined in bool.cpp.
extern IntObject true_object;
extern IntObject false_object;
inline Object* const True = &true_object;
inline Object* const False = &false_object;

inline bool is_bool(Object* o) { return o->type == &BoolType; }
// A new reference to True or False.
Object* bool_from(bool b);

}  // namespace glasspy
