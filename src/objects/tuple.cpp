// `tuple` (see tuple.h): allocation with per-size free lists, CPython's
// xxHash-based hash, comparison, the sequence protocol and tuple_iterator.
#include "objects/iterobject.h"
#include "objects/tuple.h"

#include <cstring>

#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/genericalias.h"
#include "objects/int.h"
#include "objects/iterator_pickling.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/type.h"

namespace glasspy {

namespace {

constexpr ssize kMaxSaveSize = 20;     // sizes 1..20 are recycled
constexpr int kMaxFreeListLength = 2000;
TupleObject* free_lists[kMaxSaveSize];  // linked through items[0]
int num_free[kMaxSaveSize];

Object* the_empty_tuple = nullptr;

TupleObject* alloc_tuple(ssize n) {
  if (n < kMaxSaveSize + 1 && n > 0 && free_lists[n - 1]) {
    TupleObject* t = free_lists[n - 1];
    free_lists[n - 1] = reinterpret_cast<TupleObject*>(t->items[0]);
    --num_free[n - 1];
    t->refcnt = 1;
    t->type = &TupleType;
    return t;
  }
  if (n > (PTRDIFF_MAX - static_cast<ssize>(sizeof(TupleObject))) / static_cast<ssize>(sizeof(Object*))) {
    no_memory();
    return nullptr;
  }
  size_t size = sizeof(TupleObject) + static_cast<size_t>(n > 0 ? n - 1 : 0) * sizeof(Object*);
  Object* o = allocate_object(&TupleType, size);
  if (!o) return nullptr;
  as_tuple(o)->size = n;
  return as_tuple(o);
}

void tuple_dealloc(Object* o) {
  TupleObject* t = as_tuple(o);
  ssize n = t->size;
  gc_untrack(o);
  if (trashcan_begin(o)) return;
  // Items go in reverse order, as CPython releases them.
  for (ssize i = n; --i >= 0;) xdecref(t->items[i]);
  if (o->type == &TupleType && n > 0 && n <= kMaxSaveSize && num_free[n - 1] < kMaxFreeListLength) {
    t->items[0] = reinterpret_cast<Object*>(free_lists[n - 1]);
    for (ssize i = 1; i < n; ++i) t->items[i] = nullptr;
    free_lists[n - 1] = t;
    ++num_free[n - 1];
  } else {
    free_object(o);
  }
  trashcan_end();
}

int tuple_traverse(Object* o, visitproc visit, void* arg) {
  TupleObject* t = as_tuple(o);
  for (ssize i = t->size; --i >= 0;) GLASSPY_VISIT(t->items[i]);
  return 0;
}

}  // namespace

Object* empty_tuple() { return the_empty_tuple; }

void tuple_maybe_untrack(Object* o) {
  if (o->type != &TupleType || !gc_is_tracked(o)) return;
  TupleObject* t = as_tuple(o);
  for (ssize i = 0; i < t->size; ++i) {
    Object* item = t->items[i];
    // An item still missing: the tuple is being built.
    if (!item || gc_may_be_tracked(item)) return;
  }
  gc_untrack(o);
}

void tuple_clear_free_list() {
  for (ssize i = 0; i < kMaxSaveSize; ++i) {
    while (TupleObject* t = free_lists[i]) {
      free_lists[i] = reinterpret_cast<TupleObject*>(t->items[0]);
      free_object(t);
    }
    num_free[i] = 0;
  }
}

Object* tuple_new(ssize n) {
  if (n < 0) return bad_internal_call();
  if (n == 0) return newref(the_empty_tuple);
  TupleObject* t = alloc_tuple(n);
  if (!t) return nullptr;
  std::memset(t->items, 0, static_cast<size_t>(n) * sizeof(Object*));
  gc_track(t);
  return t;
}

Object* tuple_from_array(Object* const* items, ssize n) {
  Object* t = tuple_new(n);
  if (!t) return nullptr;
  for (ssize i = 0; i < n; ++i) tuple_set_item(t, i, newref(items[i]));
  return t;
}

Object* tuple_pack(std::initializer_list<Object*> items) {
  return tuple_from_array(items.begin(), static_cast<ssize>(items.size()));
}

Object* tuple_get_slice(Object* t, ssize lo, ssize hi) {
  ssize n = tuple_size(t);
  if (lo < 0) lo = 0;
  if (hi > n) hi = n;
  if (hi < lo) hi = lo;
  if (lo == 0 && hi == n && is_tuple_exact(t)) return newref(t);
  return tuple_from_array(tuple_items(t) + lo, hi - lo);
}

Object* tuple_from_iterable(Object* iterable) {
  if (is_tuple_exact(iterable)) return newref(iterable);
  if (is_list_exact(iterable)) return list_as_tuple(iterable);  // a subclass may override __iter__
  Object* l = list_from_iterable(iterable);
  if (!l) return nullptr;
  Object* t = list_as_tuple(l);
  decref(l);
  return t;
}

// CPython 3.11's tuplehash: an xxHash-style accumulation of item hashes.
hash_t tuple_hash(Object* o) {
  constexpr uhash_t kPrime1 = 11400714785074694791ULL;
  constexpr uhash_t kPrime2 = 14029467366897019727ULL;
  constexpr uhash_t kPrime5 = 2870177450012600261ULL;
  TupleObject* t = as_tuple(o);
  uhash_t acc = kPrime5;
  for (ssize i = 0; i < t->size; ++i) {
    hash_t lane = object_hash(t->items[i]);
    if (lane == -1) return -1;
    acc += static_cast<uhash_t>(lane) * kPrime2;
    acc = (acc << 31) | (acc >> 33);
    acc *= kPrime1;
  }
  acc += static_cast<uhash_t>(t->size) ^ (kPrime5 ^ 3527539UL);
  if (acc == static_cast<uhash_t>(-1)) return 1546275796;
  return static_cast<hash_t>(acc);
}

namespace {

Object* tuple_repr(Object* o) {
  ssize n = tuple_size(o);
  if (n == 0) return str_from_cstr("()");
  int r = repr_enter(o);
  if (r != 0) return r > 0 ? str_from_cstr("(...)") : nullptr;
  StrBuilder b;
  b.append_char('(');
  for (ssize i = 0; i < n; ++i) {
    if (i) b.append_ascii(", ");
    if (enter_recursive_call(" while getting the repr of an object") < 0) {
      repr_leave(o);
      return nullptr;
    }
    Object* item = object_repr(tuple_item(o, i));
    leave_recursive_call();
    if (!item) {
      repr_leave(o);
      return nullptr;
    }
    b.append_str(item);
    decref(item);
  }
  if (n == 1) b.append_char(',');
  b.append_char(')');
  repr_leave(o);
  return b.finish();
}

hash_t tuple_hash_slot(Object* o) { return tuple_hash(o); }

ssize tuple_length(Object* o) { return tuple_size(o); }

Object* tuple_item_slot(Object* o, ssize i) {
  if (i < 0 || i >= tuple_size(o)) {
    set_error(&exc::IndexError, "tuple index out of range");
    return nullptr;
  }
  return newref(tuple_item(o, i));
}

Object* tuple_concat(Object* a, Object* b) {
  if (!is_tuple(b)) {
    return format_error(&exc::TypeError, "can only concatenate tuple (not \"%.200s\") to tuple",
                        b->type->name);
  }
  ssize na = tuple_size(a), nb = tuple_size(b);
  if (nb == 0 && is_tuple_exact(a)) return newref(a);
  if (na == 0 && is_tuple_exact(b)) return newref(b);
  if (na > PTRDIFF_MAX - nb) return no_memory();
  Object* r = tuple_new(na + nb);
  if (!r) return nullptr;
  for (ssize i = 0; i < na; ++i) tuple_set_item(r, i, newref(tuple_item(a, i)));
  for (ssize i = 0; i < nb; ++i) tuple_set_item(r, na + i, newref(tuple_item(b, i)));
  return r;
}

Object* tuple_repeat(Object* a, ssize n) {
  ssize size = tuple_size(a);
  if (size == 0 || n == 1) {
    if (is_tuple_exact(a)) return newref(a);
    if (size == 0) return newref(the_empty_tuple);
  }
  if (n <= 0) return newref(the_empty_tuple);
  if (size > PTRDIFF_MAX / n) return no_memory();
  Object* r = tuple_new(size * n);
  if (!r) return nullptr;
  ssize k = 0;
  for (ssize rep = 0; rep < n; ++rep)
    for (ssize i = 0; i < size; ++i) tuple_set_item(r, k++, newref(tuple_item(a, i)));
  return r;
}

int tuple_contains(Object* o, Object* item) {
  for (ssize i = 0; i < tuple_size(o); ++i) {
    int c = rich_compare_bool(tuple_item(o, i), item, kEQ);
    if (c != 0) return c;
  }
  return 0;
}

Object* tuple_subscript(Object* o, Object* key) {
  if (has_index(key)) {
    ssize i = number_as_ssize(key, &exc::IndexError);
    if (i == -1 && error_occurred()) return nullptr;
    if (i < 0) i += tuple_size(o);
    return tuple_item_slot(o, i);
  }
  if (is_slice(key)) {
    ssize start, stop, step;
    if (slice_unpack(key, &start, &stop, &step) < 0) return nullptr;
    ssize n = slice_adjust_indices(tuple_size(o), &start, &stop, step);
    if (n <= 0) return newref(the_empty_tuple);
    if (step == 1) return tuple_get_slice(o, start, stop);
    Object* r = tuple_new(n);
    if (!r) return nullptr;
    for (ssize i = 0, cur = start; i < n; ++i, cur += step) tuple_set_item(r, i, newref(tuple_item(o, cur)));
    return r;
  }
  return format_error(&exc::TypeError, "tuple indices must be integers or slices, not %.200s",
                      key->type->name);
}

Object* tuple_richcompare(Object* v, Object* w, int op) {
  if (!is_tuple(v) || !is_tuple(w)) return newref(NotImplemented);
  ssize vlen = tuple_size(v), wlen = tuple_size(w);
  ssize i = 0;
  // The first index where the items differ.
  for (; i < vlen && i < wlen; ++i) {
    int k = rich_compare_bool(tuple_item(v, i), tuple_item(w, i), kEQ);
    if (k < 0) return nullptr;
    if (!k) break;
  }
  if (i >= vlen || i >= wlen) {
    bool r;
    switch (op) {
      case kLT: r = vlen < wlen; break;
      case kLE: r = vlen <= wlen; break;
      case kEQ: r = vlen == wlen; break;
      case kNE: r = vlen != wlen; break;
      case kGT: r = vlen > wlen; break;
      default: r = vlen >= wlen; break;
    }
    return bool_from(r);
  }
  if (op == kEQ) return newref(False);
  if (op == kNE) return newref(True);
  return rich_compare(tuple_item(v, i), tuple_item(w, i), op);
}

// tuple.index(value, start=0, stop=sys.maxsize, /)
Object* tuple_index(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("index", nargs, 1, 3)) return nullptr;
  ssize start = 0, stop = PTRDIFF_MAX;
  if (nargs > 1 && !arg_to_slice_index_not_none(args[1], &start)) return nullptr;
  if (nargs > 2 && !arg_to_slice_index_not_none(args[2], &stop)) return nullptr;
  ssize n = tuple_size(self);
  if (start < 0) {
    start += n;
    if (start < 0) start = 0;
  }
  if (stop < 0) stop += n;
  else if (stop > n) stop = n;
  for (ssize i = start; i < stop && i < tuple_size(self); ++i) {
    int c = rich_compare_bool(tuple_item(self, i), args[0], kEQ);
    if (c > 0) return int_from_ssize(i);
    if (c < 0) return nullptr;
  }
  set_error(&exc::ValueError, "tuple.index(x): x not in tuple");
  return nullptr;
}

Object* tuple_count(Object* self, Object* value) {
  ssize count = 0;
  for (ssize i = 0; i < tuple_size(self); ++i) {
    int c = rich_compare_bool(tuple_item(self, i), value, kEQ);
    if (c > 0) ++count;
    else if (c < 0) return nullptr;
  }
  return int_from_ssize(count);
}

Object* tuple_getnewargs(Object* self) {
  Object* copy = tuple_get_slice(self, 0, tuple_size(self));
  if (!copy) return nullptr;
  Object* r = tuple_pack({copy});
  decref(copy);
  return r;
}

// tuple(iterable=(), /)
Object* tuple_new_slot(Type* type, Object* args, Object* kwds) {
  if (!check_no_kwargs("tuple", kwds)) return nullptr;
  ssize n = tuple_size(args);
  if (!check_positional("tuple", n, 0, 1)) return nullptr;
  Object* value = n == 0 ? newref(the_empty_tuple) : tuple_from_iterable(tuple_item(args, 0));
  if (!value || type == &TupleType) return value;
  // A subclass: its own var-sized instance holding the same items.
  ssize size = tuple_size(value);
  Object* o = type_generic_alloc(type, size);
  if (!o) {
    decref(value);
    return nullptr;
  }
  for (ssize i = 0; i < size; ++i) tuple_set_item(o, i, newref(tuple_item(value, i)));
  decref(value);
  return o;
}

Object* tuple_vectorcall(Object* type, Object* const* args, size_t nargsf, Object* kwnames) {
  if (!check_no_kwnames("tuple", kwnames)) return nullptr;
  ssize n = vectorcall_nargs(nargsf);
  if (!check_positional("tuple", n, 0, 1)) return nullptr;
  return n == 0 ? newref(the_empty_tuple) : tuple_from_iterable(args[0]);
}

// ---- iterator ----

struct TupleIterObject : Object {
  ssize index;
  Object* seq;  // null when exhausted
};

void tupleiter_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(static_cast<TupleIterObject*>(o)->seq);
  free_object(o);
}

