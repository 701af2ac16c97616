// The combinatoric iterators of itertools: product, combinations,
// combinations_with_replacement, permutations.
//
// Each keeps its input as tuples (pools), the current selection as an
// array of indices into them, and the last result tuple.  Advancing changes
// the indices in lexicographic order and rewrites only the result slots
// whose index changed.  When nobody else holds the last result (its count
// is the one this object owns) it is updated in place, as CPython does, so
// `for p in permutations(...)` allocates no tuple per step; otherwise a copy
// is made first, since tuples are immutable to anyone who can see them.
#include <vector>

#include "modules/itertools_module.h"
#include "modules/native_type_support.h"
#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

namespace {

Object* type_ref(Object* o) { return newref(static_cast<Object*>(o->type)); }

// Makes *result safe to modify: a private copy when someone else holds it.
bool make_result_private(Object*& result) {
  if (result->refcnt == 1) return true;
  Object* copy = tuple_from_array(tuple_items(result), tuple_size(result));
  if (!copy) return false;
  setref(result, copy);
  return true;
}

// result[i] = item (borrowed), releasing the previous item.
void replace_item(Object* result, ssize i, Object* item) {
  Object* old = tuple_item(result, i);
  tuple_set_item(result, i, newref(item));
  xdecref(old);
}

Object* indices_tuple(const std::vector<ssize>& indices, ssize count) {
  Object* t = tuple_new(count);
  if (!t) return nullptr;
  for (ssize i = 0; i < count; ++i) {
    Object* v = int_from_ssize(indices[static_cast<size_t>(i)]);
    if (!v) {
      for (ssize j = i; j < count; ++j) tuple_set_item(t, j, newref(None));
      decref(t);
      return nullptr;
    }
    tuple_set_item(t, i, v);
  }
  return t;
}

// Reads a __setstate__ index tuple of `count` ints, clamping each with
// clamp(position, value).  ValueError "invalid arguments" for a wrong shape.
template <class Clamp>
bool read_indices(Object* state, ssize count, std::vector<ssize>& out, Clamp clamp) {
  if (!is_tuple(state) || tuple_size(state) != count) {
    set_error(&exc::ValueError, "invalid arguments");
    return false;
  }
  for (ssize i = 0; i < count; ++i) {
    ssize v = int_as_ssize(tuple_item(state, i));
    if (v == -1 && error_occurred()) return false;
    out[static_cast<size_t>(i)] = clamp(i, v);
  }
  return true;
}

// A tuple of pool[indices[i]] for i < count.
Object* gather(Object* pool, const std::vector<ssize>& indices, ssize count) {
  Object* t = tuple_new(count);
  if (!t) return nullptr;
  for (ssize i = 0; i < count; ++i) tuple_set_item(t, i, newref(tuple_item(pool, indices[static_cast<size_t>(i)])));
  return t;
}

// ---- product -------------------------------------------------------------------------

struct ProductObject : Object {
  Object* pools;   // tuple of tuples, one per position
  Object* result;  // null before the first item
  std::vector<ssize>* indices;
  bool stopped;
};
ProductObject* as_product(Object* o) { return static_cast<ProductObject*>(o); }

void product_dealloc(Object* o) {
  gc_untrack(o);
  ProductObject* p = as_product(o);
  clear_ref(p->pools);
  clear_ref(p->result);
  delete p->indices;
  free_object(o);
}

int product_traverse(Object* o, visitproc visit, void* arg) {
  GLASSPY_VISIT(as_product(o)->pools);
  GLASSPY_VISIT(as_product(o)->result);
  return 0;
}

Object* product_new(Type* type, Object* args, Object* kwds) {
  ssize repeat = 1;
  if (kwds) {
    static const ArgParser parser{"product", {"repeat"}, 0, 0};
    Object* value;
    if (!parse_args_dict(parser, empty_tuple(), kwds, &value)) return nullptr;
    if (value && !arg_to_ssize(value, &repeat)) return nullptr;
    if (repeat < 0) {
      set_error(&exc::ValueError, "repeat argument cannot be negative");
      return nullptr;
    }
  }
  ssize nargs = tuple_size(args);
  if (repeat && nargs > PTRDIFF_MAX / static_cast<ssize>(sizeof(Object*)) / repeat) {
    set_error(&exc::OverflowError, "repeat argument too large");
    return nullptr;
  }
  ssize npools = nargs * repeat;
  ObjRef pools = ObjRef::steal(tuple_new(npools));
  if (!pools) return nullptr;
  for (ssize i = 0; i < npools; ++i) tuple_set_item(pools.get(), i, nullptr);
  for (ssize i = 0; i < nargs; ++i) {
    Object* pool = sequence_tuple(tuple_item(args, i));
    if (!pool) {
      for (ssize j = 0; j < npools; ++j)
        if (!tuple_item(pools.get(), j)) tuple_set_item(pools.get(), j, newref(None));
      return nullptr;
    }
    tuple_set_item(pools.get(), i, pool);
  }
  for (ssize i = nargs; i < npools; ++i) tuple_set_item(pools.get(), i, newref(tuple_item(pools.get(), i - nargs)));
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  ProductObject* p = as_product(o);
  p->indices = new std::vector<ssize>(static_cast<size_t>(npools), 0);
  p->pools = pools.release();
  return o;
}

Object* product_next(Object* o) {
  ProductObject* p = as_product(o);
  if (p->stopped) return nullptr;
  ssize npools = tuple_size(p->pools);
  std::vector<ssize>& indices = *p->indices;
  if (!p->result) {
    Object* result = tuple_new(npools);
    if (!result) return nullptr;
    for (ssize i = 0; i < npools; ++i) {
      Object* pool = tuple_item(p->pools, i);
      if (tuple_size(pool) == 0) {
        for (ssize j = i; j < npools; ++j) tuple_set_item(result, j, newref(None));
        decref(result);
        p->stopped = true;
        return nullptr;
      }
      tuple_set_item(result, i, newref(tuple_item(pool, 0)));
    }
    p->result = result;
  } else {
    if (!make_result_private(p->result)) return nullptr;
    // The rightmost index advances; each one that wraps carries leftward.
    ssize i = npools - 1;
    for (; i >= 0; --i) {
      Object* pool = tuple_item(p->pools, i);
      size_t k = static_cast<size_t>(i);
      if (++indices[k] == tuple_size(pool)) {
        indices[k] = 0;
        replace_item(p->result, i, tuple_item(pool, 0));
      } else {
        replace_item(p->result, i, tuple_item(pool, indices[k]));
        break;
      }
    }
    if (i < 0) {
      p->stopped = true;
      return nullptr;
    }
  }
  return newref(p->result);
}

Object* product_reduce(Object* o) {
  ProductObject* p = as_product(o);
  if (p->stopped) return tuple_steal({type_ref(o), tuple_pack({empty_tuple()})});
  if (!p->result) return tuple_steal({type_ref(o), newref(p->pools)});
  return tuple_steal({type_ref(o), newref(p->pools), indices_tuple(*p->indices, tuple_size(p->pools))});
}

Object* product_setstate(Object* o, Object* state) {
  ProductObject* p = as_product(o);
  ssize npools = tuple_size(p->pools);
  std::vector<ssize> indices(static_cast<size_t>(npools));
  for (ssize i = 0; i < npools; ++i) {
    if (tuple_size(tuple_item(p->pools, i)) == 0) {
      p->stopped = true;
      return newref(None);
    }
  }
  bool ok = read_indices(state, npools, indices, [&](ssize i, ssize v) {
    ssize last = tuple_size(tuple_item(p->pools, i)) - 1;
    return v < 0 ? 0 : v > last ? last : v;
  });
  if (!ok) return nullptr;
  Object* result = tuple_new(npools);
  if (!result) return nullptr;
  for (ssize i = 0; i < npools; ++i) tuple_set_item(result, i, newref(tuple_item(tuple_item(p->pools, i), indices[i])));
  *p->indices = std::move(indices);
  setref(p->result, result);
  return newref(None);
}

MethodDef product_methods[] = {
    MethodDef("__reduce__", static_cast<NoArgsMethod>(product_reduce), "How to rebuild the iterator (copy, pickle)."),
    MethodDef("__setstate__", static_cast<OneArgMethod>(product_setstate), "Restores a pickled position."),
    {},
};

// ---- combinations, combinations_with_replacement, permutations --------------------------

// The three share a layout: a pool, r, the indices (and, for permutations,
// the cycles counting down at each position).
struct SelectionObject : Object {
  Object* pool;    // tuple
  Object* result;  // null before the first item
  std::vector<ssize>* indices;
  std::vector<ssize>* cycles;  // permutations only
  ssize r;
  bool stopped;
};
SelectionObject* as_selection(Object* o) { return static_cast<SelectionObject*>(o); }

void selection_dealloc(Object* o) {
  gc_untrack(o);
  SelectionObject* s = as_selection(o);
  clear_ref(s->pool);
  clear_ref(s->result);
  delete s->indices;
  delete s->cycles;
  free_object(o);
}

int selection_traverse(Object* o, visitproc visit, void* arg) {
  GLASSPY_VISIT(as_selection(o)->pool);
  GLASSPY_VISIT(as_selection(o)->result);
  return 0;
}

// Shared construction: parses (iterable, r), makes the pool.
Object* selection_new(Type* type, Object* args, Object* kwds, const char* name, bool r_optional) {
  ArgParser parser{name, {"iterable", "r"}, r_optional ? 1 : 2, 2};
  Object* a[2];
  if (!parse_args_dict(parser, args, kwds, a)) return nullptr;
  ObjRef pool = ObjRef::steal(sequence_tuple(a[0]));
  if (!pool) return nullptr;
  ssize n = tuple_size(pool.get());
  ssize r = n;
  if (r_optional) {
    if (a[1] && a[1] != None) {
      if (!is_int(a[1])) {
        set_error(&exc::TypeError, "Expected int as r");
        return nullptr;
      }
      r = int_as_ssize(a[1]);
      if (r == -1 && error_occurred()) return nullptr;
    }
  } else if (!arg_to_ssize(a[1], &r)) {
    return nullptr;
  }
  if (r < 0) {
    set_error(&exc::ValueError, "r must be non-negative");
    return nullptr;
  }
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  SelectionObject* s = as_selection(o);
  s->pool = pool.release();
  s->r = r;
  return o;
}

Object* combinations_new(Type* type, Object* args, Object* kwds) {
  Object* o = selection_new(type, args, kwds, "combinations", false);
  if (!o) return nullptr;
  SelectionObject* s = as_selection(o);
  s->indices = new std::vector<ssize>(static_cast<size_t>(s->r));
  for (ssize i = 0; i < s->r; ++i) (*s->indices)[static_cast<size_t>(i)] = i;
  s->stopped = s->r > tuple_size(s->pool);
  return o;
}

Object* combinations_with_replacement_new(Type* type, Object* args, Object* kwds) {
  Object* o = selection_new(type, args, kwds, "combinations_with_replacement", false);
  if (!o) return nullptr;
  SelectionObject* s = as_selection(o);
  s->indices = new std::vector<ssize>(static_cast<size_t>(s->r), 0);
  s->stopped = tuple_size(s->pool) == 0 && s->r > 0;
  return o;
}

Object* permutations_new(Type* type, Object* args, Object* kwds) {
  Object* o = selection_new(type, args, kwds, "permutations", true);
  if (!o) return nullptr;
  SelectionObject* s = as_selection(o);
  ssize n = tuple_size(s->pool);
  s->indices = new std::vector<ssize>(static_cast<size_t>(n));
  for (ssize i = 0; i < n; ++i) (*s->indices)[static_cast<size_t>(i)] = i;
  s->stopped = s->r > n;
  s->cycles = new std::vector<ssize>(static_cast<size_t>(s->stopped ? 0 : s->r));
  for (size_t i = 0; i < s->cycles->size(); ++i) (*s->cycles)[i] = n - static_cast<ssize>(i);
  return o;
}

Object* combinations_next(Object* o) {
  SelectionObject* s = as_selection(o);
  if (s->stopped) return nullptr;
  ssize n = tuple_size(s->pool), r = s->r;
  std::vector<ssize>& idx = *s->indices;
  if (!s->result) {
    s->result = gather(s->pool, idx, r);
    if (!s->result) return nullptr;
    return newref(s->result);
  }
  if (!make_result_private(s->result)) return nullptr;
  // The rightmost index not yet at its maximum (i + n - r) moves up; the
  // ones after it follow consecutively.
  ssize i = r - 1;
  while (i >= 0 && idx[static_cast<size_t>(i)] == i + n - r) --i;
  if (i < 0) {
    s->stopped = true;
    return nullptr;
  }
  ++idx[static_cast<size_t>(i)];
  for (ssize j = i + 1; j < r; ++j) idx[static_cast<size_t>(j)] = idx[static_cast<size_t>(j - 1)] + 1;
  for (ssize j = i; j < r; ++j) replace_item(s->result, j, tuple_item(s->pool, idx[static_cast<size_t>(j)]));
  return newref(s->result);
}

Object* combinations_with_replacement_next(Object* o) {
  SelectionObject* s = as_selection(o);
  if (s->stopped) return nullptr;
  ssize n = tuple_size(s->pool), r = s->r;
  std::vector<ssize>& idx = *s->indices;
  if (!s->result) {
    s->result = gather(s->pool, idx, r);
    if (!s->result) return nullptr;
    return newref(s->result);
  }
  if (!make_result_private(s->result)) return nullptr;
  // The rightmost index below n - 1 moves up; the ones after it take its value.
  ssize i = r - 1;
  while (i >= 0 && idx[static_cast<size_t>(i)] == n - 1) --i;
  if (i < 0) {
    s->stopped = true;
    return nullptr;
  }
  ssize value = idx[static_cast<size_t>(i)] + 1;
  for (ssize j = i; j < r; ++j) {
    idx[static_cast<size_t>(j)] = value;
    replace_item(s->result, j, tuple_item(s->pool, value));
  }
  return newref(s->result);
}

Object* permutations_next(Object* o) {
  SelectionObject* s = as_selection(o);
  if (s->stopped) return nullptr;
  ssize n = tuple_size(s->pool), r = s->r;
  std::vector<ssize>& idx = *s->indices;
  std::vector<ssize>& cycles = *s->cycles;
  if (!s->result) {
    s->result = gather(s->pool, idx, r);
    if (!s->result) return nullptr;
    return newref(s->result);
  }
  if (n == 0) {
    s->stopped = true;
    return nullptr;
  }
  if (!make_result_private(s->result)) return nullptr;
  ssize i = r - 1;
  for (; i >= 0; --i) {
    size_t k = static_cast<size_t>(i);
    if (--cycles[k] == 0) {
      // Position i has seen every candidate: rotate idx[i:] left by one and
      // reset its countdown.
      ssize first = idx[k];
      for (ssize j = i; j < n - 1; ++j) idx[static_cast<size_t>(j)] = idx[static_cast<size_t>(j + 1)];
      idx[static_cast<size_t>(n - 1)] = first;
      cycles[k] = n - i;
    } else {
      std::swap(idx[k], idx[static_cast<size_t>(n - cycles[k])]);
      for (ssize j = i; j < r; ++j) replace_item(s->result, j, tuple_item(s->pool, idx[static_cast<size_t>(j)]));
      break;
    }
  }
  if (i < 0) {
    s->stopped = true;
    return nullptr;
  }
  return newref(s->result);
}

Object* selection_reduce(Object* o) {
  SelectionObject* s = as_selection(o);
  Object* r = int_from_ssize(s->r);
  if (!s->result) return tuple_steal({type_ref(o), tuple_steal({newref(s->pool), r})});
  if (s->stopped) return tuple_steal({type_ref(o), tuple_steal({newref(empty_tuple()), r})});
  Object* state = s->cycles ? tuple_steal({indices_tuple(*s->indices, tuple_size(s->pool)),
                                           indices_tuple(*s->cycles, s->r)})
                            : indices_tuple(*s->indices, s->r);
  return tuple_steal({type_ref(o), tuple_steal({newref(s->pool), r}), state});
}

// Rebuilds the result from the (restored) indices.
Object* selection_restore_result(SelectionObject* s) {
  Object* result = gather(s->pool, *s->indices, s->r);
  if (!result) return nullptr;
  setref(s->result, result);
  return newref(None);
}

Object* combinations_setstate(Object* o, Object* state) {
  SelectionObject* s = as_selection(o);
  ssize n = tuple_size(s->pool), r = s->r;
  std::vector<ssize> indices(static_cast<size_t>(r));
  if (!read_indices(state, r, indices, [&](ssize i, ssize v) {
        ssize max = i + n - r;
        return v > max ? max : v < 0 ? 0 : v;
      }))
    return nullptr;
  *s->indices = std::move(indices);
  return selection_restore_result(s);
}

Object* combinations_with_replacement_setstate(Object* o, Object* state) {
  SelectionObject* s = as_selection(o);
  ssize n = tuple_size(s->pool), r = s->r;
  std::vector<ssize> indices(static_cast<size_t>(r));
  if (!read_indices(state, r, indices, [&](ssize, ssize v) { return v > n - 1 ? n - 1 : v < 0 ? 0 : v; }))
    return nullptr;
  *s->indices = std::move(indices);
  return selection_restore_result(s);
}

Object* permutations_setstate(Object* o, Object* state) {
  SelectionObject* s = as_selection(o);
  ssize n = tuple_size(s->pool), r = s->r;
  if (!is_tuple(state) || tuple_size(state) != 2 || !is_tuple(tuple_item(state, 0)) ||
      !is_tuple(tuple_item(state, 1))) {
    set_error(&exc::ValueError, "invalid arguments");
    return nullptr;
  }
  std::vector<ssize> indices(static_cast<size_t>(n)), cycles(static_cast<size_t>(r));
  if (!read_indices(tuple_item(state, 0), n, indices, [&](ssize, ssize v) { return v < 0 ? 0 : v > n - 1 ? n - 1 : v; }))
    return nullptr;
  if (!read_indices(tuple_item(state, 1), r, cycles, [&](ssize i, ssize v) { return v < 1 ? 1 : v > n - i ? n - i : v; }))
    return nullptr;
  *s->indices = std::move(indices);
  *s->cycles = std::move(cycles);
  return selection_restore_result(s);
}

MethodDef combinations_methods[] = {
    MethodDef("__reduce__", static_cast<NoArgsMethod>(selection_reduce), "How to rebuild the iterator (copy, pickle)."),
    MethodDef("__setstate__", static_cast<OneArgMethod>(combinations_setstate), "Restores a pickled position."),
    {},
};
MethodDef combinations_with_replacement_methods[] = {
    MethodDef("__reduce__", static_cast<NoArgsMethod>(selection_reduce), "How to rebuild the iterator (copy, pickle)."),
    MethodDef("__setstate__", static_cast<OneArgMethod>(combinations_with_replacement_setstate),
              "Restores a pickled position."),
    {},
};
MethodDef permutations_methods[] = {
    MethodDef("__reduce__", static_cast<NoArgsMethod>(selection_reduce), "How to rebuild the iterator (copy, pickle)."),
    MethodDef("__setstate__", static_cast<OneArgMethod>(permutations_setstate), "Restores a pickled position."),
    {},
};

}  // namespace

