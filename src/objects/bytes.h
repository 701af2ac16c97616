// `bytes`: an immutable byte string stored inline after the header, always
// NUL-terminated (as CPython keeps it), hashed with SipHash like str.
// The helpers taking "bytes-like" objects accept bytearray too (the stand-in
// for the buffer protocol until memoryview exists).
#pragma once

#include <string_view>

#include "objects/object.h"

namespace glasspy {

extern Type BytesType;
extern Type BytesIterType;

struct BytesObject : VarObject {
  hash_t hash;  // -1 until computed
  char data[1];
};

inline bool is_bytes(Object* o) { return o->type->flags & tpflags::kBytesSubclass; }
inline bool is_bytes_exact(Object* o) { return o->type == &BytesType; }
bool is_bytearray(Object* o);
inline BytesObject* as_bytes(Object* o) { return static_cast<BytesObject*>(o); }
inline ssize bytes_size(Object* b) { return as_bytes(b)->size; }
inline char* bytes_data(Object* b) { return as_bytes(b)->data; }
inline std::string_view bytes_view(Object* b) {
  return std::string_view(as_bytes(b)->data, static_cast<size_t>(as_bytes(b)->size));
}

// New references.
Object* bytes_from_data(const char* data, ssize n);
// An uninitialized bytes of n bytes (the caller fills data).
Object* bytes_new_uninitialized(ssize n);
// bytes(x) for buffer objects, iterables of ints (PyBytes_FromObject):
// "cannot convert 'str' object to bytes".
Object* bytes_from_object(Object* x);
// The bytes of a bytes-like object (bytes, bytearray): false with TypeError
// "a bytes-like object is required, not 'str'" otherwise.  A bytearray's
// view lasts until it is resized: run no Python code while using it.
bool bytes_like_view(Object* o, std::string_view* out);
// The contents of a bytes or bytearray (no check).
std::string_view byteslike_view(Object* o);
// A new object of self's family (bytearray for a bytearray, else bytes)
// holding `data`: what the shared methods return.
Object* make_like(Object* self, std::string_view data);

// bytes.decode / str(b, encoding, errors) on raw data (codecs.cpp);
// encoding and errors are str objects or null.
Object* bytes_decode_view(std::string_view data, Object* encoding, Object* errors);

hash_t bytes_hash(Object* b);
Object* bytes_repr_object(Object* b);
Object* bytes_concat(Object* a, Object* b);

}  // namespace glasspy
