// The cycle collector: CPython 3.11's generational garbage collector (the
// `gc` module is its interface, modules/gc_module.cpp).
//
// Reference counting frees everything but reference cycles; the collector
// finds groups of container objects that only reference each other and frees
// them.  Tracked containers (objects/gc.h) live on one of three generation
// lists, plus the permanent generation gc.freeze() moves them to.  New objects
// enter generation 0; each collection examines a generation together with the
// younger ones and moves the survivors one generation up.
//
// When collections run (as in CPython 3.11):
//  - generation 0's count is GC allocations minus GC frees; when it passes
//    threshold 0 (700), an allocation starts a collection of the oldest
//    generation whose count passes its threshold;
//  - collecting generation g adds one to generation g+1's count and zeroes
//    the counts of g and younger, so generation 1 is collected every 10
//    young collections and generation 2 every 10 of those ...
//  - ... except that a full collection waits until the objects that survived
//    a generation-1 collection since the last full one (long_lived_pending)
//    reach a quarter of those the last full collection kept
//    (long_lived_total).
//
// How garbage is found and freed is described in collector.cpp.
#pragma once

#include "objects/object.h"

namespace glasspy {

constexpr int kNumGenerations = 3;

// The gc.set_debug flags.
namespace gcdebug {
constexpr int kStats = 1;
constexpr int kCollectable = 2;
constexpr int kUncollectable = 4;
constexpr int kSaveAll = 32;
constexpr int kLeak = kCollectable | kUncollectable | kSaveAll;
}  // namespace gcdebug

struct GenerationStats {
  ssize collections = 0;
  ssize collected = 0;
  ssize uncollectable = 0;
};

// Installs the allocation hook (once, at start-up).
void collector_init();

bool gc_enabled();
void gc_set_enabled(bool enabled);
int gc_threshold(int generation);
void gc_set_threshold(int generation, int value);
int gc_count(int generation);
int gc_debug_flags();
void gc_set_debug_flags(int flags);
const GenerationStats& gc_stats(int generation);
// True while a collection runs (gc.collect() then returns 0).
bool gc_is_collecting();

// gc.garbage and gc.callbacks: the collector's own lists (borrowed; created
// on first use, null with MemoryError if that fails).
Object* gc_garbage_list();
Object* gc_callbacks_list();

// gc.collect(generation): runs the callbacks ("start", "stop") around a
// collection of `generation` and the younger ones; returns the number of
// unreachable objects found (collected + uncollectable).  0 while a
// collection is already running.
ssize gc_collect(int generation);
// The collection at interpreter exit (_PyGC_CollectNoFail): runs even when
// collection is disabled; errors are swallowed.
ssize gc_collect_no_fail();

// Calls fn(obj, ctx) for every object of `generation` (0..2, or
// kNumGenerations for the permanent one), oldest first.  fn returns false to
// stop.  fn must not track or untrack objects.
using TrackedVisitor = bool (*)(Object* obj, void* ctx);
void gc_for_each_tracked(int generation, TrackedVisitor fn, void* ctx);
ssize gc_generation_size(int generation);

// gc.freeze() / gc.unfreeze() / gc.get_freeze_count().
void gc_freeze();
void gc_unfreeze();
ssize gc_freeze_count();

// Writes text to sys.stderr as PySys_WriteStderr does (set by the VM).
extern void (*gc_write_stderr_hook)(const char* text);

}  // namespace glasspy
