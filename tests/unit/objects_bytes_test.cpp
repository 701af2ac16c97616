// bytes: every method on a range of receivers and bytes % args, generated
// and checked against CPython, plus identity (`is`) of results that CPython
// returns unchanged, subclasses and reference counts.
#include "objects/bytes.h"
#include "objects_test_support.h"

#include <cstring>

namespace glasspy::testing {
namespace {

#include "objects_bytes_test_cases.inc"

using ObjectsBytes = ObjectsTest;

Object* B(const char* s) { return bytes_from_data(s, static_cast<ssize>(std::strlen(s))); }

TEST_F(ObjectsBytes, MethodsMatchCPython) {
  for (const BytesCase& c : kBytesCases) {
    Object* self = decode_test_value(c.receiver);
    Object* args = decode_test_value(c.args);
    Object* method = get_attr_cstr(self, c.method);
    ASSERT_NE(method, nullptr) << c.method << ": " << take_error();
    EXPECT_EQ(R(call(method, args, nullptr)), c.expected) << repr_of(self) << "." << c.method << repr_of(args);
    for (Object* o : {self, args, method}) decref(o);
  }
}

TEST_F(ObjectsBytes, PercentFormattingMatchesCPython) {
  for (const BytesPercentCase& c : kBytesPercentCases) {
    Object* format = decode_test_value(c.format);
    Object* args = decode_test_value(c.args);
    EXPECT_EQ(R(number_remainder(format, args)), c.expected) << repr_of(format) << " % " << repr_of(args);
    decref(format);
    decref(args);
  }
}

TEST_F(ObjectsBytes, UnchangedResultsAreTheObjectItself) {
  Object* b = B("abc");
  Object* comma = B(",");
  Object* z = B("z");
  Object* zero = I(0);
  Object* two = I(2);
  for (const char* m : {"strip", "lstrip", "rstrip", "__bytes__", "expandtabs"}) {
    Object* r = callm(b, m);
    ASSERT_NE(r, nullptr) << take_error();
    if (std::string(m) != "expandtabs") {  // expandtabs always copies
      EXPECT_EQ(r, b) << m;
    }
    decref(r);
  }
  Object* r = callm(b, "replace", z, comma);
  EXPECT_EQ(r, b);
  decref(r);
  r = callm(b, "center", two);
  EXPECT_EQ(r, b);
  decref(r);
  r = callm(b, "split", comma);
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(list_item(r, 0), b);
  decref(r);
  r = callm(b, "split");
  EXPECT_EQ(list_item(r, 0), b);
  decref(r);
  r = callm(b, "splitlines");
  EXPECT_EQ(list_item(r, 0), b);
  decref(r);
  r = callm(b, "partition", z);
  EXPECT_EQ(tuple_item(r, 0), b);
  decref(r);
  Object* none = None;
  r = callm(b, "translate", none);
  EXPECT_EQ(r, b);
  decref(r);
  r = callm(b, "removeprefix", z);
  EXPECT_EQ(r, b);
  decref(r);
  for (Object* o : {b, comma, z, zero, two}) decref(o);
}

TEST_F(ObjectsBytes, SubclassResultsAreExactBytes) {
  Object* Sub = make_class("B", {&BytesType}, {});
  ASSERT_NE(Sub, nullptr) << take_error();
  Object* raw = B("a-b");
  Object* x = call_function(Sub, raw);
  ASSERT_NE(x, nullptr) << take_error();
  Object* r = callm(x, "strip");
  EXPECT_EQ(r->type, &BytesType);
  EXPECT_NE(r, x);
  decref(r);
  r = callm(x, "__bytes__");
  EXPECT_EQ(repr_of(r), "b'a-b'");
  EXPECT_EQ(r->type, &BytesType);
  decref(r);
  // partition hands back the object itself when the separator is missing,
  // and the separator argument itself when it is found.
  Object* q = B("q");
  r = callm(x, "partition", q);
  EXPECT_EQ(tuple_item(r, 0), x);
  decref(r);
  Object* dash_raw = B("-");
  Object* dash = call_function(Sub, dash_raw);
  r = callm(x, "partition", dash);
  EXPECT_EQ(tuple_item(r, 1), dash);
  decref(r);
  for (Object* o : {raw, x, q, dash_raw, dash}) decref(o);
  destroy_class(Sub);
}

TEST_F(ObjectsBytes, PercentUsesDunderBytes) {
  Object* C = make_class("C", {}, {{"__bytes__", make_function("__bytes__", [](Object* const*, ssize) {
                                       return bytes_from_data("BYTES", 5);
                                     })}});
  ASSERT_NE(C, nullptr) << take_error();
  Object* c = call_no_args(C);
  Object* fmt = B("[%s|%-7b]");
  Object* args = tuple_pack({c, c});
  {
    RefcountGuard guard({c, fmt, args});
    EXPECT_EQ(R(number_remainder(fmt, args)), "b'[BYTES|BYTES  ]'");
  }
  Object* s = S("text");
  Object* one = tuple_pack({s});
  Object* lone = B("%s");
  EXPECT_EQ(R(number_remainder(lone, one)),
            "!TypeError: %b requires a bytes-like object, or an object that implements __bytes__, not 'str'");
  for (Object* o : {c, fmt, args, s, one, lone}) decref(o);
  destroy_class(C);
}

}  // namespace
}  // namespace glasspy::testing
