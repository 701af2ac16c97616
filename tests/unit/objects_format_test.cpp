// Formatting: the format-spec mini-language (__format__ of int, bool,
// float, complex, str), printf-style str % args, and str.format /
// str.format_map -- thousands of generated cases checked against CPython,
// plus the cases that need objects the generator cannot encode.
#include "objects/complex.h"
#include "objects/float.h"
#include "objects/list.h"
#include "objects_test_support.h"

namespace glasspy::testing {
namespace {

#include "objects_format_test_cases.inc"

using ObjectsFormat = ObjectsTest;

TEST_F(ObjectsFormat, FormatSpecsMatchCPython) {
  for (const SpecCase& c : kSpecCases) {
    Object* v = decode_test_value(c.value);
    Object* spec = str_from_utf8(c.spec);
    EXPECT_EQ(R(object_format(v, spec)), c.expected) << "format(" << repr_of(v) << ", " << repr_of(spec) << ")";
    decref(v);
    decref(spec);
  }
}

TEST_F(ObjectsFormat, PercentFormattingMatchesCPython) {
  for (const PercentCase& c : kPercentCases) {
    Object* format = str_from_utf8(c.format);
    Object* args = decode_test_value(c.args);
    EXPECT_EQ(R(number_remainder(format, args)), c.expected) << repr_of(format) << " % " << repr_of(args);
    decref(format);
    decref(args);
  }
}

TEST_F(ObjectsFormat, StrFormatMatchesCPython) {
  for (const TemplateCase& c : kTemplateCases) {
    Object* format = str_from_utf8(c.format);
    Object* args = decode_test_value(c.args);
    Object* kwargs = decode_test_value(c.kwargs);
    Object* result;
    if (c.map) {
      result = callm(format, "format_map", kwargs);
    } else {
      Object* method = get_attr_cstr(format, "format");
      result = call(method, args, kwargs);
      decref(method);
    }
    EXPECT_EQ(R(result), c.expected) << repr_of(format) << ".format(*" << repr_of(args) << ", **" << repr_of(kwargs)
                                     << ")" << (c.map ? " (format_map)" : "");
    decref(format);
    decref(args);
    decref(kwargs);
  }
}

TEST_F(ObjectsFormat, FloatPrecisionAndLargeValues) {
  struct Case { double value; const char* spec; const char* expected; };
  const Case cases[] = {
      {1.1, ".60f", "'1.100000000000000088817841970012523233890533447265625000000000'"},
      {5e-324, ".30e", "'4.940656458412465441765687928682e-324'"},
      {1e308, ".3g", "'1e+308'"},
      {0.5, ".0f", "'0'"},
      {1.5, ".0f", "'2'"},
      {2.5, ".0f", "'2'"},
      {-0.0, "z.3f", "'0.000'"},
      {-1e-10, "z.2e", "'-1.00e-10'"},
      {123456789.125, "_.2f", "'123_456_789.12'"},
      {1e16, "", "'1e+16'"},
      {1e16, "#", "'1.e+16'"},
      {100.0, ".3", "'1e+02'"},
      {10.0, ".3", "'10.0'"},
  };
  for (const Case& c : cases) {
    Object* v = float_from_double(c.value);
    Object* spec = S(c.spec);
    EXPECT_EQ(R(object_format(v, spec)), c.expected) << c.value << " " << c.spec;
    decref(v);
    decref(spec);
  }
}

TEST_F(ObjectsFormat, HugeIntsAndTheDigitLimit) {
  Object* ten = I(10);
  Object* exponent = I(5000);
  Object* big = number_power(ten, exponent, None);
  decref(ten);
  decref(exponent);
  ASSERT_NE(big, nullptr) << take_error();
  Object* x = S("x");
  Object* hex = object_format(big, x);
  ASSERT_NE(hex, nullptr) << take_error();
  EXPECT_EQ(str_length(hex), 4153);
  decref(hex);
  Object* d = S(",");
  EXPECT_EQ(R(object_format(big, d)),
            "!ValueError: Exceeds the limit (4300 digits) for integer string conversion; use "
            "sys.set_int_max_str_digits() to increase the limit");
  Object* pct = S("%d");
  EXPECT_EQ(R(number_remainder(pct, big)),
            "!ValueError: Exceeds the limit (4300 digits) for integer string conversion; use "
            "sys.set_int_max_str_digits() to increase the limit");
  Object* p70 = int_from_text("1180591620717411303424", 10, nullptr);
  Object* grouped = S("_");
  EXPECT_EQ(R(object_format(p70, grouped)), "'1_180_591_620_717_411_303_424'");
  Object* padded = S("030,");
  EXPECT_EQ(R(object_format(p70, padded)), "'01,180,591,620,717,411,303,424'");
  for (Object* o : {big, x, d, pct, p70, grouped, padded}) decref(o);
}

TEST_F(ObjectsFormat, FormatMethodArgumentChecks) {
  Object* one = I(1);
  Object* f = float_from_double(1.0);
  Object* s = S("s");
  Object* c = complex_from_doubles(0, 1);
  for (Object* v : {one, f, s, c}) {
    EXPECT_EQ(R(callm(v, "__format__", one)), "!TypeError: __format__() argument must be str, not int");
  }
  Object* empty = S("");
  EXPECT_EQ(R(callm(True, "__format__", empty)), "'True'");
  Object* d = S("d");
  EXPECT_EQ(R(callm(True, "__format__", d)), "'1'");
  Object* spec = S("5");
  Object* lst = list_new(0);
  EXPECT_EQ(R(object_format(lst, spec)), "!TypeError: unsupported format string passed to list.__format__");
  EXPECT_EQ(R(object_format(lst, empty)), "'[]'");
  EXPECT_EQ(R(callm(s, "__format__")), "!TypeError: str.__format__() takes exactly one argument (0 given)");
  for (Object* o : {one, f, s, c, empty, d, spec, lst}) decref(o);
}

TEST_F(ObjectsFormat, SubclassesFormatThroughTheirStr) {
  // An int subclass with an empty spec formats as str(x), which a class can
  // override; with a spec it formats its value.
  Object* Sub = make_class("MyInt", {&IntType},
                           {{"__str__", make_function("__str__", [](Object* const*, ssize) { return S("custom"); })}});
  ASSERT_NE(Sub, nullptr) << take_error();
  Object* five = I(5);
  Object* x = call_function(Sub, five);
  ASSERT_NE(x, nullptr) << take_error();
  Object* empty = S("");
  Object* spec = S(">3");
  EXPECT_EQ(R(object_format(x, empty)), "'custom'");
  EXPECT_EQ(R(object_format(x, spec)), "'  5'");
  Object* tmpl = S("{}|{!s}|{:d}");
  Object* method = get_attr_cstr(tmpl, "format");
  EXPECT_EQ(R(call_function(method, x, x, x)), "'custom|custom|5'");
  Object* pct = S("%s %d %r");
  Object* args = tuple_pack({x, x, x});
  EXPECT_EQ(R(number_remainder(pct, args)), "'custom 5 5'");
  for (Object* o : {five, x, empty, spec, tmpl, method, pct, args}) decref(o);
  destroy_class(Sub);
}

TEST_F(ObjectsFormat, PercentWithAMappingObject) {
  // Any object with __getitem__ (not a tuple or str) serves '%(key)s'.
  Object* M = make_class("M", {}, {{"__getitem__", make_function("__getitem__", [](Object* const* a, ssize) {
                                       return object_repr(a[1]);
                                     })}});
  ASSERT_NE(M, nullptr) << take_error();
  Object* m = call_no_args(M);
  Object* fmt = S("%(a)s-%(b(c))s");
  EXPECT_EQ(R(number_remainder(fmt, m)), "\"'a'-'b(c)'\"");
  Object* lone = S("%s");
  Object* text = R(number_remainder(lone, m)).rfind("'<__main__.M object at", 0) == 0 ? newref(True) : newref(False);
  EXPECT_EQ(text, True);
  decref(text);
  for (Object* o : {m, fmt, lone}) decref(o);
  destroy_class(M);
}

TEST_F(ObjectsFormat, RecursionLimitAndReferenceCounts) {
  Object* a = S("abc");
  Object* s = S("s");
  Object* e = S("");
  Object* tmpl = S("{0:{1:{2}}}");
  Object* method = get_attr_cstr(tmpl, "format");
  EXPECT_EQ(R(call_function(method, a, s, e)), "!ValueError: Max string recursion exceeded");
  decref(method);
  Object* ok = S("{0:{1}}|{0!r:>{2}}");
  Object* seven = I(7);
  {
    RefcountGuard guard({a, s, seven, ok});
    Object* m = get_attr_cstr(ok, "format");
    EXPECT_EQ(R(call_function(m, a, s, seven)), "\"abc|  'abc'\"");
    decref(m);
    Object* pct = S("%s|%5r|%(x)s");
    Object* args = tuple_pack({a, s});
    EXPECT_EQ(R(number_remainder(pct, args)), "!TypeError: format requires a mapping");
    decref(args);
    decref(pct);
  }
  for (Object* o : {a, s, e, tmpl, ok, seven}) decref(o);
}

}  // namespace
}  // namespace glasspy::testing
