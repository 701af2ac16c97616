// The lazy iterator types of the builtins: enumerate, reversed, zip, map,
// filter (CPython's Objects/enumobject.c and Python/bltinmodule.c).
#include "modules/builtins_module.h"
#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/int.h"
#include "objects/known_strings.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

namespace {

Object* iter_self(Object* o) { return newref(o); }

// Calling the exact type goes through vectorcall, as CPython's types have
// it (so the call is not counted against the recursion limit); subclasses
// take the generic path.
Object* construct_by_vectorcall(Type* exact, newfunc new_slot, Object* callable, Object* const* args,
                                size_t nargsf, Object* kwnames) {
  ssize nargs = vectorcall_nargs(nargsf);
  if (callable != static_cast<Object*>(exact)) return call_with_tp_call(callable, args, nargs, kwnames);
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
  Object* r = new_slot(exact, tuple, kwargs);
  decref(tuple);
  xdecref(kwargs);
  return r;
}

// Clears a StopIteration a sub-iterator's __next__ raised (it means "end").
bool end_or_error() {
  if (error_occurred()) {
    if (!error_matches(&exc::StopIteration)) return false;
    clear_error();
  }
  return true;
}

// ---- enumerate -------------------------------------------------------------------

struct EnumerateObject : Object {
  ssize index;        // while it fits
  Object* it;
  Object* longindex;  // once the index outgrew ssize (or start was big)
};

EnumerateObject* as_enum(Object* o) { return static_cast<EnumerateObject*>(o); }

Object* enum_make(Type* type, Object* iterable, Object* start) {
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  EnumerateObject* en = as_enum(o);
  en->index = 0;
  en->longindex = nullptr;
  if (start) {
    Object* s = number_index(start);
    if (!s) {
      decref(o);
      return nullptr;
    }
    int overflow;
    int64_t v = int_as_i64_overflow(s, &overflow);
    if (overflow || v == INT64_MAX) {
      en->longindex = s;
      en->index = INT64_MAX;
    } else {
      en->index = v;
      decref(s);
    }
  }
  en->it = get_iter(iterable);
  if (!en->it) {
    decref(o);
    return nullptr;
  }
  return o;
}

Object* enum_new_slot(Type* type, Object* args, Object* kwds) {
  ssize nargs = tuple_size(args);
  Object* iterable = nargs > 0 ? tuple_item(args, 0) : nullptr;
  Object* start = nargs > 1 ? tuple_item(args, 1) : nullptr;
  ssize nkw = kwds ? dict_size(kwds) : 0;
  if (nkw) {
    ssize pos = 0;
    Object* key;
    Object* value;
    while (dict_next(kwds, &pos, &key, &value)) {
      if (is_str(key) && str_equal_cstr(key, "iterable") && !iterable) {
        iterable = value;
      } else if (is_str(key) && str_equal_cstr(key, "start") && !start) {
        start = value;
      } else {
        format_error(&exc::TypeError, "'%S' is an invalid keyword argument for enumerate()", key);
        return nullptr;
      }
    }
  }
  if (nargs + nkw > 2) {
    return format_error(&exc::TypeError, "enumerate() takes at most 2 arguments (%d given)",
                        static_cast<int>(nargs + nkw));
  }
  if (!iterable) {
    set_error(&exc::TypeError, "enumerate() missing required argument 'iterable'");
    return nullptr;
  }
  return enum_make(type, iterable, start);
}

void enum_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(as_enum(o)->it);
  xdecref(as_enum(o)->longindex);
  free_object(o);
}

int enum_traverse(Object* o, visitproc visit, void* arg) {
  GLASSPY_VISIT(as_enum(o)->it);
  GLASSPY_VISIT(as_enum(o)->longindex);
  return 0;
}

