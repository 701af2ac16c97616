// The cycle collector (see collector.h for the generations).
//
// Finding garbage.  Collecting generation g first appends the younger
// generations' lists to g's (generation 0 then 1: CPython's order, which
// decides the order finalizers run in).  Then, for that list ("young"):
//  1. update_refs: each object's header gets gc_refs = its reference count,
//     stored in `prev` above the two flag bits (the back links are rebuilt
//     later; meanwhile the list is walked through `next` only), and the
//     COLLECTING flag.
//  2. subtract_refs: every reference from one object of the list to another
//     (found with tp_traverse) is subtracted.  What remains counts the
//     references from outside: the stack, globals, older objects.
//  3. move_unreachable: objects with gc_refs > 0 are reachable, and so is
//     everything they reach.  One pass in list order: a reachable object
//     marks what it references (gc_refs 1, or moved back from the
//     unreachable list to the end of young); an object with gc_refs 0 is
//     moved to the unreachable list for now, its `next` tagged with
//     kUnreachableTag so a later reference can find it there.
// Survivors are promoted (merged into the next generation) before any Python
// code runs.
//
// Freeing it (PEP 442):
//  4. weak references to unreachable objects are cleared and their callbacks
//     called (handle_weakrefs);
//  5. every unreachable object with a finalizer (__del__, a generator's
//     close) not yet run gets it run, once in its life (the FINALIZED flag);
//  6. finalizers may have resurrected objects: steps 1-3 run again on the
//     unreachable set; whatever is now reachable from outside survives with
//     everything it references, and goes to the older generation;
//  7. tp_clear breaks the references of what is left, which frees it by
//     reference counting (or, under DEBUG_SAVEALL, it goes to gc.garbage).
// glasspy has no type with a legacy finalizer (tp_del), so no object is ever
// uncollectable; the figure is reported as CPython reports it (0).
//
// While a collection runs no other starts: allocations do not trigger one
// and gc.collect() returns 0.
#include "memory/collector.h"

#include <chrono>
#include <climits>
#include <cstdio>
#include <string>
#include <vector>

#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/gc.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/weakref.h"

