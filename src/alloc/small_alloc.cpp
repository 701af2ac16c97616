// The small-object allocator (see small_alloc.h), after the design of
// CPython's obmalloc.
//
// Most Python objects are small and short-lived, and general-purpose
// malloc pays for generality on every call.  Here:
//  - A request of up to kSmallThreshold (512) bytes is rounded up to a
//    multiple of 16, its *size class* (32 classes).
//  - Memory comes from the system in *arenas* of 1 MiB, each aligned to its
//    size, so the arena holding an address is the address with its low 20
//    bits cleared.  An arena is cut into 64 *pools* of 16 KiB.
//  - A pool serves one size class: a header, then equal blocks.  Free
//    blocks form a singly linked list threaded through the blocks
//    themselves; a fresh pool hands out blocks from its untouched tail
//    before it needs the list, so new pools cost nothing up front.
//  - Pools with free blocks of class c form the ring used_pools[c]; a pool
//    leaves it when full and returns on its first free.  A pool whose last
//    block is freed goes back to its arena's list of free pools, and an
//    arena whose pools are all free goes back to the system.
//  - Arenas that have free pools are kept ordered by how many they have,
//    fewest first, so allocation packs objects into the fullest arenas and
//    the emptiest ones get a chance to drain and be released.
//  - Freeing must tell a pool block from a large (system) block with no
//    size given.  A two-level radix map of the address space at arena
//    granularity records which 1 MiB regions are arenas: two loads.
//
// Invariants: the caller holds the GIL (no locking here); every pointer
// small_free sees came from small_alloc_zeroed.
#include "alloc/small_alloc.h"

#include <sys/mman.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace glasspy {

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kUseSystemAllocator = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kUseSystemAllocator = true;
#else
constexpr bool kUseSystemAllocator = false;
#endif
#else
constexpr bool kUseSystemAllocator = false;
#endif

constexpr size_t kAlignment = 16;
constexpr size_t kSmallThreshold = 512;
constexpr int kNumClasses = kSmallThreshold / kAlignment;
constexpr int kArenaBits = 20;
constexpr size_t kArenaSize = size_t{1} << kArenaBits;  // 1 MiB
constexpr size_t kPoolSize = 16 * 1024;
constexpr size_t kPoolsPerArena = kArenaSize / kPoolSize;

struct Arena;

struct Pool {
  uint32_t used;          // blocks handed out
  uint32_t size_class;
  char* free_block;       // first block of the free list, or null
  Pool* next;             // ring used_pools[class], or the arena's free-pool list
  Pool* prev;
  uint32_t next_offset;   // first untouched block
  uint32_t max_offset;    // last offset a block may start at
  Arena* arena;
};
constexpr size_t kPoolHeaderSize = (sizeof(Pool) + kAlignment - 1) & ~(kAlignment - 1);

struct Arena {
  char* base;
  size_t free_pools;     // pools with no block in use (reused or untouched)
  Pool* free_pool_list;  // pools that were used and emptied
  size_t untouched;      // pools never handed out, from base + (total - untouched) * size
  Arena* next;           // usable arenas, fewest free pools first
  Arena* prev;
};

// used_pools[c] is the head of a ring of pools of class c with free blocks
// (a dummy Pool acting as the ring's sentinel).
Pool used_pool_heads[kNumClasses];
bool initialized = false;
Arena* usable_arenas = nullptr;

size_t arenas_allocated_total = 0;
size_t arenas_reclaimed = 0;
size_t arenas_current = 0;
size_t arenas_highwater = 0;

// ---- the radix map: which 1 MiB regions are arenas --------------------------------

constexpr int kAddressBits = 48;
constexpr int kMapBits = kAddressBits - kArenaBits;  // 28
constexpr int kRootBits = 14;
constexpr int kLeafBits = kMapBits - kRootBits;
struct MapLeaf {
  uint64_t bits[(size_t{1} << kLeafBits) / 64];
};
MapLeaf* arena_map_root[size_t{1} << kRootBits];
size_t arena_map_leaves = 0;