Object* enum_next(Object* o) {
  EnumerateObject* en = as_enum(o);
  Object* next_item = en->it->type->iternext(en->it);
  if (!next_item) return nullptr;
  Object* index;
  if (en->index == INT64_MAX || en->longindex) {
    if (!en->longindex) {
      en->longindex = int_from_i64(INT64_MAX);
      if (!en->longindex) {
        decref(next_item);
        return nullptr;
      }
    }
    index = en->longindex;
    Object* next_index = int_add(index, small_int(1));
    if (!next_index) {
      decref(next_item);
      return nullptr;
    }
    en->longindex = next_index;
  } else {
    index = int_from_i64(en->index);
    ++en->index;
    if (!index) {
      decref(next_item);
      return nullptr;
    }
  }
  Object* result = tuple_new(2);
  if (!result) {
    decref(index);
    decref(next_item);
    return nullptr;
  }
  tuple_set_item(result, 0, index);
  tuple_set_item(result, 1, next_item);
  return result;
}

// ---- reversed --------------------------------------------------------------------

struct ReversedObject : Object {
  ssize index;
  Object* seq;
};

ReversedObject* as_rev(Object* o) { return static_cast<ReversedObject*>(o); }

Object* reversed_new_slot(Type* type, Object* args, Object* kwds) {
  if (type == &ReversedType && !check_no_kwargs("reversed", kwds)) return nullptr;
  if (!check_positional("reversed", tuple_size(args), 1, 1)) return nullptr;
  Object* seq = tuple_item(args, 0);
  Object* reversed_meth = lookup_special(seq, ID(dunder_reversed));
  if (reversed_meth == None) {
    decref(reversed_meth);
    return format_error(&exc::TypeError, "'%.200s' object is not reversible", seq->type->name);
  }
  if (reversed_meth) {
    Object* res = call_no_args(reversed_meth);
    decref(reversed_meth);
    return res;
  }
  if (error_occurred()) return nullptr;
  if (!is_sequence(seq)) {
    return format_error(&exc::TypeError, "'%.200s' object is not reversible", seq->type->name);
  }
  ssize n = object_length(seq);
  if (n == -1) return nullptr;
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  as_rev(o)->index = n - 1;
  as_rev(o)->seq = newref(seq);
  return o;
}

void reversed_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(as_rev(o)->seq);
  free_object(o);
}

int reversed_traverse(Object* o, visitproc visit, void* arg) {
  GLASSPY_VISIT(as_rev(o)->seq);
  return 0;
}

Object* reversed_next(Object* o) {
  ReversedObject* ro = as_rev(o);
  ssize index = ro->index;
  if (index >= 0) {
    Object* item = sequence_get_item(ro->seq, index);
    if (item) {
      ro->index--;
      return item;
    }
    if (error_matches(&exc::IndexError) || error_matches(&exc::StopIteration)) clear_error();
  }
  ro->index = -1;
  clear_ref(ro->seq);
  return nullptr;
}

Object* reversed_length_hint(Object* o) {
  ReversedObject* ro = as_rev(o);
  if (!ro->seq) return int_from_i64(0);
  ssize seqsize = object_length(ro->seq);
  if (seqsize == -1) return nullptr;
  ssize position = ro->index + 1;
  return int_from_ssize(seqsize < position ? 0 : position);
}

// type(self)(seq) resumed at `index`, or type(self)(()) once exhausted.
Object* reversed_reduce(Object* o) {
  ReversedObject* ro = as_rev(o);
  Object* type = static_cast<Object*>(o->type);
  Object* seq = ro->seq ? newref(ro->seq) : tuple_new(0);
  Object* args = seq ? tuple_pack({seq}) : nullptr;
  xdecref(seq);
  if (!args) return nullptr;
  Object* result = nullptr;
  if (ro->seq) {
    Object* index = int_from_ssize(ro->index);
    if (index) result = tuple_pack({type, args, index});
    xdecref(index);
  } else {
    result = tuple_pack({type, args});
  }
  decref(args);
  return result;
}

