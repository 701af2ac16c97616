// `memoryview`: a view of another object's memory, with a format, a shape
// and strides (see memoryview.cpp for the design).
#pragma once

#include "objects/buffer.h"
#include "objects/object.h"

namespace glasspy {

extern Type MemoryViewType;
extern Type MemoryIterType;

inline bool is_memoryview(Object* o) { return o->type == &MemoryViewType; }

// memoryview(obj): new reference, or null with CPython's TypeError.
Object* memoryview_from_object(Object* obj);
// The viewed items as bytes in C order (memoryview.tobytes()).
Object* memoryview_to_bytes(Object* view);

}  // namespace glasspy
