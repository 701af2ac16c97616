// `_functools`: partial (functools_partial.cpp), _lru_cache_wrapper
// (functools_lru_cache.cpp), reduce and cmp_to_key (functools_module.cpp).
#pragma once

#include "objects/object.h"

namespace glasspy {

extern Type PartialType, LruCacheWrapperType, KeyWrapperType;

// Readies the private types of functools_lru_cache.cpp.
int lru_cache_types_ready();

// New reference.
Object* functools_module_create();

}  // namespace glasspy
