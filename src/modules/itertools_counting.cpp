// itertools.count, cycle and repeat: the infinite iterators.
//
// count keeps its current value and step as objects and adds them with the
// number protocol, so ints, floats, Fractions and Decimals all work; its
// repr and __reduce__ leave the step out when it is the int 1.  cycle saves
// what the first pass yields and replays the saved list afterwards.  repeat
// counts down `times` (-1: forever).
#include "modules/itertools_module.h"
#include "modules/native_type_support.h"
#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/complex.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

namespace {

// ---- count ---------------------------------------------------------------------------

struct CountObject : Object {
  Object* current;
  Object* step;
};
using CountFields = ObjectFields<CountObject, &CountObject::current, &CountObject::step>;

CountObject* as_count(Object* o) { return static_cast<CountObject*>(o); }

// PyNumber_Check: what count() accepts as start and step.
bool is_number_like(Object* o) {
  NumberMethods* nm = o->type->as_number;
  return (nm && (nm->nb_index || nm->nb_int || nm->nb_float)) || is_complex(o);
}

bool step_is_int_one(Object* step) {
  if (!is_int(step)) return false;
  int overflow;
  return int_as_i64_overflow(step, &overflow) == 1 && !overflow;
}

Object* count_new(Type* type, Object* args, Object* kwds) {
  static const ArgParser parser{"count", {"start", "step"}, 0, 2};
  Object* a[2];
  if (!parse_args_dict(parser, args, kwds, a)) return nullptr;
  Object* start = a[0] ? a[0] : small_int(0);
  Object* step = a[1] ? a[1] : small_int(1);
  if (!is_number_like(start) || !is_number_like(step)) {
    set_error(&exc::TypeError, "a number is required");
    return nullptr;
  }
  // An int start with a step of 1 counts in plain ints: count(True) counts
  // 1, 2, 3... and shows as count(1), as CPython's fast mode does.
  Object* current;
  if (is_int(start) && !is_int_exact(start) && step_is_int_one(step)) {
    current = int_exact_copy(start);
    if (!current) return nullptr;
  } else {
    current = newref(start);
  }
  Object* o = type_generic_alloc(type, 0);
  if (!o) {
    decref(current);
    return nullptr;
  }
  as_count(o)->current = current;
  as_count(o)->step = newref(step);
  return o;
}

Object* count_next(Object* o) {
  CountObject* c = as_count(o);
  Object* next_value = number_add(c->current, c->step);
  if (!next_value) return nullptr;
  Object* result = c->current;
  c->current = next_value;
  return result;
}

Object* count_repr(Object* o) {
  CountObject* c = as_count(o);
  if (step_is_int_one(c->step)) return str_from_format("%s(%R)", short_type_name(o->type), c->current);
  return str_from_format("%s(%R, %R)", short_type_name(o->type), c->current, c->step);
}

Object* count_reduce(Object* o) {
  CountObject* c = as_count(o);
  Object* type = newref(static_cast<Object*>(o->type));
  // CPython leaves the step out only while it counts in machine integers.
  int overflow = 0;
  bool machine_ints = is_int(c->current) && step_is_int_one(c->step) &&
                      int_as_i64_overflow(c->current, &overflow) != INT64_MAX && !overflow;
  if (machine_ints) return tuple_steal({type, tuple_pack({c->current})});
  return tuple_steal({type, tuple_pack({c->current, c->step})});
}

MethodDef count_methods[] = {
    MethodDef("__reduce__", static_cast<NoArgsMethod>(count_reduce), "What pickle and copy need to rebuild this object."),
    {},
};

// ---- cycle ---------------------------------------------------------------------------

struct CycleObject : Object {
  Object* it;     // null once the first pass is over
  Object* saved;  // list
  ssize index;    // next position in saved during the later passes
  bool firstpass;  // set by __setstate__: items are already saved
};
using CycleFields = ObjectFields<CycleObject, &CycleObject::it, &CycleObject::saved>;

CycleObject* as_cycle(Object* o) { return static_cast<CycleObject*>(o); }

Object* cycle_new(Type* type, Object* args, Object* kwds) {
  if (type == &ItertoolsCycleType && !check_no_kwargs("cycle", kwds)) return nullptr;
  if (!check_positional("cycle", tuple_size(args), 1, 1)) return nullptr;
  ObjRef it = ObjRef::steal(get_iter(tuple_item(args, 0)));
  if (!it) return nullptr;
  ObjRef saved = ObjRef::steal(list_new(0));
  if (!saved) return nullptr;
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  as_cycle(o)->it = it.release();
  as_cycle(o)->saved = saved.release();
  return o;
}

Object* cycle_next(Object* o) {
  CycleObject* c = as_cycle(o);
  if (c->it) {
    Object* item = iter_next(c->it);
    if (item) {
      if (c->firstpass) return item;
      if (list_append(c->saved, item) < 0) {
        decref(item);
        return nullptr;
      }
      return item;
    }
    if (error_occurred()) return nullptr;
    clear_ref(c->it);
  }
  ssize n = list_size(c->saved);
  if (n == 0) return nullptr;
  if (c->index >= n) c->index = 0;
  Object* item = list_item(c->saved, c->index);
  ++c->index;
  if (c->index >= n) c->index = 0;
  return newref(item);
}

Object* cycle_reduce(Object* o) {
  CycleObject* c = as_cycle(o);
  if (!c->it) {
    // Later passes: an iterator over the saved items, advanced to where the
    // cycle is, then the saved list for the passes after.
    ObjRef it = ObjRef::steal(get_iter(c->saved));
    if (!it) return nullptr;
    for (ssize i = 0; i < c->index; ++i) {
      Object* skipped = iter_next(it.get());
      if (!skipped) {
        if (error_occurred()) return nullptr;
        break;
      }
      decref(skipped);
    }
    return tuple_steal({newref(static_cast<Object*>(o->type)), tuple_pack({it.get()}),
                        tuple_pack({c->saved, True})});
  }
  return tuple_steal({newref(static_cast<Object*>(o->type)), tuple_pack({c->it}),
                      tuple_pack({c->saved, c->firstpass ? True : False})});
}

Object* cycle_setstate(Object* o, Object* state) {
  if (!is_tuple(state)) {
    set_error(&exc::TypeError, "state is not a tuple");
    return nullptr;
  }
  if (tuple_size(state) != 2) {
    return format_error(&exc::TypeError, "function takes exactly 2 arguments (%zd given)", tuple_size(state));
  }
  Object* saved = tuple_item(state, 0);
  if (!is_list(saved)) {
    return format_error(&exc::TypeError, "argument 1 must be list, not %.50s", type_name(saved->type));
  }
  int firstpass;
  if (!arg_to_int(tuple_item(state, 1), &firstpass)) return nullptr;
  CycleObject* c = as_cycle(o);
  setref(c->saved, newref(saved));
  c->firstpass = firstpass != 0;
  c->index = 0;
  return newref(None);
}

MethodDef cycle_methods[] = {
    MethodDef("__reduce__", static_cast<NoArgsMethod>(cycle_reduce), "What pickle and copy need to rebuild this object."),
    MethodDef("__setstate__", static_cast<OneArgMethod>(cycle_setstate), "Restores the position pickle saved."),
    {},
};

// ---- repeat --------------------------------------------------------------------------

struct RepeatObject : Object {
  Object* element;
  ssize remaining;  // -1: forever
};
using RepeatFields = ObjectFields<RepeatObject, &RepeatObject::element>;

RepeatObject* as_repeat(Object* o) { return static_cast<RepeatObject*>(o); }

Object* repeat_new(Type* type, Object* args, Object* kwds) {
  static const ArgParser parser{"repeat", {"object", "times"}, 1, 2};
  Object* a[2];
  if (!parse_args_dict(parser, args, kwds, a)) return nullptr;
  ssize times = -1;
  if (a[1]) {
    if (!arg_to_ssize(a[1], &times)) return nullptr;
    if (times < 0) times = 0;  // a negative count repeats nothing
  }
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  as_repeat(o)->element = newref(a[0]);
  as_repeat(o)->remaining = times;
  return o;
}

Object* repeat_next(Object* o) {
  RepeatObject* r = as_repeat(o);
  if (r->remaining == 0) return nullptr;
  if (r->remaining > 0) --r->remaining;
  return newref(r->element);
}

Object* repeat_repr(Object* o) {
  RepeatObject* r = as_repeat(o);
  if (r->remaining == -1) return str_from_format("%s(%R)", short_type_name(o->type), r->element);
  return str_from_format("%s(%R, %zd)", short_type_name(o->type), r->element, r->remaining);
}

Object* repeat_length_hint(Object* o) {
  RepeatObject* r = as_repeat(o);
  if (r->remaining == -1) {
    set_error(&exc::TypeError, "len() of unsized object");
    return nullptr;
  }
  return int_from_ssize(r->remaining);
}

Object* repeat_reduce(Object* o) {
  RepeatObject* r = as_repeat(o);
  Object* type = newref(static_cast<Object*>(o->type));
  if (r->remaining == -1) return tuple_steal({type, tuple_pack({r->element})});
  return tuple_steal({type, tuple_steal({newref(r->element), int_from_ssize(r->remaining)})});
}

MethodDef repeat_methods[] = {
    MethodDef("__length_hint__", static_cast<NoArgsMethod>(repeat_length_hint),
              "How many items the iterator has left, as far as it knows."),
    MethodDef("__reduce__", static_cast<NoArgsMethod>(repeat_reduce), "What pickle and copy need to rebuild this object."),
    {},
};

}  // namespace

