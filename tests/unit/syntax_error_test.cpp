// The SyntaxError report, against what CPython 3.11 printed for the same
// SyntaxError attributes (msg, lineno, offset, end_lineno, end_offset, text).
#include "util/syntax_error.h"

#include <gtest/gtest.h>

using glasspy::format_syntax_error;
using glasspy::SyntaxErrorInfo;
using glasspy::SyntaxErrorKind;

namespace {

SyntaxErrorInfo make(SyntaxErrorKind kind, const char* msg, int lineno, int offset, int end_lineno,
                     int end_offset, const char* text) {
  SyntaxErrorInfo e;
  e.kind = kind;
  e.msg = msg;
  e.filename = "x.py";
  e.lineno = lineno;
  e.offset = offset;
  e.end_lineno = end_lineno;
  e.end_offset = end_offset;
  e.text = text;
  return e;
}

}  // namespace

TEST(SyntaxErrorReport, CaretCountsCharactersNotBytes) {
  auto e = make(SyntaxErrorKind::SyntaxError, "unmatched ')'", 1, 11, 1, 11, "x = \"\xc3\xa9\" + ) ");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"x.py\", line 1\n"
            "    x = \"\xc3\xa9\" + ) \n"
            "              ^\n"
            "SyntaxError: unmatched ')'\n");
}

TEST(SyntaxErrorReport, LeadingBlanksAreStrippedAndCaretFollows) {
  auto e = make(SyntaxErrorKind::SyntaxError, "'(' was never closed", 2, 7, 2, 0, "  x = (1,\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"x.py\", line 2\n"
            "    x = (1,\n"
            "        ^\n"
            "SyntaxError: '(' was never closed\n");
}

TEST(SyntaxErrorReport, CaretLeftOfTextIsOmitted) {
  auto e = make(SyntaxErrorKind::TabError, "inconsistent use of tabs and spaces in indentation", 3, 1, 3,
                0, "        y = 2\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"x.py\", line 3\n"
            "    y = 2\n"
            "TabError: inconsistent use of tabs and spaces in indentation\n");
  auto d = make(SyntaxErrorKind::IndentationError, "unexpected indent", 1, 3, 1, -1, "\t  foo(x y)\n");
  EXPECT_EQ(format_syntax_error(d),
            "  File \"x.py\", line 1\n"
            "    foo(x y)\n"
            "IndentationError: unexpected indent\n");
}

TEST(SyntaxErrorReport, RangeIsUnderlined) {
  auto e = make(SyntaxErrorKind::SyntaxError, "Generator expression must be parenthesized", 1, 3, 1, 15,
                "f(a for a in b, c)\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"x.py\", line 1\n"
            "    f(a for a in b, c)\n"
            "      ^^^^^^^^^^^^\n"
            "SyntaxError: Generator expression must be parenthesized\n");
}

TEST(SyntaxErrorReport, TextWithoutNewlineGetsOne) {
  auto e = make(SyntaxErrorKind::SyntaxError,
                "unterminated triple-quoted string literal (detected at line 2)", 1, 5, 1, 5,
                "s = \"\"\"abc");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"x.py\", line 1\n"
            "    s = \"\"\"abc\n"
            "        ^\n"
            "SyntaxError: unterminated triple-quoted string literal (detected at line 2)\n");
}

TEST(SyntaxErrorReport, NoLocationPrintsOnlyTheMessage) {
  SyntaxErrorInfo e;
  e.msg = "encoding problem: uft-8";
  EXPECT_EQ(format_syntax_error(e), "SyntaxError: encoding problem: uft-8\n");
}

TEST(SyntaxErrorReport, OffsetIsClippedToTheLineLengthInBytes) {
  // x = 'éé\x' : CPython puts the caret after the line, measured in bytes.
  auto e = make(SyntaxErrorKind::SyntaxError,
                "(unicode error) 'unicodeescape' codec can't decode bytes in position 20-21: "
                "truncated \\xXX escape",
                1, 13, 1, 13, "x = '\xc3\xa9\xc3\xa9\\x'\n");
  EXPECT_EQ(format_syntax_error(e),
            "  File \"x.py\", line 1\n"
            "    x = '\xc3\xa9\xc3\xa9\\x'\n"
            "                ^\n"
            "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position "
            "20-21: truncated \\xXX escape\n");
}

TEST(SyntaxErrorReport, NoneTextShowsNoLineButEmptyTextShowsABlankOne) {
  // `python3 -c 'return 1'`: the compiler cannot re-read "<string>", text is None.
  auto none = make(SyntaxErrorKind::SyntaxError, "'return' outside function", 1, 1, 1, 9, "");
  none.filename = "<string>";
  none.has_text = false;
  EXPECT_EQ(format_syntax_error(none),
            "  File \"<string>\", line 1\n"
            "SyntaxError: 'return' outside function\n");
  // A file of NUL bytes: the line is there but empty up to the first NUL.
  auto empty = make(SyntaxErrorKind::SyntaxError, "source code cannot contain null bytes", 1, 0, 1, 0,
                    "");
  EXPECT_EQ(format_syntax_error(empty),
            "  File \"x.py\", line 1\n"
            "    \n"
            "SyntaxError: source code cannot contain null bytes\n");
}
