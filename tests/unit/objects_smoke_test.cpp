// First contact: the layer comes up and basic values print as CPython's.
#include "objects_test_support.h"

namespace glasspy::testing {
namespace {

using ObjectsSmoke = ObjectsTest;

TEST_F(ObjectsSmoke, Reprs) {
  EXPECT_EQ(R(I(42)), "42");
  EXPECT_EQ(R(S("a'b")), "\"a'b\"");
  EXPECT_EQ(repr_of(None), "None");
  EXPECT_EQ(repr_of(True), "True");
  EXPECT_EQ(R(tuple_pack({None})), "(None,)");
}

}  // namespace
}  // namespace glasspy::testing