int tupleiter_traverse(Object* o, visitproc visit, void* arg) {
  GLASSPY_VISIT(static_cast<TupleIterObject*>(o)->seq);
  return 0;
}

Object* tupleiter_next(Object* o) {
  TupleIterObject* it = static_cast<TupleIterObject*>(o);
  Object* seq = it->seq;
  if (!seq) return nullptr;
  if (it->index < tuple_size(seq)) return newref(tuple_item(seq, it->index++));
  it->seq = nullptr;
  decref(seq);
  return nullptr;
}

Object* tupleiter_len(Object* o) {
  TupleIterObject* it = static_cast<TupleIterObject*>(o);
  return int_from_ssize(it->seq ? tuple_size(it->seq) - it->index : 0);
}

Object* iter_self(Object* o) { return newref(o); }

Object* tupleiter_reduce(Object* o) {
  TupleIterObject* it = static_cast<TupleIterObject*>(o);
  if (!it->seq) return iter_of_reduce(tuple_new(0));
  return iterator_reduce_at("iter", it->seq, it->index);
}

Object* tupleiter_setstate(Object* o, Object* state) {
  TupleIterObject* it = static_cast<TupleIterObject*>(o);
  ssize index;
  if (!iterator_state_index(state, &index)) return nullptr;
  if (it->seq) it->index = index < 0 ? 0 : (index > tuple_size(it->seq) ? tuple_size(it->seq) : index);
  return newref(None);
}

