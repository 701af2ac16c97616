// Bringing the object layer up: hash secret, the static types, the known
// strings, the singletons, the small ints, the exception types.  Everything
// else assumes objects_init() has run once, before any object is made.
#pragma once

namespace glasspy {

// 0 on success; on failure prints why and returns -1.  Idempotent.
int objects_init();

}  // namespace glasspy
