// `_heapq`: the heap primitives behind heapq.py (which imports them over
// its own Python versions).
//
// A heap is a list with heap[k] <= heap[2k+1] and heap[k] <= heap[2k+2]
// (>= for the _max variants the module uses in nlargest/merge).  Items are
// compared with `<` only, which may run Python code: after each comparison
// the list's size is checked again ("list changed size during iteration"),
// and items are moved by swapping slots of the live list, never through
// pointers kept across a comparison.  heapify of a large list visits the
// subtrees in the cache-friendly order CPython uses, which gives the same
// arrangement of equal-comparing items as CPython.
#include "modules/heapq_module.h"
#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/type.h"
#include "vm/module_object.h"

namespace glasspy {

namespace {

// 1 if a should be above b in the heap (a < b; b < a for a max-heap).
int heap_before(Object* a, Object* b, bool max_heap) {
  incref(a);
  incref(b);
  int r = max_heap ? rich_compare_bool(b, a, kLT) : rich_compare_bool(a, b, kLT);
  decref(a);
  decref(b);
  return r;
}

bool size_unchanged(Object* heap, ssize expected) {
  if (list_size(heap) == expected) return true;
  set_error(&exc::RuntimeError, "list changed size during iteration");
  return false;
}

void swap_items(Object* heap, ssize i, ssize j) {
  Object** items = as_list(heap)->items;
  Object* t = items[i];
  items[i] = items[j];
  items[j] = t;
}

// Moves heap[pos] up towards `start` while it belongs above its parent.
int sift_toward_root(Object* heap, ssize start, ssize pos, bool max_heap) {
  ssize size = list_size(heap);
  if (pos >= size) {
    set_error(&exc::IndexError, "list index out of range");
    return -1;
  }
  while (pos > start) {
    ssize parent = (pos - 1) >> 1;
    int before = heap_before(list_item(heap, pos), list_item(heap, parent), max_heap);
    if (before < 0) return -1;
    if (!size_unchanged(heap, size)) return -1;
    if (before == 0) break;
    swap_items(heap, parent, pos);
    pos = parent;
  }
  return 0;
}

// Moves the item at pos down to a leaf along the smaller children, then
// back up to its place (fewer comparisons than stopping early).
int sift_toward_leaves(Object* heap, ssize pos, bool max_heap) {
  ssize end = list_size(heap);
  ssize start = pos;
  ssize limit = end >> 1;
  while (pos < limit) {
    ssize child = 2 * pos + 1;
    if (child + 1 < end) {
      int left_first = heap_before(list_item(heap, child), list_item(heap, child + 1), max_heap);
      if (left_first < 0) return -1;
      if (!left_first) ++child;
      if (!size_unchanged(heap, end)) return -1;
    }
    swap_items(heap, child, pos);
    pos = child;
  }
  return sift_toward_root(heap, start, pos, max_heap);
}

bool require_list(Object* o, const char* fname, bool numbered) {
  if (is_list(o)) return true;
  format_error(&exc::TypeError, numbered ? "%s() argument 1 must be list, not %.50s" : "%s() argument must be list, not %.50s",
               fname, type_name(o->type));
  return false;
}

Object* heap_push(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("heappush", nargs, 2, 2) || !require_list(args[0], "heappush", true)) return nullptr;
  Object* heap = args[0];
  if (list_append(heap, args[1]) < 0) return nullptr;
  if (sift_toward_root(heap, 0, list_size(heap) - 1, false) < 0) return nullptr;
  return newref(None);
}

Object* pop_common(Object* heap, const char* fname, bool max_heap) {
  if (!require_list(heap, fname, false)) return nullptr;
  ssize n = list_size(heap);
  if (n == 0) {
    set_error(&exc::IndexError, "index out of range");
    return nullptr;
  }
  Object* last = list_item(heap, n - 1);
  incref(last);
  if (list_set_slice(heap, n - 1, n, nullptr) < 0) {
    decref(last);
    return nullptr;
  }
  if (n - 1 == 0) return last;
  Object* top = list_item(heap, 0);
  as_list(heap)->items[0] = last;  // the list's reference to top passes to the caller
  if (sift_toward_leaves(heap, 0, max_heap) < 0) {
    decref(top);
    return nullptr;
  }
  return top;
}

Object* heap_pop(Object*, Object* heap) { return pop_common(heap, "heappop", false); }
Object* heap_pop_max(Object*, Object* heap) { return pop_common(heap, "_heappop_max", true); }

Object* replace_common(Object* const* args, ssize nargs, const char* fname, bool max_heap) {
  if (!check_positional(fname, nargs, 2, 2) || !require_list(args[0], fname, true)) return nullptr;
  Object* heap = args[0];
  if (list_size(heap) == 0) {
    set_error(&exc::IndexError, "index out of range");
    return nullptr;
  }
  Object* top = list_item(heap, 0);
  as_list(heap)->items[0] = newref(args[1]);
  if (sift_toward_leaves(heap, 0, max_heap) < 0) {
    decref(top);
    return nullptr;
  }
  return top;
}

Object* heap_replace(Object*, Object* const* args, ssize nargs) { return replace_common(args, nargs, "heapreplace", false); }
Object* heap_replace_max(Object*, Object* const* args, ssize nargs) {
  return replace_common(args, nargs, "_heapreplace_max", true);
}

Object* heap_pushpop(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("heappushpop", nargs, 2, 2) || !require_list(args[0], "heappushpop", true)) return nullptr;
  Object* heap = args[0];
  Object* item = args[1];
  if (list_size(heap) == 0) return newref(item);
  int top_smaller = heap_before(list_item(heap, 0), item, false);
  if (top_smaller < 0) return nullptr;
  if (top_smaller == 0) return newref(item);
  if (list_size(heap) == 0) {
    set_error(&exc::IndexError, "index out of range");
    return nullptr;
  }
  Object* top = list_item(heap, 0);
  as_list(heap)->items[0] = newref(item);
  if (sift_toward_leaves(heap, 0, false) < 0) {
    decref(top);
    return nullptr;
  }
  return top;
}

