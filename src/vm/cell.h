// `cell`: the box through which nested functions share a variable
// (CPython's PyCellObject).  A cell variable of a frame holds a cell; the
// closures of inner functions hold the same cells.  `ref` is null while the
// variable is unbound.
#pragma once

#include "objects/object.h"

namespace glasspy {

extern Type CellType;

struct CellObject : Object {
  Object* ref;  // owned, or null
};

inline bool is_cell(Object* o) { return o->type == &CellType; }
inline CellObject* as_cell(Object* o) { return static_cast<CellObject*>(o); }
inline Object* cell_get(Object* c) { return as_cell(c)->ref; }  // borrowed, may be null
// Steals `value` (may be null).
inline void cell_set(Object* c, Object* value) {
  Object* old = as_cell(c)->ref;
  as_cell(c)->ref = value;
  xdecref(old);
}

// A new cell holding `value` (counted, may be null).  New reference.
Object* cell_new(Object* value);

}  // namespace glasspy
