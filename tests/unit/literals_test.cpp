// Unit tests for parser/literals: number evaluation, string token splitting,
// and str / bytes escape decoding with CPython 3.11's values, error messages
// and invalid-escape warnings (expected values computed with python3 by
// compiling each literal).
#include "parser/literals.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "util/number_format.h"

namespace glasspy {
namespace {

// A string literal's full contents, NULs included.
template <size_t N>
constexpr std::string_view sv(const char (&s)[N]) {
  return std::string_view(s, N - 1);
}

std::string value_repr(const ast::ConstantValue& v) {
  switch (v.kind) {
    case ast::ConstantValue::Kind::Int:
      return v.big_int.empty() ? int_to_decimal(v.int_value) : std::string(v.big_int);
    case ast::ConstantValue::Kind::Float: return py_repr_float(v.real);
    case ast::ConstantValue::Kind::Complex: return py_repr_complex(v.real, v.imag);
    default: return "?";
  }
}

struct NumberCase {
  const char* text;
  const char* repr;
  ast::ConstantValue::Kind kind;
};

TEST(Literals, Numbers) {
  using K = ast::ConstantValue::Kind;
  const NumberCase cases[] = {
      {"0", "0", K::Int}, {"00", "0", K::Int}, {"0_0", "0", K::Int}, {"1_000", "1000", K::Int},
      {"0x1F", "31", K::Int}, {"0XfF", "255", K::Int}, {"0o17", "15", K::Int},
      {"0O7_7", "63", K::Int}, {"0b1010", "10", K::Int}, {"0B_1", "1", K::Int},
      {"9223372036854775807", "9223372036854775807", K::Int},
      {"9223372036854775808", "9223372036854775808", K::Int},
      {"0x7fffffffffffffff", "9223372036854775807", K::Int},
      {"0x8000000000000000", "9223372036854775808", K::Int},
      {"0xffff_ffff_ffff_ffff_ffff", "1208925819614629174706175", K::Int},
      {"123456789012345678901234567890", "123456789012345678901234567890", K::Int},
      {"1.5", "1.5", K::Float}, {"1.", "1.0", K::Float}, {".5", "0.5", K::Float},
      {"1e5", "100000.0", K::Float}, {"1E-5", "1e-05", K::Float},
      {"1_0.0_1e1_0", "100100000000.0", K::Float}, {"1e400", "inf", K::Float},
      {"1e-400", "0.0", K::Float}, {"4.9e-324", "5e-324", K::Float},
      {"2.4703282292062327e-324", "0.0", K::Float}, {"0.1", "0.1", K::Float},
      {"0_9.5", "9.5", K::Float}, {"00.5e-3", "0.0005", K::Float},
      {"3.14159_26535_89793", "3.141592653589793", K::Float}, {"1e0_1", "10.0", K::Float},
      {"1j", "1j", K::Complex}, {"1.5J", "1.5j", K::Complex}, {"1e300j", "1e+300j", K::Complex},
      {"0j", "0j", K::Complex}, {"09j", "9j", K::Complex},
  };
  for (const NumberCase& c : cases) {
    ast::Arena arena;
    ast::ConstantValue v;
    parse_number(c.text, v, arena);
    EXPECT_EQ(v.kind, c.kind) << c.text;
    EXPECT_EQ(value_repr(v), c.repr) << c.text;
  }
}

TEST(Literals, BigIntStorage) {
  ast::Arena arena;
  ast::ConstantValue v;
  parse_number("9223372036854775807", v, arena);
  EXPECT_TRUE(v.big_int.empty());
  EXPECT_EQ(v.int_value, INT64_MAX);
  parse_number("0b" + std::string(200, '1'), v, arena);
  EXPECT_FALSE(v.big_int.empty());
  // 2**200 - 1
  EXPECT_EQ(v.big_int, "1606938044258990275541962092341162602522202993782792835301375");
}

TEST(Literals, IntDigitLimit) {
  ast::Arena arena;
  ast::ConstantValue v;
  std::string error;
  EXPECT_TRUE(parse_number(std::string(4300, '7'), v, arena, error));
  EXPECT_EQ(v.big_int.size(), 4300u);
  EXPECT_TRUE(parse_number(std::string(5000, '0'), v, arena, error));
  EXPECT_EQ(v.int_value, 0);
  std::string underscored;
  for (int i = 0; i < 4300; ++i) underscored += "1_";
  underscored += "1";
  EXPECT_FALSE(parse_number(underscored, v, arena, error));
  EXPECT_EQ(error,
            "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 digits; "
            "use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for "
            "huge integer literals to avoid decimal conversion limits.");
  // Power-of-two bases have no limit.
  EXPECT_TRUE(parse_number("0x" + std::string(5000, 'f'), v, arena, error));
  EXPECT_EQ(v.big_int.size(), 6021u);  // len(str(16**5000 - 1))
}

TEST(Literals, SplitStringToken) {
  StringPrefix p;
  std::string_view body;
  split_string_token("'abc'", p, body);
  EXPECT_EQ(body, "abc");
  EXPECT_FALSE(p.raw || p.bytes || p.fstring || p.unicode);
  split_string_token("rb\"x\\\"y\"", p, body);
  EXPECT_EQ(body, "x\\\"y");
  EXPECT_TRUE(p.raw && p.bytes && !p.fstring && !p.unicode);
  split_string_token("BR'x'", p, body);
  EXPECT_TRUE(p.raw && p.bytes);
  split_string_token("u''", p, body);
  EXPECT_EQ(body, "");
  EXPECT_TRUE(p.unicode && !p.raw);
  split_string_token("Rf'''a'b'''", p, body);
  EXPECT_EQ(body, "a'b");
  EXPECT_TRUE(p.raw && p.fstring);
  split_string_token("\"\"\"\"\"\"", p, body);
  EXPECT_EQ(body, "");
  split_string_token("\"\"\"x\n\"\"\"\"", p, body);
  EXPECT_EQ(body, "x\n\"");
  split_string_token("''", p, body);
  EXPECT_EQ(body, "");
}

struct EscapeCase {
  std::string_view body;
  bool ok;
  std::string_view result;   // the value, or the error message
  std::string_view warning;  // CPython's DeprecationWarning, or ""
};

void check(const EscapeCase& c, bool bytes) {
  std::string out, error, invalid;
  bool ok = bytes ? decode_bytes_literal(c.body, false, out, error, &invalid)
                  : decode_str_literal(c.body, false, out, error, &invalid);
  ASSERT_EQ(ok, c.ok) << c.body << " -> " << error;
  if (ok) {
    EXPECT_EQ(out, c.result) << c.body;
    EXPECT_EQ(invalid.empty() ? std::string() : invalid_escape_warning(invalid), c.warning) << c.body;
  } else {
    EXPECT_EQ(error, c.result) << c.body;
  }
}

#define CASE(body, ok, result, warning) EscapeCase{sv(body), ok, sv(result), sv(warning)}

TEST(Literals, StrEscapes) {
  const EscapeCase cases[] = {
      CASE("abc", true, "abc", ""),
      CASE("\\n\\t\\r\\\\\\'\\\"\\a\\b\\f\\v", true, "\012\011\015\\'\"\007\010\014\013", ""),
      CASE("\\x41\\x7e\\xff", true, "A~\303\277", ""),
      CASE("\\u00e9\\u20AC", true, "\303\251\342\202\254", ""),
      CASE("\\U0001F600", true, "\360\237\230\200", ""),
      CASE("\\101\\0\\7\\77\\1234", true, "A\000\007\077S4", ""),
      CASE("\\777", true, "\307\277", "invalid octal escape sequence '\\777'"),
      CASE("\\400x", true, "\304\200x", "invalid octal escape sequence '\\400'"),
      CASE("\\d", true, "\\d", "invalid escape sequence '\\d'"),
      CASE("\\8\\9", true, "\\8\\9", "invalid escape sequence '\\8'"),
      CASE("a\\qb\\z", true, "a\\qb\\z", "invalid escape sequence '\\q'"),
      CASE("caf\303\251\\n", true, "caf\303\251\012", ""),
      CASE("\\\303\251", true, "\\\303\251", ""),
      CASE("\303\251\\d", true, "\303\251\\d", "invalid escape sequence '\\d'"),
      CASE("\\N{LATIN SMALL LETTER A}", true, "a", ""),
      CASE("\\N{latin small letter e with acute}", true, "\303\251", ""),
      CASE("\\N{LF}", true, "\012", ""),
      CASE("\\N{EM DASH}", true, "\342\200\224", ""),
      CASE("\\N{HANGUL SYLLABLE GAG}", true, "\352\260\201", ""),
      CASE("\\N{CJK UNIFIED IDEOGRAPH-4E00}", true, "\344\270\200", ""),
      CASE("\\N{CJK UNIFIED IDEOGRAPH-20000}", true, "\360\240\200\200", ""),
      CASE("\\N{cjk compatibility ideograph-f900}", true, "\357\244\200", ""),
      CASE("\\udc80", true, "\355\262\200", ""),
      CASE("\\ud800\\udc00", true, "\355\240\200\355\260\200", ""),
      CASE("line\\\012next", true, "linenext", ""),
      CASE("\\x", false, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", ""),
      CASE("\\x4", false, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", ""),
      CASE("\\x4g", false, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape", ""),
      CASE("\\xg", false, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \\xXX escape", ""),
      CASE("\\u12", false, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-3: truncated \\uXXXX escape", ""),
      CASE("\\u123", false, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-4: truncated \\uXXXX escape", ""),
      CASE("\\U1234", false, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: truncated \\UXXXXXXXX escape", ""),
      CASE("\\U00110000", false, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", ""),
      CASE("\\UFFFFFFFF", false, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-9: illegal Unicode character", ""),
      CASE("\\N", false, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape", ""),
      CASE("\\Nx", false, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: malformed \\N character escape", ""),
      CASE("\\N{", false, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape", ""),
      CASE("\\N{}", false, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: malformed \\N character escape", ""),
      CASE("\\N{abc", false, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-5: malformed \\N character escape", ""),
      CASE("\\N{foo}", false, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-6: unknown Unicode character name", ""),
      CASE("ab\\N{foo}", false, "(unicode error) 'unicodeescape' codec can't decode bytes in position 2-8: unknown Unicode character name", ""),
      CASE("\\N{LATIN}", false, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-8: unknown Unicode character name", ""),
      CASE("\303\251\\x", false, "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-11: truncated \\xXX escape", ""),
      CASE("\303\251\303\251\\N{bad}", false, "(unicode error) 'unicodeescape' codec can't decode bytes in position 20-26: unknown Unicode character name", ""),
      CASE("\\N{\303\251}", false, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-13: unknown Unicode character name", ""),
      CASE("\\N{hangul syllable gag}", false, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-22: unknown Unicode character name", ""),
      CASE("\\N{CJK UNIFIED IDEOGRAPH-4e00}", false, "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-29: unknown Unicode character name", ""),
      CASE("\\N{LATIN SMALL LETTER A}\\N{  LATIN}", false, "(unicode error) 'unicodeescape' codec can't decode bytes in position 24-34: unknown Unicode character name", ""),
      CASE("\\d\\777", true, "\\d\307\277", "invalid escape sequence '\\d'"),
      CASE("\\777\\d", true, "\307\277\\d", "invalid octal escape sequence '\\777'"),
      CASE("\360\237\230\200\\U0011FFFF", false, "(unicode error) 'unicodeescape' codec can't decode bytes in position 10-19: illegal Unicode character", ""),
      CASE("\\N{CJK UNIFIED IDEOGRAPH-04E00}", true, "\344\270\200", ""),
      CASE("\\N{NUSHU CHARACTER-1B170}", true, "\360\233\205\260", ""),
      CASE("\\N{BOM}", true, "\357\273\277", ""),
      CASE("\\N{ZWJ}", true, "\342\200\215", ""),
      CASE("\\\012", true, "", ""),
  };
  for (const EscapeCase& c : cases) check(c, false);
}

TEST(Literals, BytesEscapes) {
  const EscapeCase cases[] = {
      CASE("abc", true, "abc", ""),
      CASE("\\n\\t\\r\\\\\\'\\\"\\a\\b\\f\\v", true, "\012\011\015\\'\"\007\010\014\013", ""),
      CASE("\\x41\\x7e\\xff\\xFF", true, "A~\377\377", ""),
      CASE("\\101\\0\\7\\77\\1234", true, "A\000\007\077S4", ""),
      CASE("\\777", true, "\377", "invalid octal escape sequence '\\777'"),
      CASE("\\400", true, "\000", "invalid octal escape sequence '\\400'"),
      CASE("\\d", true, "\\d", "invalid escape sequence '\\d'"),
      CASE("\\u0041", true, "\\u0041", "invalid escape sequence '\\u'"),
      CASE("\\N{LF}", true, "\\N{LF}", "invalid escape sequence '\\N'"),
      CASE("a\\\012b", true, "ab", ""),
      CASE("\\x", false, "(value error) invalid \\x escape at position 0", ""),
      CASE("\\x4", false, "(value error) invalid \\x escape at position 0", ""),
      CASE("ab\\x4g", false, "(value error) invalid \\x escape at position 2", ""),
      CASE("\\xg0", false, "(value error) invalid \\x escape at position 0", ""),
      CASE("caf\303\251", false, "bytes can only contain ASCII literal characters", ""),
      CASE("\\X41", true, "\\X41", "invalid escape sequence '\\X'"),
      CASE("\\8", true, "\\8", "invalid escape sequence '\\8'"),
  };
  for (const EscapeCase& c : cases) check(c, true);
}

TEST(Literals, RawStrings) {
  std::string out, error, invalid = "junk";
  EXPECT_TRUE(decode_str_literal("a\\d\\x\\N{", true, out, error, &invalid));
  EXPECT_EQ(out, "a\\d\\x\\N{");
  EXPECT_EQ(invalid, "");
  EXPECT_TRUE(decode_str_literal("caf\xc3\xa9\\", true, out, error));
  EXPECT_EQ(out, "caf\xc3\xa9\\");
  EXPECT_TRUE(decode_bytes_literal("\\x\\777", true, out, error, &invalid));
  EXPECT_EQ(out, "\\x\\777");
  EXPECT_EQ(invalid, "");
  EXPECT_FALSE(decode_bytes_literal("caf\xc3\xa9", true, out, error));
  EXPECT_EQ(error, "bytes can only contain ASCII literal characters");
}

TEST(Literals, InvalidEscapeWarning) {
  EXPECT_EQ(invalid_escape_warning("d"), "invalid escape sequence '\\d'");
  EXPECT_EQ(invalid_escape_warning("8"), "invalid escape sequence '\\8'");
  EXPECT_EQ(invalid_escape_warning("400"), "invalid octal escape sequence '\\400'");
}

}  // namespace
}  // namespace glasspy
