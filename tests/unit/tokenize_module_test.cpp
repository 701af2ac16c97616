// Unit tests for the `python3 -m tokenize` emulation.  Every expectation was
// produced by CPython 3.11's `python3 -m tokenize` (file or stdin) on the same
// bytes; the differential cases under tests/cases/tokens cover much more.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "lexer/tokenize_module.h"

namespace glasspy {
namespace {

struct Result {
  int status;
  std::string out, err;
};

Result run(std::string_view source, bool from_stdin, std::string_view name) {
  Result r;
  r.status = run_tokenize_module(name, source, from_stdin, r.out, r.err);
  return r;
}

TEST(TokenizeModule, Basic) {
  Result r = run(std::string_view("x = 1\n"
      "", 6), false, "t.py");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out,
      "0,0-0,0:            ENCODING       'utf-8'        \n"
      "1,0-1,1:            NAME           'x'            \n"
      "1,2-1,3:            OP             '='            \n"
      "1,4-1,5:            NUMBER         '1'            \n"
      "1,5-1,6:            NEWLINE        '\\n'           \n"
      "2,0-2,0:            ENDMARKER      ''             \n"
      "");
  EXPECT_EQ(r.err,
      "");
}

TEST(TokenizeModule, CodePointColumns) {
  Result r = run(std::string_view("\xc3""\xa9"" = '\xc3""\xbc""' + \xe5""\x90""\x8d""\n"
      "", 16), false, "t.py");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out,
      "0,0-0,0:            ENCODING       'utf-8'        \n"
      "1,0-1,1:            NAME           '\xc3""\xa9""'            \n"
      "1,2-1,3:            OP             '='            \n"
      "1,4-1,7:            STRING         \"'\xc3""\xbc""'\"          \n"
      "1,8-1,9:            OP             '+'            \n"
      "1,10-1,11:          NAME           '\xe5""\x90""\x8d""'            \n"
      "1,11-1,12:          NEWLINE        '\\n'           \n"
      "2,0-2,0:            ENDMARKER      ''             \n"
      "");
  EXPECT_EQ(r.err,
      "");
}

TEST(TokenizeModule, NumberQuirks) {
  Result r = run(std::string_view("0x 1_ 1if 0777 1e .5j\n"
      "", 22), false, "t.py");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out,
      "0,0-0,0:            ENCODING       'utf-8'        \n"
      "1,0-1,1:            NUMBER         '0'            \n"
      "1,1-1,2:            NAME           'x'            \n"
      "1,3-1,4:            NUMBER         '1'            \n"
      "1,4-1,5:            NAME           '_'            \n"
      "1,6-1,7:            NUMBER         '1'            \n"
      "1,7-1,9:            NAME           'if'           \n"
      "1,10-1,11:          NUMBER         '0'            \n"
      "1,11-1,14:          NUMBER         '777'          \n"
      "1,15-1,16:          NUMBER         '1'            \n"
      "1,16-1,17:          NAME           'e'            \n"
      "1,18-1,21:          NUMBER         '.5j'          \n"
      "1,21-1,22:          NEWLINE        '\\n'           \n"
      "2,0-2,0:            ENDMARKER      ''             \n"
      "");
  EXPECT_EQ(r.err,
      "");
}

TEST(TokenizeModule, ErrorTokensKeepSpaces) {
  Result r = run(std::string_view("x  $ ?\n"
      "", 7), false, "t.py");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out,
      "0,0-0,0:            ENCODING       'utf-8'        \n"
      "1,0-1,1:            NAME           'x'            \n"
      "1,1-1,2:            ERRORTOKEN     ' '            \n"
      "1,2-1,3:            ERRORTOKEN     ' '            \n"
      "1,3-1,4:            ERRORTOKEN     '$'            \n"
      "1,4-1,5:            ERRORTOKEN     ' '            \n"
      "1,5-1,6:            ERRORTOKEN     '?'            \n"
      "1,6-1,7:            NEWLINE        '\\n'           \n"
      "2,0-2,0:            ENDMARKER      ''             \n"
      "");
  EXPECT_EQ(r.err,
      "");
}

