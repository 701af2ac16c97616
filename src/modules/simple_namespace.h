// types.SimpleNamespace: attributes in a dict, printed as
// "namespace(a=1, b=2)" (used for sys.implementation).
#pragma once

#include "objects/object.h"

namespace glasspy {

extern Type SimpleNamespaceType;

// A namespace whose attributes are the items of `dict` (copied).  New reference.
Object* simple_namespace_new(Object* dict);

}  // namespace glasspy