// The highest power of two <= n (n > 0).
ssize top_bit(ssize n) {
  ssize bit = 1;
  while (bit <= n / 2) bit <<= 1;
  return bit;
}

int heapify_common(Object* heap, bool max_heap) {
  ssize n = list_size(heap);
  ssize parents = n >> 1;  // positions with at least one child
  if (n > 2500) {
    // Past the cache, whole subtrees are completed bottom-up before moving
    // on (each sift stays in memory that was just touched).  The positions
    // of the lowest complete level of parents go first, right to left,
    // each followed by the ancestors it completes.
    ssize half = parents >> 1;
    ssize leftmost = top_bit(parents + 1) - 1;
    auto sift_with_ancestors = [&](ssize i) {
      for (ssize j = i;; j >>= 1) {
        if (sift_toward_leaves(heap, j, max_heap) < 0) return false;
        if (!(j & 1)) break;
      }
      return true;
    };
    for (ssize i = leftmost - 1; i >= half; --i)
      if (!sift_with_ancestors(i)) return -1;
    for (ssize i = parents - 1; i >= leftmost; --i)
      if (!sift_with_ancestors(i)) return -1;
    for (ssize i = half - 1; i >= 0; --i)
      if (sift_toward_leaves(heap, i, max_heap) < 0) return -1;
    return 0;
  }
  for (ssize i = parents - 1; i >= 0; --i)
    if (sift_toward_leaves(heap, i, max_heap) < 0) return -1;
  return 0;
}

Object* heap_heapify(Object*, Object* heap) {
  if (!require_list(heap, "heapify", false) || heapify_common(heap, false) < 0) return nullptr;
  return newref(None);
}

Object* heap_heapify_max(Object*, Object* heap) {
  if (!require_list(heap, "_heapify_max", false) || heapify_common(heap, true) < 0) return nullptr;
  return newref(None);
}

MethodDef heapq_functions[] = {
    MethodDef("heappush", static_cast<FastMethod>(heap_push), "Pushes item onto the heap, keeping it a heap."),
    MethodDef("heappop", static_cast<OneArgMethod>(heap_pop), "Pops the smallest item off the heap."),
    MethodDef("heappushpop", static_cast<FastMethod>(heap_pushpop),
              "Pushes item, then pops and returns the smallest item (faster than the two calls)."),
    MethodDef("heapreplace", static_cast<FastMethod>(heap_replace),
              "Pops and returns the smallest item, and pushes the new item (the heap must not be empty)."),
    MethodDef("heapify", static_cast<OneArgMethod>(heap_heapify), "Rearranges a list into a heap, in place."),
    MethodDef("_heappop_max", static_cast<OneArgMethod>(heap_pop_max), "heappop for a max-heap."),
    MethodDef("_heapreplace_max", static_cast<FastMethod>(heap_replace_max), "heapreplace for a max-heap."),
    MethodDef("_heapify_max", static_cast<OneArgMethod>(heap_heapify_max), "heapify for a max-heap."),
    {},
};

}  // namespace

Object* heapq_module_create() {
  Object* m = module_new_cstr("_heapq");
  if (!m) return nullptr;
  as_module(m)->md_builtin = true;
  Object* doc = str_from_cstr("Heap queue primitives: lists kept so that heap[0] is the smallest item.");
  int ok = doc ? module_add_object(m, "__doc__", doc) : -1;
  xdecref(doc);
  if (ok < 0 || module_add_functions(m, heapq_functions) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace glasspy
