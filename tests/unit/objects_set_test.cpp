// set and frozenset: CPython's table (so iteration order matches for the
// same hashes), operations, hashing, errors; and the set operations of dict
// views.  Orders of str sets depend on the hash seed, so order checks use
// ints, whose hashes are fixed.
#include "objects/list.h"
#include "objects/set.h"
#include "objects_test_support.h"

namespace glasspy::testing {
namespace {

using ObjectsSet = ObjectsTest;

Object* int_set(std::initializer_list<int64_t> values) {
  Object* s = set_new(nullptr);
  for (int64_t v : values) {
    Object* o = I(v);
    set_add(s, o);
    decref(o);
  }
  return s;
}

Object* range_list(int64_t start, int64_t stop, int64_t step = 1) {
  Object* l = list_new(0);
  for (int64_t v = start; step > 0 ? v < stop : v > stop; v += step) {
    Object* o = I(v);
    list_append(l, o);
    decref(o);
  }
  return l;
}

TEST_F(ObjectsSet, IterationOrderMatchesCPython) {
  Object* l = list_new(0);
  for (int i = 0; i < 20; ++i) {
    Object* o = I(i * 7);
    list_append(l, o);
    decref(o);
  }
  Object* s = set_new(l);
  EXPECT_EQ(R(sequence_list(s)), "[0, 133, 7, 14, 21, 28, 35, 42, 49, 56, 63, 70, 77, 84, 91, 98, 105, 112, 119, 126]");
  decref(s);
  decref(l);
  Object* big = int_set({-1, -2, -3});
  Object* b62 = int_from_text("4611686018427387904", 10, nullptr);
  Object* b64 = int_from_text("18446744073709551616", 10, nullptr);
  set_add(big, b62);
  set_add(big, b64);
  EXPECT_EQ(R(sequence_list(big)), "[4611686018427387904, 18446744073709551616, -2, -3, -1]");
  decref(b62);
  decref(b64);
  decref(big);
  // Discards leave dummies; a later add reuses them as CPython does.
  Object* r = range_list(0, 100);
  Object* s2 = set_new(r);
  for (int i = 0; i < 100; i += 3) {
    Object* o = I(i);
    set_discard(s2, o);
    decref(o);
  }
  Object* thousand = I(1000);
  set_add(s2, thousand);
  Object* items = sequence_list(s2);
  EXPECT_EQ(R(list_get_slice(items, 0, 10)), "[1, 2, 4, 5, 7, 8, 10, 11, 13, 14]");
  EXPECT_EQ(set_size(s2), 67);
  decref(items);
  decref(thousand);
  decref(s2);
  decref(r);
  // set(range(20)) - {3}
  Object* r20 = range_list(0, 20);
  Object* s20 = set_new(r20);
  Object* three = int_set({3});
  EXPECT_EQ(R(number_subtract(s20, three)), "{0, 1, 2, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19}");
  decref(three);
  decref(s20);
  decref(r20);
}

TEST_F(ObjectsSet, SizesMatchCPython) {
  struct {
    int n;
    ssize size;
  } cases[] = {{0, 200}, {4, 200}, {5, 712}, {6, 712}, {19, 2248}, {20, 2248}, {100, 8392}};
  for (auto& c : cases) {
    Object* r = range_list(0, c.n);
    Object* s = set_new(r);
    EXPECT_EQ(set_sizeof(s), c.size) << c.n;
    decref(s);
    decref(r);
  }
}

TEST_F(ObjectsSet, ReprHashAndErrors) {
  Object* s = int_set({1, 2});
  EXPECT_EQ(repr_of(s), "{1, 2}");
  Object* empty = set_new(nullptr);
  EXPECT_EQ(repr_of(empty), "set()");
  Object* fe = frozenset_new(nullptr);
  EXPECT_EQ(repr_of(fe), "frozenset()");
  EXPECT_EQ(object_hash(fe), 133146708735736);
  Object* r3 = range_list(1, 4);
  Object* f123 = frozenset_new(r3);
  EXPECT_EQ(repr_of(f123), "frozenset({1, 2, 3})");
  EXPECT_EQ(object_hash(f123), -272375401224217160);
  Object* nested_list = list_from_array(&fe, 1);
  Object* nested = frozenset_new(nested_list);
  EXPECT_EQ(object_hash(nested), -6993584179861130285);
  EXPECT_EQ(object_hash(s), -1);
  EXPECT_EQ(take_error(), "TypeError: unhashable type: 'set'");
  Object* l = list_new(0);
  EXPECT_EQ(set_add(s, l), -1);
  EXPECT_EQ(take_error(), "TypeError: unhashable type: 'list'");
  EXPECT_EQ(R(callm(empty, "pop")), "!KeyError: 'pop from an empty set'");
  Object* two = I(2);
  Object* nine = I(9);
  EXPECT_EQ(R(callm(s, "remove", nine)), "!KeyError: 9");
  EXPECT_EQ(R(number_or(s, l)), "!TypeError: unsupported operand type(s) for |: 'set' and 'list'");
  EXPECT_EQ(R(call_function(&SetType, l, l)), "!TypeError: set expected at most 1 argument, got 2");
  // A set is found as the equal frozenset.
  Object* outer = set_new(nullptr);
  set_add(outer, f123);
  Object* s123 = set_new(r3);
  EXPECT_EQ(sequence_contains(outer, s123), 1);
  EXPECT_EQ(R(callm(outer, "remove", s123)), "None");
  EXPECT_EQ(set_size(outer), 0);
  EXPECT_EQ(R(callm(s, "pop")), "1");
  for (Object* o : {s, empty, fe, r3, f123, nested_list, nested, l, two, nine, outer, s123}) decref(o);
}

TEST_F(ObjectsSet, Operations) {
  Object* a = int_set({1, 2, 3});
  Object* b = int_set({2, 3, 4});
  EXPECT_EQ(R(number_and(a, b)), "{2, 3}");
  EXPECT_EQ(R(number_or(a, b)), "{1, 2, 3, 4}");
  EXPECT_EQ(R(number_subtract(a, b)), "{1}");
  EXPECT_EQ(R(number_xor(a, b)), "{1, 4}");
  Object* l5 = range_list(5, 7);
  EXPECT_EQ(R(callm(a, "union", l5)), "{1, 2, 3, 5, 6}");
  EXPECT_EQ(R(callm(a, "issubset", b)), "False");
  Object* r = range_list(0, 10);
  EXPECT_EQ(R(callm(a, "issubset", r)), "True");
  EXPECT_EQ(R(callm(a, "isdisjoint", l5)), "True");
  EXPECT_EQ(rich_compare_bool(a, b, kLT), 0);
  Object* fa = frozenset_new(a);
  EXPECT_EQ(rich_compare_bool(a, fa, kEQ), 1);
  EXPECT_EQ(rich_compare_bool(a, fa, kLE), 1);
  EXPECT_EQ(rich_compare_bool(a, fa, kLT), 0);
  EXPECT_EQ(R(number_and(fa, b)), "frozenset({2, 3})");
  Object* ra = number_inplace_or(a, l5);
  EXPECT_EQ(R(ra), "!TypeError: unsupported operand type(s) for |=: 'set' and 'list'");
  Object* r2 = number_inplace_and(a, b);
  EXPECT_EQ(r2, a);
  decref(r2);
  EXPECT_EQ(repr_of(a), "{2, 3}");
  EXPECT_EQ(R(callm(fa, "copy")), repr_of(fa));
  for (Object* o : {a, b, l5, r, fa}) decref(o);
}

TEST_F(ObjectsSet, IterationGuard) {
  Object* s = int_set({1});
  Object* it = get_iter(s);
  Object* two = I(2);
  set_add(s, two);
  EXPECT_EQ(iter_next(it), nullptr);
  EXPECT_EQ(take_error(), "RuntimeError: Set changed size during iteration");
  decref(it);
  decref(two);
  decref(s);
}

TEST_F(ObjectsSet, DictViewSetOperations) {
  Object* d = dict_new();
  for (int i = 0; i < 4; ++i) {
    Object* k = I(i);
    dict_set_item(d, k, k);
    decref(k);
  }
  Object* keys = callm(d, "keys");
  Object* other = int_set({2, 3, 9});
  EXPECT_EQ(R(number_and(keys, other)), "{2, 3}");
  EXPECT_EQ(R(number_or(keys, other)), "{0, 1, 2, 3, 9}");
  EXPECT_EQ(R(number_subtract(keys, other)), "{0, 1}");
  EXPECT_EQ(R(number_xor(keys, other)), "{0, 1, 9}");
  EXPECT_EQ(R(callm(keys, "isdisjoint", other)), "False");
  Object* all = int_set({0, 1, 2, 3});
  EXPECT_EQ(rich_compare_bool(keys, all, kEQ), 1);
  EXPECT_EQ(object_hash(keys), -1);
  EXPECT_EQ(take_error(), "TypeError: unhashable type: 'dict_keys'");
  Object* items = callm(d, "items");
  Object* items2 = callm(d, "items");
  EXPECT_EQ(R(number_xor(items, items2)), "set()");
  for (Object* o : {d, keys, other, all, items, items2}) decref(o);
}

TEST_F(ObjectsSet, RefcountsAreExact) {
  Object* k = I(123456);
  Object* s = set_new(nullptr);
  {
    RefcountGuard guard({k});
    for (int i = 0; i < 3; ++i) {
      set_add(s, k);
      Object* copy = callm(s, "copy");
      Object* fz = frozenset_new(copy);
      object_hash(fz);
      decref(fz);
      decref(copy);
      set_discard(s, k);
    }
  }
  decref(s);
  decref(k);
}

}  // namespace
}  // namespace glasspy::testing
