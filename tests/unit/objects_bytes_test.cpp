// bytes and bytearray: every method on a range of receivers and bytes %
// args, generated and checked against CPython (for bytearray also the
// contents and __alloc__() afterwards, which pins the growth policy), plus
// identity (`is`) of results that CPython returns unchanged, subclasses and
// reference counts.
#include "objects/bytearray.h"
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

TEST_F(ObjectsBytes, ByteArrayMethodsMatchCPython) {
  for (const ByteArrayCase& c : kByteArrayCases) {
    Object* raw = decode_test_value(c.receiver);
    Object* self = bytearray_from_data(bytes_data(raw), bytes_size(raw));
    Object* args = decode_test_value(c.args);
    Object* method = get_attr_cstr(self, c.method);
    EXPECT_EQ(method ? R(call(method, args, nullptr)) : R(nullptr), c.expected)
        << repr_of(raw) << "." << c.method << repr_of(args);
    EXPECT_EQ(repr_of(self), c.after) << repr_of(raw) << "." << c.method << repr_of(args);
    EXPECT_EQ(as_bytearray(self)->alloc, c.alloc) << repr_of(raw) << "." << c.method << repr_of(args);
    for (Object* o : {raw, self, args}) decref(o);
    xdecref(method);
  }
}

TEST_F(ObjectsBytes, ByteArrayGrowthMatchesCPython) {
  Object* b = bytearray_from_data("", 0);
  int i = 0;
  for (int expected : kByteArrayAppendAllocs) {
    Object* v = I(i++ % 256);
    Object* r = callm(b, "append", v);
    ASSERT_NE(r, nullptr) << take_error();
    decref(r);
    decref(v);
    EXPECT_EQ(as_bytearray(b)->alloc, expected) << "after " << i << " appends";
  }
  decref(b);
  std::string data;
  for (int k = 0; k < 200; ++k) data.push_back(static_cast<char>(k));
  b = bytearray_from_data(data.data(), 200);
  Object* zero = I(0);
  for (int expected : kByteArrayPopFrontAllocs) {
    ASSERT_EQ(del_item(b, zero), 0) << take_error();
    EXPECT_EQ(as_bytearray(b)->alloc, expected) << "size " << bytearray_size(b);
  }
  decref(zero);
  decref(b);
}

TEST_F(ObjectsBytes, ByteArrayConstruction) {
  Object* five = I(5);
  EXPECT_EQ(R(call_function(&ByteArrayType, five)), "bytearray(b'\\x00\\x00\\x00\\x00\\x00')");
  Object* text = S("ab");
  EXPECT_EQ(R(call_function(&ByteArrayType, text)), "!TypeError: string argument without an encoding");
  Object* ascii = S("ascii");
  EXPECT_EQ(R(call_function(&ByteArrayType, text, ascii)), "bytearray(b'ab')");
  Object* f = float_from_double(1.5);
  EXPECT_EQ(R(call_function(&ByteArrayType, f)), "!TypeError: cannot convert 'float' object to bytearray");
  Object* minus = I(-1);
  EXPECT_EQ(R(call_function(&ByteArrayType, minus)), "!ValueError: negative count");
  Object* big = I(300);
  Object* one = I(1);
  Object* items = list_from_array(std::initializer_list<Object*>{one, big}.begin(), 2);
  EXPECT_EQ(R(call_function(&ByteArrayType, items)), "!ValueError: byte must be in range(0, 256)");
  EXPECT_EQ(R(call_no_args(&ByteArrayType)), "bytearray(b'')");
  Object* b = call_function(&ByteArrayType, text, ascii);
  EXPECT_EQ(object_hash(b), -1);
  EXPECT_EQ(take_error(), "TypeError: unhashable type: 'bytearray'");
  // bytes and bytearray mix: the left operand decides the result's type.
  Object* raw = B("xy");
  EXPECT_EQ(R(number_add(raw, b)), "b'xyab'");
  EXPECT_EQ(R(number_add(b, raw)), "bytearray(b'abxy')");
  EXPECT_EQ(rich_compare_bool(raw, b, kGT), 1);
  Object* ab = B("ab");
  EXPECT_EQ(rich_compare_bool(ab, b, kEQ), 1);
  EXPECT_EQ(R(call_function(&BytesType, b)), "b'ab'");
  for (Object* o : {five, text, ascii, f, minus, big, one, items, b, raw, ab}) decref(o);
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
