// The methods bytes and bytearray share: searching, decoding, joining
// (bytes.cpp), ASCII case mapping and predicates, stripping, splitting,
// partitioning, padding, replace, translate/maketrans, expandtabs,
// removeprefix/removesuffix (bytes_methods.cpp), and printf-style
// formatting (bytes_percent_format.cpp).  `self` is a bytes or a bytearray
// and results are of its family (make_like); only an exact bytes is ever
// returned as itself.  Internal to the two types' method tables.
#pragma once

#include "objects/object.h"
#include "objects/singletons.h"

namespace glasspy {

// The type name in "argument ... must be str, not X" errors, as Argument
// Clinic writes it: None is named "None", not "NoneType".
inline const char* argument_type_name(Object* arg) {
  return arg == None ? "None" : arg->type->name;
}

// Searching, decoding and joining (bytes.cpp).
Object* bytes_decode(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* bytes_hex(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* bytes_fromhex(Object* cls, Object* string);  // classmethod
Object* bytes_getnewargs(Object* self);
Object* bytes_find(Object* self, Object* const* args, ssize nargs);
Object* bytes_rfind(Object* self, Object* const* args, ssize nargs);
Object* bytes_index(Object* self, Object* const* args, ssize nargs);
Object* bytes_rindex(Object* self, Object* const* args, ssize nargs);
Object* bytes_count(Object* self, Object* const* args, ssize nargs);
Object* bytes_startswith(Object* self, Object* const* args, ssize nargs);
Object* bytes_endswith(Object* self, Object* const* args, ssize nargs);
Object* bytes_join(Object* self, Object* iterable);

// Case mapping, predicates, stripping, splitting... (bytes_methods.cpp).
Object* bytes_lower(Object* self);
Object* bytes_upper(Object* self);
Object* bytes_swapcase(Object* self);
Object* bytes_capitalize(Object* self);
Object* bytes_title(Object* self);
Object* bytes_isalnum(Object* self);
Object* bytes_isalpha(Object* self);
Object* bytes_isascii(Object* self);
Object* bytes_isdigit(Object* self);
Object* bytes_islower(Object* self);
Object* bytes_isupper(Object* self);
Object* bytes_isspace(Object* self);
Object* bytes_istitle(Object* self);
Object* bytes_strip(Object* self, Object* const* args, ssize nargs);
Object* bytes_lstrip(Object* self, Object* const* args, ssize nargs);
Object* bytes_rstrip(Object* self, Object* const* args, ssize nargs);
Object* bytes_split(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* bytes_rsplit(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* bytes_splitlines(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* bytes_partition(Object* self, Object* sep);
Object* bytes_rpartition(Object* self, Object* sep);
Object* bytes_center(Object* self, Object* const* args, ssize nargs);
Object* bytes_ljust(Object* self, Object* const* args, ssize nargs);
Object* bytes_rjust(Object* self, Object* const* args, ssize nargs);
Object* bytes_zfill(Object* self, Object* width);
Object* bytes_replace(Object* self, Object* const* args, ssize nargs);
Object* bytes_translate(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* bytes_maketrans(Object* unused, Object* const* args, ssize nargs);
Object* bytes_expandtabs(Object* self, Object* const* args, ssize nargs, Object* kwnames);
Object* bytes_removeprefix(Object* self, Object* prefix);
Object* bytes_removesuffix(Object* self, Object* suffix);
Object* bytes_to_exact(Object* self);  // __bytes__

// format % args for a bytes format (bytes_percent_format.cpp).
Object* bytes_percent_format(Object* format, Object* args);

}  // namespace glasspy