inline size_t region_of(const void* p) { return reinterpret_cast<uintptr_t>(p) >> kArenaBits; }

inline bool in_arena(const void* p) {
  uintptr_t a = reinterpret_cast<uintptr_t>(p);
  if (a >> kAddressBits) return false;
  size_t region = a >> kArenaBits;
  MapLeaf* leaf = arena_map_root[region >> kLeafBits];
  if (!leaf) return false;
  size_t bit = region & ((size_t{1} << kLeafBits) - 1);
  return (leaf->bits[bit / 64] >> (bit % 64)) & 1;
}

bool map_set(const void* p, bool value) {
  size_t region = region_of(p);
  MapLeaf*& leaf = arena_map_root[region >> kLeafBits];
  if (!leaf) {
    if (!value) return true;
    leaf = static_cast<MapLeaf*>(std::calloc(1, sizeof(MapLeaf)));
    if (!leaf) return false;
    ++arena_map_leaves;
  }
  size_t bit = region & ((size_t{1} << kLeafBits) - 1);
  if (value) leaf->bits[bit / 64] |= uint64_t{1} << (bit % 64);
  else leaf->bits[bit / 64] &= ~(uint64_t{1} << (bit % 64));
  return true;
}

// ---- rings --------------------------------------------------------------------------

void init_heads() {
  for (Pool& head : used_pool_heads) head.next = head.prev = &head;
  initialized = true;
}

inline void ring_insert(Pool* head, Pool* p) {
  p->next = head->next;
  p->prev = head;
  head->next->prev = p;
  head->next = p;
}

inline void ring_remove(Pool* p) {
  p->prev->next = p->next;
  p->next->prev = p->prev;
}

// Keeps usable_arenas ordered by free_pools, fewest first.
void arena_unlink(Arena* a) {
  if (a->prev) a->prev->next = a->next;
  else usable_arenas = a->next;
  if (a->next) a->next->prev = a->prev;
  a->next = a->prev = nullptr;
}

void arena_insert_sorted(Arena* a) {
  Arena* prev = nullptr;
  Arena* cur = usable_arenas;
  while (cur && cur->free_pools < a->free_pools) {
    prev = cur;
    cur = cur->next;
  }
  a->prev = prev;
  a->next = cur;
  if (cur) cur->prev = a;
  if (prev) prev->next = a;
  else usable_arenas = a;
}

// ---- arenas ---------------------------------------------------------------------------

