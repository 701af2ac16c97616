// The runtime side of `match` statements (MATCH_CLASS, MATCH_KEYS).
#pragma once

#include "objects/object.h"

namespace glasspy {

// MATCH_CLASS: isinstance(subject, type) and the attributes for `nargs`
// positional sub-patterns (through type.__match_args__) and the keyword
// ones (`kwargs`, a tuple of names).  A tuple (new reference) on a match;
// null without an error when the subject does not match; null with an error
// on a bad pattern ("C() accepts 1 positional sub-pattern (2 given)").
Object* match_class(Object* subject, Object* type, ssize nargs, Object* kwargs);

// MATCH_KEYS: the values of `keys` (a tuple) in `map` as a tuple, or None if
// one is missing (new reference); null with an error (duplicate key: "mapping
// pattern checks duplicate key ('a')").
Object* match_keys(Object* map, Object* keys);

}  // namespace glasspy
