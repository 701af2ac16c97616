// list.sort: CPython 3.11's timsort, step for step, so that the sequence of
// `<` comparisons (observable through __lt__) and the result for
// inconsistent orders are CPython's.
//
// The algorithm: find natural runs (count_run; a strictly descending run is
// reversed in place), extend short ones to `minrun` with binary insertion,
// and merge runs as the powersort policy of 3.11 decides (found_new_run,
// powerloop), galloping when one run wins repeatedly (min_gallop adapts).
// With a key function the keys are computed first, in order, and permuted
// together with the values.
//
// While sorting, the list looks empty (size 0, no items) to the comparison
// code; if it was modified meanwhile the sort raises ValueError "list
// modified during sort" and the modification is discarded.  reverse=True
// reverses before and after an ascending sort, which keeps equal items in
// their original order.
#include <cstdlib>
#include <cstring>
#include <vector>

#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/list.h"

namespace glasspy {

namespace {

constexpr ssize kMinGallop = 7;
constexpr int kMaxMergePending = 85;

// A pair of parallel arrays: the keys compared and the values moved with
// them (values null when the keys are the values).
struct SortSlice {
  Object** keys;
  Object** values;
};

inline void advance(SortSlice* s, ssize n) {
  s->keys += n;
  if (s->values) s->values += n;
}
inline void copy_one(SortSlice* dst, ssize i, SortSlice* src, ssize j) {
  dst->keys[i] = src->keys[j];
  if (dst->values) dst->values[i] = src->values[j];
}
inline void copy_incr(SortSlice* dst, SortSlice* src) {
  *dst->keys++ = *src->keys++;
  if (dst->values) *dst->values++ = *src->values++;
}
inline void copy_decr(SortSlice* dst, SortSlice* src) {
  *dst->keys-- = *src->keys--;
  if (dst->values) *dst->values-- = *src->values--;
}
inline void move_n(SortSlice* dst, ssize i, SortSlice* src, ssize j, ssize n) {
  std::memmove(dst->keys + i, src->keys + j, static_cast<size_t>(n) * sizeof(Object*));
  if (dst->values) std::memmove(dst->values + i, src->values + j, static_cast<size_t>(n) * sizeof(Object*));
}

struct Run {
  SortSlice base;
  ssize len;
  int power;
};

struct MergeState {
  ssize min_gallop = kMinGallop;
  ssize listlen = 0;
  Object** basekeys = nullptr;
  std::vector<Object*> temp_keys, temp_values;
  bool has_values = false;
  int n = 0;
  Run pending[kMaxMergePending];

