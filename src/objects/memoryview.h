// `memoryview`: a view of the bytes of a bytes or bytearray object, without
// copying.  Views are one-dimensional with format 'B' (one unsigned byte per
// item); a slice of a view is a view with a start, a length and a step
// (negative steps and strides of any size, as CPython's strided views).
//
// Invariants: a live view holds a count of its exporter (`obj`, the bytes
// or bytearray whose data it shows, never another memoryview: a view of a
// view shares the exporter) and, for a bytearray, one of its `exports`, so
// the bytearray cannot be resized and the data pointer stays valid while
// the view lives.  release() gives both back; a released view has obj ==
// null and refuses every operation but repr, release and ==.
#pragma once

#include <string>

#include "objects/object.h"

namespace glasspy {

extern Type MemoryViewType;

struct MemoryViewObject : Object {
  Object* obj;     // the exporter (bytes or bytearray), counted; null once released
  ssize start;     // offset of the first item in the exporter's data
  ssize length;    // number of items
  ssize step;      // distance in bytes between consecutive items (nonzero)
  bool readonly;
  hash_t hash;     // -1 until computed
  Object* weaklist;
};

inline bool is_memoryview(Object* o) { return o->type == &MemoryViewType; }
inline MemoryViewObject* as_memoryview(Object* o) { return static_cast<MemoryViewObject*>(o); }

// memoryview(obj): new reference, or null + TypeError "memoryview: a
// bytes-like object is required, not 'int'".
Object* memoryview_from_object(Object* obj);
// The items of a live view, copied; false + ValueError when released.
bool memoryview_copy_bytes(Object* view, std::string* out);

}  // namespace glasspy
