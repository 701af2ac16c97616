// The lexer and source decoding against what CPython 3.11 does: token streams
// with the positions CPython's parser gives its tokens, and every tokenizer
// error with CPython's message and location (as `python3 FILE` raises them,
// checked against python3 3.11.7).
#include "lexer/lexer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lexer/source.h"
#include "util/codecs.h"

namespace glasspy {
namespace {

using namespace std::string_view_literals;

SourceText decoded(std::string_view bytes, SourceOrigin origin = SourceOrigin::File) {
  SourceText src;
  SyntaxErrorInfo err;
  EXPECT_TRUE(decode_source(bytes, "t.py", src, err, origin)) << err.msg;
  return src;
}

// "KIND line:col-line:col 'text'" for each token through ENDMARKER, or
// "ERROR ..." for the error that stopped the lexer.
std::string describe(const Token& t) {
  return std::string(token_kind_name(t.kind)) + " " + std::to_string(t.start.line) + ":" +
         std::to_string(t.start.col) + "-" + std::to_string(t.end.line) + ":" +
         std::to_string(t.end.col) + " '" + std::string(t.text) + "'";
}

std::string describe(const SyntaxErrorInfo& e) {
  return std::string(syntax_error_kind_name(e.kind)) + ": " + e.msg + " @" +
         std::to_string(e.lineno) + ":" + std::to_string(e.offset) + "-" +
         std::to_string(e.end_lineno) + ":" + std::to_string(e.end_offset) + " text='" + e.text +
         "'";
}

std::vector<std::string> tokens(std::string_view bytes, SourceOrigin origin = SourceOrigin::File) {
  SourceText src = decoded(bytes, origin);
  Lexer lexer(src);
  std::vector<std::string> out;
  Token t;
  for (int i = 0; i < 100000; ++i) {
    if (!lexer.next(t)) {
      out.push_back("ERROR " + describe(lexer.error()));
      break;
    }
    out.push_back(describe(t));
    if (t.kind == TokenKind::ENDMARKER) break;
  }
  return out;
}

// The error the lexer stops with ("" when it reaches ENDMARKER).
std::string lex_error(std::string_view bytes, SourceOrigin origin = SourceOrigin::File) {
  std::vector<std::string> toks = tokens(bytes, origin);
  const std::string& last = toks.back();
  return last.rfind("ERROR ", 0) == 0 ? last.substr(6) : "";
}

using V = std::vector<std::string>;

// ---- token streams ----------------------------------------------------------

TEST(LexerTokens, SimpleStatement) {
  EXPECT_EQ(tokens("x = 1\n"), (V{"NAME 1:0-1:1 'x'", "EQUAL 1:2-1:3 '='", "NUMBER 1:4-1:5 '1'",
                                  "NEWLINE 1:5-1:5 ''", "ENDMARKER 1:-1-1:0 ''"}));
}

TEST(LexerTokens, MissingFinalNewlineStillGivesNewline) {
  EXPECT_EQ(tokens("x"), (V{"NAME 1:0-1:1 'x'", "NEWLINE 1:1-1:1 ''", "ENDMARKER 1:-1-1:0 ''"}));
}

TEST(LexerTokens, EmptyAndBlankFiles) {
  EXPECT_EQ(tokens(""), (V{"ENDMARKER 0:-1-0:0 ''"}));
  EXPECT_EQ(tokens("\n\n  \n# only a comment\n"), (V{"ENDMARKER 4:-1-4:0 ''"}));
}

TEST(LexerTokens, IndentDedentAndEof) {
  EXPECT_EQ(tokens("if x:\n    y = 1  # c\n\nz\n"),
            (V{"NAME 1:0-1:2 'if'", "NAME 1:3-1:4 'x'", "COLON 1:4-1:5 ':'", "NEWLINE 1:5-1:5 ''",
               "INDENT 2:-1-2:4 ''", "NAME 2:4-2:5 'y'", "EQUAL 2:6-2:7 '='", "NUMBER 2:8-2:9 '1'",
               "NEWLINE 2:11-2:14 '# c'", "DEDENT 4:-1-4:0 ''", "NAME 4:0-4:1 'z'",
               "NEWLINE 4:1-4:1 ''", "ENDMARKER 4:-1-4:0 ''"}));
  // DEDENTs at the end of the file sit on the last line.
  EXPECT_EQ(tokens("if a:\n  if b:\n    c"),
            (V{"NAME 1:0-1:2 'if'", "NAME 1:3-1:4 'a'", "COLON 1:4-1:5 ':'", "NEWLINE 1:5-1:5 ''",
               "INDENT 2:-1-2:2 ''", "NAME 2:2-2:4 'if'", "NAME 2:5-2:6 'b'", "COLON 2:6-2:7 ':'",
               "NEWLINE 2:7-2:7 ''", "INDENT 3:-1-3:4 ''", "NAME 3:4-3:5 'c'", "NEWLINE 3:5-3:5 ''",
               "DEDENT 3:-1-3:0 ''", "DEDENT 3:-1-3:0 ''", "ENDMARKER 3:-1-3:0 ''"}));
}

TEST(LexerTokens, StringSourceEndsAtLineEnd) {
  // compile() keeps its whole buffer: the read position at the end is the
  // end of the last line rather than 0.
  EXPECT_EQ(tokens("if x:\n  y\n", SourceOrigin::String).back(), "ENDMARKER 2:-1-2:4 ''");
}

TEST(LexerTokens, TabsAndFormFeeds) {
  // A tab counts to the next multiple of 8 in both; form feed resets the column.
  EXPECT_EQ(tokens("if x:\n\ty\n\tz\n")[7], "NAME 3:1-3:2 'z'");
  EXPECT_EQ(tokens("if x:\n    a\n\f    b\n")[7], "NAME 3:5-3:6 'b'");
  EXPECT_EQ(tokens("x = 1 \f 2\n")[3], "NUMBER 1:8-1:9 '2'");
}

TEST(LexerTokens, ContinuationAndBrackets) {
  EXPECT_EQ(tokens("x = 1 + \\\n  2\n"),
            (V{"NAME 1:0-1:1 'x'", "EQUAL 1:2-1:3 '='", "NUMBER 1:4-1:5 '1'", "PLUS 1:6-1:7 '+'",
               "NUMBER 2:2-2:3 '2'", "NEWLINE 2:3-2:3 ''", "ENDMARKER 2:-1-2:0 ''"}));
  EXPECT_EQ(
      tokens("f(a,\n\n  # c\n      b)\n"),
      (V{"NAME 1:0-1:1 'f'", "LPAR 1:1-1:2 '('", "NAME 1:2-1:3 'a'", "COMMA 1:3-1:4 ','",
         "NAME 4:6-4:7 'b'", "RPAR 4:7-4:8 ')'", "NEWLINE 4:8-4:8 ''", "ENDMARKER 4:-1-4:0 ''"}));
  // A continuation in the indentation: its column counts.
  EXPECT_EQ(tokens("if x:\n  \\\n    y\n")[4], "INDENT 3:-1-3:4 ''");
}

TEST(LexerTokens, Strings) {
  EXPECT_EQ(tokens("s = f\"\"\"a\nbc\"\"\" + rb'x' + U\"\" + Rb'''\\''''\n"),
            (V{"NAME 1:0-1:1 's'", "EQUAL 1:2-1:3 '='", "STRING 1:4-2:5 'f\"\"\"a\nbc\"\"\"'",
               "PLUS 2:6-2:7 '+'", "STRING 2:8-2:13 'rb'x''", "PLUS 2:14-2:15 '+'",
               "STRING 2:16-2:19 'U\"\"'", "PLUS 2:20-2:21 '+'", "STRING 2:22-2:32 'Rb'''\\'''''",
               "NEWLINE 2:32-2:32 ''", "ENDMARKER 2:-1-2:0 ''"}));
  // A backslash-newline continues a one-quote string.
  EXPECT_EQ(tokens("'ab\\\ncd'\n")[0], "STRING 1:0-2:3 ''ab\\\ncd''");
  // Prefixes that are not prefixes: `bu` and `ur` are names.
  EXPECT_EQ(tokens("bu'x'\n")[0], "NAME 1:0-1:2 'bu'");
  EXPECT_EQ(tokens("ur'x'\n")[0], "NAME 1:0-1:2 'ur'");
  EXPECT_EQ(tokens("fR'x' Br'y' rF'z'\n")[2], "STRING 1:12-1:17 'rF'z''");
}

TEST(LexerTokens, Operators) {
  std::vector<std::string> t =
      tokens("a **= b //= c >>= d <<= e ... f -> g := h != i <> j == k @= l ~m ^ n | o . p\n");
  std::vector<std::string> kinds;
  for (const std::string& s : t) kinds.push_back(s.substr(0, s.find(' ')));
  EXPECT_EQ(kinds, (V{"NAME",     "DOUBLESTAREQUAL",
                      "NAME",     "DOUBLESLASHEQUAL",
                      "NAME",     "RIGHTSHIFTEQUAL",
                      "NAME",     "LEFTSHIFTEQUAL",
                      "NAME",     "ELLIPSIS",
                      "NAME",     "RARROW",
                      "NAME",     "COLONEQUAL",
                      "NAME",     "NOTEQUAL",
                      "NAME",     "NOTEQUAL",
                      "NAME",     "EQEQUAL",
                      "NAME",     "ATEQUAL",
                      "NAME",     "TILDE",
                      "NAME",     "CIRCUMFLEX",
                      "NAME",     "VBAR",
                      "NAME",     "DOT",
                      "NAME",     "NEWLINE",
                      "ENDMARKER"}));
  EXPECT_EQ(t[17], "NOTEQUAL 1:47-1:49 '<>'");
  // Characters without a token of their own are OP, for the parser to refuse.
  EXPECT_EQ(tokens("a $ ? ! `\n")[1], "OP 1:2-1:3 '$'");
  EXPECT_EQ(tokens("x..y\n")[1], "DOT 1:1-1:2 '.'");
}

TEST(LexerTokens, Numbers) {
  std::vector<std::string> t = tokens(
      "0 00 0_0 1_000 0x_1F 0O17 0b1_0 1. .5 1.5e-3 1E+10 1_0.0_1e1_0 3j 1.5J 0j 0e0 09.5 09j 1e5 "
      ".5j\n");
  V want{"NUMBER 1:0-1:1 '0'",        "NUMBER 1:2-1:4 '00'",      "NUMBER 1:5-1:8 '0_0'",
         "NUMBER 1:9-1:14 '1_000'",   "NUMBER 1:15-1:20 '0x_1F'", "NUMBER 1:21-1:25 '0O17'",
         "NUMBER 1:26-1:31 '0b1_0'",  "NUMBER 1:32-1:34 '1.'",    "NUMBER 1:35-1:37 '.5'",
         "NUMBER 1:38-1:44 '1.5e-3'", "NUMBER 1:45-1:50 '1E+10'", "NUMBER 1:51-1:62 '1_0.0_1e1_0'",
         "NUMBER 1:63-1:65 '3j'",     "NUMBER 1:66-1:70 '1.5J'",  "NUMBER 1:71-1:73 '0j'",
         "NUMBER 1:74-1:77 '0e0'",    "NUMBER 1:78-1:82 '09.5'",  "NUMBER 1:83-1:86 '09j'",
         "NUMBER 1:87-1:90 '1e5'",    "NUMBER 1:91-1:94 '.5j'",   "NEWLINE 1:94-1:94 ''",
         "ENDMARKER 1:-1-1:0 ''"};
  EXPECT_EQ(t, want);
  // `1.` then a name; "1..2" is two numbers.
  EXPECT_EQ(tokens("1..2\n")[1], "NUMBER 1:2-1:4 '.2'");
}

TEST(LexerTokens, NumberBeforeKeywordWarns) {
  SourceText src = decoded("x = 1if y else 0x1for\n");
  Lexer lexer(src);
  Token t;
  std::vector<std::string> got;
  while (lexer.next(t) && t.kind != TokenKind::ENDMARKER) got.push_back(describe(t));
  EXPECT_EQ(got[2], "NUMBER 1:4-1:5 '1'");
  EXPECT_EQ(got[3], "NAME 1:5-1:7 'if'");
  EXPECT_EQ(got[6], "NUMBER 1:15-1:19 '0x1f'");  // hex digits take the 'f'
  EXPECT_EQ(got[7], "NAME 1:19-1:21 'or'");
  ASSERT_EQ(lexer.warnings().size(), 2u);
  EXPECT_EQ(lexer.warnings()[0].msg, "invalid decimal literal");
  EXPECT_EQ(lexer.warnings()[0].lineno, 1);
  EXPECT_EQ(lexer.warnings()[1].msg, "invalid hexadecimal literal");
  EXPECT_EQ(tokens("1else 2\n")[1], "NAME 1:1-1:5 'else'");
  EXPECT_EQ(tokens("1e5else 2\n")[0], "NUMBER 1:0-1:3 '1e5'");
  EXPECT_EQ(tokens("1is x\n")[1], "NAME 1:1-1:3 'is'");
  EXPECT_EQ(tokens("1not in x\n")[1], "NAME 1:1-1:4 'not'");
  EXPECT_EQ(tokens("0b1and x\n")[1], "NAME 1:3-1:6 'and'");
}

TEST(LexerTokens, NonAsciiNames) {
  EXPECT_EQ(tokens("été = ℘ + a·b + ｘ\n"),
            (V{"NAME 1:0-1:5 'été'", "EQUAL 1:6-1:7 '='", "NAME 1:8-1:11 '℘'", "PLUS 1:12-1:13 '+'",
               "NAME 1:14-1:18 'a·b'", "PLUS 1:19-1:20 '+'", "NAME 1:21-1:24 'ｘ'",
               "NEWLINE 1:24-1:24 ''", "ENDMARKER 1:-1-1:0 ''"}));
}

TEST(LexerTokens, NewlinesAreTranslated) {
  EXPECT_EQ(
      tokens("x = 1\r\ny = '''a\r\nb'''\rz\r"),
      (V{"NAME 1:0-1:1 'x'", "EQUAL 1:2-1:3 '='", "NUMBER 1:4-1:5 '1'", "NEWLINE 1:5-1:5 ''",
         "NAME 2:0-2:1 'y'", "EQUAL 2:2-2:3 '='", "STRING 2:4-3:4 ''''a\nb''''",
         "NEWLINE 3:4-3:4 ''", "NAME 4:0-4:1 'z'", "NEWLINE 4:1-4:1 ''", "ENDMARKER 4:-1-4:0 ''"}));
}

TEST(LexerTokens, TokenTextPointsIntoSource) {
  SourceText src = decoded("abc = 'x'");
  Lexer lexer(src);
  Token t;
  while (lexer.next(t) && t.kind != TokenKind::ENDMARKER) {
    EXPECT_GE(t.text.data(), src.utf8.data());
    EXPECT_LE(t.text.data() + t.text.size(), src.utf8.data() + src.utf8.size());
  }
}

TEST(LexerTokens, AfterEndmarkerKeepsGivingEndmarker) {
  SourceText src = decoded("x\n");
  Lexer lexer(src);
  Token t;
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(lexer.next(t));
  EXPECT_EQ(t.kind, TokenKind::ENDMARKER);
  ASSERT_TRUE(lexer.next(t));
  EXPECT_EQ(t.kind, TokenKind::ENDMARKER);
}

TEST(LexerTokens, LineText) {
  SourceText src = decoded("a\nbb\r\nccc");
  Lexer lexer(src);
  EXPECT_EQ(lexer.line_text(1), "a\n");
  EXPECT_EQ(lexer.line_text(2), "bb\n");
  EXPECT_EQ(lexer.line_text(3), "ccc");
  EXPECT_EQ(lexer.line_text(4), "");
  EXPECT_EQ(lexer.line_text(0), "");
}

TEST(LexerTokens, ParserSupport) {
  SourceText src = decoded("f(a,\n  [b\n");
  Lexer lexer(src);
  Token t;
  for (int i = 0; i < 6; ++i) ASSERT_TRUE(lexer.next(t));
  EXPECT_EQ(lexer.bracket_depth(), 2);
  SyntaxErrorInfo e;
  ASSERT_TRUE(lexer.unclosed_bracket_error(e));
  EXPECT_EQ(describe(e), "SyntaxError: '[' was never closed @2:3-2:0 text='  [b\n'");
  EXPECT_EQ(lexer.cursor().line, 2);
  EXPECT_EQ(lexer.cursor().col, 4);
  EXPECT_FALSE(lexer.next(t));
  EXPECT_FALSE(lexer.error_raised_by_tokenizer());  // built by CPython's parser
  EXPECT_EQ(describe(lexer.error()), "SyntaxError: '[' was never closed @2:3-2:0 text='  [b\n'");
}

// ---- errors ----------------------------------------------------------------------

struct ErrorCase {
  std::string_view source;
  const char* error;
};

class LexerErrors : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(LexerErrors, MatchesCPython) {
  EXPECT_EQ(lex_error(GetParam().source), GetParam().error) << GetParam().source;
}

const ErrorCase kErrorCases[] = {
    // Numbers.
    {"x = 1abc\n", "SyntaxError: invalid decimal literal @1:5-1:5 text='x = 1abc'"},
    {"x = 0b12\n", "SyntaxError: invalid digit '2' in binary literal @1:8-1:8 text='x = 0b12'"},
    {"x = 0o8\n", "SyntaxError: invalid digit '8' in octal literal @1:7-1:7 text='x = 0o8'"},
    {"x = 0o1_8\n", "SyntaxError: invalid digit '8' in octal literal @1:9-1:9 text='x = 0o1_8'"},
    {"x = 0o\n", "SyntaxError: invalid octal literal @1:6-1:6 text='x = 0o'"},
    {"x = 0x\n", "SyntaxError: invalid hexadecimal literal @1:6-1:6 text='x = 0x'"},
    {"x = 0x1_\n", "SyntaxError: invalid hexadecimal literal @1:8-1:8 text='x = 0x1_'"},
    {"x = 0xg\n", "SyntaxError: invalid hexadecimal literal @1:6-1:6 text='x = 0xg'"},
    {"x = 0b\n", "SyntaxError: invalid binary literal @1:6-1:6 text='x = 0b'"},
    {"x = 0b1_\n", "SyntaxError: invalid binary literal @1:8-1:8 text='x = 0b1_'"},
    {"x = 012\n",
     "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix "
     "for octal integers @1:5-1:6 text='x = 012'"},
    {"x = 00_1\n",
     "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix "
     "for octal integers @1:5-1:8 text='x = 00_1'"},
    {"é = 012\n",  // a byte range, as CPython gives it
     "SyntaxError: leading zeros in decimal integer literals are not permitted; use an 0o prefix "
     "for octal integers @1:6-1:7 text='é = 012'"},
    {"x = 1_\n", "SyntaxError: invalid decimal literal @1:6-1:6 text='x = 1_'"},
    {"x = 1__0\n", "SyntaxError: invalid decimal literal @1:6-1:6 text='x = 1__0'"},
    {"x = 0_\n", "SyntaxError: invalid decimal literal @1:6-1:6 text='x = 0_'"},
    {"x = 1e\n", "SyntaxError: invalid decimal literal @1:5-1:5 text='x = 1e'"},
    {"x = 1e+\n", "SyntaxError: invalid decimal literal @1:7-1:7 text='x = 1e+'"},
    {"x = 1.e5x\n", "SyntaxError: invalid decimal literal @1:8-1:8 text='x = 1.e5x'"},
    {"x = 1.__class__\n", "SyntaxError: invalid decimal literal @1:6-1:6 text='x = 1.__class__'"},
    {"x = 1.5j2\n", "SyntaxError: invalid imaginary literal @1:8-1:8 text='x = 1.5j2'"},
    {"x = 1andy\n", "SyntaxError: invalid decimal literal @1:5-1:5 text='x = 1andy'"},
    {"x = 9€\n", "SyntaxError: invalid character '€' (U+20AC) @1:6-1:6 text='x = 9€'"},
    // Names and stray characters.
    {"x = €\n", "SyntaxError: invalid character '€' (U+20AC) @1:5-1:5 text='x = €'"},
    {"x€ = 1\n", "SyntaxError: invalid character '€' (U+20AC) @1:2-1:2 text='x€ = 1'"},
    {"·a = 1\n", "SyntaxError: invalid character '·' (U+00B7) @1:1-1:1 text='·a = 1'"},
    {"x = ab\U0001F600cd\n",
     "SyntaxError: invalid character '\U0001F600' (U+1F600) @1:7-1:7 text='x = ab\U0001F600cd'"},
    {"x = a\u00a0b\n",
     "SyntaxError: invalid non-printable character U+00A0 @1:6-1:6 text='x = a\u00a0b'"},
    {"x = a\u200bb\n",
     "SyntaxError: invalid non-printable character U+200B @1:6-1:6 text='x = a\u200bb'"},
    {"x = \x01\n", "SyntaxError: invalid non-printable character U+0001 @1:5-1:5 text='x = \x01'"},
    {"x = \x7f\n", "SyntaxError: invalid non-printable character U+007F @1:5-1:5 text='x = \x7f'"},
    {"x = 1\x0b\n",
     "SyntaxError: invalid non-printable character U+000B @1:6-1:6 text='x = 1\x0b'"},
    {"# coding: utf8\n\xef\xbb\xbfx=1\n",
     "SyntaxError: invalid non-printable character U+FEFF @2:1-2:1 text='\xef\xbb\xbfx=1'"},
    // Strings.
    {"x = \"abc\n",
     "SyntaxError: unterminated string literal (detected at line 1) @1:5-1:5 text='x = \"abc'"},
    {"é = 'abc\n",
     "SyntaxError: unterminated string literal (detected at line 1) @1:5-1:5 text='é = 'abc'"},
    {"x = 'abc\\\ndef\n",
     "SyntaxError: unterminated string literal (detected at line 2) @1:5-1:5 text='x = 'abc\\'"},
    {"x = b\"abc",
     "SyntaxError: unterminated string literal (detected at line 1) @1:5-1:5 text='x = b\"abc'"},
    {"x = \"\"\"abc\n\ndef\n",
     "SyntaxError: unterminated triple-quoted string literal (detected at line 3) @1:5-1:5 "
     "text='x = \"\"\"abc'"},
    {"x = 1\nyy = f'''abc\n\ndef",
     "SyntaxError: unterminated triple-quoted string literal (detected at line 4) @2:6-2:6 "
     "text='yy = f'''abc'"},
    // Brackets.
    {"x = )\n", "SyntaxError: unmatched ')' @1:5-1:5 text='x = )'"},
    {"}\n", "SyntaxError: unmatched '}' @1:1-1:1 text='}'"},
    {"x = (]\n",
     "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' @1:6-1:6 "
     "text='x = (]'"},
    {"x = (\n\n]\n",
     "SyntaxError: closing parenthesis ']' does not match opening parenthesis '(' on line 1 "
     "@3:1-3:1 text=']'"},
    {"x = (1,\n\n# c\n", "SyntaxError: '(' was never closed @1:5-1:0 text='x = (1,\n'"},
    {"def f():\n    x = [\n", "SyntaxError: '[' was never closed @2:9-2:0 text='    x = [\n'"},
    {"é = (1 + \\\n",  // byte column: no encoding declared
     "SyntaxError: '(' was never closed @1:6-1:0 text='é = (1 + \\\n'"},
    {"\xef\xbb\xbf\xc3\xa9 = (1,\n",  // with a BOM: characters, and the BOM in the text
     "SyntaxError: '(' was never closed @1:3-1:0 text='\xef\xbb\xbf\xc3\xa9 = (1,\n'"},
    // Indentation.
    {"if x:\n    a\n  b\n",
     "IndentationError: unindent does not match any outer indentation level @3:4-3:-1 "
     "text='  b\n'"},
    {"if x:\n    a\n  éé\n",
     "IndentationError: unindent does not match any outer indentation level @3:7-3:-1 "
     "text='  éé\n'"},
    {"if x:\n\ta\n        b\n",
     "TabError: inconsistent use of tabs and spaces in indentation @3:1-3:0 text='        b\n'"},
    {"if x:\n        a\n\tb\n",
     "TabError: inconsistent use of tabs and spaces in indentation @3:1-3:0 text='\tb\n'"},
    // Line continuation.
    {"x = 1 \\ y\n",
     "SyntaxError: unexpected character after line continuation character @1:8-1:0 "
     "text='x = 1 \\ y\n'"},
    {"x = 1 + \\\n  2 \\ y\n",  // counted from the first line of the statement
     "SyntaxError: unexpected character after line continuation character @2:16-2:0 "
     "text='  2 \\ y\n'"},
    {"x = 1 + \\\n", "SyntaxError: unexpected EOF while parsing @1:10-1:-1 text='x = 1 + \\\n'"},
    {"x = 1 + \\", "SyntaxError: unexpected EOF while parsing @1:10-1:-1 text='x = 1 + \\'"},
    {"if x:\n  \\\n", "SyntaxError: unexpected EOF while parsing @2:0-2:-1 text='  \\\n'"},
    // NUL bytes: reported on their line, when it is reached.
    {"x = (\ny = 1\0 + 2\n"sv,
     "SyntaxError: source code cannot contain null bytes @2:0-2:0 text='y = 1'"},
    {"\"\"\"abc\n\0\n"sv, "SyntaxError: source code cannot contain null bytes @2:0-2:0 text=''"},
    // Invalid UTF-8 where an encoding is declared: the name cannot be decoded.
    {"\xef\xbb\xbfx = a\xe2\x82"
     "b\n",
     "SyntaxError: (unicode error) 'utf-8' codec can't decode bytes in position 1-2: invalid "
     "continuation byte @1:6-1:-1 text='\xef\xbb\xbfx = a\xef\xbf\xbd"
     "b\n'"},
    {"# coding: utf-8\nx = a\xe2\x82\n",
     "SyntaxError: (unicode error) 'utf-8' codec can't decode bytes in position 1-2: unexpected "
     "end of data @2:6-2:-1 text='x = a\xef\xbf\xbd\n'"},
};

INSTANTIATE_TEST_SUITE_P(CPython, LexerErrors, ::testing::ValuesIn(kErrorCases));

TEST(LexerErrorsMore, TooManyNestedParentheses) {
  std::string src = "x = (" + std::string(250, '[') + "\n";
  std::string want = "SyntaxError: too many nested parentheses @1:205-1:205 text='x = (" +
                     std::string(250, '[') + "'";
  EXPECT_EQ(lex_error(src), want);
  // 200 levels are fine.
  EXPECT_EQ(lex_error("x = (" + std::string(199, '[') + std::string(199, ']') + ")\n"), "");
}

TEST(LexerErrorsMore, TooManyLevelsOfIndentation) {
  std::string src;
  for (int i = 0; i < 100; ++i) src += std::string(static_cast<size_t>(i), ' ') + "if x:\n";
  EXPECT_EQ(lex_error(src), "");  // 99 levels
  src += std::string(100, ' ') + "y\n";
  // The line that would open the 100th level is refused.
  EXPECT_EQ(lex_error(src), "IndentationError: too many levels of indentation @101:1-101:0 text='" +
                                std::string(100, ' ') + "y\n'");
}

TEST(LexerErrorsMore, NonUtf8IsReportedWhenItsLineIsReached) {
  // No location; the line number is in the message.
  EXPECT_EQ(
      lex_error("x = 1\n# \xff\n"),
      "SyntaxError: Non-UTF-8 code starting with '\\xff' in file t.py on line 2, but no "
      "encoding declared; see https://peps.python.org/pep-0263/ for details @0:0-0:0 text=''");
  // An earlier tokenizer error wins.
  EXPECT_EQ(lex_error("x = )\n\xff\n"), "SyntaxError: unmatched ')' @1:5-1:5 text='x = )'");
  // Inside a string, the reader's error wins.
  EXPECT_EQ(lex_error("x = '''\n\xed\xa0\x80\n'''\n").substr(0, 48),
            "SyntaxError: Non-UTF-8 code starting with '\\xed'");
}

TEST(LexerErrorsMore, ErrorsRaisedByTheTokenizer) {
  SourceText src = decoded("x = 1 \\ y\n");
  Lexer lexer(src);
  Token t;
  while (lexer.next(t)) {
  }
  EXPECT_FALSE(lexer.error_raised_by_tokenizer());
  SourceText src2 = decoded("x = 0b2\n");
  Lexer lexer2(src2);
  while (lexer2.next(t)) {
  }
  EXPECT_TRUE(lexer2.error_raised_by_tokenizer());
  EXPECT_FALSE(lexer2.next(t));  // stays failed
}

// ---- decoding ------------------------------------------------------------------

std::string decode_error(std::string_view bytes, SourceOrigin origin = SourceOrigin::File) {
  SourceText src;
  SyntaxErrorInfo err;
  if (decode_source(bytes, "t.py", src, err, origin)) return "";
  return describe(err) + " file='" + err.filename + "'";
}

TEST(DecodeSource, Utf8ByDefault) {
  SourceText src = decoded("x = 'é'\r\n");
  EXPECT_EQ(src.utf8, "x = 'é'\n");
  EXPECT_EQ(src.encoding, "utf-8");
  EXPECT_FALSE(src.encoding_declared);
  EXPECT_EQ(src.filename, "t.py");
}

TEST(DecodeSource, Bom) {
  SourceText src = decoded("\xef\xbb\xbfx = 1\n");
  EXPECT_EQ(src.utf8, "x = 1\n");
  EXPECT_TRUE(src.bom);
  EXPECT_TRUE(src.encoding_declared);
  EXPECT_EQ(decoded("\xef\xbb\xbf# coding: utf-8\nx = 1\n").encoding, "utf-8");
}

TEST(DecodeSource, CookiesAndNormalizedNames) {
  SourceText a = decoded("# -*- coding: latin-1 -*-\nx = '\xe9'\n");
  EXPECT_EQ(a.encoding, "iso-8859-1");
  EXPECT_EQ(a.utf8, "# -*- coding: latin-1 -*-\nx = '\xc3\xa9'\n");
  EXPECT_EQ(decoded("#!/usr/bin/python\n# vim: set fileencoding=koi8-r :\nx = '\xc1'\n").utf8,
            "#!/usr/bin/python\n# vim: set fileencoding=koi8-r :\nx = '\xd0\xb0'\n");
  EXPECT_EQ(decoded("# coding=UTF_8\n").encoding, "utf-8");
  EXPECT_EQ(decoded("# coding: utf-8-unix\n").encoding, "utf-8");
  EXPECT_EQ(decoded("# coding: ISO_8859_1\n").encoding, "iso-8859-1");
  EXPECT_EQ(decoded("# coding: Latin-1-x\n").encoding, "iso-8859-1");
  EXPECT_EQ(decoded("# coding: utf8\n").encoding, "utf8");  // not normalized, as in CPython
  EXPECT_EQ(decoded("#coding:cp1252\nx = '\x80'\n").utf8, "#coding:cp1252\nx = '\xe2\x82\xac'\n");
  // Only on line 1 or 2, and line 2 only after a blank or comment line.
  EXPECT_EQ(decoded("\n\n# coding: latin-1\n").encoding, "utf-8");
  EXPECT_EQ(decoded("x = 1\n# coding: latin-1\n").encoding, "utf-8");
  EXPECT_EQ(decoded("\n# coding: latin-1\n").encoding, "iso-8859-1");
  EXPECT_EQ(decoded("x = 1  # coding: latin-1\n").encoding, "utf-8");
}

TEST(DecodeSource, FileErrors) {
  EXPECT_EQ(decode_error("# -*- coding: uft-8 -*-\n"),
            "SyntaxError: encoding problem: uft-8 @0:0-0:0 text='' file=''");
  EXPECT_EQ(decode_error("\xef\xbb\xbf#coding: utf8\nprint('x')\n"),
            "SyntaxError: encoding problem: utf8 with BOM @0:0-0:0 text='' file=''");
  EXPECT_EQ(decode_error("\xef\xbb\xbf# coding: latin-1\n"),
            "SyntaxError: encoding problem: iso-8859-1 with BOM @0:0-0:0 text='' file=''");
  EXPECT_EQ(decode_error("# coding: ascii\nx = '\xf6'\n"),
            "SyntaxError: encoding problem: ascii @0:0-0:0 text='' file=''");
  EXPECT_EQ(decode_error("# coding: rot13\n"),
            "SyntaxError: encoding problem: rot13 @0:0-0:0 text='' file=''");
  // Invalid UTF-8 and NUL bytes are the lexer's to report, line by line.
  EXPECT_EQ(decode_error("print(\"b\xf6se\")\n"), "");
  EXPECT_EQ(decode_error("x = 1\0\n"sv), "");
}

TEST(DecodeSource, FarDecodeErrorIsDeferredToItsLine) {
  std::string text = "# coding: ascii\n";
  for (int i = 0; i < 4000; ++i) text += "x = 1\n";
  text += "y = '\xf6'\n";
  SourceText src = decoded(text);
  EXPECT_EQ(src.decode_error_line, 2732);
  EXPECT_EQ(lex_error(text),
            "SyntaxError: (unicode error) 'ascii' codec can't decode byte 0xf6 in position 7622: "
            "ordinal not in range(128) @2731:0-2731:-1 text='x = 1\n'");
}

TEST(DecodeSource, StringErrors) {
  EXPECT_EQ(decode_error("x = 1\0\n"sv, SourceOrigin::String),
            "SyntaxError: source code string cannot contain null bytes @0:0-0:0 text='' file=''");
  EXPECT_EQ(decode_error("# coding: uft-8\n", SourceOrigin::String),
            "SyntaxError: unknown encoding: uft-8 @0:-1-0:0 text='' file='t.py'");
  EXPECT_EQ(decode_error("# coding: hex\n", SourceOrigin::String),
            "SyntaxError: 'hex' is not a text encoding; use codecs.decode() to handle arbitrary "
            "codecs @0:-1-0:0 text='' file='t.py'");
  EXPECT_EQ(decode_error("\xef\xbb\xbf# coding: utf8\n", SourceOrigin::String),
            "SyntaxError: encoding problem: utf8 with BOM @0:-1-0:0 text='' file='t.py'");
  EXPECT_EQ(decode_error("# coding: ascii\nx = \"\xf6\"\n", SourceOrigin::String),
            "SyntaxError: 'ascii' codec can't decode byte 0xf6 in position 21: ordinal not in "
            "range(128) @0:-1-0:0 text='' file='t.py'");
  EXPECT_EQ(decode_error("# coding: utf8\nx=1\n\x81", SourceOrigin::String),
            "SyntaxError: 'utf-8' codec can't decode byte 0x81 in position 19: invalid start byte "
            "@0:-1-0:0 text='' file='t.py'");
  EXPECT_EQ(decode_error("# coding: cp1252\nx=1\n\x81", SourceOrigin::String),
            "SyntaxError: 'charmap' codec can't decode byte 0x81 in position 21: character maps "
            "to <undefined> @0:-1-0:0 text='' file='t.py'");
  // Strings are not checked for UTF-8 up front; a name that is not is an error.
  EXPECT_EQ(lex_error("x = \xf6\n", SourceOrigin::String),
            "SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xf6 in position 0: "
            "invalid start byte @1:5-1:-1 text='x = \xef\xbf\xbd\n'");
}

TEST(DecodeSource, PythonUtf8Errors) {
  std::string msg;
  EXPECT_FALSE(codecs::utf8_decode_error("plain é", msg));
  ASSERT_TRUE(codecs::utf8_decode_error("a\xe2\x82", msg));
  EXPECT_EQ(msg, "'utf-8' codec can't decode bytes in position 1-2: unexpected end of data");
  ASSERT_TRUE(codecs::utf8_decode_error("\xed\xa0\x80", msg));
  EXPECT_EQ(msg, "'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte");
  ASSERT_TRUE(codecs::utf8_decode_error("\xf0\x9f\x98", msg));
  EXPECT_EQ(msg, "'utf-8' codec can't decode bytes in position 0-2: unexpected end of data");
  EXPECT_EQ(codecs::utf8_decode_replace("a\xe2\x82"
                                        "b\xff"),
            "a\xef\xbf\xbd"
            "b\xef\xbf\xbd");
  EXPECT_EQ(codecs::utf8_decode_replace("\xe0\x80\x80"), "\xef\xbf\xbd\xef\xbf\xbd\xef\xbf\xbd");
}

// ---- pathological input ---------------------------------------------------------------

TEST(LexerStress, LongLine) {
  std::string src = "x = " + std::string(10'000'000, 'a') + " + 1\n";
  std::vector<std::string> t = tokens(src);
  ASSERT_EQ(t.size(), 7u);
  EXPECT_EQ(t[4], "NUMBER 1:10000007-1:10000008 '1'");
}

TEST(LexerStress, DeepNesting) {
  std::string src = "x = " + std::string(10000, '(') + std::string(10000, ')') + "\n";
  EXPECT_EQ(lex_error(src).substr(0, 40), "SyntaxError: too many nested parentheses");
}

TEST(LexerStress, NulBytesAndGarbage) {
  EXPECT_EQ(lex_error(std::string(100000, '\0')),
            "SyntaxError: source code cannot contain null bytes @1:0-1:0 text=''");
  std::string garbage;
  uint32_t seed = 12345;
  for (int i = 0; i < 200000; ++i) {
    seed = seed * 1103515245 + 12345;
    garbage += static_cast<char>(seed >> 16);
  }
  for (SourceOrigin origin : {SourceOrigin::File, SourceOrigin::String}) {
    SourceText src;
    SyntaxErrorInfo err;
    if (!decode_source(garbage, "g.py", src, err, origin)) continue;
    Lexer lexer(src);
    Token t;
    int n = 0;
    while (lexer.next(t) && t.kind != TokenKind::ENDMARKER) ++n;
    EXPECT_LT(n, 200000);
  }
}

TEST(LexerStress, ManyLinesAndUnterminatedString) {
  std::string src = "'''";
  for (int i = 0; i < 1'000'000; ++i) src += "a\n";
  EXPECT_EQ(lex_error(src),
            "SyntaxError: unterminated triple-quoted string literal (detected at line 1000000) "
            "@1:1-1:1 text=''''a'");
}

}  // namespace
}  // namespace glasspy
