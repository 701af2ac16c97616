// `_operator` (operator_module.cpp) and its callable types
// (operator_getters.cpp).
#pragma once

#include "objects/object.h"

namespace glasspy {

extern Type OperatorItemgetterType, OperatorAttrgetterType, OperatorMethodcallerType;

// New reference.
Object* operator_module_create();

}  // namespace glasspy
