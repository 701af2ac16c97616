// The VM's interned strings (see vm_strings.h).
#include "vm/vm_strings.h"

#include "objects/str.h"

namespace glasspy {

VMStrings vm_strings;

int vm_strings_init() {
#define VM_STRING(id, text)                          \
  if (!vm_strings.id) {                              \
    vm_strings.id = str_intern_cstr(text);           \
    if (!vm_strings.id) return -1;                   \
  }
#include "vm/vm_strings.def"
#undef VM_STRING
  return 0;
}

}  // namespace glasspy