TEST(TokenizeModule, NoFinalNewline) {
  Result r = run(std::string_view("if x:\n"
      "    y", 11), false, "t.py");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out,
      "0,0-0,0:            ENCODING       'utf-8'        \n"
      "1,0-1,2:            NAME           'if'           \n"
      "1,3-1,4:            NAME           'x'            \n"
      "1,4-1,5:            OP             ':'            \n"
      "1,5-1,6:            NEWLINE        '\\n'           \n"
      "2,0-2,4:            INDENT         '    '         \n"
      "2,4-2,5:            NAME           'y'            \n"
      "2,5-2,6:            NEWLINE        ''             \n"
      "3,0-3,0:            DEDENT         ''             \n"
      "3,0-3,0:            ENDMARKER      ''             \n"
      "");
  EXPECT_EQ(r.err,
      "");
}

TEST(TokenizeModule, CrLf) {
  Result r = run(std::string_view("x = (1,\x0d""\n"
      " 2)\x0d""\n"
      "", 14), false, "t.py");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out,
      "0,0-0,0:            ENCODING       'utf-8'        \n"
      "1,0-1,1:            NAME           'x'            \n"
      "1,2-1,3:            OP             '='            \n"
      "1,4-1,5:            OP             '('            \n"
      "1,5-1,6:            NUMBER         '1'            \n"
      "1,6-1,7:            OP             ','            \n"
      "1,7-1,9:            NL             '\\r\\n'         \n"
      "2,1-2,2:            NUMBER         '2'            \n"
      "2,2-2,3:            OP             ')'            \n"
      "2,3-2,5:            NEWLINE        '\\r\\n'         \n"
      "3,0-3,0:            ENDMARKER      ''             \n"
      "");
  EXPECT_EQ(r.err,
      "");
}

TEST(TokenizeModule, Latin1Cookie) {
  Result r = run(std::string_view("# coding: latin-1\n"
      "s = '\xe9""'\n"
      "", 26), false, "t.py");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out,
      "0,0-0,0:            ENCODING       'iso-8859-1'   \n"
      "1,0-1,17:           COMMENT        '# coding: latin-1'\n"
      "1,17-1,18:          NL             '\\n'           \n"
      "2,0-2,1:            NAME           's'            \n"
      "2,2-2,3:            OP             '='            \n"
      "2,4-2,7:            STRING         \"'\xc3""\xa9""'\"          \n"
      "2,7-2,8:            NEWLINE        '\\n'           \n"
      "3,0-3,0:            ENDMARKER      ''             \n"
      "");
  EXPECT_EQ(r.err,
      "");
}

TEST(TokenizeModule, BomIsStripped) {
  Result r = run(std::string_view("\xef""\xbb""\xbf""x\n"
      "", 5), false, "t.py");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out,
      "0,0-0,0:            ENCODING       'utf-8'        \n"
      "1,0-1,1:            NAME           'x'            \n"
      "1,1-1,2:            NEWLINE        '\\n'           \n"
      "2,0-2,0:            ENDMARKER      ''             \n"
      "");
  EXPECT_EQ(r.err,
      "");
}

TEST(TokenizeModule, StdinHasNoEncodingToken) {
  Result r = run(std::string_view("x\x0d""\n"
      "y\x0d""z", 6), true, "<stdin>");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out,
      "1,0-1,1:            NAME           'x'            \n"
      "1,1-1,3:            NEWLINE        '\\r\\n'         \n"
      "2,0-2,1:            NAME           'y'            \n"
      "2,1-2,2:            ERRORTOKEN     '\\r'           \n"
      "2,2-2,3:            NAME           'z'            \n"
      "2,3-2,4:            NEWLINE        ''             \n"
      "3,0-3,0:            ENDMARKER      ''             \n"
      "");
  EXPECT_EQ(r.err,
      "");
}

TEST(TokenizeModule, StdinStreamsBeforeError) {
  Result r = run(std::string_view("f(\n"
      "", 3), true, "<stdin>");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out,
      "1,0-1,1:            NAME           'f'            \n"
      "1,1-1,2:            OP             '('            \n"
      "1,2-1,3:            NL             '\\n'           \n"
      "");
  EXPECT_EQ(r.err,
      "<stdin>:2:0: error: EOF in multi-line statement\n"
      "");
}

