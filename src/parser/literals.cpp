// Literal evaluation: NUMBER and STRING token texts to values.
//
// Numbers: underscores are dropped first.  Ints that fit int64 are parsed
// directly; larger ones go through GMP and are kept as decimal text in the
// arena.  Floats and imaginary parts are read by strtod in the "C" locale,
// which glibc rounds correctly.
//
// str escapes: CPython decodes a str literal by first rewriting every
// non-ASCII character as a \UXXXXXXXX escape (10 bytes) and a backslash that
// precedes a non-ASCII character (or ends the text) as \u005c, then running
// the 'unicode_escape' codec over the result; its error positions count bytes
// of that rewritten text.  We do the same rewrite, so positions, and the fact
// that '\é' is a backslash and an é (with no invalid-escape warning), come out
// as CPython's.  bytes escapes are decoded from the body itself (all ASCII).
#include "parser/literals.h"

#include <gmp.h>
#include <locale.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "util/unicode.h"
#include "util/unicode_names.h"

namespace glasspy {

namespace {

// ---- numbers ------------------------------------------------------------------

double c_strtod(const std::string& text) {
  static locale_t c_locale = newlocale(LC_ALL_MASK, "C", static_cast<locale_t>(nullptr));
  return strtod_l(text.c_str(), nullptr, c_locale);
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'z') return c - 'a' + 10;
  if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
  return 99;
}

// ---- str escapes ----------------------------------------------------------------

// CPython's rewrite of a str literal body before 'unicode_escape' decoding.
std::string escape_non_ascii(std::string_view body) {
  std::string out;
  out.reserve(body.size() + 16);
  size_t i = 0;
  while (i < body.size()) {
    unsigned char c = static_cast<unsigned char>(body[i]);
    if (c == '\\') {
      out.push_back('\\');
      ++i;
      if (i >= body.size() || static_cast<unsigned char>(body[i]) >= 0x80) {
        out += "u005c";
        if (i >= body.size()) break;
      }
      c = static_cast<unsigned char>(body[i]);
    }
    if (c >= 0x80) {
      int32_t cp = unicode::decode_utf8(body, i, true);
      if (cp < 0) cp = 0xFFFD;  // unreachable: the lexer has checked the UTF-8
      char buf[16];
      std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(cp));
      out += buf;
    } else {
      out.push_back(static_cast<char>(c));
      ++i;
    }
  }
  return out;
}

std::string unicode_error(size_t start, size_t end, const std::string& text, const char* reason) {
  char buf[128];
  if (end - start == 1) {
    std::snprintf(buf, sizeof buf, "can't decode byte 0x%02x in position %zu: ",
                  static_cast<unsigned char>(text[start]), start);
  } else {
    std::snprintf(buf, sizeof buf, "can't decode bytes in position %zu-%zu: ", start, end - 1);
  }
  return std::string("(unicode error) 'unicodeescape' codec ") + buf + reason;
}

// One-character escapes shared by str and bytes; 0 for none.
char simple_escape(char c) {
  switch (c) {
    case '\\': return '\\';
    case '\'': return '\'';
    case '"': return '"';
    case 'a': return '\a';
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    case 'v': return '\v';
    default: return 0;
  }
}

// Reads up to three octal digits starting at s[i] (the first is known to be
// one); returns the value and advances i.
unsigned read_octal(std::string_view s, size_t& i) {
  unsigned v = static_cast<unsigned>(s[i++] - '0');
  for (int k = 0; k < 2 && i < s.size() && s[i] >= '0' && s[i] <= '7'; ++k)
    v = v * 8 + static_cast<unsigned>(s[i++] - '0');
  return v;
}

}  // namespace