// Clipped to [-1, len(seq) - 1], -1 meaning exhausted.
Object* reversed_setstate(Object* o, Object* state) {
  ReversedObject* ro = as_rev(o);
  if (!is_int(state)) return format_error(&exc::TypeError, "an integer is required");
  ssize index = int_as_ssize(state);
  if (index == -1 && error_occurred()) return nullptr;
  if (ro->seq) {
    ssize n = object_length(ro->seq);
    if (n < 0) return nullptr;
    ro->index = index < -1 ? -1 : (index > n - 1 ? n - 1 : index);
  }
  return newref(None);
}

MethodDef reversed_methods[] = {
    MethodDef("__length_hint__", static_cast<NoArgsMethod>(reversed_length_hint),
              "Private method returning an estimate of len(list(it))."),
    MethodDef("__reduce__", static_cast<NoArgsMethod>(reversed_reduce), "Return state information for pickling."),
    MethodDef("__setstate__", static_cast<OneArgMethod>(reversed_setstate), "Set state information for unpickling."),
    {},
};

// ---- zip ---------------------------------------------------------------------------

struct ZipObject : Object {
  ssize tuplesize;
  Object* ittuple;
  bool strict;
};

ZipObject* as_zip(Object* o) { return static_cast<ZipObject*>(o); }

Object* zip_new_slot(Type* type, Object* args, Object* kwds) {
  bool strict = false;
  if (kwds && dict_size(kwds) > 1) {
    return format_error(&exc::TypeError, "zip() takes at most 1 keyword argument (%zd given)", dict_size(kwds));
  }
  if (kwds) {
    ssize pos = 0;
    Object* key;
    Object* value;
    while (dict_next(kwds, &pos, &key, &value)) {
      if (is_str(key) && str_equal_cstr(key, "strict")) {
        int t = object_is_true(value);
        if (t < 0) return nullptr;
        strict = t;
      } else {
        return format_error(&exc::TypeError, "'%S' is an invalid keyword argument for zip()", key);
      }
    }
  }
  ssize n = tuple_size(args);
  Object* ittuple = tuple_new(n);
  if (!ittuple) return nullptr;
  for (ssize i = 0; i < n; ++i) {
    Object* it = get_iter(tuple_item(args, i));
    if (!it) {
      decref(ittuple);
      return nullptr;
    }
    tuple_set_item(ittuple, i, it);
  }
  Object* o = type_generic_alloc(type, 0);
  if (!o) {
    decref(ittuple);
    return nullptr;
  }
  as_zip(o)->ittuple = ittuple;
  as_zip(o)->tuplesize = n;
  as_zip(o)->strict = strict;
  return o;
}

void zip_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(as_zip(o)->ittuple);
  free_object(o);
}

int zip_traverse(Object* o, visitproc visit, void* arg) {
  GLASSPY_VISIT(as_zip(o)->ittuple);
  return 0;
}

Object* zip_next(Object* o) {
  ZipObject* lz = as_zip(o);
  ssize tuplesize = lz->tuplesize;
  if (tuplesize == 0) return nullptr;
  Object* result = tuple_new(tuplesize);
  if (!result) return nullptr;
  ssize i;
  for (i = 0; i < tuplesize; ++i) {
    Object* it = tuple_item(lz->ittuple, i);
    Object* item = it->type->iternext(it);
    if (!item) {
      decref(result);
      if (lz->strict) goto check;
      return nullptr;
    }
    tuple_set_item(result, i, item);
  }
  return result;
check:
  if (!end_or_error()) return nullptr;
  if (i) {
    const char* plural = i == 1 ? " " : "s 1-";
    return format_error(&exc::ValueError, "zip() argument %d is shorter than argument%s%d", static_cast<int>(i + 1),
                        plural, static_cast<int>(i));
  }
  for (i = 1; i < tuplesize; ++i) {
    Object* it = tuple_item(lz->ittuple, i);
    Object* item = it->type->iternext(it);
    if (item) {
      decref(item);
      const char* plural = i == 1 ? " " : "s 1-";
      return format_error(&exc::ValueError, "zip() argument %d is longer than argument%s%d", static_cast<int>(i + 1),
                          plural, static_cast<int>(i));
    }
    if (!end_or_error()) return nullptr;
  }
  return nullptr;
}

