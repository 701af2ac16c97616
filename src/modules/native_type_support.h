// Small helpers shared by the natively written library modules (itertools,
// _collections, _functools, _operator...): most of their objects hold a
// fixed set of Object* fields, so deallocation, traversal and clearing are
// generated from the list of those fields instead of being written out per
// type (a forgotten field in one of the three is the classic leak or crash).
//
//   using Fields = ObjectFields<CycleObject, &CycleObject::it, &CycleObject::saved>;
//   .dealloc = Fields::dealloc, .traverse = Fields::traverse, .clear = Fields::clear
//
// The types using these are GC types (kHaveGC): dealloc untracks first.
#pragma once

#include <cstring>
#include <initializer_list>

#include "objects/gc.h"
#include "objects/object.h"
#include "objects/tuple.h"

namespace glasspy {

template <class T, Object* T::*... Fields>
struct ObjectFields {
  static void dealloc(Object* o) {
    gc_untrack(o);
    if (trashcan_begin(o)) return;
    T* self = static_cast<T*>(o);
    (clear_ref(self->*Fields), ...);
    free_object(o);
    trashcan_end();
  }
  static int traverse(Object* o, visitproc visit, void* arg) {
    T* self = static_cast<T*>(o);
    int result = 0;
    auto visit_one = [&](Object* field) {
      if (field) result = visit(field, arg);
      return result == 0;
    };
    (visit_one(self->*Fields) && ...);
    return result;
  }
  static int clear(Object* o) {
    T* self = static_cast<T*>(o);
    (clear_ref(self->*Fields), ...);
    return 0;
  }
};

// A tuple taking over the given new references (as Py_BuildValue's "N"),
// for building __reduce__ values; if one of them is null (its call failed,
// error set), the others are released and null is returned.
inline Object* tuple_steal(std::initializer_list<Object*> items) {
  bool failed = false;
  for (Object* o : items) failed |= (o == nullptr);
  Object* t = failed ? nullptr : tuple_new(static_cast<ssize>(items.size()));
  if (!t) {
    for (Object* o : items) xdecref(o);
    return nullptr;
  }
  ssize i = 0;
  for (Object* o : items) tuple_set_item(t, i++, o);
  return t;
}

// The type's name without its module (CPython's _PyType_Name), as reprs
// show it: "count" for itertools.count and for a subclass's own name.
inline const char* short_type_name(const Type* t) {
  const char* dot = std::strrchr(t->name, '.');
  return dot ? dot + 1 : t->name;
}

// The __dict__ attribute of a built-in type whose instances keep one at
// its dictoffset (CPython's PyObject_GenericGetDict / SetDict).
Object* instance_dict_get(Object* self, void*);
int instance_dict_set(Object* self, Object* value, void*);

// A new exception class `name` deriving from `base`, with __module__ set to
// `module` (CPython's PyErr_NewException("module.name", base, NULL)):
// struct.error, binascii.Error...  New reference.
Object* new_exception_type(const char* module, const char* name, Object* base);

// tp_iter of iterators: the object itself.
inline Object* return_self(Object* o) { return newref(o); }

}  // namespace glasspy
