// `_collections`: deque and its iterators (collections_deque.cpp),
// defaultdict (collections_defaultdict.cpp), _tuplegetter and
// _count_elements (collections_module.cpp).
#pragma once

#include "objects/object.h"

namespace glasspy {

extern Type DequeType, DequeIterType, DequeReverseIterType, DefaultDictType, TupleGetterType;

// New reference.
Object* collections_module_create();

}  // namespace glasspy
