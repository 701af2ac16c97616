// "Did you mean" suggestions for NameError and AttributeError (CPython
// 3.11's Python/suggestions.c): the closest name by a Levenshtein distance
// where changing case costs 1 and other edits 2, among the object's dir()
// (AttributeError) or the failing frame's locals, globals and builtins
// (NameError), within a third of the names' combined length.
#pragma once

#include "objects/object.h"

namespace glasspy {

// The suggested name (new reference), or null (possibly with an error set,
// which the caller clears) when there is none.  Only for exceptions whose
// type is exactly NameError or AttributeError, as in CPython.
Object* offer_suggestions(Object* exc);

}  // namespace glasspy
