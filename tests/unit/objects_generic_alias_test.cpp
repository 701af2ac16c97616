// types.GenericAlias (list[int]) and types.UnionType (int | None):
// creation through __class_getitem__ and type.__or__, reprs, attribute
// forwarding, equality and hashing, calling, type-variable substitution
// with a TypeVar stand-in, and isinstance/issubclass through unions.
#include "objects/genericalias.h"
#include "objects_test_support.h"

namespace glasspy::testing {
namespace {

using ObjectsGenericAlias = ObjectsTest;

Object* subscript(Object* o, Object* key) { return get_item(o, key); }

TEST_F(ObjectsGenericAlias, ClassGetitemAndRepr) {
  RefcountGuard guard({&ListType, &IntType, &DictType, &StrType});
  Object* li = subscript(&ListType, &IntType);
  ASSERT_NE(li, nullptr) << take_error();
  EXPECT_EQ(repr_of(li), "list[int]");
  EXPECT_EQ(R(get_attr_cstr(li, "__origin__")), "<class 'list'>");
  EXPECT_EQ(R(get_attr_cstr(li, "__args__")), "(<class 'int'>,)");
  EXPECT_EQ(R(get_attr_cstr(li, "__parameters__")), "()");
  EXPECT_EQ(R(get_attr_cstr(li, "__unpacked__")), "False");
  EXPECT_EQ(R(get_attr_cstr(li, "__class__")), "<class 'types.GenericAlias'>");
  // Everything else comes from the origin.
  EXPECT_EQ(R(get_attr_cstr(li, "append")), "<method 'append' of 'list' objects>");
  EXPECT_EQ(R(get_attr_cstr(li, "__copy__")), "!AttributeError: 'types.GenericAlias' object has no attribute '__copy__'");
  Object* key = tuple_pack({&StrType, li});
  Object* d = subscript(&DictType, key);
  EXPECT_EQ(repr_of(d), "dict[str, list[int]]");
  Object* empty = tuple_new(0);
  Object* t0 = subscript(&TupleType, empty);
  EXPECT_EQ(repr_of(t0), "tuple[()]");
  Object* ell = tuple_pack({&IntType, Ellipsis});
  Object* t1 = subscript(&TupleType, ell);
  EXPECT_EQ(repr_of(t1), "tuple[int, ...]");
  Object* ty = subscript(&TypeType, &IntType);
  EXPECT_EQ(repr_of(ty), "type[int]");
  EXPECT_EQ(R(subscript(&StrType, &IntType)), "!TypeError: type 'str' is not subscriptable");
  Object* one = I(1);
  EXPECT_EQ(R(subscript(&ListType, one)), "list[1]");
  EXPECT_EQ(R(subscript(li, &IntType)), "!TypeError: list[int] is not a generic class");
  for (Object* o : {li, key, d, empty, t0, ell, t1, ty, one}) decref(o);
}

TEST_F(ObjectsGenericAlias, EqualityHashCallAndChecks) {
  Object* a = subscript(&ListType, &IntType);
  Object* b = subscript(&ListType, &IntType);
  EXPECT_NE(a, b);
  EXPECT_EQ(rich_compare_bool(a, b, kEQ), 1);
  EXPECT_EQ(rich_compare_bool(a, &ListType, kEQ), 0);
  EXPECT_EQ(object_hash(a), object_hash(b));
  Object* text = S("ab");
  EXPECT_EQ(R(call_function(a, text)), "['a', 'b']");
  Object* l = list_new(0);
  EXPECT_EQ(object_isinstance(l, a), -1);
  EXPECT_EQ(take_error(), "TypeError: isinstance() argument 2 cannot be a parameterized generic");
  Object* bases = tuple_pack({a});
  EXPECT_EQ(R(callm(a, "__mro_entries__", bases)), "(<class 'list'>,)");
  EXPECT_EQ(R(callm(a, "__reduce__")), "(<class 'types.GenericAlias'>, (<class 'list'>, (<class 'int'>,)))");
  Object* direct = call_function(&GenericAliasType, &ListType, &IntType);
  EXPECT_EQ(repr_of(direct), "list[int]");
  EXPECT_EQ(R(call_function(&GenericAliasType, &ListType)), "!TypeError: GenericAlias expected 2 arguments, got 1");
  for (Object* o : {a, b, text, l, bases, direct}) decref(o);
}

TEST_F(ObjectsGenericAlias, StarredTupleIteration) {
  Object* t = subscript(&TupleType, &IntType);
  Object* it = get_iter(t);
  Object* starred = iter_next(it);
  ASSERT_NE(starred, nullptr);
  EXPECT_EQ(repr_of(starred), "*tuple[int]");
  EXPECT_EQ(R(get_attr_cstr(starred, "__typing_unpacked_tuple_args__")), "(<class 'int'>,)");
  EXPECT_EQ(iter_next(it), nullptr);
  EXPECT_FALSE(error_occurred());
  // X[*tuple[int, str]] unpacks into two arguments.
  for (Object* o : {t, it, starred}) decref(o);
}

// A typing.TypeVar stand-in: substitutes whatever it is given.
Object* make_typevar_class() {
  return make_class("T", {}, {{"__typing_subst__", make_function("__typing_subst__", [](Object* const* a, ssize) {
                                 return newref(a[1]);
                               })},
                              {"__repr__", make_function("__repr__", [](Object* const*, ssize) { return S("~T"); })}});
}

TEST_F(ObjectsGenericAlias, Substitution) {
  Object* Tcls = make_typevar_class();
  Object* T = call_no_args(Tcls);
  Object* key = tuple_pack({&StrType, T});
  Object* g = subscript(&DictType, key);
  EXPECT_EQ(repr_of(g), "dict[str, ~T]");
  EXPECT_EQ(R(get_attr_cstr(g, "__parameters__")), "(~T,)");
  EXPECT_EQ(R(subscript(g, &IntType)), "dict[str, int]");
  Object* lg = subscript(&ListType, g);
  EXPECT_EQ(R(get_attr_cstr(lg, "__parameters__")), "(~T,)");
  EXPECT_EQ(R(subscript(lg, &BytesType)), "list[dict[str, bytes]]");
  Object* two = tuple_pack({&IntType, &StrType});
  EXPECT_EQ(R(subscript(g, two)), "!TypeError: Too many arguments for dict[str, ~T]; actual 2, expected 1");
  Object* u = number_or(&IntType, T);
  EXPECT_EQ(R(u), "!TypeError: unsupported operand type(s) for |: 'type' and 'T'");
  for (Object* o : {T, key, g, lg, two}) decref(o);
  destroy_class(Tcls);
}

TEST_F(ObjectsGenericAlias, Unions) {
  Object* u = number_or(&IntType, None);
  ASSERT_NE(u, nullptr) << take_error();
  EXPECT_EQ(repr_of(u), "int | None");
  EXPECT_EQ(R(get_attr_cstr(u, "__args__")), "(<class 'int'>, <class 'NoneType'>)");
  EXPECT_EQ(R(get_attr_cstr(u, "__module__")), "'types'");
  EXPECT_EQ(repr_of(u->type), "<class 'types.UnionType'>");
  EXPECT_EQ(R(number_or(&IntType, &IntType)), "<class 'int'>");
  Object* is = number_or(&IntType, &StrType);
  Object* si = number_or(&StrType, &IntType);
  EXPECT_EQ(rich_compare_bool(is, si, kEQ), 1);
  EXPECT_EQ(object_hash(is), object_hash(si));
  Object* three = number_or(is, si);  // flattened and deduplicated
  EXPECT_EQ(repr_of(three), "int | str");
  Object* li = subscript(&ListType, &IntType);
  Object* with_alias = number_or(li, None);
  EXPECT_EQ(repr_of(with_alias), "list[int] | None");
  Object* one = I(1);
  EXPECT_EQ(R(number_or(&IntType, one)), "!TypeError: unsupported operand type(s) for |: 'type' and 'int'");
  Object* five = I(5);
  EXPECT_EQ(object_isinstance(five, is), 1);
  EXPECT_EQ(object_isinstance(None, u), 1);
  EXPECT_EQ(object_issubclass(&BoolType, is), 1);
  EXPECT_EQ(object_issubclass(five, is), -1);
  EXPECT_EQ(take_error(), "TypeError: issubclass() arg 1 must be a class");
  // isinstance stops at the first match, before a parameterized generic.
  Object* mixed = number_or(&IntType, li);
  EXPECT_EQ(object_isinstance(five, mixed), 1);
  Object* s = S("s");
  EXPECT_EQ(object_isinstance(s, mixed), -1);
  EXPECT_EQ(take_error(), "TypeError: isinstance() argument 2 cannot be a parameterized generic");
  EXPECT_EQ(R(subscript(is, &IntType)), "!TypeError: int | str is not a generic class");
  EXPECT_EQ(R(call_no_args(u->type)), "!TypeError: cannot create 'types.UnionType' instances");
  for (Object* o : {u, is, si, three, li, with_alias, one, five, mixed, s}) decref(o);
}

}  // namespace
}  // namespace glasspy::testing
