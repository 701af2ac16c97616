// The itertools iterators that transform or select from other iterators:
// accumulate, chain, compress, dropwhile, takewhile, filterfalse, starmap,
// islice, pairwise, zip_longest.
//
// Each pulls from its source iterators only when asked (lazy), treats a
// StopIteration from a source as its end (iter_next clears it), and keeps
// no C++ recursion between objects: chain walks its iterables in a loop,
// so a chain of a million chains does not grow the C stack per level beyond
// what the nested objects themselves need.  __reduce__ / __setstate__ give
// what CPython 3.11 gives, so copy and pickle round-trip them.
#include <vector>

#include "modules/itertools_module.h"
#include "modules/native_type_support.h"
#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/genericalias.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

namespace {

Object* type_ref(Object* o) { return newref(static_cast<Object*>(o->type)); }

// For the types whose constructor takes positional arguments only: CPython
// rejects keywords for the exact type (a subclass's __init__ may take them).
bool positional_only(Type* type, Type* exact, const char* name, Object* kwds) {
  return type != exact || check_no_kwargs(name, kwds);
}

// ---- accumulate ----------------------------------------------------------------------

struct AccumulateObject : Object {
  Object* it;
  Object* func;     // null: addition
  Object* total;    // null before the first item
  Object* initial;  // yielded first, then cleared
};
using AccumulateFields = ObjectFields<AccumulateObject, &AccumulateObject::it, &AccumulateObject::func,
                                      &AccumulateObject::total, &AccumulateObject::initial>;
AccumulateObject* as_accumulate(Object* o) { return static_cast<AccumulateObject*>(o); }

Object* accumulate_new(Type* type, Object* args, Object* kwds) {
  static const ArgParser parser{"accumulate", {"iterable", "func", "initial"}, 1, 2};
  Object* a[3];
  if (!parse_args_dict(parser, args, kwds, a)) return nullptr;
  ObjRef it = ObjRef::steal(get_iter(a[0]));
  if (!it) return nullptr;
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  AccumulateObject* acc = as_accumulate(o);
  acc->it = it.release();
  acc->func = a[1] && a[1] != None ? newref(a[1]) : nullptr;
  acc->initial = a[2] && a[2] != None ? newref(a[2]) : nullptr;
  return o;
}

Object* accumulate_next(Object* o) {
  AccumulateObject* acc = as_accumulate(o);
  if (acc->initial) {
    Object* initial = acc->initial;
    acc->initial = nullptr;
    setref(acc->total, initial);
    return newref(initial);
  }
  Object* value = iter_next(acc->it);
  if (!value) return nullptr;
  if (!acc->total) {
    acc->total = value;
    return newref(value);
  }
  Object* sum = acc->func ? call_function(acc->func, acc->total, value) : number_add(acc->total, value);
  decref(value);
  if (!sum) return nullptr;
  setref(acc->total, sum);
  return newref(sum);
}

Object* accumulate_reduce(Object* o) {
  AccumulateObject* acc = as_accumulate(o);
  Object* func = acc->func ? acc->func : None;
  if (acc->initial) {
    // The initial value not yet yielded goes in front of the rest.
    ObjRef first = ObjRef::steal(tuple_pack({acc->initial}));
    if (!first) return nullptr;
    Object* chained = call_function(static_cast<Object*>(&ItertoolsChainType), first.get(), acc->it);
    return tuple_steal({type_ref(o), tuple_steal({chained, newref(func)}), newref(None)});
  }
  if (acc->total == None) {
    // A None total cannot be told from "no total yet": restart from a
    // source that yields None first and skip it.
    ObjRef first = ObjRef::steal(tuple_pack({None}));
    if (!first) return nullptr;
    ObjRef chained = ObjRef::steal(call_function(static_cast<Object*>(&ItertoolsChainType), first.get(), acc->it));
    if (!chained) return nullptr;
    Object* sliced = call_function(static_cast<Object*>(&ItertoolsIsliceType), chained.get(), small_int(1), None);
    return tuple_steal({type_ref(o), tuple_steal({sliced, newref(func)}), newref(None)});
  }
  return tuple_steal({type_ref(o), tuple_pack({acc->it, func}), newref(acc->total ? acc->total : None)});
}

Object* accumulate_setstate(Object* o, Object* state) {
  setref(as_accumulate(o)->total, newref(state));
  return newref(None);
}

MethodDef accumulate_methods[] = {
    MethodDef("__reduce__", static_cast<NoArgsMethod>(accumulate_reduce), "What pickle and copy need to rebuild this object."),
    MethodDef("__setstate__", static_cast<OneArgMethod>(accumulate_setstate), "Restores the position pickle saved."),
    {},
};

// ---- chain ---------------------------------------------------------------------------

struct ChainObject : Object {
  Object* source;  // iterator over the iterables; null when exhausted
  Object* active;  // iterator of the current iterable, or null
};
using ChainFields = ObjectFields<ChainObject, &ChainObject::source, &ChainObject::active>;
ChainObject* as_chain(Object* o) { return static_cast<ChainObject*>(o); }

Object* chain_make(Type* type, Object* source) {
  Object* o = type_generic_alloc(type, 0);
  if (!o) {
    decref(source);
    return nullptr;
  }
  as_chain(o)->source = source;
  return o;
}

Object* chain_new(Type* type, Object* args, Object* kwds) {
  if (!positional_only(type, &ItertoolsChainType, "chain", kwds)) return nullptr;
  Object* source = get_iter(args);
  if (!source) return nullptr;
  return chain_make(type, source);
}

Object* chain_from_iterable(Object* type, Object* iterable) {
  Object* source = get_iter(iterable);
  if (!source) return nullptr;
  return chain_make(static_cast<Type*>(type), source);
}

// A chain whose current iterator is itself a chain (chain(chain(chain(...))))
// is walked down in this loop instead of by nested calls, so nesting depth
// costs no C stack.  `path` holds the chains above the one being read.
Object* chain_next(Object* o) {
  std::vector<Object*> path;
  std::vector<Object*> left;  // ancestors returned to: held until the end
  auto finish = [&](Object* result) {
    for (Object* p : path) decref(p);
    for (Object* p : left) decref(p);
    return result;
  };
  ChainObject* c = as_chain(o);
  for (;;) {
    if (!c->active && c->source) {
      Object* iterable = iter_next(c->source);
      if (!iterable) {
        if (error_occurred()) return finish(nullptr);
        clear_ref(c->source);
      } else {
        c->active = get_iter(iterable);
        decref(iterable);
        if (!c->active) {
          clear_ref(c->source);
          return finish(nullptr);
        }
      }
    }
    if (c->active) {
      if (c->active->type == &ItertoolsChainType) {
        path.push_back(newref(static_cast<Object*>(c)));
        c = as_chain(c->active);
        continue;
      }
      Object* item = iter_next(c->active);
      if (item) return finish(item);
      if (error_occurred()) return finish(nullptr);
      clear_ref(c->active);
      continue;
    }
    // c is exhausted: its parent moves on to its next iterable.
    if (path.empty()) return finish(nullptr);
    c = as_chain(path.back());
    path.pop_back();
    left.push_back(static_cast<Object*>(c));
    clear_ref(c->active);
  }
}

Object* chain_reduce(Object* o) {
  ChainObject* c = as_chain(o);
  if (!c->source) return tuple_steal({type_ref(o), newref(empty_tuple())});
  if (c->active) return tuple_steal({type_ref(o), newref(empty_tuple()), tuple_pack({c->source, c->active})});
  return tuple_steal({type_ref(o), newref(empty_tuple()), tuple_pack({c->source})});
}

Object* chain_setstate(Object* o, Object* state) {
  if (!is_tuple(state)) {
    set_error(&exc::TypeError, "state is not a tuple");
    return nullptr;
  }
  ssize n = tuple_size(state);
  if (n < 1 || n > 2) {
    return format_error(&exc::TypeError, "function takes %s %d argument%s (%zd given)", n < 1 ? "at least" : "at most",
                        n < 1 ? 1 : 2, n < 1 ? "" : "s", n);
  }
  Object* source = tuple_item(state, 0);
  Object* active = n == 2 ? tuple_item(state, 1) : nullptr;
  if (!is_iterator(source) || (active && !is_iterator(active))) {
    set_error(&exc::TypeError, "Arguments must be iterators.");
    return nullptr;
  }
  ChainObject* c = as_chain(o);
  setref(c->source, newref(source));
  setref(c->active, xnewref(active));
  return newref(None);
}

MethodDef chain_methods[] = {
    MethodDef("from_iterable", static_cast<OneArgMethod>(chain_from_iterable),
              "Alternative chain() constructor taking a single iterable argument that evaluates lazily.",
              Binding::kClass),
    MethodDef("__reduce__", static_cast<NoArgsMethod>(chain_reduce), "What pickle and copy need to rebuild this object."),
    MethodDef("__setstate__", static_cast<OneArgMethod>(chain_setstate), "Restores the position pickle saved."),
    MethodDef("__class_getitem__", static_cast<OneArgMethod>(generic_alias_new), "See PEP 585", Binding::kClass),
    {},
};

// ---- compress ------------------------------------------------------------------------

struct CompressObject : Object {
  Object* data;
  Object* selectors;
};
using CompressFields = ObjectFields<CompressObject, &CompressObject::data, &CompressObject::selectors>;
CompressObject* as_compress(Object* o) { return static_cast<CompressObject*>(o); }

Object* compress_new(Type* type, Object* args, Object* kwds) {
  static const ArgParser parser{"compress", {"data", "selectors"}, 2, 2};
  Object* a[2];
  if (!parse_args_dict(parser, args, kwds, a)) return nullptr;
  ObjRef data = ObjRef::steal(get_iter(a[0]));
  if (!data) return nullptr;
  ObjRef selectors = ObjRef::steal(get_iter(a[1]));
  if (!selectors) return nullptr;
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  as_compress(o)->data = data.release();
  as_compress(o)->selectors = selectors.release();
  return o;
}

Object* compress_next(Object* o) {
  CompressObject* c = as_compress(o);
  for (;;) {
    Object* datum = iter_next(c->data);
    if (!datum) return nullptr;
    Object* selector = iter_next(c->selectors);
    if (!selector) {
      decref(datum);
      return nullptr;
    }
    int ok = object_is_true(selector);
    decref(selector);
    if (ok > 0) return datum;
    decref(datum);
    if (ok < 0) return nullptr;
  }
}

Object* compress_reduce(Object* o) {
  return tuple_steal({type_ref(o), tuple_pack({as_compress(o)->data, as_compress(o)->selectors})});
}

MethodDef compress_methods[] = {
    MethodDef("__reduce__", static_cast<NoArgsMethod>(compress_reduce), "What pickle and copy need to rebuild this object."),
    {},
};

// ---- dropwhile / takewhile / filterfalse / starmap: a function and an iterator ----------

struct PredicateObject : Object {
  Object* func;
  Object* it;
  bool flag;  // dropwhile: done dropping; takewhile: stopped
};
using PredicateFields = ObjectFields<PredicateObject, &PredicateObject::func, &PredicateObject::it>;
PredicateObject* as_pred(Object* o) { return static_cast<PredicateObject*>(o); }

Object* predicate_new(Type* type, Type* exact, const char* name, Object* args, Object* kwds) {
  if (!positional_only(type, exact, name, kwds)) return nullptr;
  if (!check_positional(name, tuple_size(args), 2, 2)) return nullptr;
  ObjRef it = ObjRef::steal(get_iter(tuple_item(args, 1)));
  if (!it) return nullptr;
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  as_pred(o)->func = newref(tuple_item(args, 0));
  as_pred(o)->it = it.release();
  return o;
}

Object* dropwhile_new(Type* type, Object* args, Object* kwds) {
  return predicate_new(type, &ItertoolsDropwhileType, "dropwhile", args, kwds);
}
Object* takewhile_new(Type* type, Object* args, Object* kwds) {
  return predicate_new(type, &ItertoolsTakewhileType, "takewhile", args, kwds);
}
Object* filterfalse_new(Type* type, Object* args, Object* kwds) {
  return predicate_new(type, &ItertoolsFilterfalseType, "filterfalse", args, kwds);
}
Object* starmap_new(Type* type, Object* args, Object* kwds) {
  return predicate_new(type, &ItertoolsStarmapType, "starmap", args, kwds);
}

// 1 / 0 / -1: func(item) is true.
int predicate_holds(Object* func, Object* item) {
  Object* verdict = call_function(func, item);
  if (!verdict) return -1;
  int ok = object_is_true(verdict);
  decref(verdict);
  return ok;
}

Object* dropwhile_next(Object* o) {
  PredicateObject* p = as_pred(o);
  for (;;) {
    Object* item = iter_next(p->it);
    if (!item) return nullptr;
    if (p->flag) return item;
    int ok = predicate_holds(p->func, item);
    if (ok == 0) {
      p->flag = true;
      return item;
    }
    decref(item);
    if (ok < 0) return nullptr;
  }
}

Object* takewhile_next(Object* o) {
  PredicateObject* p = as_pred(o);
  if (p->flag) return nullptr;
  Object* item = iter_next(p->it);
  if (!item) return nullptr;
  int ok = predicate_holds(p->func, item);
  if (ok > 0) return item;
  decref(item);
  if (ok == 0) p->flag = true;
  return nullptr;
}

Object* filterfalse_next(Object* o) {
  PredicateObject* p = as_pred(o);
  for (;;) {
    Object* item = iter_next(p->it);
    if (!item) return nullptr;
    int ok = p->func == None ? object_is_true(item) : predicate_holds(p->func, item);
    if (ok == 0) return item;
    decref(item);
    if (ok < 0) return nullptr;
  }
}

Object* starmap_next(Object* o) {
  PredicateObject* p = as_pred(o);
  Object* args = iter_next(p->it);
  if (!args) return nullptr;
  if (!is_tuple(args)) {
    Object* t = sequence_tuple(args);
    decref(args);
    if (!t) return nullptr;
    args = t;
  }
  Object* result = vectorcall(p->func, tuple_items(args), static_cast<size_t>(tuple_size(args)), nullptr);
  decref(args);
  return result;
}

Object* predicate_reduce(Object* o) {
  return tuple_steal({type_ref(o), tuple_pack({as_pred(o)->func, as_pred(o)->it})});
}

Object* predicate_reduce_with_flag(Object* o) {
  return tuple_steal(
      {type_ref(o), tuple_pack({as_pred(o)->func, as_pred(o)->it}), int_from_i64(as_pred(o)->flag ? 1 : 0)});
}

Object* predicate_setstate(Object* o, Object* state) {
  int flag = object_is_true(state);
  if (flag < 0) return nullptr;
  as_pred(o)->flag = flag != 0;
  return newref(None);
}

MethodDef flagged_methods[] = {
    MethodDef("__reduce__", static_cast<NoArgsMethod>(predicate_reduce_with_flag),
              "What pickle and copy need to rebuild this object."),
    MethodDef("__setstate__", static_cast<OneArgMethod>(predicate_setstate), "Restores the position pickle saved."),
    {},
};
MethodDef predicate_methods[] = {
    MethodDef("__reduce__", static_cast<NoArgsMethod>(predicate_reduce), "What pickle and copy need to rebuild this object."),
    {},
};

// ---- islice --------------------------------------------------------------------------

struct IsliceObject : Object {
  Object* it;  // null once exhausted
  ssize next;  // index of the next item to yield
  ssize stop;  // -1: no stop
  ssize step;
  ssize count;  // items consumed from it
};
using IsliceFields = ObjectFields<IsliceObject, &IsliceObject::it>;
IsliceObject* as_islice(Object* o) { return static_cast<IsliceObject*>(o); }

constexpr const char* kIsliceStopMessage =
    "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";

// An islice bound: index(value) as ssize, -1 for an unusable one (the caller
// turns that into its own ValueError).
ssize islice_bound(Object* value) {
  ssize v = number_as_ssize(value, &exc::OverflowError);
  if (v == -1 && error_occurred()) clear_error();
  return v;
}

Object* islice_new(Type* type, Object* args, Object* kwds) {
  if (!positional_only(type, &ItertoolsIsliceType, "islice", kwds)) return nullptr;
  ssize nargs = tuple_size(args);
  if (!check_positional("islice", nargs, 2, 4)) return nullptr;
  Object* seq = tuple_item(args, 0);
  ssize start = 0, stop = -1, step = 1;
  if (nargs == 2) {
    Object* a1 = tuple_item(args, 1);
    if (a1 != None) {
      stop = islice_bound(a1);
      if (stop == -1) {
        set_error(&exc::ValueError, kIsliceStopMessage);
        return nullptr;
      }
    }
  } else {
    Object* a1 = tuple_item(args, 1);
    Object* a2 = tuple_item(args, 2);
    if (a1 != None) start = islice_bound(a1);
    if (a2 != None) {
      stop = islice_bound(a2);
      if (stop == -1) {
        set_error(&exc::ValueError, kIsliceStopMessage);
        return nullptr;
      }
    }
  }
  if (start < 0 || stop < -1) {
    set_error(&exc::ValueError, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    return nullptr;
  }
  if (nargs == 4 && tuple_item(args, 3) != None) step = islice_bound(tuple_item(args, 3));
  if (step < 1) {
    set_error(&exc::ValueError, "Step for islice() must be a positive integer or None.");
    return nullptr;
  }
  ObjRef it = ObjRef::steal(get_iter(seq));
  if (!it) return nullptr;
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  IsliceObject* s = as_islice(o);
  s->it = it.release();
  s->next = start;
  s->stop = stop;
  s->step = step;
  s->count = 0;
  return o;
}

Object* islice_next(Object* o) {
  IsliceObject* s = as_islice(o);
  if (!s->it) return nullptr;
  while (s->count < s->next) {
    Object* skipped = iter_next(s->it);
    if (!skipped) {
      clear_ref(s->it);
      return nullptr;
    }
    decref(skipped);
    ++s->count;
  }
  if (s->stop != -1 && s->count >= s->stop) {
    clear_ref(s->it);
    return nullptr;
  }
  Object* item = iter_next(s->it);
  if (!item) {
    clear_ref(s->it);
    return nullptr;
  }
  ++s->count;
  ssize previous = s->next;
  s->next = static_cast<ssize>(static_cast<size_t>(s->next) + static_cast<size_t>(s->step));
  if (s->next < previous || (s->stop != -1 && s->next > s->stop)) s->next = s->stop;
  return item;
}

Object* islice_reduce(Object* o) {
  IsliceObject* s = as_islice(o);
  if (!s->it) {
    // Exhausted: an equivalent islice of nothing.
    Object* empty = get_iter(empty_tuple());
    return tuple_steal({type_ref(o), tuple_steal({empty, newref(small_int(0))}), newref(small_int(0))});
  }
  Object* stop = s->stop == -1 ? newref(None) : int_from_ssize(s->stop);
  return tuple_steal({type_ref(o),
                      tuple_steal({newref(s->it), int_from_ssize(s->next), stop, int_from_ssize(s->step)}),
                      int_from_ssize(s->count)});
}

Object* islice_setstate(Object* o, Object* state) {
  ssize count = int_as_ssize(state);
  if (count == -1 && error_occurred()) return nullptr;
  as_islice(o)->count = count;
  return newref(None);
}

MethodDef islice_methods[] = {
    MethodDef("__reduce__", static_cast<NoArgsMethod>(islice_reduce), "What pickle and copy need to rebuild this object."),
    MethodDef("__setstate__", static_cast<OneArgMethod>(islice_setstate), "Restores the position pickle saved."),
    {},
};

// ---- pairwise ------------------------------------------------------------------------

struct PairwiseObject : Object {
  Object* it;   // null once exhausted
  Object* old;  // the previous item
};
using PairwiseFields = ObjectFields<PairwiseObject, &PairwiseObject::it, &PairwiseObject::old>;
PairwiseObject* as_pairwise(Object* o) { return static_cast<PairwiseObject*>(o); }

Object* pairwise_new(Type* type, Object* args, Object* kwds) {
  if (!positional_only(type, &ItertoolsPairwiseType, "pairwise", kwds)) return nullptr;
  if (!check_positional("pairwise", tuple_size(args), 1, 1)) return nullptr;
  ObjRef it = ObjRef::steal(get_iter(tuple_item(args, 0)));
  if (!it) return nullptr;
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  as_pairwise(o)->it = it.release();
  return o;
}

Object* pairwise_next(Object* o) {
  PairwiseObject* p = as_pairwise(o);
  if (!p->it) return nullptr;
  if (!p->old) {
    p->old = iter_next(p->it);
    if (!p->old) {
      clear_ref(p->it);
      return nullptr;
    }
  }
  Object* item = iter_next(p->it);
  if (!item) {
    clear_ref(p->it);
    clear_ref(p->old);
    return nullptr;
  }
  Object* pair = tuple_pack({p->old, item});
  setref(p->old, item);
  return pair;
}

// ---- zip_longest ---------------------------------------------------------------------

struct ZipLongestObject : Object {
  Object* iterators;  // tuple; an exhausted iterator's slot holds None
  Object* fillvalue;
  ssize active;       // iterators not yet exhausted
};
using ZipLongestFields = ObjectFields<ZipLongestObject, &ZipLongestObject::iterators, &ZipLongestObject::fillvalue>;
ZipLongestObject* as_zip_longest(Object* o) { return static_cast<ZipLongestObject*>(o); }

Object* zip_longest_new(Type* type, Object* args, Object* kwds) {
  Object* fillvalue = None;
  if (kwds && is_dict(kwds) && dict_size(kwds) > 0) {
    fillvalue = dict_get_item_cstr(kwds, "fillvalue");
    if (!fillvalue || dict_size(kwds) > 1) {
      if (!error_occurred()) set_error(&exc::TypeError, "zip_longest() got an unexpected keyword argument");
      return nullptr;
    }
  }
  ssize n = tuple_size(args);
  ObjRef iterators = ObjRef::steal(tuple_new(n));
  if (!iterators) return nullptr;
  for (ssize i = 0; i < n; ++i) {
    Object* it = get_iter(tuple_item(args, i));
    if (!it) {
      for (ssize j = i; j < n; ++j) tuple_set_item(iterators.get(), j, newref(None));
      return nullptr;
    }
    tuple_set_item(iterators.get(), i, it);
  }
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  ZipLongestObject* z = as_zip_longest(o);
  z->iterators = iterators.release();
  z->fillvalue = newref(fillvalue);
  z->active = n;
  return o;
}

Object* zip_longest_next(Object* o) {
  ZipLongestObject* z = as_zip_longest(o);
  ssize n = tuple_size(z->iterators);
  if (n == 0 || z->active == 0) return nullptr;
  ObjRef result = ObjRef::steal(tuple_new(n));
  if (!result) return nullptr;
  for (ssize i = 0; i < n; ++i) {
    Object* it = tuple_item(z->iterators, i);
    Object* item;
    if (it == None) {
      item = newref(z->fillvalue);
    } else {
      item = iter_next(it);
      if (!item) {
        if (error_occurred() || --z->active == 0) {
          z->active = 0;
          for (ssize j = i; j < n; ++j) tuple_set_item(result.get(), j, newref(None));
          return nullptr;
        }
        item = newref(z->fillvalue);
        tuple_set_item(z->iterators, i, newref(None));
        decref(it);
      }
    }
    tuple_set_item(result.get(), i, item);
  }
  return result.release();
}

Object* zip_longest_reduce(Object* o) {
  ZipLongestObject* z = as_zip_longest(o);
  // Exhausted iterators are restored as empty ones.
  ssize n = tuple_size(z->iterators);
  ObjRef args = ObjRef::steal(tuple_new(n));
  if (!args) return nullptr;
  for (ssize i = 0; i < n; ++i) {
    Object* it = tuple_item(z->iterators, i);
    if (it == None) {
      it = get_iter(empty_tuple());
      if (!it) {
        for (ssize j = i; j < n; ++j) tuple_set_item(args.get(), j, newref(None));
        return nullptr;
      }
    } else {
      incref(it);
    }
    tuple_set_item(args.get(), i, it);
  }
  return tuple_steal({type_ref(o), args.release(), newref(z->fillvalue)});
}

Object* zip_longest_setstate(Object* o, Object* state) {
  setref(as_zip_longest(o)->fillvalue, newref(state));
  return newref(None);
}

MethodDef zip_longest_methods[] = {
    MethodDef("__reduce__", static_cast<NoArgsMethod>(zip_longest_reduce), "What pickle and copy need to rebuild this object."),
    MethodDef("__setstate__", static_cast<OneArgMethod>(zip_longest_setstate), "Restores the position pickle saved."),
    {},
};

}  // namespace

Type ItertoolsAccumulateType{{
    .name = "itertools.accumulate",
    .basicsize = sizeof(AccumulateObject),
    .dealloc = AccumulateFields::dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .doc = "Running totals of an iterable (sums, or results of func).",
    .traverse = AccumulateFields::traverse,
    .iter = return_self,
    .iternext = accumulate_next,
    .methods = accumulate_methods,
    .new_ = accumulate_new,
}};

Type ItertoolsChainType{{
    .name = "itertools.chain",
    .basicsize = sizeof(ChainObject),
    .dealloc = ChainFields::dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .doc = "Yields the items of each iterable in turn.",
    .traverse = ChainFields::traverse,
    .iter = return_self,
    .iternext = chain_next,
    .methods = chain_methods,
    .new_ = chain_new,
}};

Type ItertoolsCompressType{{
    .name = "itertools.compress",
    .basicsize = sizeof(CompressObject),
    .dealloc = CompressFields::dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .doc = "Yields the data items whose selector is true.",
    .traverse = CompressFields::traverse,
    .iter = return_self,
    .iternext = compress_next,
    .methods = compress_methods,
    .new_ = compress_new,
}};

Type ItertoolsDropwhileType{{
    .name = "itertools.dropwhile",
    .basicsize = sizeof(PredicateObject),
    .dealloc = PredicateFields::dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .doc = "Skips items while predicate(item) is true, then yields the rest.",
    .traverse = PredicateFields::traverse,
    .iter = return_self,
    .iternext = dropwhile_next,
    .methods = flagged_methods,
    .new_ = dropwhile_new,
}};

Type ItertoolsTakewhileType{{
    .name = "itertools.takewhile",
    .basicsize = sizeof(PredicateObject),
    .dealloc = PredicateFields::dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .doc = "Yields items while predicate(item) is true.",
    .traverse = PredicateFields::traverse,
    .iter = return_self,
    .iternext = takewhile_next,
    .methods = flagged_methods,
    .new_ = takewhile_new,
}};

Type ItertoolsFilterfalseType{{
    .name = "itertools.filterfalse",
    .basicsize = sizeof(PredicateObject),
    .dealloc = PredicateFields::dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .doc = "Yields the items for which function(item) is false.",
    .traverse = PredicateFields::traverse,
    .iter = return_self,
    .iternext = filterfalse_next,
    .methods = predicate_methods,
    .new_ = filterfalse_new,
}};

Type ItertoolsStarmapType{{
    .name = "itertools.starmap",
    .basicsize = sizeof(PredicateObject),
    .dealloc = PredicateFields::dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .doc = "Yields function(*args) for each argument tuple of the iterable.",
    .traverse = PredicateFields::traverse,
    .iter = return_self,
    .iternext = starmap_next,
    .methods = predicate_methods,
    .new_ = starmap_new,
}};

Type ItertoolsIsliceType{{
    .name = "itertools.islice",
    .basicsize = sizeof(IsliceObject),
    .dealloc = IsliceFields::dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .doc = "islice(iterable, stop) or islice(iterable, start, stop[, step]): the selected items of an iterable, as a slice selects them from a list.",
    .traverse = IsliceFields::traverse,
    .iter = return_self,
    .iternext = islice_next,
    .methods = islice_methods,
    .new_ = islice_new,
}};

Type ItertoolsPairwiseType{{
    .name = "itertools.pairwise",
    .basicsize = sizeof(PairwiseObject),
    .dealloc = PairwiseFields::dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .doc = "Yields each item paired with the one after it.",
    .traverse = PairwiseFields::traverse,
    .iter = return_self,
    .iternext = pairwise_next,
    .new_ = pairwise_new,
}};

Type ItertoolsZipLongestType{{
    .name = "itertools.zip_longest",
    .basicsize = sizeof(ZipLongestObject),
    .dealloc = ZipLongestFields::dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .doc = "zip_longest(*iterables, fillvalue=None): tuples of the i-th items, until the longest iterable ends (shorter ones give fillvalue).",
    .traverse = ZipLongestFields::traverse,
    .iter = return_self,
    .iternext = zip_longest_next,
    .methods = zip_longest_methods,
    .new_ = zip_longest_new,
}};

}  // namespace glasspy
