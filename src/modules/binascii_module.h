// `binascii`: base64, hex and uuencode conversions and CRCs (see
// binascii_module.cpp).
#pragma once

#include "objects/object.h"

namespace glasspy {

// New reference.
Object* binascii_module_create();

}  // namespace glasspy
