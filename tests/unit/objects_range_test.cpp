// range: construction, length, indexing, slicing, membership, hashing,
// equality and iteration, for small and arbitrarily large bounds. The range
// type itself lives in src/modules (builtins); these tests check it against
// CPython on top of the object layer.
#include "modules/builtins_module.h"
#include "objects/float.h"
#include "objects/list.h"
#include "objects/slice.h"
#include "objects_test_support.h"

namespace glasspy::testing {
namespace {

class ObjectsRange : public ObjectsTest {
 protected:
  static void SetUpTestSuite() {
    ObjectsTest::SetUpTestSuite();
    for (Type* t : {&RangeType, &RangeIterType, &LongRangeIterType}) ASSERT_EQ(type_ready(t), 0);
  }
};

Object* rng(std::initializer_list<const char*> args) {
  std::vector<Object*> items;
  for (const char* a : args) items.push_back(int_from_text(a, 10, nullptr));
  Object* t = tuple_from_array(items.data(), static_cast<ssize>(items.size()));
  for (Object* o : items) decref(o);
  Object* r = call(&RangeType, t, nullptr);
  decref(t);
  return r;
}

TEST_F(ObjectsRange, ReprLengthAndItems) {
  Object* r10 = rng({"10"});
  EXPECT_EQ(repr_of(r10), "range(0, 10)");
  EXPECT_EQ(object_length(r10), 10);
  Object* three = I(3), *m1 = I(-1), *ten = I(10);
  EXPECT_EQ(R(get_item(r10, three)), "3");
  EXPECT_EQ(R(get_item(r10, m1)), "9");
  EXPECT_EQ(R(get_item(r10, ten)), "!IndexError: range object index out of range");
  Object* rev = slice_new(nullptr, nullptr, m1);
  EXPECT_EQ(R(get_item(r10, rev)), "range(9, -1, -1)");
  decref(rev);
  Object* two = I(2), *eight = I(8);
  Object* s = slice_new(two, eight, two);
  EXPECT_EQ(R(get_item(r10, s)), "range(2, 8, 2)");
  decref(s);
  EXPECT_EQ(R(rng({"1", "10", "2"})), "range(1, 10, 2)");
  EXPECT_EQ(R(rng({"-5"})), "range(0, -5)");
  EXPECT_EQ(R(rng({"0", "10", "0"})), "!ValueError: range() arg 3 must not be zero");
  Object* f = float_from_double(1.5);
  EXPECT_EQ(R(call_function(&RangeType, f)), "!TypeError: 'float' object cannot be interpreted as an integer");
  EXPECT_EQ(R(call_no_args(&RangeType)), "!TypeError: range expected at least 1 argument, got 0");
  Object* big = rng({"18446744073709551616"});
  EXPECT_EQ(object_length(big), -1);
  EXPECT_EQ(take_error(), "OverflowError: Python int too large to convert to C ssize_t");
  Object* idx = int_from_text("9223372036854775808", 10, nullptr);
  EXPECT_EQ(R(get_item(big, idx)), "9223372036854775808");
  Object* it = get_iter(big);
  EXPECT_EQ(repr_of(it->type), "<class 'longrange_iterator'>");
  decref(it);
  Object* huge = rng({"0", "100000000000000000000", "7"});
  EXPECT_EQ(R(get_item(huge, m1)), "99999999999999999998");
  for (Object* o : {r10, three, m1, ten, two, eight, f, big, idx, huge}) decref(o);
}

TEST_F(ObjectsRange, MembershipIndexCount) {
  Object* r = rng({"1", "10", "2"});
  Object* five = I(5), *four = I(4), *ten = I(10);
  EXPECT_EQ(sequence_contains(r, five), 1);
  EXPECT_EQ(sequence_contains(r, four), 0);
  Object* f5 = float_from_double(5.0);
  EXPECT_EQ(sequence_contains(r, f5), 1);
  EXPECT_EQ(R(callm(r, "index", five)), "2");
  EXPECT_EQ(R(callm(r, "index", ten)), "!ValueError: 10 is not in range");
  EXPECT_EQ(R(callm(r, "count", five)), "1");
  Object* r3 = rng({"1", "10", "3"});
  EXPECT_EQ(R(list_from_iterable(r3)), "[1, 4, 7]");
  Object* rev = callm(r3, "__reversed__");
  EXPECT_EQ(R(list_from_iterable(rev)), "[7, 4, 1]");
  decref(rev);
  Object* empty = rng({"0"});
  EXPECT_EQ(object_is_true(empty), 0);
  decref(empty);
  for (Object* o : {r, five, four, ten, f5, r3}) decref(o);
}

TEST_F(ObjectsRange, HashAndEquality) {
  Object* r10 = rng({"10"});
  EXPECT_EQ(object_hash(r10), -7546101314042312252);
  // (range(1) hashes (1, 0, None): hash(None) is None's address in 3.11.)
  Object* r1 = rng({"1"});
  Object* r152 = rng({"1", "5", "2"});
  EXPECT_EQ(object_hash(r152), 6253859903769791411);
  Object* r0 = rng({"0"});
  Object* r55 = rng({"5", "5"});
  EXPECT_EQ(rich_compare_bool(r0, r55, kEQ), 1);
  EXPECT_EQ(object_hash(r0), object_hash(r55));
  Object* r010 = rng({"0", "10"});
  EXPECT_EQ(rich_compare_bool(r10, r010, kEQ), 1);
  EXPECT_EQ(R(rich_compare(r1, r10, kLT)), "!TypeError: '<' not supported between instances of 'range' and 'range'");
  for (Object* o : {r10, r1, r152, r0, r55, r010}) decref(o);
}

}  // namespace
}  // namespace glasspy::testing
