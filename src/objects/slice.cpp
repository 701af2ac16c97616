// `slice` and the index arithmetic of slicing (see slice.h).
#include "objects/slice.h"

#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

namespace {

SliceObject* as_slice(Object* o) { return static_cast<SliceObject*>(o); }

// _PyEval_SliceIndex: None leaves *out alone; ints are clamped to ssize.
bool slice_index(Object* v, ssize* out) {
  if (v == None) return true;
  if (!has_index(v)) {
    set_error(&exc::TypeError, "slice indices must be integers or None or have an __index__ method");
    return false;
  }
  ssize x = number_as_ssize(v, nullptr);
  if (x == -1 && error_occurred()) return false;
  *out = x;
  return true;
}

}  // namespace

Object* slice_new(Object* start, Object* stop, Object* step) {
  Object* o = allocate_object(&SliceType, sizeof(SliceObject));
  if (!o) return nullptr;
  SliceObject* s = as_slice(o);
  s->start = newref(start ? start : None);
  s->stop = newref(stop ? stop : None);
  s->step = newref(step ? step : None);
  gc_track(o);
  return o;
}

int slice_unpack(Object* slice, ssize* start, ssize* stop, ssize* step) {
  SliceObject* r = as_slice(slice);
  if (r->step == None) {
    *step = 1;
  } else {
    if (!slice_index(r->step, step)) return -1;
    if (*step == 0) {
      set_error(&exc::ValueError, "slice step cannot be zero");
      return -1;
    }
    // Keep -step representable.
    if (*step < -PTRDIFF_MAX) *step = -PTRDIFF_MAX;
  }
  if (r->start == None) *start = *step < 0 ? PTRDIFF_MAX : 0;
  else if (!slice_index(r->start, start)) return -1;
  if (r->stop == None) *stop = *step < 0 ? PTRDIFF_MIN : PTRDIFF_MAX;
  else if (!slice_index(r->stop, stop)) return -1;
  return 0;
}

ssize slice_adjust_indices(ssize length, ssize* start, ssize* stop, ssize step) {
  if (*start < 0) {
    *start += length;
    if (*start < 0) *start = step < 0 ? -1 : 0;
  } else if (*start >= length) {
    *start = step < 0 ? length - 1 : length;
  }
  if (*stop < 0) {
    *stop += length;
    if (*stop < 0) *stop = step < 0 ? -1 : 0;
  } else if (*stop >= length) {
    *stop = step < 0 ? length - 1 : length;
  }
  if (step < 0) {
    if (*stop < *start) return (*start - *stop - 1) / (-step) + 1;
  } else if (*start < *stop) {
    return (*stop - *start - 1) / step + 1;
  }
  return 0;
}

namespace {

void slice_dealloc(Object* o) {
  gc_untrack(o);
  SliceObject* s = as_slice(o);
  xdecref(s->start);
  xdecref(s->stop);
  xdecref(s->step);
  free_object(o);
}

int slice_traverse(Object* o, visitproc visit, void* arg) {
  SliceObject* s = as_slice(o);
  GLASSPY_VISIT(s->start);
  GLASSPY_VISIT(s->stop);
  GLASSPY_VISIT(s->step);
  return 0;
}

Object* slice_repr(Object* o) {
  SliceObject* s = as_slice(o);
  return str_from_format("slice(%R, %R, %R)", s->start, s->stop, s->step);
}

Object* slice_tuple(Object* o) {
  SliceObject* s = as_slice(o);
  return tuple_pack({s->start, s->stop, s->step});
}

Object* slice_richcompare(Object* v, Object* w, int op) {
  if (!is_slice(v) || !is_slice(w)) return newref(NotImplemented);
  if (v == w) {
    switch (op) {
      case kEQ:
      case kLE:
      case kGE: return newref(True);
      case kNE:
      case kLT:
      case kGT: return newref(False);
    }
  }
  Object* t1 = slice_tuple(v);
  if (!t1) return nullptr;
  Object* t2 = slice_tuple(w);
  if (!t2) {
    decref(t1);
    return nullptr;
  }
  Object* r = rich_compare(t1, t2, op);
  decref(t1);
  decref(t2);
  return r;
}

Object* slice_new_slot(Type* type, Object* args, Object* kwds) {
  if (!check_no_kwargs("slice", kwds)) return nullptr;
  ssize n = tuple_size(args);
  if (!check_positional("slice", n, 1, 3)) return nullptr;
  if (n == 1) return slice_new(nullptr, tuple_item(args, 0), nullptr);
  return slice_new(tuple_item(args, 0), tuple_item(args, 1), n > 2 ? tuple_item(args, 2) : nullptr);
}

}  // namespace

