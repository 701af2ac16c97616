// `_string` (string_module.cpp).
#pragma once

#include "objects/object.h"

namespace glasspy {

extern Type FormatterIterType, FieldNameIterType;

// New reference.
Object* string_module_create();

}  // namespace glasspy
