// See buffer.h.
#include "objects/buffer.h"

#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/type.h"

namespace glasspy {

int get_buffer(Object* o, Buffer* view, bool writable) {
  const BufferProcs* procs = o->type->as_buffer;
  if (!procs) {
    format_error(&exc::TypeError, "a bytes-like object is required, not '%.100s'", o->type->name);
    return -1;
  }
  *view = Buffer{};
  if (procs->get(o, view, writable) < 0) return -1;
  view->obj = newref(o);
  return 0;
}

void release_buffer(Buffer* view) {
  Object* obj = view->obj;
  if (!obj) return;
  if (const BufferProcs* procs = obj->type->as_buffer; procs && procs->release) procs->release(obj, view);
  view->obj = nullptr;
  decref(obj);
}

}  // namespace glasspy
