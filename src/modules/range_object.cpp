// `range` and its iterators (CPython's Objects/rangeobject.c).
//
// A range keeps start, stop, step and its length as int objects (any size);
// iteration uses a C++ counter (`range_iterator`) when every value fits in a
// long, as CPython does, and int objects otherwise (`longrange_iterator`).
#include "modules/builtins_module.h"
#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/hash.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/thread_state.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

namespace {

struct RangeObject : Object {
  Object* start;
  Object* stop;
  Object* step;
  Object* length;
};

struct RangeIterObject : Object {
  long start;
  long step;
  long len;
};

struct LongRangeIterObject : Object {
  Object* start;
  Object* step;
  Object* len;
};

RangeObject* as_range(Object* o) { return static_cast<RangeObject*>(o); }

Object* zero() { return int_from_i64(0); }
Object* one() { return int_from_i64(1); }

// The number of items: (hi - lo - 1) // step + 1 when positive.
Object* compute_range_length(Object* start, Object* stop, Object* step) {
  int step_sign = int_sign(step);
  Object* lo;
  Object* hi;
  Object* s;
  if (step_sign > 0) {
    lo = start;
    hi = stop;
    s = newref(step);
  } else {
    lo = stop;
    hi = start;
    s = int_neg(step);
    if (!s) return nullptr;
  }
  int cmp = int_compare(lo, hi);
  if (cmp >= 0) {
    decref(s);
    return zero();
  }
  Object* diff = int_sub(hi, lo);
  Object* diff1 = diff ? int_sub(diff, small_int(1)) : nullptr;
  xdecref(diff);
  Object* q = diff1 ? int_floordiv(diff1, s) : nullptr;
  xdecref(diff1);
  decref(s);
  if (!q) return nullptr;
  Object* r = int_add(q, small_int(1));
  decref(q);
  return r;
}

Object* make_range(Type* type, Object* start, Object* stop, Object* step) {
  Object* length = compute_range_length(start, stop, step);
  if (!length) return nullptr;
  Object* o = allocate_object(type, sizeof(RangeObject));
  if (!o) {
    decref(length);
    return nullptr;
  }
  RangeObject* r = as_range(o);
  r->start = newref(start);
  r->stop = newref(stop);
  r->step = newref(step);
  r->length = length;
  return o;
}

Object* range_new_slot(Type* type, Object* args, Object* kwds) {
  if (!check_no_kwargs("range", kwds)) return nullptr;
  ssize n = tuple_size(args);
  Object* start = nullptr;
  Object* stop = nullptr;
  Object* step = nullptr;
  Object* result = nullptr;
  switch (n) {
    case 3:
      step = number_index(tuple_item(args, 2));
      if (!step) return nullptr;
      [[fallthrough]];
    case 2:
      stop = number_index(tuple_item(args, 1));
      start = stop ? number_index(tuple_item(args, 0)) : nullptr;
      if (!start) goto done;
      break;
    case 1:
      stop = number_index(tuple_item(args, 0));
      if (!stop) return nullptr;
      start = zero();
      break;
    case 0:
      set_error(&exc::TypeError, "range expected at least 1 argument, got 0");
      return nullptr;
    default:
      format_error(&exc::TypeError, "range expected at most 3 arguments, got %zd", n);
      return nullptr;
  }
  if (!step) {
    step = one();
  } else if (int_sign(step) == 0) {
    set_error(&exc::ValueError, "range() arg 3 must not be zero");
    goto done;
  }
  // CPython compares the bounds through PyObject_RichCompare, which counts
  // against the recursion limit (" in comparison").
  if (enter_recursive_call(" in comparison") < 0) goto done;
  result = make_range(type, start, stop, step);
  leave_recursive_call();
done:
  xdecref(start);
  xdecref(stop);
  xdecref(step);
  return result;
}

void range_dealloc(Object* o) {
  RangeObject* r = as_range(o);
  decref(r->start);
  decref(r->stop);
  decref(r->step);
  decref(r->length);
  free_object(o);
}

Object* range_repr(Object* o) {
  RangeObject* r = as_range(o);
  if (int_compare(r->step, small_int(1)) == 0) return str_from_format("range(%R, %R)", r->start, r->stop);
  return str_from_format("range(%R, %R, %R)", r->start, r->stop, r->step);
}

ssize range_length(Object* o) { return int_as_ssize(as_range(o)->length); }

bool range_bool(Object* o) { return int_sign(as_range(o)->length) != 0; }

int range_nb_bool(Object* o) { return range_bool(o); }

// start + i * step, for 0 <= i < len.
Object* compute_item(RangeObject* r, Object* i) {
  Object* m = int_mul(i, r->step);
  if (!m) return nullptr;
  Object* v = int_add(r->start, m);
  decref(m);
  return v;
}

Object* range_item(Object* o, ssize i) {
  RangeObject* r = as_range(o);
  ssize len = int_as_ssize(r->length);
  if (len == -1 && error_occurred()) return nullptr;
  if (i < 0 || i >= len) {
    set_error(&exc::IndexError, "range object index out of range");
    return nullptr;
  }
  Object* idx = int_from_ssize(i);
  if (!idx) return nullptr;
  Object* v = compute_item(r, idx);
  decref(idx);
  return v;
}

Object* range_subscript(Object* o, Object* item) {
  RangeObject* r = as_range(o);
  if (is_slice(item)) {
    Object* st;
    Object* sp;
    Object* ss;
    int overflow;
    int64_t len = int_as_i64_overflow(r->length, &overflow);
    if (!overflow) {
      ssize start, stop, step;
      if (slice_unpack(item, &start, &stop, &step) < 0) return nullptr;
      slice_adjust_indices(static_cast<ssize>(len), &start, &stop, step);
      st = int_from_ssize(start);
      sp = int_from_ssize(stop);
      ss = int_from_ssize(step);
    } else {
      // Longer than a machine word: slice.indices() works in Python ints.
      Object* bounds = call_method(item, str_intern_cstr("indices"), r->length);
      if (!bounds) return nullptr;
      st = newref(tuple_item(bounds, 0));
      sp = newref(tuple_item(bounds, 1));
      ss = newref(tuple_item(bounds, 2));
      decref(bounds);
    }
    Object* new_start = st ? compute_item(r, st) : nullptr;
    Object* new_stop = sp ? compute_item(r, sp) : nullptr;
    Object* new_step = ss ? int_mul(ss, r->step) : nullptr;
    Object* result = nullptr;
    if (new_start && new_stop && new_step) result = make_range(&RangeType, new_start, new_stop, new_step);
    xdecref(st);
    xdecref(sp);
    xdecref(ss);
    xdecref(new_start);
    xdecref(new_stop);
    xdecref(new_step);
    return result;
  }
  if (has_index(item)) {
    Object* i = number_index(item);
    if (!i) return nullptr;
    if (int_sign(i) < 0) {
      Object* j = int_add(i, r->length);
      decref(i);
      if (!j) return nullptr;
      i = j;
    }
    if (int_sign(i) < 0 || int_compare(i, r->length) >= 0) {
      decref(i);
      set_error(&exc::IndexError, "range object index out of range");
      return nullptr;
    }
    Object* v = compute_item(r, i);
    decref(i);
    return v;
  }
  return format_error(&exc::TypeError, "range indices must be integers or slices, not %.200s", item->type->name);
}

// Whether int `ob` is in the range (without iterating).
int range_contains_long(RangeObject* r, Object* ob) {
  int cmp1, cmp2;
  if (int_sign(r->step) > 0) {
    cmp1 = int_compare(r->start, ob) <= 0;
    cmp2 = int_compare(ob, r->stop) < 0;
  } else {
    cmp1 = int_compare(ob, r->start) <= 0;
    cmp2 = int_compare(r->stop, ob) < 0;
  }
  if (!cmp1 || !cmp2) return 0;
  Object* tmp1 = int_sub(ob, r->start);
  if (!tmp1) return -1;
  Object* tmp2 = int_mod(tmp1, r->step);
  decref(tmp1);
  if (!tmp2) return -1;
  int result = int_sign(tmp2) == 0;
  decref(tmp2);
  return result;
}

int range_contains(Object* o, Object* ob) {
  if (is_int_exact(ob) || is_bool(ob)) return range_contains_long(as_range(o), ob);
  return sequence_contains_by_iteration(o, ob);
}

Object* range_richcompare(Object* a, Object* b, int op) {
  if (!is_instance_of(b, &RangeType)) return newref(NotImplemented);
  if (op != kEQ && op != kNE) return newref(NotImplemented);
  RangeObject* r0 = as_range(a);
  RangeObject* r1 = as_range(b);
  bool eq;
  if (a == b) {
    eq = true;
  } else if (int_compare(r0->length, r1->length) != 0) {
    eq = false;
  } else if (int_sign(r0->length) == 0) {
    eq = true;
  } else if (int_compare(r0->start, r1->start) != 0) {
    eq = false;
  } else if (int_compare(r0->length, small_int(1)) == 0) {
    eq = true;
  } else {
    eq = int_compare(r0->step, r1->step) == 0;
  }
  return bool_from(eq == (op == kEQ));
}

hash_t range_hash(Object* o) {
  RangeObject* r = as_range(o);
  Object* t;
  if (int_sign(r->length) == 0) {
    t = tuple_pack({r->length, None, None});
  } else if (int_compare(r->length, small_int(1)) == 0) {
    t = tuple_pack({r->length, r->start, None});
  } else {
    t = tuple_pack({r->length, r->start, r->step});
  }
  if (!t) return -1;
  hash_t h = object_hash(t);
  decref(t);
  return h;
}

bool fits_long(Object* i) {
  int overflow;
  int_as_i64_overflow(i, &overflow);
  return !overflow;
}

Object* make_range_iter(Object* start, Object* step, Object* len) {
  // Every value must fit: start, start + len*step.
  Object* last = nullptr;
  bool small = fits_long(start) && fits_long(step) && fits_long(len);
  if (small) {
    Object* m = int_mul(len, step);
    last = m ? int_add(start, m) : nullptr;
    xdecref(m);
    if (!last) return nullptr;
    small = fits_long(last);
    decref(last);
  }
  if (small) {
    Object* o = allocate_object(&RangeIterType, sizeof(RangeIterObject));
    if (!o) return nullptr;
    RangeIterObject* it = static_cast<RangeIterObject*>(o);
    int ov;
    it->start = static_cast<long>(int_as_i64_overflow(start, &ov));
    it->step = static_cast<long>(int_as_i64_overflow(step, &ov));
    it->len = static_cast<long>(int_as_i64_overflow(len, &ov));
    return o;
  }
  Object* o = allocate_object(&LongRangeIterType, sizeof(LongRangeIterObject));
  if (!o) return nullptr;
  LongRangeIterObject* it = static_cast<LongRangeIterObject*>(o);
  it->start = newref(start);
  it->step = newref(step);
  it->len = newref(len);
  return o;
}

Object* range_iter(Object* o) {
  RangeObject* r = as_range(o);
  return make_range_iter(r->start, r->step, r->length);
}

Object* range_reversed(Object* o) {
  RangeObject* r = as_range(o);
  // reversed(range(a, b, s)) iterates a + (len-1)*s down by s.
  Object* lenm1 = int_sub(r->length, small_int(1));
  if (!lenm1) return nullptr;
  Object* m = int_mul(lenm1, r->step);
  decref(lenm1);
  if (!m) return nullptr;
  Object* new_start = int_add(r->start, m);
  decref(m);
  Object* new_step = new_start ? int_neg(r->step) : nullptr;
  Object* it = new_step ? make_range_iter(new_start, new_step, r->length) : nullptr;
  xdecref(new_start);
  xdecref(new_step);
  return it;
}

// __reduce__: range(start, stop, step) rebuilds it (pickle, copy).
Object* range_reduce(Object* o) {
  RangeObject* r = as_range(o);
  Object* args = tuple_pack({r->start, r->stop, r->step});
  if (!args) return nullptr;
  Object* result = tuple_pack({static_cast<Object*>(o->type), args});
  decref(args);
  return result;
}

Object* range_count(Object* o, Object* ob) {
  if (is_int_exact(ob) || is_bool(ob)) {
    int r = range_contains_long(as_range(o), ob);
    if (r < 0) return nullptr;
    return int_from_i64(r);
  }
  ssize c = sequence_count(o, ob);
  if (c < 0) return nullptr;
  return int_from_ssize(c);
}

Object* range_index(Object* o, Object* ob) {
  RangeObject* r = as_range(o);
  if (!is_int_exact(ob) && !is_bool(ob)) {
    Object* it = get_iter(o);
    if (!it) return nullptr;
    ssize i = 0;
    for (;;) {
      Object* item = iter_next(it);
      if (!item) break;
      int eq = rich_compare_bool(item, ob, kEQ);
      decref(item);
      if (eq < 0) {
        decref(it);
        return nullptr;
      }
      if (eq) {
        decref(it);
        return int_from_ssize(i);
      }
      ++i;
    }
    decref(it);
    if (error_occurred()) return nullptr;
    return format_error(&exc::ValueError, "%R is not in range", ob);
  }
  int contains = range_contains_long(r, ob);
  if (contains < 0) return nullptr;
  if (!contains) return format_error(&exc::ValueError, "%R is not in range", ob);
  Object* diff = int_sub(ob, r->start);
  if (!diff) return nullptr;
  Object* idx = int_floordiv(diff, r->step);
  decref(diff);
  return idx;
}

Object* get_start(Object* o, void*) { return newref(as_range(o)->start); }
Object* get_stop(Object* o, void*) { return newref(as_range(o)->stop); }
Object* get_step(Object* o, void*) { return newref(as_range(o)->step); }

SequenceMethods range_as_sequence = {
    .sq_length = range_length,
    .sq_item = range_item,
    .sq_contains = range_contains,
};
MappingMethods range_as_mapping = {
    .mp_length = range_length,
    .mp_subscript = range_subscript,
};
NumberMethods range_as_number = {.nb_bool = range_nb_bool};

MethodDef range_methods[] = {
    MethodDef("__reversed__", static_cast<NoArgsMethod>(range_reversed),
              "Return a reverse iterator."),
    MethodDef("__reduce__", static_cast<NoArgsMethod>(range_reduce)),
    MethodDef("count", static_cast<OneArgMethod>(range_count),
              "rangeobject.count(value) -> integer -- return number of occurrences of value"),
    MethodDef("index", static_cast<OneArgMethod>(range_index),
              "rangeobject.index(value) -> integer -- return index of value.\nRaise ValueError if the value is not present."),
    {},
};

GetSetDef range_getset[] = {
    {"start", get_start},
    {"stop", get_stop},
    {"step", get_step},
    {},
};

// ---- iterators ------------------------------------------------------------------

Object* rangeiter_next(Object* o) {
  RangeIterObject* it = static_cast<RangeIterObject*>(o);
  if (it->len > 0) {
    long result = it->start;
    it->start = result + it->step;
    --it->len;
    return int_from_i64(result);
  }
  return nullptr;
}

Object* rangeiter_length_hint(Object* o) { return int_from_i64(static_cast<RangeIterObject*>(o)->len); }

Object* longrangeiter_next(Object* o) {
  LongRangeIterObject* it = static_cast<LongRangeIterObject*>(o);
  if (int_sign(it->len) <= 0) return nullptr;
  Object* new_start = int_add(it->start, it->step);
  if (!new_start) return nullptr;
  Object* new_len = int_sub(it->len, small_int(1));
  if (!new_len) {
    decref(new_start);
    return nullptr;
  }
  Object* result = it->start;
  it->start = new_start;
  setref(it->len, new_len);
  return result;
}

void longrangeiter_dealloc(Object* o) {
  LongRangeIterObject* it = static_cast<LongRangeIterObject*>(o);
  decref(it->start);
  decref(it->step);
  decref(it->len);
  free_object(o);
}

Object* longrangeiter_length_hint(Object* o) { return newref(static_cast<LongRangeIterObject*>(o)->len); }

Object* iter_self(Object* o) { return newref(o); }

MethodDef rangeiter_methods[] = {
    MethodDef("__length_hint__", static_cast<NoArgsMethod>(rangeiter_length_hint),
              "Private method returning an estimate of len(list(it))."),
    {},
};

MethodDef longrangeiter_methods[] = {
    MethodDef("__length_hint__", static_cast<NoArgsMethod>(longrangeiter_length_hint),
              "Private method returning an estimate of len(list(it))."),
    {},
};

}  // namespace

