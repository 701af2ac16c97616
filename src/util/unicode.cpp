#include "util/unicode.h"

#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>

namespace glasspy::unicode {

namespace {

struct CodePointRange {
  uint32_t first, last;
};

#include "util/unicode_tables.inc"

template <size_t N>
bool in_table(const CodePointRange (&table)[N], uint32_t cp) {
  // ASCII and Latin-1 hit the first few ranges; binary search the rest.
  auto it = std::upper_bound(table, table + N, cp,
                             [](uint32_t c, const CodePointRange& r) { return c < r.first; });
  return it != table && cp <= (it - 1)->last;
}

}  // namespace

int32_t decode_utf8(std::string_view s, size_t& pos, bool allow_surrogates) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  unsigned char c = p[pos];
  if (c < 0x80) {
    ++pos;
    return c;
  }
  int len;
  uint32_t cp;
  if (c >= 0xC2 && c <= 0xDF) {
    len = 2;
    cp = c & 0x1F;
  } else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    cp = c & 0x0F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    cp = c & 0x07;
  } else {
    ++pos;
    return -1;
  }
  if (pos + len > n) {
    ++pos;
    return -1;
  }
  for (int i = 1; i < len; ++i) {
    unsigned char cc = p[pos + i];
    if ((cc & 0xC0) != 0x80) {
      ++pos;
      return -1;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  bool overlong = (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
  bool surrogate = cp >= 0xD800 && cp <= 0xDFFF;
  if (overlong || cp > 0x10FFFF || (surrogate && !allow_surrogates)) {
    ++pos;
    return -1;
  }
  pos += len;
  return static_cast<int32_t>(cp);
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

size_t count_code_points(std::string_view s) {
  size_t count = 0;
  for (unsigned char c : s) count += (c & 0xC0) != 0x80;
  return count;
}

size_t byte_to_char_offset(std::string_view s, size_t byte_offset) {
  return count_code_points(s.substr(0, std::min(byte_offset, s.size())));
}

size_t valid_utf8_prefix(std::string_view s) {
  size_t pos = 0;
  while (pos < s.size()) {
    size_t at = pos;
    if (decode_utf8(s, pos) < 0) return at;
  }
  return pos;
}

bool is_xid_start(uint32_t cp) { return in_table(k_xid_start, cp); }
bool is_xid_continue(uint32_t cp) { return in_table(k_xid_continue, cp); }
bool is_printable(uint32_t cp) { return in_table(k_printable, cp); }
bool is_alpha(uint32_t cp) { return in_table(k_alpha, cp); }
bool is_decimal(uint32_t cp) { return in_table(k_decimal, cp); }
bool is_digit(uint32_t cp) { return in_table(k_digit, cp); }
bool is_numeric(uint32_t cp) { return in_table(k_numeric, cp); }
bool is_space(uint32_t cp) { return in_table(k_space, cp); }
bool is_alnum(uint32_t cp) {
  return is_alpha(cp) || is_decimal(cp) || is_digit(cp) || is_numeric(cp);
}

std::string nfkc(std::string_view utf8) {
  utf8proc_uint8_t* result = nullptr;
  utf8proc_ssize_t len = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(utf8.data()),
                                      static_cast<utf8proc_ssize_t>(utf8.size()), &result,
                                      static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                                     UTF8PROC_COMPAT));
  if (len < 0) return std::string(utf8);
  std::string out(reinterpret_cast<char*>(result), static_cast<size_t>(len));
  std::free(result);
  return out;
}

}  // namespace glasspy::unicode
