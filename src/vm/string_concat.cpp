// See string_concat.h.
//
// A str normally keeps its characters in the same allocation as the object
// (data == the bytes after the StrObject); str_dealloc frees `data`
// separately whenever it points elsewhere, so a string grown here moves its
// characters to their own malloc'ed buffer and later appends realloc that
// buffer, using the allocator's slack (malloc_usable_size) before asking for
// more.  The cached UTF-8 form is kept only for ASCII strings, where it is
// the data itself.
#include "vm/string_concat.h"

#include <malloc.h>

#include <cstdlib>
#include <cstring>

#include "objects/errors.h"
#include "objects/str.h"

namespace glasspy {

namespace {

bool can_grow_in_place(StrObject* left, StrObject* right) {
  if (left->refcnt != 1 || left->interned || left->type != &StrType) return false;
  if (left->ascii) return right->ascii;
  return right->kind <= left->kind;
}

// Ensures room for `length` characters plus the NUL in left's own buffer.
bool reserve(StrObject* left, ssize length) {
  size_t needed = static_cast<size_t>(length + 1) * left->kind;
  if (left->data == static_cast<void*>(left + 1)) {
    size_t capacity = needed + needed / 2;
    void* buffer = std::malloc(capacity);
    if (!buffer) return false;
    std::memcpy(buffer, left->data, static_cast<size_t>(left->length) * left->kind);
    left->data = buffer;
    return true;
  }
  if (malloc_usable_size(left->data) >= needed) return true;
  void* buffer = std::realloc(left->data, needed + needed / 2);
  if (!buffer) return false;
  left->data = buffer;
  return true;
}

}  // namespace

void str_append_to(Object** target, Object* right) {
  StrObject* left = as_str(*target);
  StrObject* r = as_str(right);
  if (r->length == 0) return;
  if (!can_grow_in_place(left, r) || r->length > PTRDIFF_MAX / 4 - left->length - 1) {
    Object* result = str_concat(*target, right);
    decref(*target);
    *target = result;
    return;
  }
  ssize length = left->length + r->length;
  if (!reserve(left, length)) {
    decref(*target);
    *target = nullptr;
    no_memory();
    return;
  }
  char* dest = static_cast<char*>(left->data) + left->length * left->kind;
  if (r->kind == left->kind) {
    std::memcpy(dest, r->data, static_cast<size_t>(r->length) * r->kind);
  } else {
    for (ssize i = 0; i < r->length; ++i) {
      str_write(left->kind, left->data, left->length + i, str_read(r->kind, r->data, i));
    }
  }
  str_write(left->kind, left->data, length, 0);
  left->length = length;
  left->hash = -1;
  if (left->ascii) {
    left->utf8 = static_cast<char*>(left->data);
    left->utf8_length = length;
  } else if (left->utf8) {
    std::free(left->utf8);
    left->utf8 = nullptr;
    left->utf8_length = 0;
  }
}

}  // namespace glasspy
