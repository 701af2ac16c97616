// Unit tests for py_repr_str / py_repr_bytes.  Expected values are CPython
// 3.11's repr() of the same objects.
#include "util/py_repr.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace glasspy {
namespace {

TEST(PyRepr, Str) {
  EXPECT_EQ(py_repr_str(std::string_view("", 0)), "''");
  EXPECT_EQ(py_repr_str(std::string_view("abc", 3)), "'abc'");
  EXPECT_EQ(py_repr_str(std::string_view("it's", 4)), "\"it's\"");
  EXPECT_EQ(py_repr_str(std::string_view("say \"hi\"", 8)), "'say \"hi\"'");
  EXPECT_EQ(py_repr_str(std::string_view("both ' and \"", 12)), "'both \\' and \"'");
  EXPECT_EQ(py_repr_str(std::string_view("\\", 1)), "'\\\\'");
  EXPECT_EQ(py_repr_str(std::string_view("\x09""\x0a""\x0d""", 3)), "'\\t\\n\\r'");
  EXPECT_EQ(py_repr_str(std::string_view("\x00""\x1f""\x7f""", 3)), "'\\x00\\x1f\\x7f'");
  EXPECT_EQ(py_repr_str(std::string_view("\xc2""\x80""\xc2""\x9f""\xc2""\xa0""\xc2""\xad""\xc3""\xbf""", 10)), "'\\x80\\x9f\\xa0\\xad\xc3""\xbf""'");
  EXPECT_EQ(py_repr_str(std::string_view("caf\xc3""\xa9""", 5)), "'caf\xc3""\xa9""'");
  EXPECT_EQ(py_repr_str(std::string_view("\xe2""\x80""\x8b""", 3)), "'\\u200b'");
  EXPECT_EQ(py_repr_str(std::string_view("\xe2""\x80""\xa8""\xe2""\x80""\xa9""", 6)), "'\\u2028\\u2029'");
  EXPECT_EQ(py_repr_str(std::string_view("\xe3""\x80""\x80""", 3)), "'\\u3000'");
  EXPECT_EQ(py_repr_str(std::string_view("\xf0""\x9f""\x98""\x80""", 4)), "'\xf0""\x9f""\x98""\x80""'");
  EXPECT_EQ(py_repr_str(std::string_view("\xf3""\xa0""\x80""\x81""", 4)), "'\\U000e0001'");
  EXPECT_EQ(py_repr_str(std::string_view("\xf4""\x8f""\xbf""\xbf""", 4)), "'\\U0010ffff'");
  EXPECT_EQ(py_repr_str(std::string_view("\xef""\xbb""\xbf""", 3)), "'\\ufeff'");
  EXPECT_EQ(py_repr_str(std::string_view("\xed""\x9f""\xbf""\xee""\x80""\x80""", 6)), "'\\ud7ff\\ue000'");
  EXPECT_EQ(py_repr_str(std::string_view("\xed""\xb2""\x80""", 3)), "'\\udc80'");
  EXPECT_EQ(py_repr_str(std::string_view("\xed""\xa0""\x80""x", 4)), "'\\ud800x'");
  EXPECT_EQ(py_repr_str(std::string_view("\xc2""\xa0"" \xe1""\x9a""\x80""", 6)), "'\\xa0 \\u1680'");
  EXPECT_EQ(py_repr_str(std::string_view("\xcd""\xb8""", 2)), "'\\u0378'");
  EXPECT_EQ(py_repr_str(std::string_view("\xf3""\xb0""\x80""\x80""", 4)), "'\\U000f0000'");
}

TEST(PyRepr, Bytes) {
  EXPECT_EQ(py_repr_bytes(std::string_view("", 0)), "b''");
  EXPECT_EQ(py_repr_bytes(std::string_view("abc", 3)), "b'abc'");
  EXPECT_EQ(py_repr_bytes(std::string_view("it's", 4)), "b\"it's\"");
  EXPECT_EQ(py_repr_bytes(std::string_view("both ' and \"", 12)), "b'both \\' and \"'");
  EXPECT_EQ(py_repr_bytes(std::string_view("\\", 1)), "b'\\\\'");
  EXPECT_EQ(py_repr_bytes(std::string_view("\x09""\x0a""\x0d""", 3)), "b'\\t\\n\\r'");
  EXPECT_EQ(py_repr_bytes(std::string_view("\x00""\x1f""\x7f""\x80""\xff""", 5)), "b'\\x00\\x1f\\x7f\\x80\\xff'");
  EXPECT_EQ(py_repr_bytes(std::string_view("caf\xc3""\xa9""", 5)), "b'caf\\xc3\\xa9'");
  EXPECT_EQ(py_repr_bytes(std::string_view("\"", 1)), "b'\"'");
  EXPECT_EQ(py_repr_bytes(std::string_view("'\"", 2)), "b'\\'\"'");
}

// Bytes that are not UTF-8 at all show as the surrogates 'surrogateescape'
// decoding would have produced for them.
TEST(PyRepr, MalformedUtf8) {
  EXPECT_EQ(py_repr_str("a\xff"), "'a\\udcff'");
  EXPECT_EQ(py_repr_str("\xe2\x82"), "'\\udce2\\udc82'");
}

TEST(PyRepr, AppendForms) {
  std::string out = "x=";
  append_py_repr_str(out, "it's");
  out += ' ';
  append_py_repr_bytes(out, "\x01");
  EXPECT_EQ(out, "x=\"it's\" b'\\x01'");
}

TEST(PyRepr, LongAsciiRun) {
  std::string s(10000, 'a');
  s[5000] = '\n';
  std::string r = py_repr_str(s);
  EXPECT_EQ(r.size(), 10000u + 1 + 2);
  EXPECT_EQ(r.substr(5000, 4), "a\\na");
}

}  // namespace
}  // namespace glasspy
