// `_sre`, the regular expression engine under CPython's own `re` package
// (see sre_engine.h for the engine, sre_objects.h for Pattern and Match).
#pragma once

#include "objects/object.h"

namespace glasspy {

// New reference, or null with an error.
Object* sre_module_create();

}  // namespace glasspy