MethodDef tupleiter_methods[] = {
    {"__length_hint__", tupleiter_len, "How many items the iterator has left, as far as it knows."},
    {"__reduce__", tupleiter_reduce, "What pickle and copy need to rebuild this object."},
    {"__setstate__", tupleiter_setstate, "Restores the position pickle saved."},
    {},
};

Object* tuple_iter(Object* seq) {
  Object* o = allocate_object(&TupleIterType, sizeof(TupleIterObject));
  if (!o) return nullptr;
  TupleIterObject* it = static_cast<TupleIterObject*>(o);
  it->index = 0;
  it->seq = newref(seq);
  gc_track(o);
  return o;
}

SequenceMethods tuple_as_sequence = {
    .sq_length = tuple_length,
    .sq_concat = tuple_concat,
    .sq_repeat = tuple_repeat,
    .sq_item = tuple_item_slot,
    .sq_contains = tuple_contains,
};

MappingMethods tuple_as_mapping = {
    .mp_length = tuple_length,
    .mp_subscript = tuple_subscript,
};

MethodDef tuple_methods[] = {
    {"__getnewargs__", tuple_getnewargs, "__getnewargs__($self, /)\n--\n\n"},
    {"index", tuple_index,
     "index($self, value, start=0, stop=sys.maxsize, /)\n--\n\n"
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", tuple_count, "count($self, value, /)\n--\n\n"
     "Return number of occurrences of value."},
    {"__class_getitem__", generic_alias_new, "See PEP 585", Binding::kClass},
    {},
};

}  // namespace

