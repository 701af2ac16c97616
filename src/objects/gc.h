// The GC header: what every container object carries in front of itself so
// that the cycle collector (a later stage) can find it.
//
// Layout: [GCHeader][Object ...]; allocate_object() adds the header when the
// type has tpflags::kHaveGC, so gc_header(o) is always o's 16 bytes before.
// An object is *tracked* while it is linked into a generation list (`next` is
// non-null); containers are tracked once fully initialized (after their
// fields are valid for traverse) and untracked first thing in dealloc.  The
// low bits of `prev` hold flags: kGCFinalizedBit records that __del__ already
// ran (PEP 442: it runs at most once); kGCCollectingBit is the collector's
// (src/memory/collector.cpp), set only while a collection examines the object.
//
// The object layer owns the youngest generation's list (gc_track appends to
// it) and generation 0's count (GC allocations minus GC frees, as CPython
// counts them: objects recycled through a free list count neither way).  The
// collector, a layer above, owns the older generations and installs
// gc_allocation_hook, which allocate_object calls when the count passes
// gc_allocation_trigger (the collector keeps that at threshold 0, or at
// INT_MAX while collection is disabled or running).
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
constexpr uintptr_t kGCCollectingBit = 2;
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

// The list gc_track appends to: a circular list whose sentinel is this
// header (generation 0 of the collector).
GCHeader* gc_young_list();

// Generation 0's count (gc.get_count()[0]).
extern int gc_young_count;
extern int gc_allocation_trigger;
extern void (*gc_allocation_hook)();

// Empties the free lists of tuples, lists and dicts (a full collection does,
// as CPython's does, so that gc.get_count() after it counts fresh objects).
void gc_clear_free_lists();

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

extern Type TupleType;
// CPython's _PyObject_GC_MAY_BE_TRACKED: whether o may be part of a cycle
// now or later (a tuple only while it is tracked; see gc_tuple_maybe_untrack).
inline bool gc_may_be_tracked(Object* o);

// True if o carries a GC header: its type has kHaveGC, except that static
// (built-in) type objects have none although `type` has the flag.
inline bool object_is_gc(Object* o) {
  Type* t = o->type;
  if (!t->is_gc()) return false;
  if (t->flags & tpflags::kTypeSubclass) return static_cast<Type*>(o)->flags & tpflags::kHeapType;
  return true;
}

inline bool gc_may_be_tracked(Object* o) {
  if (!object_is_gc(o)) return false;
  if (o->type == &TupleType) return gc_is_tracked(o);
  return true;
}

// A collection untracks exact tuples and (in full collections) exact dicts
// that hold nothing that may be tracked (objects/tuple.cpp, objects/dict.cpp).
void tuple_maybe_untrack(Object* t);
void dict_maybe_untrack(Object* d);

}  // namespace glasspy
