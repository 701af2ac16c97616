// Python's repr() of str and bytes objects, exactly as CPython 3.11 writes it.
//
// Strings are generalized UTF-8 (lone surrogates as their 3-byte encoding, see
// util/unicode.h); a byte that is not part of any well-formed sequence is
// shown as the surrogate the 'surrogateescape' handler would have made of it
// ('\udcXX'), so the function never fails.  The quote is ' unless the text
// holds a ' and no ", and only printable characters (str.isprintable) stay
// unescaped; everything else becomes \t \n \r \\ or \xHH / \uHHHH /
// \UHHHHHHHH in lower-case hex.  bytes escape everything outside 0x20..0x7e.
#pragma once

#include <string>
#include <string_view>

namespace glasspy {

std::string py_repr_str(std::string_view utf8);
std::string py_repr_bytes(std::string_view bytes);
// The b'...' inside bytearray's repr, which (unlike bytes) escapes every '.
std::string py_repr_bytearray_contents(std::string_view bytes);

// Appending forms, to build larger reprs without temporaries.
void append_py_repr_str(std::string& out, std::string_view utf8);
void append_py_repr_bytes(std::string& out, std::string_view bytes);

}  // namespace glasspy
