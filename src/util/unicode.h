// UTF-8 and Unicode character properties, shared by every stage.
//
// Text inside glasspy is UTF-8.  Python strings may hold lone surrogates
// (U+D800..U+DFFF, e.g. from the escape '\udc80'); we keep those in the
// "generalized UTF-8" form (their 3-byte encoding), which decode_utf8 accepts
// only when asked to.  Properties come from utf8proc.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace glasspy::unicode {

// Decodes one code point at s[pos]; advances pos.  Returns -1 (and advances
// by one byte) for a malformed sequence.  Lone surrogates are malformed
// unless allow_surrogates.
int32_t decode_utf8(std::string_view s, size_t& pos, bool allow_surrogates = false);

// Appends the (generalized) UTF-8 encoding of cp.
void append_utf8(std::string& out, uint32_t cp);

// Length in code points of well-formed (generalized) UTF-8 text.
size_t count_code_points(std::string_view s);

// Byte offset -> code point offset within s (bytes past the end are clamped).
size_t byte_to_char_offset(std::string_view s, size_t byte_offset);

// Length of the longest valid UTF-8 prefix of s (strict: no surrogates,
// no overlongs, nothing above U+10FFFF).
size_t valid_utf8_prefix(std::string_view s);

// Python's str.isidentifier() rules for single characters (PEP 3131).
bool is_xid_start(uint32_t cp);
bool is_xid_continue(uint32_t cp);

// str.isprintable() for one character: false for categories Cc, Cf, Cs, Co,
// Cn, Zl, Zp and Zs other than the ASCII space.
bool is_printable(uint32_t cp);

// str.isalnum / isalpha / isdecimal / isdigit / isnumeric / isspace for one character.
bool is_alpha(uint32_t cp);
bool is_decimal(uint32_t cp);
bool is_digit(uint32_t cp);
bool is_numeric(uint32_t cp);
bool is_alnum(uint32_t cp);
bool is_space(uint32_t cp);

// Matches re's \w for str patterns: alphanumeric or underscore.
inline bool is_word(uint32_t cp) { return cp == '_' || is_alnum(cp); }

// One-character case mappings, as regular expressions ignore case: the
// first character of str.lower() / str.upper() of the character (CPython's
// _PyUnicode_ToLowercase / _PyUnicode_ToUppercase).  'ß' -> 'S' upper.
uint32_t simple_lower(uint32_t cp);
uint32_t simple_upper(uint32_t cp);

// str.splitlines' line boundaries: \n \v \f \r \x1c \x1d \x1e \x85 \u2028 \u2029.
inline bool is_linebreak(uint32_t cp) {
  return (cp >= 0x0A && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1E) || cp == 0x85 || cp == 0x2028 ||
         cp == 0x2029;
}

// NFKC normalization of UTF-8 text (identifiers are normalized this way).
std::string nfkc(std::string_view utf8);

}  // namespace glasspy::unicode