int slice_long_indices(Object* self, Object* length, Object** start_out, Object** stop_out, Object** step_out) {
  SliceObject* s = as_slice(self);
  Object* step;
  bool step_is_negative;
  if (s->step == None) {
    step = int_from_i64(1);
    step_is_negative = false;
  } else {
    step = number_index(s->step);
    if (!step) {
      if (error_matches(&exc::TypeError)) {
        clear_error();
        set_error(&exc::TypeError, "slice indices must be integers or None or have an __index__ method");
      }
      return -1;
    }
    if (int_sign(step) == 0) {
      decref(step);
      set_error(&exc::ValueError, "slice step cannot be zero");
      return -1;
    }
    step_is_negative = int_sign(step) < 0;
  }
  // Bounds: [lower, upper] = [-1, length-1] for negative steps, [0, length].
  Object* lower;
  Object* upper;
  if (step_is_negative) {
    lower = int_from_i64(-1);
    upper = int_add(length, lower);
  } else {
    lower = int_from_i64(0);
    upper = newref(length);
  }
  auto clamp = [&](Object* v, bool is_start) -> Object* {
    if (v == None) return newref(is_start ? (step_is_negative ? upper : lower) : (step_is_negative ? lower : upper));
    Object* i = number_index(v);
    if (!i) {
      if (error_matches(&exc::TypeError)) {
        clear_error();
        set_error(&exc::TypeError, "slice indices must be integers or None or have an __index__ method");
      }
      return nullptr;
    }
    if (int_sign(i) < 0) {
      Object* t = int_add(i, length);
      decref(i);
      if (!t) return nullptr;
      if (int_compare(t, lower) < 0) {
        decref(t);
        return newref(lower);
      }
      return t;
    }
    if (int_compare(i, upper) > 0) {
      decref(i);
      return newref(upper);
    }
    return i;
  };
  Object* start = clamp(s->start, true);
  Object* stop = start ? clamp(s->stop, false) : nullptr;
  decref(lower);
  decref(upper);
  if (!start || !stop) {
    xdecref(start);
    decref(step);
    return -1;
  }
  *start_out = start;
  *stop_out = stop;
  *step_out = step;
  return 0;
}

namespace {

// slice.indices(length) with Python ints of any size.
Object* slice_indices(Object* self, Object* len_obj) {
  Object* length = number_index(len_obj);
  if (!length) return nullptr;
  if (int_sign(length) < 0) {
    decref(length);
    set_error(&exc::ValueError, "length should not be negative");
    return nullptr;
  }
  Object *start, *stop, *step;
  int status = slice_long_indices(self, length, &start, &stop, &step);
  decref(length);
  if (status < 0) return nullptr;
  Object* result = tuple_pack({start, stop, step});
  decref(start);
  decref(stop);
  decref(step);
  return result;
}

Object* slice_reduce(Object* self) {
  SliceObject* s = as_slice(self);
  Object* args = tuple_pack({s->start, s->stop, s->step});
  if (!args) return nullptr;
  Object* r = tuple_pack({&SliceType, args});
  decref(args);
  return r;
}

MethodDef slice_methods[] = {
    {"indices", slice_indices,
     "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate the start "
     "and stop\nindices, and the stride length of the extended slice described by\nS. Out of bounds "
     "indices are clipped in a manner consistent with the\nhandling of normal slices."},
    {"__reduce__", slice_reduce, "What pickle and copy need to rebuild this object."},
    {},
};

MemberDef slice_members[] = {
    {"start", MemberType::kObject, offsetof(SliceObject, start), true},
    {"stop", MemberType::kObject, offsetof(SliceObject, stop), true},
    {"step", MemberType::kObject, offsetof(SliceObject, step), true},
    {},
};

}  // namespace

Type SliceType{{
    .name = "slice",
    .basicsize = sizeof(SliceObject),
    .dealloc = slice_dealloc,
    .repr = slice_repr,
    .hash = hash_not_implemented,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .doc = "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for "
           "extended slicing (e.g. a[0:10:2]).",
    .traverse = slice_traverse,
    .richcompare = slice_richcompare,
    .methods = slice_methods,
    .members = slice_members,
    .new_ = slice_new_slot,
}};

}  // namespace glasspy