Type TupleIterType{{
    .name = "tuple_iterator",
    .basicsize = sizeof(TupleIterObject),
    .dealloc = tupleiter_dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .traverse = tupleiter_traverse,
    .iter = iter_self,
    .iternext = tupleiter_next,
    .methods = tupleiter_methods,
}};

Type TupleType{{
    .name = "tuple",
    .basicsize = sizeof(TupleObject) - sizeof(Object*),
    .itemsize = sizeof(Object*),
    .dealloc = tuple_dealloc,
    .repr = tuple_repr,
    .as_sequence = &tuple_as_sequence,
    .as_mapping = &tuple_as_mapping,
    .hash = tuple_hash_slot,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType | tpflags::kTupleSubclass |
             tpflags::kMatchSelf | tpflags::kSequence,
    .doc = "tuple(iterable=(), /)\n--\n\n"
           "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an "
           "empty tuple.\nIf iterable is specified the tuple is initialized from iterable's "
           "items.\n\nIf the argument is a tuple, the return value is the same object.",
    .traverse = tuple_traverse,
    .richcompare = tuple_richcompare,
    .iter = tuple_iter,
    .methods = tuple_methods,
    .new_ = tuple_new_slot,
    .vectorcall = tuple_vectorcall,
}};

// Called by objects_init.
int tuple_init() {
  // The empty tuple: allocated once, never tracked (it holds nothing).
  Object* o = allocate_object(&TupleType, sizeof(TupleObject));
  if (!o) return -1;
  as_tuple(o)->size = 0;
  the_empty_tuple = o;
  return 0;
}

}  // namespace glasspy
