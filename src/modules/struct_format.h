// The format language of `struct` (see struct_format.cpp): a parsed layout
// and the packing and unpacking of Python values by it.
#pragma once

#include <string_view>
#include <vector>

#include "objects/object.h"

namespace glasspy {

// '@' (the default): native sizes, alignment and byte order; '=' and '<':
// standard sizes, little-endian; '>' and '!': standard sizes, big-endian.
enum class StructMode : uint8_t { kNative, kLittleStandard, kBigStandard };

// One run of the format: `count` items of format character `kind` ('x'
// included), or one string of `count` bytes for 's' and 'p'.
struct StructCode {
  char kind;
  ssize offset;  // bytes from the start of the packed data
  ssize item_size;
  ssize count;
};

struct StructLayout {
  StructMode mode = StructMode::kNative;
  std::vector<StructCode> codes;  // pad runs ('x') are left out
  ssize size = 0;                 // calcsize()
  ssize nitems = 0;               // values pack() takes
};

// Parses a format (the bytes of the str or bytes given).  0, or -1 with
// `error` (struct.error) raised: "bad char in struct format", "repeat count
// given without format specifier", "total struct size too long",
// "embedded null character".
int struct_parse(std::string_view format, Type* error, StructLayout* out);

// Packs items[0..layout.nitems) into out[0..layout.size) (pad bytes zeroed
// by the caller).  0, or -1 with the exception CPython raises for the
// first item that does not fit.
int struct_pack(const StructLayout& layout, Object* const* items, char* out, Type* error);

// The tuple of values in data[0..layout.size).  New reference.
Object* struct_unpack(const StructLayout& layout, const char* data);

}  // namespace glasspy
