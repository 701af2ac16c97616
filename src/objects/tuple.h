// `tuple`: an immutable array of references, stored inline after the header.
//
// tuple_new(n) gives a tuple whose items are null and which the caller fills
// before the tuple is seen by anyone else (it is already tracked by the GC;
// traverse skips nulls).  The empty tuple is a singleton.  Freed tuples of up
// to 20 items are kept on per-size free lists (CPython's sizes), so
// allocation is cheap for the small tuples calls and returns use.
#pragma once

#include <initializer_list>

#include "objects/object.h"

namespace glasspy {

extern Type TupleType;
extern Type TupleIterType;

struct TupleObject : VarObject {
  Object* items[1];
};

inline bool is_tuple(Object* o) { return o->type->flags & tpflags::kTupleSubclass; }
inline bool is_tuple_exact(Object* o) { return o->type == &TupleType; }
inline TupleObject* as_tuple(Object* o) { return static_cast<TupleObject*>(o); }
inline ssize tuple_size(Object* t) { return as_tuple(t)->size; }
// Borrowed.
inline Object* tuple_item(Object* t, ssize i) { return as_tuple(t)->items[i]; }
inline Object** tuple_items(Object* t) { return as_tuple(t)->items; }
// Steals `v`; only for filling a fresh tuple.
inline void tuple_set_item(Object* t, ssize i, Object* v) { as_tuple(t)->items[i] = v; }

// New references.
Object* tuple_new(ssize n);
// A tuple of the given (borrowed) objects.
Object* tuple_pack(std::initializer_list<Object*> items);
Object* tuple_from_array(Object* const* items, ssize n);
// tuple[lo:hi] clamped.
Object* tuple_get_slice(Object* t, ssize lo, ssize hi);
// tuple(iterable).
Object* tuple_from_iterable(Object* iterable);
// The empty tuple, borrowed.
Object* empty_tuple();

hash_t tuple_hash(Object* t);

}  // namespace glasspy