bool parse_number(std::string_view text, ast::ConstantValue& out, ast::Arena& arena,
                  std::string& error) {
  std::string s;
  s.reserve(text.size());
  for (char c : text)
    if (c != '_') s.push_back(c);
  out = ast::ConstantValue{};

  char last = s.empty() ? '0' : s.back();
  if (last == 'j' || last == 'J') {
    s.pop_back();
    out.kind = ast::ConstantValue::Kind::Complex;
    out.real = 0.0;
    out.imag = c_strtod(s);
    return true;
  }

  int base = 10;
  size_t start = 0;
  if (s.size() >= 2 && s[0] == '0') {
    char p = s[1];
    if (p == 'x' || p == 'X') base = 16;
    if (p == 'o' || p == 'O') base = 8;
    if (p == 'b' || p == 'B') base = 2;
    if (base != 10) start = 2;
  }
  if (base == 10 && s.find_first_of(".eE") != std::string::npos) {
    out.kind = ast::ConstantValue::Kind::Float;
    out.real = c_strtod(s);
    return true;
  }

  out.kind = ast::ConstantValue::Kind::Int;
  // Fast path: accumulate while the value stays below 2^63.
  uint64_t v = 0;
  bool fits = true;
  for (size_t i = start; i < s.size(); ++i) {
    unsigned d = static_cast<unsigned>(digit_value(s[i]));
    if (v > (static_cast<uint64_t>(INT64_MAX) - d) / static_cast<unsigned>(base)) {
      fits = false;
      break;
    }
    v = v * static_cast<unsigned>(base) + d;
  }
  if (fits) {
    out.int_value = static_cast<int64_t>(v);
    return true;
  }
  if (base == 10 && s.size() > static_cast<size_t>(4300)) {
    error = "Exceeds the limit (4300 digits) for integer string conversion: value has " +
            std::to_string(s.size()) +
            " digits; use sys.set_int_max_str_digits() to increase the limit - Consider "
            "hexadecimal for huge integer literals to avoid decimal conversion limits.";
    return false;
  }
  mpz_t big;
  mpz_init_set_str(big, s.c_str() + start, base);
  std::string digits(mpz_sizeinbase(big, 10) + 2, '\0');
  mpz_get_str(digits.data(), 10, big);
  digits.resize(std::strlen(digits.c_str()));
  mpz_clear(big);
  out.big_int = arena.str(digits);
  return true;
}

void parse_number(std::string_view text, ast::ConstantValue& out, ast::Arena& arena) {
  std::string error;
  parse_number(text, out, arena, error);
}

void split_string_token(std::string_view token, StringPrefix& prefix, std::string_view& body) {
  prefix = StringPrefix{};
  size_t i = 0;
  for (; i < token.size() && token[i] != '\'' && token[i] != '"'; ++i) {
    switch (token[i]) {
      case 'r': case 'R': prefix.raw = true; break;
      case 'b': case 'B': prefix.bytes = true; break;
      case 'f': case 'F': prefix.fstring = true; break;
      case 'u': case 'U': prefix.unicode = true; break;
      default: break;
    }
  }
  std::string_view rest = token.substr(i);
  size_t quote = 1;
  if (rest.size() >= 6 && rest[1] == rest[0] && rest[2] == rest[0]) quote = 3;
  if (rest.size() < 2 * quote) {
    body = std::string_view(rest.data() + std::min(rest.size(), quote), 0);
    return;
  }
  body = rest.substr(quote, rest.size() - 2 * quote);
}

