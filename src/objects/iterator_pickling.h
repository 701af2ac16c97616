// Pickling of the built-in sequence iterators (list, tuple, bytes,
// bytearray, range and the __getitem__ iterator).
//
// An iterator reduces to "call this builtin on the sequence, then restore the
// position": (builtins.iter or builtins.reversed, (seq,), position).  Once
// exhausted it has let go of its sequence and reduces to iter() of an empty
// one instead.  __setstate__ takes the position back, clipped to the
// sequence, as CPython's iterators do.
#pragma once

#include "objects/object.h"

namespace glasspy {

// (builtins.<builtin>, (seq,), position); `position` is borrowed.
Object* iterator_reduce(const char* builtin, Object* seq, Object* position);
// The same with an ssize position.
Object* iterator_reduce_at(const char* builtin, Object* seq, ssize position);
// (builtins.<builtin>, args); `args` is a borrowed tuple.
Object* builtin_call_reduce(const char* builtin, Object* args);
// (builtins.iter, (items,)): how an iterator over the items it has left
// pickles (an exhausted one passes a fresh empty list or tuple).  Steals
// `items`; a null `items` passes its error on.
Object* iter_of_reduce(Object* empty);
// (builtins.getattr, (owner, name)): how functions and descriptors found by
// name on an object pickle.  Both borrowed.
Object* reduce_to_getattr(Object* owner, Object* name);
// __setstate__'s position as an ssize (only ints: "an integer is required").
bool iterator_state_index(Object* state, ssize* out);

}  // namespace glasspy
