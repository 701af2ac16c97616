// Unicode character names, as CPython 3.11's unicodedata knows them
// (Unicode 14.0.0): for '\N{...}' escapes and unicodedata.name()/lookup().
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace glasspy::unicode {

// The code point named `name`, or -1.  Matches what '\N{name}' accepts:
// character names and formal aliases, case-insensitively (ASCII), except that
// the algorithmic "HANGUL SYLLABLE ..." and "CJK UNIFIED IDEOGRAPH-XXXX"
// names must be written in upper case, as in CPython.  Named sequences are
// not characters and are not found.
int32_t lookup_unicode_name(std::string_view name);

// unicodedata.name(chr(cp)): sets `out` and returns true when cp has a name.
bool unicode_name(uint32_t cp, std::string& out);

}  // namespace glasspy::unicode
