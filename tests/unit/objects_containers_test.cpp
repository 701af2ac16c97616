// tuple, list and dict: semantics, error messages, CPython's growth and
// sizing (so sys.getsizeof will agree), iteration order, timsort's exact
// comparison sequence, and exact reference counts.
#include "objects/list.h"
#include "objects/slice.h"
#include "objects_test_support.h"

namespace glasspy::testing {
namespace {

using ObjectsContainers = ObjectsTest;

Object* int_list(std::initializer_list<int64_t> values) {
  Object* l = list_new(0);
  for (int64_t v : values) {
    Object* o = I(v);
    list_append(l, o);
    decref(o);
  }
  return l;
}

TEST_F(ObjectsContainers, ListGrowthMatchesCPython) {
  const ssize expected[] = {4,  4,  4,  4,  8,  8,  8,  8,  16, 16, 16, 16, 16, 16, 16, 16, 24, 24, 24, 24,
                            24, 24, 24, 24, 32, 32, 32, 32, 32, 32, 32, 32, 40, 40, 40, 40, 40, 40, 40, 40};
  Object* l = list_new(0);
  for (int i = 0; i < 40; ++i) {
    Object* o = I(i);
    list_append(l, o);
    decref(o);
    EXPECT_EQ(as_list(l)->allocated, expected[i]) << "after " << i + 1 << " appends";
  }
  decref(l);
  Object* small = int_list({1, 2, 3});
  Object* range_like = list_new(0);
  for (int i = 0; i < 100; ++i) {
    Object* o = I(i);
    list_append(range_like, o);
    decref(o);
  }
  list_extend(small, range_like);
  EXPECT_EQ(as_list(small)->allocated, 104);
  EXPECT_EQ(list_set_slice(range_like, 10, 100, nullptr), 0);
  EXPECT_EQ(as_list(range_like)->allocated, 16);
  decref(small);
  decref(range_like);
}

TEST_F(ObjectsContainers, ListOperationsAndErrors) {
  Object* l = int_list({1, 2, 3});
  Object* one = I(1);
  Object* five = I(5);
  Object* seq = int_list({7, 8, 9});
  EXPECT_EQ(list_set_slice(l, 1, 2, seq), 0);
  EXPECT_EQ(repr_of(l), "[1, 7, 8, 9, 3]");
  Object* m2 = I(2);
  Object* step2 = slice_new(nullptr, nullptr, m2);
  Object* zeros = int_list({0, 0, 0});
  EXPECT_EQ(set_item(l, step2, zeros), 0);
  EXPECT_EQ(repr_of(l), "[0, 7, 0, 9, 0]");
  Object* single = int_list({1});
  EXPECT_EQ(set_item(l, step2, single), -1);
  EXPECT_EQ(take_error(), "ValueError: attempt to assign sequence of size 1 to extended slice of size 3");
  EXPECT_EQ(del_item(l, step2), 0);
  EXPECT_EQ(repr_of(l), "[7, 9]");
  EXPECT_EQ(R(get_item(l, five)), "!IndexError: list index out of range");
  Object* a = S("a");
  EXPECT_EQ(R(get_item(l, a)), "!TypeError: list indices must be integers or slices, not str");
  Object* empty = list_new(0);
  EXPECT_EQ(R(callm(empty, "pop")), "!IndexError: pop from empty list");
  EXPECT_EQ(R(callm(l, "pop", five)), "!IndexError: pop index out of range");
  EXPECT_EQ(R(callm(empty, "remove", one)), "!ValueError: list.remove(x): x not in list");
  EXPECT_EQ(R(callm(l, "index", one)), "!ValueError: 1 is not in list");
  EXPECT_EQ(R(callm(l, "pop", one, one)), "!TypeError: pop expected at most 1 argument, got 2");
  EXPECT_EQ(R(callm(l, "insert", one)), "!TypeError: insert expected 2 arguments, got 1");
  EXPECT_EQ(R(callm(l, "append")), "!TypeError: list.append() takes exactly one argument (0 given)");
  Object* t = tuple_pack({one});
  EXPECT_EQ(R(number_add(l, t)), "!TypeError: can only concatenate list (not \"tuple\") to list");
  EXPECT_EQ(R(number_add(t, l)), "!TypeError: can only concatenate tuple (not \"list\") to tuple");
  EXPECT_EQ(R(number_multiply(l, m2)), "[7, 9, 7, 9]");
  Object* m1 = I(-1);
  EXPECT_EQ(R(number_multiply(l, m1)), "[]");
  EXPECT_EQ(object_hash(l), -1);
  EXPECT_EQ(take_error(), "TypeError: unhashable type: 'list'");
  Object* r = number_inplace_add(l, t);
  EXPECT_EQ(r, l);
  decref(r);
  EXPECT_EQ(repr_of(l), "[7, 9, 1]");
  EXPECT_EQ(R(number_inplace_add(l, one)), "!TypeError: 'int' object is not iterable");
  for (Object* o : {l, one, five, seq, m2, step2, zeros, single, a, empty, t, m1}) decref(o);
}

TEST_F(ObjectsContainers, RecursiveReprs) {
  Object* l = int_list({1});
  list_append(l, l);
  EXPECT_EQ(repr_of(l), "[1, [...]]");
  list_set_slice(l, 0, 2, nullptr);  // break the cycle
  decref(l);
  Object* d = dict_new();
  Object* one = I(1);
  dict_set_item(d, one, d);
  EXPECT_EQ(repr_of(d), "{1: {...}}");
  dict_clear(d);
  decref(d);
  decref(one);
}

// Records the (a.v, b.v) pairs __lt__ sees.
struct LtLog {
  std::vector<std::pair<int64_t, int64_t>> calls;
};

TEST_F(ObjectsContainers, SortComparisonSequenceIsTimsorts) {
  LtLog* log = new LtLog;
  Object* v_name = str_intern_cstr("v");
  Object* K = make_class("K", {}, {{"__lt__", make_function("__lt__", [log, v_name](Object* const* a, ssize n) {
                                      Object* x = get_attr(a[0], v_name);
                                      Object* y = get_attr(a[1], v_name);
                                      log->calls.push_back({as_int(x)->value, as_int(y)->value});
                                      Object* r = rich_compare(x, y, kLT);
                                      decref(x);
                                      decref(y);
                                      return r;
                                    })}});
  auto make_data = [&](int n, int mod) {
    Object* l = list_new(0);
    for (int i = 0; i < n; ++i) {
      Object* k = call_no_args(K);
      Object* v = I((static_cast<int64_t>(i) * 7919) % mod);
      set_attr(k, v_name, v);
      decref(v);
      list_append(l, k);
      decref(k);
    }
    return l;
  };
  auto digest = [&]() {
    uint64_t s = 0;
    const uint64_t m = (uint64_t(1) << 61) - 1;
    for (auto& [a, b] : log->calls) {
      __uint128_t t = static_cast<__uint128_t>(s) * 31 + static_cast<__uint128_t>(a) * 1000003 + b;
      s = static_cast<uint64_t>(t % m);
    }
    return s;
  };
  struct {
    int n, mod;
    size_t count;
    uint64_t digest;
  } cases[] = {{100, 101, 530, 1156127239464792453ULL},
               {1000, 1009, 8609, 490579476043124556ULL},
               {3000, 7, 19445, 1431461399419148461ULL}};
  for (auto& c : cases) {
    Object* l = make_data(c.n, c.mod);
    log->calls.clear();
    ASSERT_EQ(list_sort(l, nullptr, false), 0) << take_error();
    EXPECT_EQ(log->calls.size(), c.count) << c.n;
    EXPECT_EQ(digest(), c.digest) << c.n;
    // Sorted and stable.
    for (ssize i = 1; i < list_size(l); ++i) {
      Object* x = get_attr(list_item(l, i - 1), v_name);
      Object* y = get_attr(list_item(l, i), v_name);
      EXPECT_LE(as_int(x)->value, as_int(y)->value);
      decref(x);
      decref(y);
    }
    decref(l);
  }
  destroy_class(K);
  decref(v_name);
  delete log;
}

TEST_F(ObjectsContainers, SortKeysReverseAndErrors) {
  Object* l = int_list({3, 1, 2});
  ASSERT_EQ(list_sort(l, nullptr, true), 0);
  EXPECT_EQ(repr_of(l), "[3, 2, 1]");
  Object* neg = get_attr_cstr(&IntType, "__neg__");
  ASSERT_EQ(list_sort(l, neg, false), 0);
  EXPECT_EQ(repr_of(l), "[3, 2, 1]");
  decref(neg);
  Object* a = S("a");
  list_append(l, a);
  EXPECT_EQ(list_sort(l, nullptr, false), -1);
  EXPECT_EQ(take_error(), "TypeError: '<' not supported between instances of 'str' and 'int'");
  Object* one = I(1);
  EXPECT_EQ(R(callm(l, "sort", one)), "!TypeError: sort() takes no positional arguments");
  decref(one);
  decref(a);
  decref(l);
}

TEST_F(ObjectsContainers, Tuples) {
  Object* one = I(1), *two = I(2), *three = I(3);
  Object* t = tuple_pack({one, two, three});
  EXPECT_EQ(object_hash(t), 529344067295497451);
  EXPECT_EQ(object_hash(empty_tuple()), 5740354900026072187);
  Object* l = list_new(0);
  Object* tl = tuple_pack({one, l});
  EXPECT_EQ(object_hash(tl), -1);
  EXPECT_EQ(take_error(), "TypeError: unhashable type: 'list'");
  EXPECT_EQ(R(tuple_pack({one})), "(1,)");
  EXPECT_EQ(repr_of(empty_tuple()), "()");
  Object* five = I(5);
  EXPECT_EQ(R(get_item(t, five)), "!IndexError: tuple index out of range");
  EXPECT_EQ(R(callm(t, "index", five)), "!ValueError: tuple.index(x): x not in tuple");
  EXPECT_EQ(R(callm(t, "count", one)), "1");
  Object* t12 = tuple_pack({one, two});
  Object* t120 = tuple_pack({one, two, empty_tuple()});
  EXPECT_EQ(rich_compare_bool(t12, t120, kLT), 1);
  EXPECT_EQ(R(tuple_get_slice(t, 1, 3)), "(2, 3)");
  Object* zero = I(0);
  EXPECT_EQ(number_multiply(t, zero), empty_tuple());
  decref(empty_tuple());
  // A tuple's items are released in reverse order.
  for (Object* o : {one, two, three, t, l, tl, five, t12, t120, zero}) decref(o);
}

TEST_F(ObjectsContainers, DictSizingMatchesCPython) {
  const ssize int_sizes[] = {208, 208, 208, 208, 208, 336, 336, 336, 336, 336, 616, 616, 616, 616, 616,
                             616, 616, 616, 616, 616, 616, 1152, 1152, 1152, 1152, 1152, 1152, 1152, 1152, 1152};
  const ssize str_sizes[] = {168, 168, 168, 168, 168, 256, 256, 256, 256, 256, 448, 448, 448, 448, 448,
                             448, 448, 448, 448, 448, 448, 816, 816, 816, 816, 816, 816, 816, 816, 816};
  Object* d = dict_new();
  Object* ds = dict_new();
  EXPECT_EQ(dict_sizeof(d), 48);
  for (int i = 0; i < 30; ++i) {
    Object* k = I(i);
    dict_set_item(d, k, k);
    Object* sk = object_str(k);
    dict_set_item(ds, sk, k);
    EXPECT_EQ(dict_sizeof(d), int_sizes[i]) << i;
    EXPECT_EQ(dict_sizeof(ds), str_sizes[i]) << i;
    decref(sk);
    decref(k);
  }
  decref(d);
  decref(ds);
  // A str-keyed table gets rebuilt when a non-str key arrives.
  Object* d2 = dict_new();
  Object* a = S("a");
  Object* one = I(1);
  dict_set_item(d2, a, one);
  EXPECT_EQ(dict_sizeof(d2), 168);
  dict_set_item(d2, one, one);
  EXPECT_EQ(dict_sizeof(d2), 336);
  decref(d2);
  decref(a);
  decref(one);
}

TEST_F(ObjectsContainers, DictOrderDeletionAndPopitem) {
  Object* d = dict_new();
  for (int i = 0; i < 5; ++i) {
    Object* k = I(i);
    dict_set_item(d, k, None);
    decref(k);
  }
  Object* two = I(2);
  Object* ten = I(10);
  dict_del_item(d, two);
  dict_set_item(d, ten, None);
  EXPECT_EQ(R(dict_keys_list(d)), "[0, 1, 3, 4, 10]");
  EXPECT_EQ(dict_sizeof(d), 336);
  EXPECT_EQ(R(callm(d, "popitem")), "(10, None)");
  EXPECT_EQ(R(callm(d, "popitem")), "(4, None)");
  EXPECT_EQ(repr_of(d), "{0: None, 1: None, 3: None}");
  Object* e = dict_new();
  EXPECT_EQ(R(callm(e, "popitem")), "!KeyError: 'popitem(): dictionary is empty'");
  EXPECT_EQ(R(get_item(e, two)), "!KeyError: 2");
  EXPECT_EQ(R(callm(e, "pop", two)), "!KeyError: 2");
  EXPECT_EQ(R(callm(e, "pop", two, ten)), "10");
  EXPECT_EQ(R(callm(e, "get", two)), "None");
  EXPECT_EQ(R(callm(e, "setdefault", two, ten)), "10");
  EXPECT_EQ(R(rich_compare(e, d, kLT)), "!TypeError: '<' not supported between instances of 'dict' and 'dict'");
  decref(e);
  decref(d);
  decref(two);
  decref(ten);
}

TEST_F(ObjectsContainers, DictIterationGuards) {
  Object* d = dict_new();
  Object* one = I(1);
  dict_set_item(d, one, one);
  Object* it = get_iter(d);
  Object* k = iter_next(it);
  ASSERT_NE(k, nullptr);
  Object* two = I(2);
  dict_set_item(d, two, two);
  EXPECT_EQ(iter_next(it), nullptr);
  EXPECT_EQ(take_error(), "RuntimeError: dictionary changed size during iteration");
  decref(it);
  decref(k);
  // Same size but different keys.
  it = get_iter(d);
  k = iter_next(it);
  dict_del_item(d, one);
  Object* three = I(3);
  dict_set_item(d, three, three);
  Object* next = iter_next(it);
  Object* next2 = next ? iter_next(it) : nullptr;
  EXPECT_EQ(next2, nullptr);
  EXPECT_EQ(take_error(), "RuntimeError: dictionary keys changed during iteration");
  xdecref(next);
  decref(it);
  decref(k);
  decref(d);
  decref(one);
  decref(two);
  decref(three);
}

TEST_F(ObjectsContainers, DictConstructionAndViews) {
  Object* pairs = list_new(0);
  Object* bad = tuple_pack({None, None, None});
  list_append(pairs, bad);
  EXPECT_EQ(R(call_function(&DictType, pairs)),
            "!ValueError: dictionary update sequence element #0 has length 3; 2 is required");
  Object* one = I(1);
  Object* ones = list_new(0);
  list_append(ones, one);
  EXPECT_EQ(R(call_function(&DictType, ones)),
            "!TypeError: cannot convert dictionary update sequence element #0 to a sequence");
  EXPECT_EQ(R(call_function(&DictType, one, one)), "!TypeError: dict expected at most 1 argument, got 2");
  Object* a = S("a");
  Object* kwnames = tuple_pack({a});
  Object* args[] = {one};
  Object* d = vectorcall(&DictType, args, 0, kwnames);
  EXPECT_EQ(repr_of(d), "{'a': 1}");
  EXPECT_EQ(R(callm(d, "keys")), "dict_keys(['a'])");
  EXPECT_EQ(R(callm(d, "values")), "dict_values([1])");
  EXPECT_EQ(R(callm(d, "items")), "dict_items([('a', 1)])");
  Object* items = callm(d, "items");
  Object* pair = tuple_pack({a, one});
  EXPECT_EQ(sequence_contains(items, pair), 1);
  EXPECT_EQ(object_length(items), 1);
  decref(pair);
  decref(items);
  Object* merged = number_or(d, d);
  EXPECT_EQ(R(merged), "{'a': 1}");
  EXPECT_EQ(R(number_or(d, one)), "!TypeError: unsupported operand type(s) for |: 'dict' and 'int'");
  decref(d);
  for (Object* o : {pairs, bad, one, ones, a, kwnames}) decref(o);
}

TEST_F(ObjectsContainers, RefcountsAreExact) {
  Object* key = S("key");
  Object* value = list_new(0);
  Object* d = dict_new();
  {
    RefcountGuard guard({key, value});
    for (int round = 0; round < 3; ++round) {
      dict_set_item(d, key, value);
      Object* got = dict_get_item(d, key);
      EXPECT_EQ(got, value);
      Object* l = list_new(0);
      list_append(l, value);
      list_append(l, key);
      Object* t = list_as_tuple(l);
      Object* r = object_repr(t);
      decref(r);
      decref(t);
      decref(l);
      dict_del_item(d, key);
    }
  }
  decref(d);
  decref(key);
  decref(value);
}

}  // namespace
}  // namespace glasspy::testing