namespace glasspy {

void (*gc_write_stderr_hook)(const char* text) = nullptr;

namespace {

// ---- list primitives ----------------------------------------------------------
// A list is circular with a sentinel header; `prev` carries flag bits.

constexpr uintptr_t kUnreachableTag = 1;  // in `next`, during move_unreachable

inline GCHeader* prev_of(GCHeader* h) { return reinterpret_cast<GCHeader*>(h->prev & ~kGCFlagMask); }
inline void set_prev(GCHeader* h, GCHeader* p) {
  h->prev = reinterpret_cast<uintptr_t>(p) | (h->prev & kGCFlagMask);
}
inline GCHeader* untagged(GCHeader* p) {
  return reinterpret_cast<GCHeader*>(reinterpret_cast<uintptr_t>(p) & ~kUnreachableTag);
}
inline GCHeader* tagged(GCHeader* p) {
  return reinterpret_cast<GCHeader*>(reinterpret_cast<uintptr_t>(p) | kUnreachableTag);
}
inline bool is_tagged(GCHeader* p) { return (reinterpret_cast<uintptr_t>(p) & kUnreachableTag) != 0; }

void gclist_init(GCHeader* head) {
  head->next = head;
  head->prev = reinterpret_cast<uintptr_t>(head);
}
inline bool gclist_is_empty(GCHeader* head) { return head->next == head; }

void gclist_append(GCHeader* h, GCHeader* head) {
  GCHeader* last = prev_of(head);
  last->next = h;
  set_prev(h, last);
  h->next = head;
  set_prev(head, h);
}

void gclist_remove(GCHeader* h) {
  GCHeader* p = prev_of(h);
  p->next = h->next;
  set_prev(h->next, p);
}

void gclist_move(GCHeader* h, GCHeader* to) {
  gclist_remove(h);
  gclist_append(h, to);
}

// Appends all of `from` to the end of `to`, leaving `from` empty.
void gclist_merge(GCHeader* from, GCHeader* to) {
  if (gclist_is_empty(from)) return;
  GCHeader* to_last = prev_of(to);
  GCHeader* first = from->next;
  GCHeader* last = prev_of(from);
  to_last->next = first;
  set_prev(first, to_last);
  last->next = to;
  set_prev(to, last);
  gclist_init(from);
}

ssize gclist_size(GCHeader* head) {
  ssize n = 0;
  for (GCHeader* h = head->next; h != head; h = h->next) ++n;
  return n;
}

// gc_refs lives in `prev` above the flags while COLLECTING is set.
inline ssize refs_of(GCHeader* h) { return static_cast<intptr_t>(h->prev) >> 2; }
inline void set_refs(GCHeader* h, ssize n) {
  h->prev = (static_cast<uintptr_t>(n) << 2) | (h->prev & kGCFlagMask);
}
inline bool is_collecting(GCHeader* h) { return (h->prev & kGCCollectingBit) != 0; }
inline void clear_collecting(GCHeader* h) { h->prev &= ~kGCCollectingBit; }

// ---- state --------------------------------------------------------------------

GCHeader older_heads[kNumGenerations - 1];  // generations 1 and 2
GCHeader permanent_head;
int thresholds[kNumGenerations] = {700, 10, 10};
int older_counts[kNumGenerations - 1] = {0, 0};
bool enabled = true;
bool collecting = false;
int debug_flags = 0;
ssize long_lived_total = 0;
ssize long_lived_pending = 0;
GenerationStats stats[kNumGenerations];
Object* garbage = nullptr;
Object* callbacks = nullptr;

GCHeader* generation_head(int g) {
  if (g == 0) return gc_young_list();
  if (g == kNumGenerations) return &permanent_head;
  return &older_heads[g - 1];
}

void update_trigger() {
  gc_allocation_trigger = (enabled && thresholds[0] != 0 && !collecting) ? thresholds[0] : INT_MAX;
}

void write_stderr(const std::string& text) {
  if (gc_write_stderr_hook) {
    gc_write_stderr_hook(text.c_str());
  } else {
    std::fputs(text.c_str(), stderr);
  }
}

inline int traverse(Object* op, visitproc visit, void* arg) {
  traverseproc t = op->type->traverse;
  return t ? t(op, visit, arg) : 0;
}

// ---- finding the unreachable --------------------------------------------------

void update_refs(GCHeader* young) {
  for (GCHeader* h = young->next; h != young; h = h->next) {
    h->prev = (h->prev & kGCFinalizedBit) | kGCCollectingBit;
    set_refs(h, gc_object(h)->refcnt);
  }
}

int visit_decref(Object* op, void*) {
  if (object_is_gc(op)) {
    GCHeader* h = gc_header(op);
    if (is_collecting(h)) set_refs(h, refs_of(h) - 1);
  }
  return 0;
}

void subtract_refs(GCHeader* young) {
  for (GCHeader* h = young->next; h != young; h = h->next) traverse(gc_object(h), visit_decref, nullptr);
}

// _PyTuple_MaybeUntrack's test: no item is missing or may be tracked.
bool tuple_items_untrackable(Object* t) {
  for (ssize i = 0, n = tuple_size(t); i < n; ++i) {
    Object* item = tuple_item(t, i);
    if (!item || gc_may_be_tracked(item)) return false;
  }
  return true;
}

// `arg` is young's sentinel: what a reachable object references is reachable.
int visit_reachable(Object* op, void* arg) {
  if (!object_is_gc(op)) return 0;
  GCHeader* h = gc_header(op);
  if (!is_collecting(h)) return 0;  // another generation, or already known reachable
  if (is_tagged(h->next)) {
    // In the unreachable list after all: unlink it (the list's `next`
    // pointers are tagged) and put it back at the end of young.
    GCHeader* young = static_cast<GCHeader*>(arg);
    GCHeader* p = prev_of(h);
    GCHeader* n = untagged(h->next);
    p->next = h->next;
    set_prev(n, p);
    GCHeader* last = prev_of(young);
    last->next = h;
    h->next = young;
    young->prev = reinterpret_cast<uintptr_t>(h);
    set_refs(h, 1);
  } else if (refs_of(h) == 0) {
    // Not scanned yet; it will be, as reachable.
    set_refs(h, 1);
  }
  return 0;
}

// Returns the number of objects left in young.  With untrack_tuples, exact
// tuples holding nothing that may be tracked leave young untracked as they
// are found reachable: this pass visits young in the order CPython's
// separate untrack_tuples pass does, so the same tuples are untracked.
ssize move_unreachable(GCHeader* young, GCHeader* unreachable, bool untrack_tuples) {
  GCHeader* prev = young;
  GCHeader* h = young->next;
  ssize reachable = 0;
  while (h != young) {
    if (refs_of(h) != 0) {
      Object* op = gc_object(h);
      traverse(op, visit_reachable, young);
      if (untrack_tuples && op->type == &TupleType && tuple_items_untrackable(op)) {
        prev->next = h->next;
        h->next = nullptr;
        h->prev &= kGCFinalizedBit;
      } else {
        // Reachable: relink its back pointer; its part in the collection ends.
        h->prev = reinterpret_cast<uintptr_t>(prev) | (h->prev & kGCFinalizedBit);
        prev = h;
        ++reachable;
      }
    } else {
      // Unreachable so far.  Young is singly linked here: skip over h.
      prev->next = h->next;
      GCHeader* last = prev_of(unreachable);
      last->next = tagged(h);
      set_prev(h, last);
      h->next = tagged(unreachable);
      unreachable->prev = reinterpret_cast<uintptr_t>(h);
    }
    h = prev->next;
  }
  young->prev = reinterpret_cast<uintptr_t>(prev);
  // Untag the unreachable list, making it an ordinary list again.
  unreachable->next = untagged(unreachable->next);
  for (GCHeader* u = unreachable->next; u != unreachable; u = u->next) u->next = untagged(u->next);
  return reachable;
}

// Leaves in `base` what is reachable from outside it and moves the rest to
// `unreachable` (whose objects keep COLLECTING set).  Returns the number of
// objects left in base.
ssize deduce_unreachable(GCHeader* base, GCHeader* unreachable, bool untrack_tuples = false) {
  update_refs(base);
  subtract_refs(base);
  return move_unreachable(base, unreachable, untrack_tuples);
}

// Returns how many it untracked.
ssize untrack_dicts(GCHeader* head) {
  ssize untracked = 0;
  GCHeader* h = head->next;
  while (h != head) {
    GCHeader* next = h->next;
    Object* op = gc_object(h);
    if (op->type == &DictType) {
      dict_maybe_untrack(op);
      if (!gc_is_tracked(op)) ++untracked;
    }
    h = next;
  }
  return untracked;
}

// ---- freeing it ---------------------------------------------------------------

// Step 4: weak references.  Every weak reference to an unreachable object
// is cleared before any finalizer runs, so that no finalizer or callback can
// reach garbage through one.  Weak references that are garbage themselves
// are cleared too (their callbacks must not run once tp_clear has begun),
// and a callback runs only when its weak reference survives the
// collection.  The callbacks run after every reference is cleared, since a
// callback could otherwise resurrect an unreachable object through a weak
// reference not yet cleared.  Returns the weak references freed by their
// own callbacks (they count as collected).
ssize handle_weakrefs(GCHeader* unreachable, GCHeader* /*old*/) {
  std::vector<WeakRefObject*> to_call;
  for (GCHeader* h = unreachable->next; h != unreachable; h = h->next) {
    Object* op = gc_object(h);
    if (is_weakref(op)) weakref_clear_ref(static_cast<WeakRefObject*>(op));
    WeakRefObject** list = weakref_list_slot(op);
    if (!list) continue;
    while (WeakRefObject* wr = *list) {
      weakref_clear_ref(wr);  // unlinks wr: *list moves on
      if (!wr->wr_callback) continue;
      if (object_is_gc(wr) && gc_is_tracked(wr) && is_collecting(gc_header(wr))) continue;  // trash too
      to_call.push_back(newref(wr));
    }
  }
  ssize freed = 0;
  for (WeakRefObject* wr : to_call) {
    Object* callback = wr->wr_callback;
    if (callback) weakref_call_callback(wr, callback);
    if (wr->refcnt == 1) ++freed;
    decref(wr);
  }
  return freed;
}

// Step 5.  Finalizers may free or resurrect objects, or make new ones; the
// list is consumed one object at a time for that reason.
void finalize_garbage(GCHeader* collectable) {
  GCHeader seen;
  gclist_init(&seen);
  while (!gclist_is_empty(collectable)) {
    GCHeader* h = collectable->next;
    Object* op = gc_object(h);
    gclist_move(h, &seen);
    destructor finalize = op->type->finalize;
    if (!(h->prev & kGCFinalizedBit) && finalize) {
      h->prev |= kGCFinalizedBit;
      incref(op);
      finalize(op);
      decref(op);
    }
  }
  gclist_merge(&seen, collectable);
}

void clear_collecting_flags(GCHeader* head) {
  for (GCHeader* h = head->next; h != head; h = h->next) clear_collecting(h);
}

// Step 6.
void handle_resurrected_objects(GCHeader* unreachable, GCHeader* still_unreachable, GCHeader* old) {
  clear_collecting_flags(unreachable);
  deduce_unreachable(unreachable, still_unreachable);
  gclist_merge(unreachable, old);
}

// Step 7.
void delete_garbage(GCHeader* collectable, GCHeader* old) {
  while (!gclist_is_empty(collectable)) {
    GCHeader* h = collectable->next;
    Object* op = gc_object(h);
    if (debug_flags & gcdebug::kSaveAll) {
      Object* g = gc_garbage_list();
      if (!g || list_append(g, op) < 0) clear_error();
    } else if (inquiry clear = op->type->clear) {
      incref(op);
      clear(op);
      if (error_occurred()) write_unraisable(static_cast<Object*>(op->type));
      decref(op);
    }
    if (collectable->next == h) {
      // Still alive (something outside the cycle may free it later).
      clear_collecting(h);
      gclist_move(h, old);
    }
  }
}

std::string address_of(Object* op) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%p", static_cast<void*>(op));
  return buf;
}

void show_generation_sizes() {
  std::string text = "gc: objects in each generation:";
  for (int g = 0; g < kNumGenerations; ++g) text += " " + std::to_string(gclist_size(generation_head(g)));
  text += "\ngc: objects in permanent generation: " + std::to_string(gclist_size(&permanent_head)) + "\n";
  write_stderr(text);
}

// gc_collect_main: collects `generation` and the younger ones.
ssize collect_main(int generation, ssize* n_collected, ssize* n_uncollectable, bool nofail) {
  using Clock = std::chrono::steady_clock;
  Clock::time_point started;
  if (debug_flags & gcdebug::kStats) {
    write_stderr("gc: collecting generation " + std::to_string(generation) + "...\n");
    show_generation_sizes();
    started = Clock::now();
  }
  if (generation + 1 < kNumGenerations) ++older_counts[generation];
  gc_young_count = 0;
  for (int g = 1; g <= generation; ++g) older_counts[g - 1] = 0;

  for (int g = 0; g < generation; ++g) gclist_merge(generation_head(g), generation_head(generation));
  GCHeader* young = generation_head(generation);
  GCHeader* old = generation + 1 < kNumGenerations ? generation_head(generation + 1) : young;

  GCHeader unreachable;
  gclist_init(&unreachable);
  ssize survivors = deduce_unreachable(young, &unreachable, true);
  // Promote the survivors.
  if (young != old) {
    if (generation == kNumGenerations - 2) long_lived_pending += survivors;
    gclist_merge(young, old);
  } else {
    // Dicts are untracked in full collections only (quadratic otherwise).
    long_lived_total = survivors - untrack_dicts(young);
    long_lived_pending = 0;
  }

  if (debug_flags & gcdebug::kCollectable) {
    for (GCHeader* h = unreachable.next; h != &unreachable; h = h->next) {
      Object* op = gc_object(h);
      write_stderr(std::string("gc: collectable <") + op->type->name + " " + address_of(op) + ">\n");
    }
  }

  ssize m = handle_weakrefs(&unreachable, old);
  finalize_garbage(&unreachable);
  GCHeader final_unreachable;
  gclist_init(&final_unreachable);
  handle_resurrected_objects(&unreachable, &final_unreachable, old);
  m += gclist_size(&final_unreachable);
  delete_garbage(&final_unreachable, old);

  ssize n = 0;  // uncollectable: objects with legacy finalizers (none in glasspy)
  if (debug_flags & gcdebug::kStats) {
    double seconds = std::chrono::duration<double>(Clock::now() - started).count();
    char buf[128];
    std::snprintf(buf, sizeof buf, "gc: done, %zd unreachable, %zd uncollectable, %.4fs elapsed\n", m + n, n,
                  seconds);
    write_stderr(buf);
  }
  if (generation == kNumGenerations - 1) gc_clear_free_lists();
  if (error_occurred()) {
    if (nofail) {
      clear_error();
    } else {
      write_unraisable(nullptr);
    }
  }
  if (n_collected) *n_collected = m;
  if (n_uncollectable) *n_uncollectable = n;
  GenerationStats& s = stats[generation];
  ++s.collections;
  s.collected += m;
  s.uncollectable += n;
  return n + m;
}

void invoke_callbacks(const char* phase, int generation, ssize collected, ssize uncollectable) {
  if (!callbacks || list_size(callbacks) == 0) return;
  Object* info = dict_new();
  if (info) {
    Object* values[3] = {int_from_ssize(generation), int_from_ssize(collected), int_from_ssize(uncollectable)};
    const char* keys[3] = {"generation", "collected", "uncollectable"};
    for (int i = 0; i < 3; ++i) {
      if (info && (!values[i] || dict_set_item_cstr(info, keys[i], values[i]) < 0)) clear_ref(info);
    }
    for (Object* v : values) xdecref(v);
  }
  if (!info) {
    write_unraisable(nullptr);
    return;
  }
  Object* phase_str = str_from_cstr(phase);
  if (!phase_str) {
    decref(info);
    write_unraisable(nullptr);
    return;
  }
  // The list may change while callbacks run: index it afresh each time.
  for (ssize i = 0; i < list_size(callbacks); ++i) {
    Object* cb = newref(list_item(callbacks, i));
    Object* args[2] = {phase_str, info};
    Object* r = vectorcall(cb, args, 2, nullptr);
    if (r) {
      decref(r);
    } else {
      write_unraisable(cb);
    }
    decref(cb);
  }
  decref(phase_str);
  decref(info);
}

ssize collect_with_callbacks(int generation) {
  invoke_callbacks("start", generation, 0, 0);
  ssize collected = 0;
  ssize uncollectable = 0;
  ssize result = collect_main(generation, &collected, &uncollectable, false);
  invoke_callbacks("stop", generation, collected, uncollectable);
  return result;
}

// Collects the oldest generation whose count passed its threshold.
void collect_generations() {
  for (int g = kNumGenerations - 1; g >= 0; --g) {
    int count = g == 0 ? gc_young_count : older_counts[g - 1];
    if (count > thresholds[g]) {
      // A full collection waits for enough new long-lived objects, so that
      // building a large structure does not cost quadratic time.
      if (g == kNumGenerations - 1 && long_lived_pending < long_lived_total / 4) continue;
      collect_with_callbacks(g);
      break;
    }
  }
}

void on_allocation() {
  if (collecting || error_occurred()) return;
  collecting = true;
  update_trigger();
  collect_generations();
  collecting = false;
  update_trigger();
}

}  // namespace