Type ItertoolsProductType{{
    .name = "itertools.product",
    .basicsize = sizeof(ProductObject),
    .dealloc = product_dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .doc = "product(*iterables, repeat=1): the Cartesian product of the iterables, as tuples in lexicographic order.",
    .traverse = product_traverse,
    .iter = return_self,
    .iternext = product_next,
    .methods = product_methods,
    .new_ = product_new,
}};

Type ItertoolsCombinationsType{{
    .name = "itertools.combinations",
    .basicsize = sizeof(SelectionObject),
    .dealloc = selection_dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .doc = "combinations(iterable, r): the r-length subsequences of the iterable's items, in order.",
    .traverse = selection_traverse,
    .iter = return_self,
    .iternext = combinations_next,
    .methods = combinations_methods,
    .new_ = combinations_new,
}};

Type ItertoolsCombinationsWithReplacementType{{
    .name = "itertools.combinations_with_replacement",
    .basicsize = sizeof(SelectionObject),
    .dealloc = selection_dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .doc = "combinations_with_replacement(iterable, r): r-length subsequences in which an item may repeat.",
    .traverse = selection_traverse,
    .iter = return_self,
    .iternext = combinations_with_replacement_next,
    .methods = combinations_with_replacement_methods,
    .new_ = combinations_with_replacement_new,
}};

Type ItertoolsPermutationsType{{
    .name = "itertools.permutations",
    .basicsize = sizeof(SelectionObject),
    .dealloc = selection_dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .doc = "permutations(iterable, r=None): the r-length orderings of the iterable's items (all of them by default).",
    .traverse = selection_traverse,
    .iter = return_self,
    .iternext = permutations_next,
    .methods = permutations_methods,
    .new_ = permutations_new,
}};

}  // namespace glasspy
