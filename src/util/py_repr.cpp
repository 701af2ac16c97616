// repr() of str and bytes; see py_repr.h for the rules.  ASCII runs that need
// no escaping are copied in one piece, so the common case is a scan and a copy.
#include "util/py_repr.h"

#include "util/unicode.h"

namespace glasspy {

namespace {

constexpr char kHex[] = "0123456789abcdef";

// Picks the quote CPython would: ' unless the text has a ' but no ".
char choose_quote(std::string_view s) {
  bool single = false, dbl = false;
  for (char c : s) {
    if (c == '\'') single = true;
    else if (c == '"') dbl = true;
  }
  return (single && !dbl) ? '"' : '\'';
}

void append_hex(std::string& out, char prefix, uint32_t value, int digits) {
  out += '\\';
  out += prefix;
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out += kHex[(value >> shift) & 0xF];
}

// True for an ASCII byte that a str or bytes repr copies unchanged.
inline bool plain_ascii(unsigned char c, char quote) {
  return c >= 0x20 && c < 0x7F && c != '\\' && c != static_cast<unsigned char>(quote);
}

// Escapes for the ASCII characters that need one (shared by str and bytes).
void append_ascii_escape(std::string& out, unsigned char c) {
  switch (c) {
    case '\t': out += "\\t"; break;
    case '\n': out += "\\n"; break;
    case '\r': out += "\\r"; break;
    case '\\': out += "\\\\"; break;
    case '\'': out += "\\'"; break;
    case '"': out += "\\\""; break;
    default:
      if (c < 0x20 || c >= 0x7F) append_hex(out, 'x', c, 2);
      else out += static_cast<char>(c);
  }
}

}  // namespace

void append_py_repr_str(std::string& out, std::string_view s) {
  const char quote = choose_quote(s);
  out.reserve(out.size() + s.size() + 2);
  out += quote;
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    size_t run = i;
    while (run < n && plain_ascii(static_cast<unsigned char>(s[run]), quote)) ++run;
    out.append(s.data() + i, run - i);
    i = run;
    if (i >= n) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      append_ascii_escape(out, c);
      ++i;
      continue;
    }
    size_t start = i;
    int32_t cp = unicode::decode_utf8(s, i, /*allow_surrogates=*/true);
    if (cp < 0) {
      // Not well-formed: what surrogateescape decoding would have produced.
      append_hex(out, 'u', 0xDC00 + c, 4);
      continue;
    }
    uint32_t u = static_cast<uint32_t>(cp);
    if (unicode::is_printable(u)) {
      out.append(s.data() + start, i - start);
    } else if (u <= 0xFF) {
      append_hex(out, 'x', u, 2);
    } else if (u <= 0xFFFF) {
      append_hex(out, 'u', u, 4);
    } else {
      append_hex(out, 'U', u, 8);
    }
  }
  out += quote;
}

namespace {

// `escape_single_quote` is bytearray's quirk: its repr escapes ' even inside
// double quotes.
void append_bytes_literal(std::string& out, std::string_view s, bool escape_single_quote) {
  const char quote = choose_quote(s);
  out.reserve(out.size() + s.size() + 3);
  out += 'b';
  out += quote;
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    size_t run = i;
    while (run < n && plain_ascii(static_cast<unsigned char>(s[run]), quote) &&
           !(escape_single_quote && s[run] == '\'')) {
      ++run;
    }
    out.append(s.data() + i, run - i);
    i = run;
    if (i >= n) break;
    append_ascii_escape(out, static_cast<unsigned char>(s[i]));
    ++i;
  }
  out += quote;
}

}  // namespace

void append_py_repr_bytes(std::string& out, std::string_view s) { append_bytes_literal(out, s, false); }

std::string py_repr_bytearray_contents(std::string_view bytes) {
  std::string out;
  append_bytes_literal(out, bytes, true);
  return out;
}

std::string py_repr_str(std::string_view utf8) {
  std::string out;
  append_py_repr_str(out, utf8);
  return out;
}

std::string py_repr_bytes(std::string_view bytes) {
  std::string out;
  append_py_repr_bytes(out, bytes);
  return out;
}

}  // namespace glasspy
