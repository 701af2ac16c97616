// The generic protocols (abstract.h), the call machinery and argument
// parsing (call.h), slices, bytes, and the descriptor/function objects.
#include "objects/builtin_function.h"
#include "objects/bytes.h"
#include "objects/float.h"
#include "objects/list.h"
#include "objects/mappingproxy.h"
#include "objects/slice.h"
#include "objects_test_support.h"

namespace glasspy::testing {
namespace {

using ObjectsProtocols = ObjectsTest;

TEST_F(ObjectsProtocols, TypeErrorsOfProtocols) {
  Object* one = I(1), *two = I(2);
  Object* a = S("a");
  Object* l = list_new(0);
  EXPECT_EQ(object_length(one), -1);
  EXPECT_EQ(take_error(), "TypeError: object of type 'int' has no len()");
  EXPECT_EQ(R(get_item(one, one)), "!TypeError: 'int' object is not subscriptable");
  EXPECT_EQ(R(get_iter(one)), "!TypeError: 'int' object is not iterable");
  EXPECT_EQ(sequence_contains(two, one), -1);
  EXPECT_EQ(take_error(), "TypeError: argument of type 'int' is not iterable");
  EXPECT_EQ(object_isinstance(one, one), -1);
  EXPECT_EQ(take_error(), "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
  EXPECT_EQ(object_issubclass(one, &IntType), -1);
  EXPECT_EQ(take_error(), "TypeError: issubclass() arg 1 must be a class");
  EXPECT_EQ(object_issubclass(&IntType, one), -1);
  EXPECT_EQ(take_error(), "TypeError: issubclass() arg 2 must be a class, a tuple of classes, or a union");
  EXPECT_EQ(R(number_absolute(a)), "!TypeError: bad operand type for abs(): 'str'");
  EXPECT_EQ(R(number_negative(a)), "!TypeError: bad operand type for unary -: 'str'");
  Object* f = float_from_double(1.5);
  EXPECT_EQ(R(number_invert(f)), "!TypeError: bad operand type for unary ~: 'float'");
  EXPECT_EQ(R(number_positive(l)), "!TypeError: bad operand type for unary +: 'list'");
  EXPECT_EQ(R(call_no_args(a)), "!TypeError: 'str' object is not callable");
  EXPECT_EQ(R(number_multiply(l, f)), "!TypeError: can't multiply sequence by non-int of type 'float'");
  EXPECT_EQ(R(number_power(one, two, a)),
            "!TypeError: unsupported operand type(s) for ** or pow(): 'int', 'int', 'str'");
  EXPECT_EQ(R(number_inplace_subtract(a, one)), "!TypeError: unsupported operand type(s) for -=: 'str' and 'int'");
  EXPECT_EQ(set_item(one, one, one), -1);
  EXPECT_EQ(take_error(), "TypeError: 'int' object does not support item assignment");
  Object* t = tuple_pack({one});
  EXPECT_EQ(del_item(t, one), -1);
  EXPECT_EQ(take_error(), "TypeError: 'tuple' object doesn't support item deletion");
  Object* it = get_iter(l);
  EXPECT_EQ(iter_next(it), nullptr);
  EXPECT_FALSE(error_occurred());
  decref(it);
  Object* classes = tuple_pack({&StrType, &IntType});
  EXPECT_EQ(object_isinstance(one, classes), 1);
  EXPECT_EQ(object_isinstance(True, &IntType), 1);
  decref(classes);
  for (Object* o : {one, two, a, l, f, t}) decref(o);
}

TEST_F(ObjectsProtocols, ArgumentParsingMessages) {
  Object* s = S("a b");
  Object* one = I(1), *two = I(2), *three = I(3);
  EXPECT_EQ(R(callm(s, "split", one, two, three)), "!TypeError: split() takes at most 2 arguments (3 given)");
  Object* x = S("x");
  Object* sep = S("sep");
  Object* kw_x = tuple_pack({x});
  Object* kw_sep = tuple_pack({sep});
  Object* name = str_intern_cstr("split");
  Object* args1[] = {s, one};
  EXPECT_EQ(R(vectorcall_method(name, args1, 1, kw_x)), "!TypeError: 'x' is an invalid keyword argument for split()");
  Object* comma = S(",");
  Object* args2[] = {s, comma, comma};
  EXPECT_EQ(R(vectorcall_method(name, args2, 2, kw_sep)),
            "!TypeError: argument for split() given by name ('sep') and position (1)");
  Object* args3[] = {s, one};
  EXPECT_EQ(R(vectorcall_method(name, args3, 2, nullptr)), "!TypeError: must be str or None, not int");
  decref(name);
  EXPECT_EQ(R(callm(s, "startswith")), "!TypeError: startswith() takes at least 1 argument (0 given)");
  Object* to_bytes = str_intern_cstr("to_bytes");
  Object* big = S("big");
  Object* args4[] = {one, one, big, one};
  EXPECT_EQ(R(vectorcall_method(to_bytes, args4, 4, nullptr)),
            "!TypeError: to_bytes() takes at most 2 positional arguments (3 given)");
  decref(to_bytes);
  Object* l = list_new(0);
  Object* append = str_intern_cstr("append");
  Object* args5[] = {l, one};
  EXPECT_EQ(R(vectorcall_method(append, args5, 1, kw_x)), "!TypeError: list.append() takes no keyword arguments");
  decref(append);
  EXPECT_EQ(check_positional("divmod", 1, 2, 2), false);
  EXPECT_EQ(take_error(), "TypeError: divmod expected 2 arguments, got 1");
  EXPECT_EQ(check_positional("getattr", 1, 2, 3), false);
  EXPECT_EQ(take_error(), "TypeError: getattr expected at least 2 arguments, got 1");
  static const ArgParser pow_parser{"pow", {"base", "exp", "mod"}, 2, 3};
  Object* out[3];
  Object* pargs[] = {one};
  EXPECT_FALSE(parse_args(pow_parser, pargs, 1, nullptr, out));
  EXPECT_EQ(take_error(), "TypeError: pow() missing required argument 'exp' (pos 2)");
  static const ArgParser sum_parser{"sum", {"", "start"}, 1, 2};
  EXPECT_FALSE(parse_args(sum_parser, pargs, 0, nullptr, out));
  EXPECT_EQ(take_error(), "TypeError: sum() takes at least 1 positional argument (0 given)");
  static const ArgParser sort_parser{"sort", {"key", "reverse"}, 0, 0};
  Object* kw3 = tuple_pack({x, sep, big});
  Object* vals[] = {one, one, one};
  EXPECT_FALSE(parse_args(sort_parser, vals, 0, kw3, out));
  EXPECT_EQ(take_error(), "TypeError: sort() takes at most 2 keyword arguments (3 given)");
  for (Object* o : {s, one, two, three, x, sep, kw_x, kw_sep, comma, big, l, kw3}) decref(o);
}

TEST_F(ObjectsProtocols, Slices) {
  Object* one = I(1), *two = I(2), *three = I(3), *ten = I(10), *m1 = I(-1), *five = I(5);
  Object* s = slice_new(one, two, three);
  EXPECT_EQ(repr_of(s), "slice(1, 2, 3)");
  decref(s);
  s = slice_new(one, two, nullptr);
  EXPECT_EQ(R(callm(s, "indices", ten)), "(1, 2, 1)");
  decref(s);
  s = slice_new(nullptr, nullptr, m1);
  EXPECT_EQ(R(callm(s, "indices", five)), "(4, -1, -1)");
  decref(s);
  Object* m100 = I(-100), *hundred = I(100);
  s = slice_new(m100, hundred, two);
  EXPECT_EQ(R(callm(s, "indices", five)), "(0, 5, 2)");
  decref(s);
  Object* zero = I(0);
  s = slice_new(one, two, zero);
  EXPECT_EQ(R(callm(s, "indices", three)), "!ValueError: slice step cannot be zero");
  EXPECT_EQ(object_hash(s), -1);
  EXPECT_EQ(take_error(), "TypeError: unhashable type: 'slice'");
  decref(s);
  Object* a = S("a");
  s = slice_new(a, two, nullptr);
  Object* l = list_new(0);
  EXPECT_EQ(R(get_item(l, s)), "!TypeError: slice indices must be integers or None or have an __index__ method");
  decref(s);
  Object* s1 = slice_new(one, two, nullptr);
  Object* s2 = slice_new(one, two, nullptr);
  EXPECT_EQ(rich_compare_bool(s1, s2, kEQ), 1);
  for (Object* o : {one, two, three, ten, m1, five, m100, hundred, zero, a, l, s1, s2}) decref(o);
}

TEST_F(ObjectsProtocols, Bytes) {
  Object* b = bytes_from_data("abc", 3);
  Object* one = I(1), *three = I(3), *m1 = I(-1), *two = I(2);
  EXPECT_EQ(R(get_item(b, one)), "98");
  Object* rev = slice_new(nullptr, nullptr, m1);
  EXPECT_EQ(R(get_item(b, rev)), "b'cba'");
  decref(rev);
  EXPECT_EQ(R(call_function(&BytesType, three)), "b'\\x00\\x00\\x00'");
  Object* l = list_new(0);
  Object* v256 = I(256);
  list_append(l, v256);
  EXPECT_EQ(R(call_function(&BytesType, l)), "!ValueError: bytes must be in range(0, 256)");
  Object* a = S("a");
  EXPECT_EQ(R(call_function(&BytesType, a)), "!TypeError: string argument without an encoding");
  Object* e_acute = str_from_cstr("\xc3\xa9");
  Object* utf8 = S("utf-8");
  EXPECT_EQ(R(call_function(&BytesType, e_acute, utf8)), "b'\\xc3\\xa9'");
  EXPECT_EQ(R(number_add(b, a)), "!TypeError: can't concat str to bytes");
  Object* colon = S(":");
  Object* ab = bytes_from_data("ab", 2);
  EXPECT_EQ(R(callm(ab, "hex", colon)), "'61:62'");
  Object* hex = S("41 42");
  Object* fromhex = get_attr_cstr(&BytesType, "fromhex");
  EXPECT_EQ(R(call_function(fromhex, hex)), "b'AB'");
  Object* four = S("4");
  EXPECT_EQ(R(call_function(fromhex, four)), "!ValueError: non-hexadecimal number found in fromhex() arg at position 1");
  Object* n98 = I(98);
  EXPECT_EQ(R(callm(b, "find", n98)), "1");
  EXPECT_EQ(sequence_contains(b, v256), -1);
  EXPECT_EQ(take_error(), "ValueError: byte must be in range(0, 256)");
  EXPECT_EQ(R(call_function(&BytesType, m1)), "!ValueError: negative count");
  Object* its = bytes_from_data("it's\x00\xff\\", 7);
  EXPECT_EQ(repr_of(its), "b\"it's\\x00\\xff\\\\\"");
  EXPECT_EQ(rich_compare_bool(ab, b, kLT), 1);
  for (Object* o : {b, one, three, m1, two, l, v256, a, e_acute, utf8, colon, ab, hex, fromhex, four, n98, its}) decref(o);
}

TEST_F(ObjectsProtocols, MappingProxyOfTypeDict) {
  Object* proxy = get_attr_cstr(&IntType, "__dict__");
  ASSERT_NE(proxy, nullptr);
  EXPECT_EQ(repr_of(proxy->type), "<class 'mappingproxy'>");
  Object* key = S("bit_length");
  EXPECT_EQ(R(get_item(proxy, key)), "<method 'bit_length' of 'int' objects>");
  Object* missing = S("x");
  EXPECT_EQ(R(get_item(proxy, missing)), "!KeyError: 'x'");
  EXPECT_EQ(set_item(proxy, missing, missing), -1);
  EXPECT_EQ(take_error(), "TypeError: 'mappingproxy' object does not support item assignment");
  EXPECT_EQ(sequence_contains(proxy, key), 1);
  decref(key);
  decref(missing);
  decref(proxy);
}

TEST_F(ObjectsProtocols, CallRefcountsAreExact) {
  Object* l = list_new(0);
  Object* item = S("item");
  Object* append = get_attr_cstr(l, "append");
  {
    RefcountGuard guard({l, item, append});
    for (int i = 0; i < 5; ++i) {
      Object* r = call_function(append, item);
      decref(r);
    }
    list_set_slice(l, 0, 5, nullptr);
    Object* args = tuple_pack({item});
    for (int i = 0; i < 3; ++i) {
      Object* r = call(append, args, nullptr);
      decref(r);
    }
    decref(args);
    list_set_slice(l, 0, 3, nullptr);
  }
  decref(append);
  decref(item);
  decref(l);
}

}  // namespace
}  // namespace glasspy::testing
