// Interned strings named by the VM (vm_strings.def): VM_ID(x) is the str of
// entry x.  Created by vm_strings_init(); the table owns one count of each.
#pragma once

#include "objects/object.h"

namespace glasspy {

struct VMStrings {
#define VM_STRING(id, text) Object* id;
#include "vm/vm_strings.def"
#undef VM_STRING
};
extern VMStrings vm_strings;

#define VM_ID(id) (::glasspy::vm_strings.id)

// 0 or -1.
int vm_strings_init();

}  // namespace glasspy