// ---- map ---------------------------------------------------------------------------

struct MapObject : Object {
  Object* iters;  // tuple
  Object* func;
};

MapObject* as_map(Object* o) { return static_cast<MapObject*>(o); }

Object* map_new_slot(Type* type, Object* args, Object* kwds) {
  if (type == &MapType && !check_no_kwargs("map", kwds)) return nullptr;
  ssize numargs = tuple_size(args);
  if (numargs < 2) {
    set_error(&exc::TypeError, "map() must have at least two arguments.");
    return nullptr;
  }
  Object* iters = tuple_new(numargs - 1);
  if (!iters) return nullptr;
  for (ssize i = 1; i < numargs; ++i) {
    Object* it = get_iter(tuple_item(args, i));
    if (!it) {
      decref(iters);
      return nullptr;
    }
    tuple_set_item(iters, i - 1, it);
  }
  Object* o = type_generic_alloc(type, 0);
  if (!o) {
    decref(iters);
    return nullptr;
  }
  as_map(o)->iters = iters;
  as_map(o)->func = newref(tuple_item(args, 0));
  return o;
}

void map_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(as_map(o)->iters);
  xdecref(as_map(o)->func);
  free_object(o);
}

int map_traverse(Object* o, visitproc visit, void* arg) {
  GLASSPY_VISIT(as_map(o)->iters);
  GLASSPY_VISIT(as_map(o)->func);
  return 0;
}

Object* map_next(Object* o) {
  MapObject* lz = as_map(o);
  ssize niters = tuple_size(lz->iters);
  Object* small[8];
  Object** stack = niters <= 8 ? small : new Object*[static_cast<size_t>(niters)];
  ssize nargs = 0;
  Object* result = nullptr;
  for (ssize i = 0; i < niters; ++i) {
    Object* it = tuple_item(lz->iters, i);
    Object* val = it->type->iternext(it);
    if (!val) goto exit;
    stack[i] = val;
    ++nargs;
  }
  result = vectorcall(lz->func, stack, static_cast<size_t>(nargs), nullptr);
exit:
  for (ssize i = 0; i < nargs; ++i) decref(stack[i]);
  if (stack != small) delete[] stack;
  return result;
}

// ---- filter --------------------------------------------------------------------------

struct FilterObject : Object {
  Object* func;
  Object* it;
};

FilterObject* as_filter(Object* o) { return static_cast<FilterObject*>(o); }

Object* filter_new_slot(Type* type, Object* args, Object* kwds) {
  if (type == &FilterType && !check_no_kwargs("filter", kwds)) return nullptr;
  if (!check_positional("filter", tuple_size(args), 2, 2)) return nullptr;
  Object* it = get_iter(tuple_item(args, 1));
  if (!it) return nullptr;
  Object* o = type_generic_alloc(type, 0);
  if (!o) {
    decref(it);
    return nullptr;
  }
  as_filter(o)->func = newref(tuple_item(args, 0));
  as_filter(o)->it = it;
  return o;
}

void filter_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(as_filter(o)->func);
  xdecref(as_filter(o)->it);
  free_object(o);
}

int filter_traverse(Object* o, visitproc visit, void* arg) {
  GLASSPY_VISIT(as_filter(o)->func);
  GLASSPY_VISIT(as_filter(o)->it);
  return 0;
}

