// The small-object allocator: where every Python object's memory comes
// from, in the manner of CPython's obmalloc (see small_alloc.cpp).
//
// Requests of up to 512 bytes are served from pools of same-sized blocks
// carved out of 1 MiB arenas; larger ones go to the system allocator.  The
// caller must hold the GIL.  Builds with AddressSanitizer send everything
// to the system allocator, so that ASan sees each object (as CPython's
// PYTHONMALLOC=malloc does).
#pragma once

#include <cstddef>
#include <string>

namespace glasspy {

// `size` bytes, zero-filled, 16-byte aligned; null when memory is exhausted.
void* small_alloc_zeroed(size_t size);
// Gives back memory from small_alloc_zeroed (any size; null is ignored).
void small_free(void* p);

// The report sys._debugmallocstats() writes: blocks in use per size class,
// arenas, pools and where the bytes go.
std::string small_alloc_report();

// Figures for tests and the docs.
struct SmallAllocStats {
  size_t arenas_allocated_total;
  size_t arenas_reclaimed;
  size_t arenas_current;
  size_t blocks_in_use;
};
SmallAllocStats small_alloc_stats();

}  // namespace glasspy
