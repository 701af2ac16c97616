// The interned identifier strings (see known_strings.h).
#include "objects/known_strings.h"

#include "objects/str.h"

namespace glasspy {

KnownStrings known_strings;

int known_strings_init() {
#define KNOWN_STRING(id, text)                          \
  known_strings.id = str_intern_cstr(text);             \
  if (!known_strings.id) return -1;
#include "objects/known_strings.def"
#undef KNOWN_STRING
  return 0;
}

}  // namespace glasspy
