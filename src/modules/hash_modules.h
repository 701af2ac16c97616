// `_md5`, `_sha1`, `_sha256`, `_sha512`: hashlib's built-in digests (see
// hash_modules.cpp).
#pragma once

#include "objects/object.h"

namespace glasspy {

// New references.
Object* md5_module_create();
Object* sha1_module_create();
Object* sha256_module_create();
Object* sha512_module_create();

}  // namespace glasspy
