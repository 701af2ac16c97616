// The small-object allocator: blocks are zeroed, aligned and distinct;
// pools are reused; arenas whose blocks are all freed go back to the
// system; large requests bypass the pools.
#include "alloc/small_alloc.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <algorithm>
#include <random>
#include <set>
#include <vector>

namespace glasspy {
namespace {

// Sanitizer builds send every request to the system allocator (so that
// each object is watched on its own): there are no pools or arenas to test.
#if defined(__SANITIZE_ADDRESS__)
#define SKIP_WITHOUT_POOLS() GTEST_SKIP() << "AddressSanitizer build: no pools"
#else
#define SKIP_WITHOUT_POOLS() (void)0
#endif

TEST(SmallAlloc, BlocksAreZeroedAlignedAndDistinct) {
  std::vector<void*> blocks;
  std::set<uintptr_t> seen;
  for (size_t size = 1; size <= 600; size += 7) {
    for (int k = 0; k < 20; ++k) {
      auto* p = static_cast<unsigned char*>(small_alloc_zeroed(size));
      ASSERT_NE(p, nullptr);
      EXPECT_EQ(reinterpret_cast<uintptr_t>(p) % 16, 0u);
      for (size_t i = 0; i < size; ++i) ASSERT_EQ(p[i], 0) << size;
      std::memset(p, 0xAB, size);  // dirty it: the next user must get zeros again
      EXPECT_TRUE(seen.insert(reinterpret_cast<uintptr_t>(p)).second);
      blocks.push_back(p);
    }
  }
  for (void* p : blocks) small_free(p);
  // Freed blocks come back zeroed.
  for (int k = 0; k < 100; ++k) {
    auto* p = static_cast<unsigned char*>(small_alloc_zeroed(48));
    for (int i = 0; i < 48; ++i) ASSERT_EQ(p[i], 0);
    small_free(p);
  }
}

TEST(SmallAlloc, EmptyArenasGoBackToTheSystem) {
  SKIP_WITHOUT_POOLS();
  SmallAllocStats before = small_alloc_stats();
  std::vector<void*> blocks;
  // About 6 MiB of 64-byte blocks: several new arenas.
  for (int k = 0; k < 100000; ++k) blocks.push_back(small_alloc_zeroed(64));
  SmallAllocStats during = small_alloc_stats();
  EXPECT_GE(during.arenas_current, before.arenas_current + 5);
  EXPECT_GE(during.blocks_in_use, before.blocks_in_use + 100000);
  // Free in a scrambled order, as a program would.
  std::mt19937 rng(42);
  std::shuffle(blocks.begin(), blocks.end(), rng);
  for (void* p : blocks) small_free(p);
  SmallAllocStats after = small_alloc_stats();
  EXPECT_EQ(after.blocks_in_use, before.blocks_in_use);
  EXPECT_LE(after.arenas_current, before.arenas_current + 1);
  EXPECT_GE(after.arenas_reclaimed, before.arenas_reclaimed + 4);
}

TEST(SmallAlloc, ReportListsSizeClassesAndArenas) {
  SKIP_WITHOUT_POOLS();
  void* p = small_alloc_zeroed(100);
  std::string report = small_alloc_report();
  small_free(p);
  EXPECT_NE(report.find("Small block threshold = 512, in 32 size classes."), std::string::npos);
  EXPECT_NE(report.find("# arenas allocated current"), std::string::npos);
  EXPECT_NE(report.find("  112 "), std::string::npos);  // the class of a 100-byte block
}

}  // namespace
}  // namespace glasspy
