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

}  // namespace glasspy