namespace {

// range(...) is called through vectorcall, as in CPython (the call is not
// counted against the recursion limit).
Object* range_vectorcall(Object* callable, Object* const* args, size_t nargsf, Object* kwnames) {
  ssize nargs = vectorcall_nargs(nargsf);
  if (callable != static_cast<Object*>(&RangeType)) return call_with_tp_call(callable, args, nargs, kwnames);
  Object* tuple = tuple_from_array(args, nargs);
  if (!tuple) return nullptr;
  Object* kwargs = nullptr;
  if (kwnames && tuple_size(kwnames)) {
    kwargs = kwnames_to_dict(args + nargs, kwnames);
    if (!kwargs) {
      decref(tuple);
      return nullptr;
    }
  }
  Object* r = range_new_slot(&RangeType, tuple, kwargs);
  decref(tuple);
  xdecref(kwargs);
  return r;
}

}  // namespace

Type RangeType{{
    .name = "range",
    .basicsize = sizeof(RangeObject),
    .dealloc = range_dealloc,
    .repr = range_repr,
    .as_number = &range_as_number,
    .as_sequence = &range_as_sequence,
    .as_mapping = &range_as_mapping,
    .hash = range_hash,
    .getattro = generic_getattr,
    .flags = tpflags::kSequence,
    .doc = "range(stop) -> range object\nrange(start, stop[, step]) -> range object\n\nReturn an object that "
           "produces a sequence of integers from start (inclusive)\nto stop (exclusive) by step.  range(i, j) "
           "produces i, i+1, i+2, ..., j-1.\nstart defaults to 0, and stop is omitted!  range(4) produces 0, 1, "
           "2, 3.\nThese are exactly the valid indices for a list of 4 elements.\nWhen step is given, it "
           "specifies the increment (or decrement).",
    .richcompare = range_richcompare,
    .iter = range_iter,
    .methods = range_methods,
    .getset = range_getset,
    .new_ = range_new_slot,
    .vectorcall = range_vectorcall,
}};

Type RangeIterType{{
    .name = "range_iterator",
    .basicsize = sizeof(RangeIterObject),
    .dealloc = free_object,
    .getattro = generic_getattr,
    .iter = iter_self,
    .iternext = rangeiter_next,
    .methods = rangeiter_methods,
}};

Type LongRangeIterType{{
    .name = "longrange_iterator",
    .basicsize = sizeof(LongRangeIterObject),
    .dealloc = longrangeiter_dealloc,
    .getattro = generic_getattr,
    .iter = iter_self,
    .iternext = longrangeiter_next,
    .methods = longrangeiter_methods,
}};

}  // namespace glasspy
