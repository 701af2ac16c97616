// Interned strings named in C++ code (CPython's _Py_ID): ID(dunder_add) is
// the interned "__add__".  They are created by objects_init() and live for
// the whole run (the table owns one count of each).
#pragma once

#include "objects/object.h"

namespace glasspy {

struct KnownStrings {
#define KNOWN_STRING(id, text) Object* id;
#include "objects/known_strings.def"
#undef KNOWN_STRING
};
extern KnownStrings known_strings;

#define ID(id) (::glasspy::known_strings.id)

// Creates them all; 0 or -1.
int known_strings_init();

}  // namespace glasspy
