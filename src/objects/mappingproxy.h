// `mappingproxy`: a read-only view of a mapping (what type.__dict__ gives).
#pragma once

#include "objects/object.h"

namespace glasspy {

extern Type MappingProxyType;

struct MappingProxyObject : Object {
  Object* mapping;  // counted
};

// New reference; the mapping is not checked (internal use).
Object* mappingproxy_new(Object* mapping);

}  // namespace glasspy