Type ItertoolsCountType{{
    .name = "itertools.count",
    .basicsize = sizeof(CountObject),
    .dealloc = CountFields::dealloc,
    .repr = count_repr,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .doc = "count(start=0, step=1): start, start+step, start+2*step... without end.",
    .traverse = CountFields::traverse,
    .iter = return_self,
    .iternext = count_next,
    .methods = count_methods,
    .new_ = count_new,
}};

Type ItertoolsCycleType{{
    .name = "itertools.cycle",
    .basicsize = sizeof(CycleObject),
    .dealloc = CycleFields::dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .doc = "Yields the items of the iterable, then the same items again, forever.",
    .traverse = CycleFields::traverse,
    .iter = return_self,
    .iternext = cycle_next,
    .methods = cycle_methods,
    .new_ = cycle_new,
}};

Type ItertoolsRepeatType{{
    .name = "itertools.repeat",
    .basicsize = sizeof(RepeatObject),
    .dealloc = RepeatFields::dealloc,
    .repr = repeat_repr,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .doc = "repeat(object[, times]): the object, times times (or without end).",
    .traverse = RepeatFields::traverse,
    .iter = return_self,
    .iternext = repeat_next,
    .methods = repeat_methods,
    .new_ = repeat_new,
}};

}  // namespace glasspy
