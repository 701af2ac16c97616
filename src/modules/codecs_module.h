// `_codecs`: the codec registry and error handlers (codecs_module.cpp) and
// the codec functions of the encodings package (codecs_functions.cpp).
#pragma once

#include "objects/object.h"

namespace glasspy {

// New reference.
Object* codecs_module_create();

// Installs the registry as the path of str.encode / bytes.decode for the
// encodings the built-in codecs do not know (called once at startup).
void codecs_install_registry_hook();

// The codec functions (utf_8_encode, charmap_decode...), null-terminated.
extern MethodDef codecs_codec_functions[];

}  // namespace glasspy