bool decode_str_literal(std::string_view body, bool raw, std::string& out, std::string& error,
                        std::string* invalid_escape) {
  if (invalid_escape) invalid_escape->clear();
  out.clear();
  if (raw || body.find('\\') == std::string_view::npos) {
    out.assign(body);
    return true;
  }
  const std::string text = escape_non_ascii(body);
  const size_t n = text.size();
  bool have_invalid = false;
  auto note_invalid = [&](size_t pos, size_t len) {
    if (have_invalid) return;
    have_invalid = true;
    if (invalid_escape) *invalid_escape = std::string(text, pos, len);
  };
  size_t i = 0;
  while (i < n) {
    if (text[i] != '\\') {
      // Runs of plain ASCII (non-ASCII was rewritten as escapes).
      size_t j = text.find('\\', i);
      if (j == std::string::npos) j = n;
      out.append(text, i, j - i);
      i = j;
      continue;
    }
    const size_t start = i++;
    if (i >= n) {
      error = unicode_error(start, n, text, "\\ at end of string");
      return false;
    }
    char c = text[i++];
    if (c == '\n') continue;  // line continuation
    if (char e = simple_escape(c)) {
      out.push_back(e);
      continue;
    }
    if (c >= '0' && c <= '7') {
      --i;
      unsigned v = read_octal(text, i);
      if (v > 0377) note_invalid(i - 3, 3);
      unicode::append_utf8(out, v);
      continue;
    }
    if (c == 'x' || c == 'u' || c == 'U') {
      int count = c == 'x' ? 2 : c == 'u' ? 4 : 8;
      const char* reason = c == 'x'   ? "truncated \\xXX escape"
                           : c == 'u' ? "truncated \\uXXXX escape"
                                      : "truncated \\UXXXXXXXX escape";
      uint32_t v = 0;
      for (; count > 0; --count, ++i) {
        int d = i < n ? digit_value(text[i]) : 99;
        if (d >= 16) {
          error = unicode_error(start, i, text, reason);
          return false;
        }
        v = v * 16 + static_cast<uint32_t>(d);
      }
      if (v > 0x10FFFF) {
        error = unicode_error(start, i, text, "illegal Unicode character");
        return false;
      }
      unicode::append_utf8(out, v);
      continue;
    }
    if (c == 'N') {
      const char* malformed = "malformed \\N character escape";
      if (i >= n || text[i] != '{') {
        error = unicode_error(start, std::min(i, n), text, malformed);
        return false;
      }
      size_t name_start = ++i;
      size_t close = text.find('}', name_start);
      if (close == std::string::npos) {
        error = unicode_error(start, n, text, malformed);
        return false;
      }
      if (close == name_start) {
        error = unicode_error(start, close, text, malformed);
        return false;
      }
      i = close + 1;
      int32_t cp = unicode::lookup_unicode_name(
          std::string_view(text).substr(name_start, close - name_start));
      if (cp < 0) {
        error = unicode_error(start, i, text, "unknown Unicode character name");
        return false;
      }
      unicode::append_utf8(out, static_cast<uint32_t>(cp));
      continue;
    }
    // Not an escape: both characters stay.
    note_invalid(i - 1, 1);
    out.push_back('\\');
    out.push_back(c);
  }
  return true;
}

bool decode_bytes_literal(std::string_view body, bool raw, std::string& out, std::string& error,
                          std::string* invalid_escape) {
  if (invalid_escape) invalid_escape->clear();
  out.clear();
  for (char c : body) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      error = "bytes can only contain ASCII literal characters";
      return false;
    }
  }
  if (raw || body.find('\\') == std::string_view::npos) {
    out.assign(body);
    return true;
  }
  const size_t n = body.size();
  bool have_invalid = false;
  auto note_invalid = [&](size_t pos, size_t len) {
    if (have_invalid) return;
    have_invalid = true;
    if (invalid_escape) *invalid_escape = std::string(body.substr(pos, len));
  };
  size_t i = 0;
  while (i < n) {
    if (body[i] != '\\') {
      out.push_back(body[i++]);
      continue;
    }
    const size_t start = i++;
    if (i >= n) {
      error = "(value error) Trailing \\ in string";
      return false;
    }
    char c = body[i++];
    if (c == '\n') continue;
    if (char e = simple_escape(c)) {
      out.push_back(e);
      continue;
    }
    if (c >= '0' && c <= '7') {
      --i;
      unsigned v = read_octal(body, i);
      if (v > 0377) note_invalid(i - 3, 3);
      out.push_back(static_cast<char>(v & 0xFF));
      continue;
    }
    if (c == 'x') {
      int hi = i + 1 < n ? digit_value(body[i]) : 99;
      int lo = i + 1 < n ? digit_value(body[i + 1]) : 99;
      if (hi >= 16 || lo >= 16) {
        error = "(value error) invalid \\x escape at position ";
        error += std::to_string(start);
        return false;
      }
      out.push_back(static_cast<char>(hi * 16 + lo));
      i += 2;
      continue;
    }
    note_invalid(i - 1, 1);
    out.push_back('\\');
    out.push_back(c);
  }
  return true;
}

std::string invalid_escape_warning(std::string_view invalid_escape) {
  char c = invalid_escape.empty() ? '?' : invalid_escape[0];
  bool octal = c >= '4' && c <= '7';
  std::string out = octal ? "invalid octal escape sequence '\\" : "invalid escape sequence '\\";
  if (octal) {
    out.append(invalid_escape.substr(0, 3));
  } else {
    out.push_back(c);
  }
  out.push_back('\'');
  return out;
}

}  // namespace glasspy
