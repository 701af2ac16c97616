#include "objects/instance_size.h"

#include "objects/gc.h"
#include "objects/type.h"

namespace glasspy {

namespace {

// CPython manages the dict a class made at run time introduces when its
// base has no items (int is var-sized there, though not here).
bool has_managed_dict(Type* t) {
  if (!is_heap_type(t) || t->dictoffset <= 0 || (t->flags & tpflags::kLongSubclass)) return false;
  Type* introducer = t;
  while (introducer->base && introducer->base->dictoffset != 0) introducer = introducer->base;
  return is_heap_type(introducer);
}

}  // namespace

ssize managed_dict_slot_size(Type* t) { return has_managed_dict(t) ? static_cast<ssize>(sizeof(Object*)) : 0; }

ssize heap_type_added_size(Type* t) {
  if (!is_heap_type(t)) return 0;
  Type* builtin = t;
  while (is_heap_type(builtin)) builtin = builtin->base;
  return t->basicsize - builtin->basicsize - managed_dict_slot_size(t);
}

ssize object_preheader_size(Object* o) {
  constexpr ssize kGcHeader = 2 * sizeof(Object*);  // CPython's PyGC_Head
  ssize size = 0;
  if (object_is_gc(o) || is_heap_type(o->type)) size += kGcHeader;
  if (has_managed_dict(o->type)) size += 2 * static_cast<ssize>(sizeof(Object*));
  return size;
}

}  // namespace glasspy
