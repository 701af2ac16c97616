// Struct sequences: tuples whose items also have names (sys.version_info,
// sys.flags, os.stat_result...), as CPython's structseq.  Each kind is a
// built-in subclass of tuple made at start-up; instances print as
// "sys.version_info(major=3, minor=11, ...)".
#pragma once

#include <initializer_list>

#include "objects/object.h"

namespace glasspy {

// A new struct sequence type named `name` ("sys.version_info": the part
// before the last dot is __module__) with the given fields.  Lives for the
// whole run.  Null with an error on failure.
Type* structseq_new_type(const char* name, std::initializer_list<const char*> fields, const char* doc = nullptr);

// An instance holding `items` (stolen; one per field; a null item makes the
// call fail after releasing the others).  New reference.
Object* structseq_new(Type* type, std::initializer_list<Object*> items);

}  // namespace glasspy