TEST(TokenizeModule, StdinKeepsBom) {
  Result r = run(std::string_view("\xef""\xbb""\xbf""x\n"
      "", 5), true, "<stdin>");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out,
      "1,0-1,1:            ERRORTOKEN     '\\ufeff'       \n"
      "1,1-1,2:            NAME           'x'            \n"
      "1,2-1,3:            NEWLINE        '\\n'           \n"
      "2,0-2,0:            ENDMARKER      ''             \n"
      "");
  EXPECT_EQ(r.err,
      "");
}

TEST(TokenizeModule, StdinSurrogateEscape) {
  Result r = run(std::string_view("s = '\xff""'\n"
      "", 8), true, "<stdin>");
  EXPECT_EQ(r.status, 0);
  EXPECT_EQ(r.out,
      "1,0-1,1:            NAME           's'            \n"
      "1,2-1,3:            OP             '='            \n"
      "1,4-1,7:            STRING         \"'\\udcff'\"     \n"
      "1,7-1,8:            NEWLINE        '\\n'           \n"
      "2,0-2,0:            ENDMARKER      ''             \n"
      "");
  EXPECT_EQ(r.err,
      "");
}

TEST(TokenizeModule, UnindentError) {
  Result r = run(std::string_view("if x:\n"
      "    y\n"
      "  z\n"
      "", 16), false, "t.py");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out,
      "");
  EXPECT_EQ(r.err,
      "t.py:3:2: error: unindent does not match any outer indentation level\n"
      "");
}

TEST(TokenizeModule, EofInString) {
  Result r = run(std::string_view("s = '''\n"
      "", 8), false, "t.py");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out,
      "");
  EXPECT_EQ(r.err,
      "t.py:1:4: error: EOF in multi-line string\n"
      "");
}

TEST(TokenizeModule, EofInStatement) {
  Result r = run(std::string_view("x = [\n"
      "", 6), false, "t.py");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out,
      "");
  EXPECT_EQ(r.err,
      "t.py:2:0: error: EOF in multi-line statement\n"
      "");
}

TEST(TokenizeModule, BomCookieConflict) {
  Result r = run(std::string_view("\xef""\xbb""\xbf""# coding: latin-1\n"
      "", 21), false, "it's.py");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out,
      "");
  EXPECT_EQ(r.err,
      "it's.py: error: encoding problem for \"it's.py\": utf-8\n"
      "");
}

TEST(TokenizeModule, UnknownEncoding) {
  Result r = run(std::string_view("# coding: nope\n"
      "", 15), false, "t.py");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out,
      "");
  EXPECT_EQ(r.err,
      "t.py: error: unknown encoding for 't.py': nope\n"
      "");
}

TEST(TokenizeModule, InvalidUtf8OnFirstLine) {
  Result r = run(std::string_view("\xff""\n"
      "", 2), false, "t.py");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out,
      "");
  EXPECT_EQ(r.err,
      "t.py: error: invalid or missing encoding declaration for 't.py'\n"
      "");
}

// A decoding error past the coding-declaration lines escapes tokenize.main()
// as an uncaught exception: a traceback whose last line names it.
TEST(TokenizeModule, InvalidUtf8LaterIsATraceback) {
  Result r = run("x = 1\ny = '\xe9t\xe9'\n", false, "t.py");
  EXPECT_EQ(r.status, 1);
  EXPECT_EQ(r.out, "");
  const std::string msg = "'utf-8' codec can't decode byte 0xe9 in position 5: invalid continuation byte";
  EXPECT_EQ(r.err.rfind("unexpected error: " + msg + "\nTraceback (most recent call last):\n", 0), 0u);
  EXPECT_TRUE(r.err.ends_with("\nUnicodeDecodeError: " + msg + "\n"));
}

TEST(TokenizeModule, OutputIsAppended) {
  std::string out = "keep\n", err = "keep\n";
  EXPECT_EQ(run_tokenize_module("t.py", "", false, out, err), 0);
  EXPECT_EQ(out,
            "keep\n"
            "0,0-0,0:            ENCODING       'utf-8'        \n"
            "1,0-1,0:            ENDMARKER      ''             \n");
  EXPECT_EQ(err, "keep\n");
}

}  // namespace
}  // namespace glasspy