Object* filter_next(Object* o) {
  FilterObject* lz = as_filter(o);
  Object* it = lz->it;
  bool checktrue = lz->func == None || lz->func == static_cast<Object*>(&BoolType);
  for (;;) {
    Object* item = it->type->iternext(it);
    if (!item) return nullptr;
    int ok;
    if (checktrue) {
      ok = object_is_true(item);
    } else {
      Object* good = call_function(lz->func, item);
      if (!good) {
        decref(item);
        return nullptr;
      }
      ok = object_is_true(good);
      decref(good);
    }
    if (ok > 0) return item;
    decref(item);
    if (ok < 0) return nullptr;
  }
}

Object* enum_vectorcall(Object* callable, Object* const* args, size_t nargsf, Object* kwnames) {
  return construct_by_vectorcall(&EnumerateType, enum_new_slot, callable, args, nargsf, kwnames);
}

Object* reversed_vectorcall(Object* callable, Object* const* args, size_t nargsf, Object* kwnames) {
  return construct_by_vectorcall(&ReversedType, reversed_new_slot, callable, args, nargsf, kwnames);
}

Object* map_vectorcall(Object* callable, Object* const* args, size_t nargsf, Object* kwnames) {
  return construct_by_vectorcall(&MapType, map_new_slot, callable, args, nargsf, kwnames);
}

Object* filter_vectorcall(Object* callable, Object* const* args, size_t nargsf, Object* kwnames) {
  return construct_by_vectorcall(&FilterType, filter_new_slot, callable, args, nargsf, kwnames);
}

}  // namespace

Type EnumerateType{{
    .name = "enumerate",
    .basicsize = sizeof(EnumerateObject),
    .dealloc = enum_dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .doc = "enumerate(iterable, start=0)\n--\n\n"
           "Return an enumerate object.\n\n  iterable\n    an object supporting iteration\n\nThe enumerate object yields pairs containing a count (from start, which\ndefaults to zero) and a value yielded by the iterable argument.\n\nenumerate is useful for obtaining an indexed list:\n    (0, seq[0]), (1, seq[1]), (2, seq[2]), ...",
    .traverse = enum_traverse,
    .iter = iter_self,
    .iternext = enum_next,
    .new_ = enum_new_slot,
    .vectorcall = enum_vectorcall,
}};

Type ReversedType{{
    .name = "reversed",
    .basicsize = sizeof(ReversedObject),
    .dealloc = reversed_dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .doc = "reversed(sequence, /)\n--\n\n"
           "Return a reverse iterator over the values of the given sequence.",
    .traverse = reversed_traverse,
    .iter = iter_self,
    .iternext = reversed_next,
    .methods = reversed_methods,
    .new_ = reversed_new_slot,
    .vectorcall = reversed_vectorcall,
}};

Type ZipType{{
    .name = "zip",
    .basicsize = sizeof(ZipObject),
    .dealloc = zip_dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .doc = "zip(*iterables, strict=False) --> Yield tuples until an input is exhausted.",
    .traverse = zip_traverse,
    .iter = iter_self,
    .iternext = zip_next,
    .new_ = zip_new_slot,
}};

Type MapType{{
    .name = "map",
    .basicsize = sizeof(MapObject),
    .dealloc = map_dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .doc = "map(func, *iterables) --> map object\n\nMake an iterator that computes the function using arguments from\neach of the iterables.  Stops when the shortest iterable is exhausted.",
    .traverse = map_traverse,
    .iter = iter_self,
    .iternext = map_next,
    .new_ = map_new_slot,
    .vectorcall = map_vectorcall,
}};

Type FilterType{{
    .name = "filter",
    .basicsize = sizeof(FilterObject),
    .dealloc = filter_dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .doc = "filter(function or None, iterable) --> filter object\n\nReturn an iterator yielding those items of iterable for which function(item)\nis true. If function is None, return the items that are true.",
    .traverse = filter_traverse,
    .iter = iter_self,
    .iternext = filter_next,
    .new_ = filter_new_slot,
    .vectorcall = filter_vectorcall,
}};

}  // namespace glasspy
