// `slice` objects and the index arithmetic every sequence shares.
//
// slice_unpack + slice_adjust_indices are CPython's PySlice_Unpack and
// PySlice_AdjustIndices: bounds are converted with __index__ (clamped to
// ssize), then clipped to the sequence length as Python's slicing rules say.
#pragma once

#include "objects/object.h"

namespace glasspy {

extern Type SliceType;

struct SliceObject : Object {
  Object* start;  // never null (None when omitted)
  Object* stop;
  Object* step;
};

inline bool is_slice(Object* o) { return o->type == &SliceType; }

// New reference; null arguments mean None.
Object* slice_new(Object* start, Object* stop, Object* step);
// 0 / -1 ("slice step cannot be zero", "slice indices must be integers or
// None or have an __index__ method").
int slice_unpack(Object* slice, ssize* start, ssize* stop, ssize* step);
// Clips to [0, length] and returns the number of items selected.
ssize slice_adjust_indices(ssize length, ssize* start, ssize* stop, ssize step);
// The same resolution with ints of any size, for a non-negative int `length`
// (CPython's _PySlice_GetLongIndices): new references in the three outputs,
// or -1 with an error set.
int slice_long_indices(Object* slice, Object* length, Object** start, Object** stop, Object** step);

}  // namespace glasspy