  // Temporary room for `need` entries; returns false on memory failure.
  SortSlice temp(ssize need) {
    if (static_cast<ssize>(temp_keys.size()) < need) {
      temp_keys.resize(static_cast<size_t>(need));
      if (has_values) temp_values.resize(static_cast<size_t>(need));
    }
    return SortSlice{temp_keys.data(), has_values ? temp_values.data() : nullptr};
  }
};

// a < b: 1, 0, or -1 on error.
inline int islt(Object* a, Object* b) { return rich_compare_bool(a, b, kLT); }

void reverse_range(Object** lo, Object** hi) {
  --hi;
  while (lo < hi) {
    Object* t = *lo;
    *lo++ = *hi;
    *hi-- = t;
  }
}

void reverse_slice(SortSlice* s, ssize n) {
  reverse_range(s->keys, s->keys + n);
  if (s->values) reverse_range(s->values, s->values + n);
}

// Binary insertion sort of [lo, hi), where [lo, start) is already sorted.
int binarysort(SortSlice lo, Object** hi, Object** start) {
  if (lo.keys == start) ++start;
  for (; start < hi; ++start) {
    Object** l = lo.keys;
    Object** r = start;
    Object* pivot = *r;
    do {
      Object** p = l + ((r - l) >> 1);
      int k = islt(pivot, *p);
      if (k < 0) return -1;
      if (k) r = p;
      else l = p + 1;
    } while (l < r);
    for (Object** p = start; p > l; --p) *p = *(p - 1);
    *l = pivot;
    if (lo.values) {
      ssize offset = lo.values - lo.keys;
      Object** vstart = start + offset;
      Object** vl = l + offset;
      Object* vpivot = *vstart;
      for (Object** p = vstart; p > vl; --p) *p = *(p - 1);
      *vl = vpivot;
    }
  }
  return 0;
}

// Length of the run starting at lo; *descending for a strictly descending one.
ssize count_run(Object** lo, Object** hi, bool* descending) {
  *descending = false;
  ++lo;
  if (lo == hi) return 1;
  ssize n = 2;
  int k = islt(*lo, *(lo - 1));
  if (k < 0) return -1;
  if (k) {
    *descending = true;
    for (lo = lo + 1; lo < hi; ++lo, ++n) {
      k = islt(*lo, *(lo - 1));
      if (k < 0) return -1;
      if (!k) break;
    }
  } else {
    for (lo = lo + 1; lo < hi; ++lo, ++n) {
      k = islt(*lo, *(lo - 1));
      if (k < 0) return -1;
      if (k) break;
    }
  }
  return n;
}

// k such that a[k-1] < key <= a[k], searching from a[hint].
ssize gallop_left(Object* key, Object** a, ssize n, ssize hint) {
  a += hint;
  ssize lastofs = 0, ofs = 1;
  int k = islt(*a, key);
  if (k < 0) return -1;
  if (k) {
    const ssize maxofs = n - hint;
    while (ofs < maxofs) {
      k = islt(a[ofs], key);
      if (k < 0) return -1;
      if (!k) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  } else {
    const ssize maxofs = hint + 1;
    while (ofs < maxofs) {
      k = islt(*(a - ofs), key);
      if (k < 0) return -1;
      if (k) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    ssize t = lastofs;
    lastofs = hint - ofs;
    ofs = hint - t;
  }
  a -= hint;
  ++lastofs;
  while (lastofs < ofs) {
    ssize m = lastofs + ((ofs - lastofs) >> 1);
    k = islt(a[m], key);
    if (k < 0) return -1;
    if (k) lastofs = m + 1;
    else ofs = m;
  }
  return ofs;
}

// k such that a[k-1] <= key < a[k], searching from a[hint].
ssize gallop_right(Object* key, Object** a, ssize n, ssize hint) {
  a += hint;
  ssize lastofs = 0, ofs = 1;
  int k = islt(key, *a);
  if (k < 0) return -1;
  if (k) {
    const ssize maxofs = hint + 1;
    while (ofs < maxofs) {
      k = islt(key, *(a - ofs));
      if (k < 0) return -1;
      if (!k) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    ssize t = lastofs;
    lastofs = hint - ofs;
    ofs = hint - t;
  } else {
    const ssize maxofs = n - hint;
    while (ofs < maxofs) {
      k = islt(key, a[ofs]);
      if (k < 0) return -1;
      if (k) break;
      lastofs = ofs;
      ofs = (ofs << 1) + 1;
    }
    if (ofs > maxofs) ofs = maxofs;
    lastofs += hint;
    ofs += hint;
  }
  a -= hint;
  ++lastofs;
  while (lastofs < ofs) {
    ssize m = lastofs + ((ofs - lastofs) >> 1);
    k = islt(key, a[m]);
    if (k < 0) return -1;
    if (k) ofs = m;
    else lastofs = m + 1;
  }
  return ofs;
}

// Merges the na items at ssa with the nb at ssb (contiguous, na <= nb).
int merge_lo(MergeState* ms, SortSlice ssa, ssize na, SortSlice ssb, ssize nb) {
  SortSlice dest = ssa;
  SortSlice tmp = ms->temp(na);
  move_n(&tmp, 0, &ssa, 0, na);
  ssa = tmp;
  int result = -1;
  ssize min_gallop;
  copy_incr(&dest, &ssb);
  --nb;
  if (nb == 0) goto succeed;
  if (na == 1) goto copy_b;
  min_gallop = ms->min_gallop;
  for (;;) {
    ssize acount = 0, bcount = 0;
    // Straightforward merging until one run wins consistently.
    for (;;) {
      int k = islt(ssb.keys[0], ssa.keys[0]);
      if (k) {
        if (k < 0) goto fail;
        copy_incr(&dest, &ssb);
        ++bcount;
        acount = 0;
        --nb;
        if (nb == 0) goto succeed;
        if (bcount >= min_gallop) break;
      } else {
        copy_incr(&dest, &ssa);
        ++acount;
        bcount = 0;
        --na;
        if (na == 1) goto copy_b;
        if (acount >= min_gallop) break;
      }
    }
    // Galloping.
    ++min_gallop;
    do {
      min_gallop -= min_gallop > 1;
      ms->min_gallop = min_gallop;
      ssize k = gallop_right(ssb.keys[0], ssa.keys, na, 0);
      acount = k;
      if (k) {
        if (k < 0) goto fail;
        move_n(&dest, 0, &ssa, 0, k);
        advance(&dest, k);
        advance(&ssa, k);
        na -= k;
        if (na == 1) goto copy_b;
        // Impossible for a consistent order, possible for others.
        if (na == 0) goto succeed;
      }
      copy_incr(&dest, &ssb);
      --nb;
      if (nb == 0) goto succeed;
      k = gallop_left(ssa.keys[0], ssb.keys, nb, 0);
      bcount = k;
      if (k) {
        if (k < 0) goto fail;
        move_n(&dest, 0, &ssb, 0, k);
        advance(&dest, k);
        advance(&ssb, k);
        nb -= k;
        if (nb == 0) goto succeed;
      }
      copy_incr(&dest, &ssa);
      --na;
      if (na == 1) goto copy_b;
    } while (acount >= kMinGallop || bcount >= kMinGallop);
    ++min_gallop;
    ms->min_gallop = min_gallop;
  }
succeed:
  result = 0;
fail:
  if (na) move_n(&dest, 0, &ssa, 0, na);
  return result;
copy_b:
  // The last item of a belongs at the end of the merge.
  move_n(&dest, 0, &ssb, 0, nb);
  copy_one(&dest, nb, &ssa, 0);
  return 0;
}

// The mirror image of merge_lo, for na >= nb: merges from the right.
int merge_hi(MergeState* ms, SortSlice ssa, ssize na, SortSlice ssb, ssize nb) {
  SortSlice dest = ssb;
  advance(&dest, nb - 1);
  SortSlice tmp = ms->temp(nb);
  move_n(&tmp, 0, &ssb, 0, nb);
  SortSlice basea = ssa;
  SortSlice baseb = tmp;
  ssb.keys = tmp.keys + nb - 1;
  if (ssb.values) ssb.values = tmp.values + nb - 1;
  advance(&ssa, na - 1);
  int result = -1;
  ssize min_gallop;
  copy_decr(&dest, &ssa);
  --na;
  if (na == 0) goto succeed;
  if (nb == 1) goto copy_a;
  min_gallop = ms->min_gallop;
  for (;;) {
    ssize acount = 0, bcount = 0;
    for (;;) {
      int k = islt(ssb.keys[0], ssa.keys[0]);
      if (k) {
        if (k < 0) goto fail;
        copy_decr(&dest, &ssa);
        ++acount;
        bcount = 0;
        --na;
        if (na == 0) goto succeed;
        if (acount >= min_gallop) break;
      } else {
        copy_decr(&dest, &ssb);
        ++bcount;
        acount = 0;
        --nb;
        if (nb == 1) goto copy_a;
        if (bcount >= min_gallop) break;
      }
    }
    ++min_gallop;
    do {
      min_gallop -= min_gallop > 1;
      ms->min_gallop = min_gallop;
      ssize k = gallop_right(ssb.keys[0], basea.keys, na, na - 1);
      if (k < 0) goto fail;
      k = na - k;
      acount = k;
      if (k) {
        advance(&dest, -k);
        advance(&ssa, -k);
        move_n(&dest, 1, &ssa, 1, k);
        na -= k;
        if (na == 0) goto succeed;
      }
      copy_decr(&dest, &ssb);
      --nb;
      if (nb == 1) goto copy_a;
      k = gallop_left(ssa.keys[0], baseb.keys, nb, nb - 1);
      if (k < 0) goto fail;
      k = nb - k;
      bcount = k;
      if (k) {
        advance(&dest, -k);
        advance(&ssb, -k);
        move_n(&dest, 1, &ssb, 1, k);
        nb -= k;
        if (nb == 1) goto copy_a;
        if (nb == 0) goto succeed;
      }
      copy_decr(&dest, &ssa);
      --na;
      if (na == 0) goto succeed;
    } while (acount >= kMinGallop || bcount >= kMinGallop);
    ++min_gallop;
    ms->min_gallop = min_gallop;
  }
succeed:
  result = 0;
fail:
  if (nb) move_n(&dest, -(nb - 1), &baseb, 0, nb);
  return result;
copy_a:
  // The first item of b belongs at the front of the merge.
  move_n(&dest, 1 - na, &ssa, 1 - na, na);
  advance(&dest, -na);
  advance(&ssa, -na);
  copy_one(&dest, 0, &ssb, 0);
  return 0;
}

// Merges pending runs i and i+1.
int merge_at(MergeState* ms, int i) {
  SortSlice ssa = ms->pending[i].base;
  ssize na = ms->pending[i].len;
  SortSlice ssb = ms->pending[i + 1].base;
  ssize nb = ms->pending[i + 1].len;
  ms->pending[i].len = na + nb;
  if (i == ms->n - 3) ms->pending[i + 1] = ms->pending[i + 2];
  --ms->n;
  // Items of a that are <= b[0] are already in place.
  ssize k = gallop_right(*ssb.keys, ssa.keys, na, 0);
  if (k < 0) return -1;
  advance(&ssa, k);
  na -= k;
  if (na == 0) return 0;
  // Items of b that are >= a[-1] are already in place.
  nb = gallop_left(ssa.keys[na - 1], ssb.keys, nb, nb - 1);
  if (nb <= 0) return static_cast<int>(nb);
  if (na <= nb) return merge_lo(ms, ssa, na, ssb, nb);
  return merge_hi(ms, ssa, na, ssb, nb);
}

// Powersort's "power" of the boundary between two adjacent runs.
int powerloop(ssize s1, ssize n1, ssize n2, ssize n) {
  int result = 0;
  ssize a = 2 * s1 + n1;
  ssize b = a + n1 + n2;
  for (;;) {
    ++result;
    if (a >= n) {
      a -= n;
      b -= n;
    } else if (b >= n) {
      break;
    }
    a <<= 1;
    b <<= 1;
  }
  return result;
}

int found_new_run(MergeState* ms, ssize n2) {
  if (ms->n) {
    Run* p = ms->pending;
    ssize s1 = p[ms->n - 1].base.keys - ms->basekeys;
    ssize n1 = p[ms->n - 1].len;
    int power = powerloop(s1, n1, n2, ms->listlen);
    while (ms->n > 1 && p[ms->n - 2].power > power) {
      if (merge_at(ms, ms->n - 2) < 0) return -1;
    }
    p[ms->n - 1].power = power;
  }
  return 0;
}

int merge_force_collapse(MergeState* ms) {
  Run* p = ms->pending;
  while (ms->n > 1) {
    int n = ms->n - 2;
    if (n > 0 && p[n - 1].len < p[n + 1].len) --n;
    if (merge_at(ms, n) < 0) return -1;
  }
  return 0;
}

ssize compute_minrun(ssize n) {
  ssize r = 0;
  while (n >= 64) {
    r |= n & 1;
    n >>= 1;
  }
  return n + r;
}

}  // namespace

int list_sort(Object* l, Object* keyfunc, bool reverse) {
  ListObject* self = as_list(l);
  // The list appears empty while sorting.
  ssize saved_size = self->size;
  Object** saved_items = self->items;
  ssize saved_allocated = self->allocated;
  self->size = 0;
  self->items = nullptr;
  self->allocated = -1;

  Object** keys = nullptr;
  std::vector<Object*> key_storage;
  ssize computed_keys = 0;
  int result = -1;
  MergeState ms;

  if (keyfunc) {
    key_storage.resize(static_cast<size_t>(saved_size));
    keys = key_storage.data();
    for (ssize i = 0; i < saved_size; ++i) {
      keys[i] = call_function(keyfunc, saved_items[i]);
      if (!keys[i]) goto keyfunc_fail;
      ++computed_keys;
    }
  } else {
    keys = saved_items;
  }

  {
    SortSlice lo{keys, keyfunc ? saved_items : nullptr};
    ms.has_values = keyfunc != nullptr;
    ms.listlen = saved_size;
    ms.basekeys = keys;
    ssize nremaining = saved_size;
    if (nremaining < 2) goto succeed;
    if (reverse) reverse_slice(&lo, saved_size);
    ssize minrun = compute_minrun(nremaining);
    do {
      bool descending;
      ssize n = count_run(lo.keys, lo.keys + nremaining, &descending);
      if (n < 0) goto fail;
      if (descending) reverse_slice(&lo, n);
      if (n < minrun) {
        const ssize force = nremaining <= minrun ? nremaining : minrun;
        if (binarysort(lo, lo.keys + force, lo.keys + n) < 0) goto fail;
        n = force;
      }
      if (found_new_run(&ms, n) < 0) goto fail;
      ms.pending[ms.n].base = lo;
      ms.pending[ms.n].len = n;
      ++ms.n;
      advance(&lo, n);
      nremaining -= n;
    } while (nremaining);
    if (merge_force_collapse(&ms) < 0) goto fail;
  }
succeed:
  result = 0;
fail:
  for (ssize i = 0; i < computed_keys; ++i) decref(keys[i]);
  if (self->allocated != -1 && result == 0) {
    // The comparison code put items in the list: that is an error.
    set_error(&exc::ValueError, "list modified during sort");
    result = -1;
  }
  if (reverse && saved_size > 1) {
    Object** lo = saved_items;
    Object** hi = saved_items + saved_size;
    reverse_range(lo, hi);
  }
  goto restore;

keyfunc_fail:
  for (ssize i = 0; i < computed_keys; ++i) decref(keys[i]);

restore : {
  // Whatever the comparison code put in the list is discarded.
  Object** final_items = self->items;
  ssize final_size = self->size;
  self->size = saved_size;
  self->items = saved_items;
  self->allocated = saved_allocated;
  if (final_items) {
    for (ssize i = final_size; --i >= 0;) xdecref(final_items[i]);
    std::free(final_items);
  }
}
  return result;
}

}  // namespace glasspy
