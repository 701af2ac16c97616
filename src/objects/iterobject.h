// The two iterators Python makes for objects that are not iterators
// themselves: `iterator` (iter(x) over __getitem__ with 0, 1, 2... until
// IndexError or StopIteration) and `callable_iterator` (iter(f, sentinel)).
#pragma once

#include "objects/object.h"

namespace glasspy {

extern Type SeqIterType;
extern Type CallIterType;

// New references.
Object* seqiter_new(Object* seq);
Object* calliter_new(Object* callable, Object* sentinel);

// The tp_iternext of types that define __iter__ but are not iterators
// ("'X' object is not an iterator").
Object* next_not_implemented(Object* self);

// Pickling support shared by the iterators that walk a sequence by index
// (list, tuple, str, bytes, bytearray and the `iterator` above).
// __reduce__: (iter, (seq,), index) while the iterator holds its sequence,
// else (iter, (empty,)), where `empty` is a new reference the caller made
// only in that case (null with an error set fails the call).
Object* index_iterator_reduce(Object* seq, ssize index, Object* empty);
// __setstate__: the index `state` holds, clamped to [low, high]; false with
// an error set when `state` is not an integer.
bool index_iterator_state(Object* state, ssize low, ssize high, ssize* index);
// builtins.<name>, e.g. iter, reversed or getattr (new reference).
Object* builtin_named(const char* name);
// (getattr, (owner, name)): how functions and descriptors found by name
// on an object reduce for copy and pickle.  `name` is borrowed.
Object* reduce_to_getattr(Object* owner, Object* name);

}  // namespace glasspy
