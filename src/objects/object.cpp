// Object memory: the single allocation entry point, the GC header, and the
// youngest generation's list and count (the collector, src/memory, owns the
// rest).
#include <climits>
#include <cstdlib>
#include <cstring>

#include "objects/errors.h"
#include "objects/gc.h"
#include "objects/object.h"
#include "objects/type.h"

namespace glasspy {

void dealloc(Object* o) { o->type->dealloc(o); }

namespace {

// The youngest generation: a circular doubly linked list with a sentinel.
GCHeader young_generation = {&young_generation, reinterpret_cast<uintptr_t>(&young_generation)};

inline GCHeader* prev_of(GCHeader* h) { return reinterpret_cast<GCHeader*>(h->prev & ~kGCFlagMask); }
inline void set_prev(GCHeader* h, GCHeader* p) {
  h->prev = reinterpret_cast<uintptr_t>(p) | (h->prev & kGCFlagMask);
}

}  // namespace

void gc_track(Object* o) {
  GCHeader* h = gc_header(o);
  GCHeader* last = prev_of(&young_generation);
  last->next = h;
  set_prev(h, last);
  h->next = &young_generation;
  set_prev(&young_generation, h);
}

void gc_untrack(Object* o) {
  GCHeader* h = gc_header(o);
  if (!h->next) return;
  GCHeader* p = prev_of(h);
  p->next = h->next;
  set_prev(h->next, p);
  h->next = nullptr;
  // An untracked object is no longer part of a collection.
  h->prev &= kGCFinalizedBit;
}

GCHeader* gc_young_list() { return &young_generation; }

int gc_young_count = 0;
int gc_allocation_trigger = INT_MAX;
void (*gc_allocation_hook)() = nullptr;

namespace {
constexpr int kTrashcanUnwindLevel = 50;
thread_local int trash_nesting = 0;
thread_local GCHeader* trash_delete_later = nullptr;
}  // namespace

bool trashcan_begin(Object* o) {
  if (trash_nesting >= kTrashcanUnwindLevel) {
    GCHeader* h = gc_header(o);
    h->prev = reinterpret_cast<uintptr_t>(trash_delete_later);
    trash_delete_later = h;
    return true;
  }
  ++trash_nesting;
  return false;
}

void trashcan_end() {
  --trash_nesting;
  // Free what was parked, one at a time, each at a shallow depth.
  while (trash_delete_later && trash_nesting <= 0) {
    GCHeader* h = trash_delete_later;
    trash_delete_later = reinterpret_cast<GCHeader*>(h->prev);
    h->prev = 0;
    Object* o = gc_object(h);
    ++trash_nesting;
    o->type->dealloc(o);
    --trash_nesting;
  }
}

void tuple_clear_free_list();  // objects/tuple.cpp
void list_clear_free_list();   // objects/list.cpp
void dict_clear_free_list();   // objects/dict.cpp

void gc_clear_free_lists() {
  tuple_clear_free_list();
  list_clear_free_list();
  dict_clear_free_list();
}

Object* allocate_object(Type* type, size_t size) {
  const bool gc = type->is_gc();
  const size_t total = size + (gc ? sizeof(GCHeader) : 0);
  void* mem = std::calloc(1, total);
  if (!mem) {
    no_memory();
    return nullptr;
  }
  Object* o = gc ? gc_object(static_cast<GCHeader*>(mem)) : static_cast<Object*>(mem);
  o->refcnt = 1;
  o->type = type;
  if (type->flags & tpflags::kHeapType) incref(type);
  // The new object is not tracked yet, so a collection cannot see it.
  if (gc && ++gc_young_count > gc_allocation_trigger && gc_allocation_hook) gc_allocation_hook();
  return o;
}

void free_object(Object* o) {
  if (object_is_gc(o)) {
    if (gc_young_count > 0) --gc_young_count;
    std::free(gc_header(o));
  } else {
    std::free(o);
  }
}

Object* type_generic_alloc(Type* type, ssize nitems) {
  // One extra item as CPython reserves (room for a sentinel).
  size_t size = instance_size(type, type->itemsize ? nitems + 1 : 0);
  Object* o = allocate_object(type, size);
  if (!o) return nullptr;
  if (type->itemsize) static_cast<VarObject*>(o)->size = nitems;
  if (type->is_gc()) gc_track(o);
  return o;
}

}  // namespace glasspy
