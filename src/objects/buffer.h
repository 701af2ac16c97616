// The buffer protocol: objects that expose their memory as bytes.
//
// An exporter's type has `as_buffer`; get_buffer() asks it for a contiguous
// run of bytes and counts an export, which the exporter may use to refuse
// changes that would move the memory (a bytearray cannot be resized while
// exported); release_buffer() ends it.  glasspy's exporters (bytes,
// bytearray, memoryview) all hand out one-dimensional unsigned-byte
// buffers, so a Buffer is just the memory; memoryview keeps the format,
// shape and strides of its own view on top of one.
#pragma once

#include "objects/object.h"

namespace glasspy {

struct Buffer {
  Object* obj = nullptr;  // the exporter (a counted reference while the export lives)
  char* buf = nullptr;
  ssize len = 0;
  bool readonly = true;
};

struct BufferProcs {
  // Fills *view (obj excluded) or fails with an exception; `writable`
  // asks for memory the caller may change.
  int (*get)(Object* exporter, Buffer* view, bool writable);
  // Ends an export (optional).
  void (*release)(Object* exporter, Buffer* view);
};

inline bool has_buffer(Object* o) { return o->type->as_buffer != nullptr; }

// 0 with *view filled (view->obj a new reference), or -1 with TypeError
// "a bytes-like object is required, not 'T'" (or the exporter's error).
int get_buffer(Object* o, Buffer* view, bool writable = false);
// Ends the export and drops the reference; a no-op on an empty view.
void release_buffer(Buffer* view);

}  // namespace glasspy