Arena* new_arena() {
  // Map twice the size and keep the aligned megabyte in the middle.
  void* raw = ::mmap(nullptr, 2 * kArenaSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (raw == MAP_FAILED) return nullptr;
  uintptr_t start = reinterpret_cast<uintptr_t>(raw);
  uintptr_t aligned = (start + kArenaSize - 1) & ~(kArenaSize - 1);
  if (aligned > start) ::munmap(raw, aligned - start);
  uintptr_t end = start + 2 * kArenaSize;
  if (end > aligned + kArenaSize) ::munmap(reinterpret_cast<void*>(aligned + kArenaSize), end - aligned - kArenaSize);
  char* base = reinterpret_cast<char*>(aligned);
  auto* a = static_cast<Arena*>(std::calloc(1, sizeof(Arena)));
  if (!a || !map_set(base, true)) {
    std::free(a);
    ::munmap(base, kArenaSize);
    return nullptr;
  }
  a->base = base;
  a->free_pools = kPoolsPerArena;
  a->untouched = kPoolsPerArena;
  ++arenas_allocated_total;
  ++arenas_current;
  if (arenas_current > arenas_highwater) arenas_highwater = arenas_current;
  return a;
}

// A pool for class c, linked into used_pools[c]; null when out of memory.
Pool* new_pool(int c) {
  if (!usable_arenas) {
    Arena* a = new_arena();
    if (!a) return nullptr;
    arena_insert_sorted(a);
  }
  Arena* a = usable_arenas;
  Pool* p;
  if (a->free_pool_list) {
    p = a->free_pool_list;
    a->free_pool_list = p->next;
  } else {
    p = reinterpret_cast<Pool*>(a->base + (kPoolsPerArena - a->untouched) * kPoolSize);
    --a->untouched;
  }
  --a->free_pools;
  // Fewer free pools can only move it towards the front, where it is.
  if (a->free_pools == 0) arena_unlink(a);
  size_t block = (static_cast<size_t>(c) + 1) * kAlignment;
  p->used = 0;
  p->size_class = static_cast<uint32_t>(c);
  p->free_block = nullptr;
  p->arena = a;
  p->next_offset = static_cast<uint32_t>(kPoolHeaderSize);
  p->max_offset = static_cast<uint32_t>(kPoolSize - block);
  ring_insert(&used_pool_heads[c], p);
  return p;
}

void* pool_alloc(size_t size) {
  if (!initialized) init_heads();
  int c = static_cast<int>((size - 1) / kAlignment);
  Pool* head = &used_pool_heads[c];
  Pool* p = head->next;
  if (p == head) {
    p = new_pool(c);
    if (!p) return nullptr;
  }
  char* block;
  if (p->free_block) {
    block = p->free_block;
    std::memcpy(&p->free_block, block, sizeof(char*));
  } else {
    block = reinterpret_cast<char*>(p) + p->next_offset;
    p->next_offset += static_cast<uint32_t>((c + 1) * kAlignment);
  }
  ++p->used;
  if (!p->free_block && p->next_offset > p->max_offset) ring_remove(p);  // full
  return block;
}

void pool_free(void* ptr) {
  auto* p = reinterpret_cast<Pool*>(reinterpret_cast<uintptr_t>(ptr) & ~(kPoolSize - 1));
  bool was_full = !p->free_block && p->next_offset > p->max_offset;
  char* block = static_cast<char*>(ptr);
  std::memcpy(block, &p->free_block, sizeof(char*));
  p->free_block = block;
  --p->used;
  if (was_full) ring_insert(&used_pool_heads[p->size_class], p);
  if (p->used > 0) return;
  // The pool is empty: back to its arena.
  ring_remove(p);
  Arena* a = p->arena;
  p->next = a->free_pool_list;
  a->free_pool_list = p;
  bool was_usable = a->free_pools > 0;
  ++a->free_pools;
  if (was_usable) arena_unlink(a);
  if (a->free_pools == kPoolsPerArena) {
    // Every pool is free: the arena goes back to the system.
    map_set(a->base, false);
    ::munmap(a->base, kArenaSize);
    std::free(a);
    ++arenas_reclaimed;
    --arenas_current;
    return;
  }
  arena_insert_sorted(a);
}

std::string with_commas(size_t n) {
  std::string digits = std::to_string(n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

void line(std::string& out, const std::string& label, size_t value) {
  char buf[128];
  std::snprintf(buf, sizeof buf, "%-35s= %20s\n", label.c_str(), with_commas(value).c_str());
  out += buf;
}

// Visits every pool handed out so far (used or emptied) of every arena.
template <class F>
void for_each_arena(F&& f) {
  for (size_t root = 0; root < (size_t{1} << kRootBits); ++root) {
    MapLeaf* leaf = arena_map_root[root];
    if (!leaf) continue;
    for (size_t i = 0; i < (size_t{1} << kLeafBits); ++i) {
      if (!((leaf->bits[i / 64] >> (i % 64)) & 1)) continue;
      uintptr_t base = ((root << kLeafBits) | i) << kArenaBits;
      f(reinterpret_cast<char*>(base));
    }
  }
}

}  // namespace

void* small_alloc_zeroed(size_t size) {
  if (kUseSystemAllocator || size > kSmallThreshold) return std::calloc(1, size ? size : 1);
  void* p = pool_alloc(size ? size : 1);
  if (p) std::memset(p, 0, size);
  return p;
}

void small_free(void* p) {
  if (!p) return;
  if (!kUseSystemAllocator && in_arena(p)) {
    pool_free(p);
  } else {
    std::free(p);
  }
}

namespace {

struct ClassCounts {
  size_t pools[kNumClasses] = {};
  size_t in_use[kNumClasses] = {};
  size_t avail[kNumClasses] = {};
  size_t unused_pools = 0;
};

// Walks every arena's pools.  Pools are handed out from the arena's start,
// so pool 0 always has a header naming the arena record.
ClassCounts count_blocks() {
  ClassCounts counts;
  for_each_arena([&](char* base) {
    Arena* a = reinterpret_cast<Pool*>(base)->arena;
    size_t handed_out = kPoolsPerArena - a->untouched;
    counts.unused_pools += a->untouched;
    for (size_t k = 0; k < handed_out; ++k) {
      auto* p = reinterpret_cast<Pool*>(base + k * kPoolSize);
      if (p->used == 0) {
        ++counts.unused_pools;
        continue;
      }
      size_t c = p->size_class;
      size_t block = (c + 1) * kAlignment;
      size_t capacity = (kPoolSize - kPoolHeaderSize) / block;
      ++counts.pools[c];
      counts.in_use[c] += p->used;
      counts.avail[c] += capacity - p->used;
    }
  });
  return counts;
}

}  // namespace

SmallAllocStats small_alloc_stats() {
  SmallAllocStats s{arenas_allocated_total, arenas_reclaimed, arenas_current, 0};
  ClassCounts counts = count_blocks();
  for (size_t n : counts.in_use) s.blocks_in_use += n;
  return s;
}

std::string small_alloc_report() {
  std::string out;
  char buf[160];
  std::snprintf(buf, sizeof buf, "Small block threshold = %zu, in %d size classes.\n\n", kSmallThreshold,
                kNumClasses);
  out += buf;
  out += "class   size   num pools   blocks in use  avail blocks\n";
  out += "-----   ----   ---------   -------------  ------------\n";
  ClassCounts counts = count_blocks();
  const size_t* pools = counts.pools;
  const size_t* in_use = counts.in_use;
  const size_t* avail = counts.avail;
  size_t unused_pools = counts.unused_pools;
  size_t allocated_bytes = 0, available_bytes = 0, header_bytes = 0, quantization = 0;
  for (int c = 0; c < kNumClasses; ++c) {
    if (!pools[c]) continue;
    size_t block = static_cast<size_t>(c + 1) * kAlignment;
    std::snprintf(buf, sizeof buf, "%5d %6zu %11zu %15zu %13zu\n", c, block, pools[c], in_use[c], avail[c]);
    out += buf;
    allocated_bytes += in_use[c] * block;
    available_bytes += avail[c] * block;
    header_bytes += pools[c] * kPoolHeaderSize;
    quantization += pools[c] * ((kPoolSize - kPoolHeaderSize) % block);
  }
  out += "\n";
  line(out, "# arenas allocated total", arenas_allocated_total);
  line(out, "# arenas reclaimed", arenas_reclaimed);
  line(out, "# arenas highwater mark", arenas_highwater);
  line(out, "# arenas allocated current", arenas_current);
  line(out, std::to_string(arenas_current) + " arenas * " + std::to_string(kArenaSize) + " bytes/arena",
       arenas_current * kArenaSize);
  out += "\n";
  line(out, "# bytes in allocated blocks", allocated_bytes);
  line(out, "# bytes in available blocks", available_bytes);
  line(out, std::to_string(unused_pools) + " unused pools * " + std::to_string(kPoolSize) + " bytes",
       unused_pools * kPoolSize);
  line(out, "# bytes lost to pool headers", header_bytes);
  line(out, "# bytes lost to quantization", quantization);
  line(out, "# bytes lost to arena alignment", 0);
  line(out, "Total", allocated_bytes + available_bytes + unused_pools * kPoolSize + header_bytes + quantization);
  out += "\narena map counts\n";
  line(out, "# arena map leaves", arena_map_leaves);
  out += "\n";
  line(out, "# bytes lost to arena map root", sizeof arena_map_root);
  line(out, "# bytes lost to arena map leaves", arena_map_leaves * sizeof(MapLeaf));
  line(out, "Total", sizeof arena_map_root + arena_map_leaves * sizeof(MapLeaf));
  return out;
}

}  // namespace glasspy
