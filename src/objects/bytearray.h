// `bytearray`: a mutable byte string.
//
// The bytes live in a separate malloc'd buffer of `alloc` bytes (0 and no
// buffer when empty), always NUL-terminated after `size` bytes.  `start`
// points into the buffer: deleting from the front advances it instead of
// moving the rest (CPython's ob_start trick), and the next reallocation
// moves the data back to the front.  Growth follows CPython's
// PyByteArray_Resize exactly -- moderate growth over-allocates by ~1/8,
// big jumps and big shrinks allocate the exact size -- so __alloc__() and
// sys.getsizeof() agree with CPython.
//
// `exports` counts live buffer views (memoryview, a later stage); while
// positive the bytearray cannot be resized (BufferError).
#pragma once

#include <string_view>

#include "objects/object.h"
#include "objects/type.h"

namespace glasspy {

extern Type ByteArrayType;
extern Type ByteArrayIterType;

struct ByteArrayObject : VarObject {
  ssize alloc;    // bytes allocated at `bytes` (including the NUL)
  char* bytes;    // the allocation (null when alloc == 0)
  char* start;    // the first byte of the contents, within `bytes`
  ssize exports;  // live buffer views
};

inline ByteArrayObject* as_bytearray(Object* o) { return static_cast<ByteArrayObject*>(o); }
inline ssize bytearray_size(Object* b) { return as_bytearray(b)->size; }
// The contents; valid until the bytearray is resized (no Python code may
// run while a view is used).
inline char* bytearray_data(Object* b) {
  static char empty[1] = {0};
  return as_bytearray(b)->start ? as_bytearray(b)->start : empty;
}
inline std::string_view bytearray_view(Object* b) {
  return std::string_view(bytearray_data(b), static_cast<size_t>(as_bytearray(b)->size));
}

// New references.
Object* bytearray_from_data(const char* data, ssize n);
// PyByteArray_Resize: 0, or -1 with BufferError / MemoryError.
int bytearray_resize(Object* self, ssize size);

}  // namespace glasspy
