// Instance sizes as CPython 3.11 reports them (__sizeof__, sys.getsizeof).
//
// Our layouts follow CPython's except where a class made at run time keeps
// its __dict__: CPython 3.11 keeps a "managed" dict (added by such a class
// whose base has no items) in two pointers before the object, outside its
// size, and gives every such class's instances a GC header; we keep the
// dict pointer inside the instance and track only what needs it.  These
// helpers convert, so programs that print sizes see CPython's numbers.
#pragma once

#include "objects/object.h"

namespace glasspy {

// Bytes of t's instances CPython does not count as the object: the slot our
// layout gives a managed __dict__ (0 when t has none).
ssize managed_dict_slot_size(Type* t);

// What a class made at run time adds to its nearest built-in base's
// instances, as CPython counts it (slots, __weakref__, an unmanaged
// __dict__); 0 for built-in types.
ssize heap_type_added_size(Type* t);

// The bytes CPython keeps before o: a GC header, and a managed dict's two
// pointers.
ssize object_preheader_size(Object* o);

}  // namespace glasspy
