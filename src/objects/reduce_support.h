// Pieces the __reduce__ methods of built-in types share: the results name
// functions of the builtins module (iter, getattr) that unpickling calls.
#pragma once

#include "objects/object.h"

namespace glasspy {

// builtins.<name> (new reference), looked up when asked: a program that
// replaces builtins.iter gets the new one, as with CPython's lookup in the
// frame's builtins.
Object* builtins_attribute(Object* name);

// (builtins.iter, (items,)): how iterators over a container's remaining
// items pickle and copy.  Takes the reference to `items` (a list) and
// releases it on failure too; a null `items` just passes its error on.
Object* reduce_to_iter_of(Object* items);

}  // namespace glasspy