void collector_init() {
  for (GCHeader& h : older_heads) gclist_init(&h);
  gclist_init(&permanent_head);
  gc_allocation_hook = on_allocation;
  update_trigger();
}

bool gc_enabled() { return enabled; }
void gc_set_enabled(bool e) {
  enabled = e;
  update_trigger();
}
int gc_threshold(int generation) { return thresholds[generation]; }
void gc_set_threshold(int generation, int value) {
  thresholds[generation] = value;
  update_trigger();
}
int gc_count(int generation) { return generation == 0 ? gc_young_count : older_counts[generation - 1]; }
int gc_debug_flags() { return debug_flags; }
void gc_set_debug_flags(int flags) { debug_flags = flags; }
const GenerationStats& gc_stats(int generation) { return stats[generation]; }
bool gc_is_collecting() { return collecting; }

Object* gc_garbage_list() {
  if (!garbage) garbage = list_new(0);
  return garbage;
}
Object* gc_callbacks_list() {
  if (!callbacks) callbacks = list_new(0);
  return callbacks;
}

ssize gc_collect(int generation) {
  if (collecting) return 0;
  collecting = true;
  update_trigger();
  ssize n = collect_with_callbacks(generation);
  collecting = false;
  update_trigger();
  return n;
}

ssize gc_collect_no_fail() {
  if (collecting) return 0;
  collecting = true;
  update_trigger();
  // No callbacks here: the interpreter is shutting down.
  ssize n = collect_main(kNumGenerations - 1, nullptr, nullptr, true);
  collecting = false;
  update_trigger();
  return n;
}

void gc_for_each_tracked(int generation, TrackedVisitor fn, void* ctx) {
  GCHeader* head = generation_head(generation);
  for (GCHeader* h = head->next; h != head; h = h->next) {
    if (!fn(gc_object(h), ctx)) return;
  }
}

ssize gc_generation_size(int generation) { return gclist_size(generation_head(generation)); }

void gc_freeze() {
  for (int g = 0; g < kNumGenerations; ++g) gclist_merge(generation_head(g), &permanent_head);
  gc_young_count = 0;
}

void gc_unfreeze() { gclist_merge(&permanent_head, generation_head(kNumGenerations - 1)); }

ssize gc_freeze_count() { return gclist_size(&permanent_head); }

}  // namespace glasspy
