// Checking pattern code handed to _sre.compile: the engine trusts it, so
// code that did not come from re._compiler must be refused before it runs
// (CPython raises RuntimeError "invalid SRE code").
#pragma once

#include <cstdint>
#include <vector>

#include "objects/object.h"

namespace glasspy::sre {

// True when `code` is well formed for a pattern with `groups` groups.
bool validate_code(const std::vector<uint32_t>& code, ssize groups);

}  // namespace glasspy::sre
