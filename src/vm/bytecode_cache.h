// The on-disk bytecode cache of imported source modules, as CPython's
// SourceFileLoader keeps __pycache__/<name>.cpython-311.pyc.
//
// A module imported from `dir/name.py` is cached in
// `dir/__pycache__/name.glasspy-311.pyc`:
//
//   u32 magic      kBytecodeCacheMagic: glasspy's own, never CPython's
//   u32 flags      0 (CPython's flags word: we only validate by timestamp)
//   u32 mtime      the source's modification time in seconds, mod 2**32
//   u32 size       the source's size in bytes, mod 2**32
//   u64 build      identifies the glasspy binary that wrote the file
//   ...            serialize_code() of the module's code unit
//
// The file is reused while magic, flags, mtime, size and build all match.
// The build word exists because glasspy's compiler changes between builds
// while its format version does not: a cache written by another build is
// simply recompiled.  Anything unreadable or malformed is recompiled
// silently; a cache that cannot be written (read-only folder, a file named
// __pycache__, sys.dont_write_bytecode) is skipped silently.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "objects/object.h"

namespace glasspy {

constexpr uint32_t kBytecodeCacheMagic = 0x0A0D3147;  // "G1\r\n" little-endian
constexpr const char* kCacheTag = "glasspy-311";

// `dir/__pycache__/stem.glasspy-311.pyc` for the source file `source_path`
// (importlib.util.cache_from_source with our cache tag).
std::string cache_path_for_source(const std::string& source_path);

// The code object of the module whose source file is `source_path` with
// contents `source_bytes`: from its cache when the cache is valid, else
// compiled (and the cache written unless sys.dont_write_bytecode is true).
// New reference, or null with the error (a SyntaxError) set.
Object* module_code_from_source(const std::string& source_path, std::string_view source_bytes);

}  // namespace glasspy
