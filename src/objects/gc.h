// The GC header: what every container object carries in front of itself so
// that the cycle collector (a later stage) can find it.
//
// Layout: [GCHeader][Object ...]; allocate_object() adds the header when the
// type has tpflags::kHaveGC, so gc_header(o) is always o's 16 bytes before.
// An object is *tracked* while it is linked into a generation list (`next` is
// non-null); containers are tracked once fully initialized (after their
// fields are valid for traverse) and untracked first thing in dealloc.  The
// low bits of `prev` are free for the collector's flags; kFinalizedBit
// records that __del__ already ran (PEP 442: it runs at most once).
#pragma once

#include <cstdint>

#include "objects/object.h"

namespace glasspy {

struct GCHeader {
  GCHeader* next;  // null while untracked
  uintptr_t prev;  // previous header in the list | flag bits
};
static_assert(sizeof(GCHeader) == 16, "the header keeps objects 16-byte aligned");

constexpr uintptr_t kGCFinalizedBit = 1;
constexpr uintptr_t kGCFlagMask = 3;

inline GCHeader* gc_header(Object* o) { return reinterpret_cast<GCHeader*>(o) - 1; }
inline Object* gc_object(GCHeader* h) { return reinterpret_cast<Object*>(h + 1); }

inline bool gc_is_tracked(Object* o) { return gc_header(o)->next != nullptr; }
// Links o into the youngest generation.  o must not be tracked already.
void gc_track(Object* o);
// Unlinks o; a no-op when it is not tracked.
void gc_untrack(Object* o);
inline void gc_maybe_untrack(Object* o) {
  if (gc_is_tracked(o)) gc_untrack(o);
}

inline bool gc_is_finalized(Object* o) { return (gc_header(o)->prev & kGCFinalizedBit) != 0; }
inline void gc_set_finalized(Object* o) { gc_header(o)->prev |= kGCFinalizedBit; }

// Number of objects currently tracked (gc.get_count()'s first figure will be
// derived from allocations once the collector exists).
ssize gc_tracked_count();

// Deallocating a deeply nested structure (a tuple in a tuple in ...) would
// recurse once per level.  As in CPython, a container's dealloc brackets its
// work with trashcan_begin / trashcan_end: past 50 nested deallocations the
// object is parked on a list and freed once the outer call unwinds.
//   gc_untrack(o);
//   if (trashcan_begin(o)) return;  // deferred
//   ... release fields, free ...
//   trashcan_end();
// Only GC objects can be parked (the header links them).
bool trashcan_begin(Object* o);
void trashcan_end();

// True if o carries a GC header: its type has kHaveGC, except that static
// (built-in) type objects have none although `type` has the flag.
inline bool object_is_gc(Object* o) {
  Type* t = o->type;
  if (!t->is_gc()) return false;
  if (t->flags & tpflags::kTypeSubclass) return static_cast<Type*>(o)->flags & tpflags::kHeapType;
  return true;
}

}  // namespace glasspy
