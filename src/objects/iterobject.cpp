// `iterator` and `callable_iterator` (see iterobject.h).
#include "objects/iterobject.h"

#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/int.h"
#include "objects/iterator_pickling.h"
#include "objects/singletons.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

namespace {

struct SeqIterObject : Object {
  ssize index;
  Object* seq;  // null when exhausted
};

struct CallIterObject : Object {
  Object* callable;  // null when exhausted
  Object* sentinel;
};

void seqiter_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(static_cast<SeqIterObject*>(o)->seq);
  free_object(o);
}

int seqiter_traverse(Object* o, visitproc visit, void* arg) {
  GLASSPY_VISIT(static_cast<SeqIterObject*>(o)->seq);
  return 0;
}

Object* seqiter_next(Object* o) {
  SeqIterObject* it = static_cast<SeqIterObject*>(o);
  Object* seq = it->seq;
  if (!seq) return nullptr;
  if (it->index == PTRDIFF_MAX) {
    set_error(&exc::OverflowError, "iter index too large");
    return nullptr;
  }
  Object* result = sequence_get_item(seq, it->index);
  if (result) {
    ++it->index;
    return result;
  }
  if (error_matches(&exc::IndexError) || error_matches(&exc::StopIteration)) {
    clear_error();
    it->seq = nullptr;
    decref(seq);
  }
  return nullptr;
}

Object* seqiter_len(Object* o) {
  SeqIterObject* it = static_cast<SeqIterObject*>(o);
  if (it->seq) {
    if (has_len_slot(it->seq)) {
      ssize seqsize = object_length(it->seq);
      if (seqsize == -1) return nullptr;
      ssize len = seqsize - it->index;
      if (len >= 0) return int_from_ssize(len);
    } else {
      // Without __len__ there is nothing to estimate from.
      return newref(NotImplemented);
    }
  }
  return int_from_ssize(0);
}

void calliter_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(static_cast<CallIterObject*>(o)->callable);
  xdecref(static_cast<CallIterObject*>(o)->sentinel);
  free_object(o);
}

int calliter_traverse(Object* o, visitproc visit, void* arg) {
  GLASSPY_VISIT(static_cast<CallIterObject*>(o)->callable);
  GLASSPY_VISIT(static_cast<CallIterObject*>(o)->sentinel);
  return 0;
}

Object* calliter_next(Object* o) {
  CallIterObject* it = static_cast<CallIterObject*>(o);
  if (!it->callable) return nullptr;
  Object* result = call_no_args(it->callable);
  if (result) {
    int ok = rich_compare_bool(it->sentinel, result, kEQ);
    if (ok == 0) return result;  // not the sentinel
    decref(result);
    if (ok > 0) {
      clear_ref(it->callable);
      clear_ref(it->sentinel);
    }
  } else if (error_matches(&exc::StopIteration)) {
    clear_error();
    clear_ref(it->callable);
    clear_ref(it->sentinel);
  }
  return nullptr;
}

Object* iter_self(Object* o) { return newref(o); }

Object* seqiter_reduce(Object* o) {
  SeqIterObject* it = static_cast<SeqIterObject*>(o);
  if (!it->seq) return iter_of_reduce(tuple_new(0));
  return iterator_reduce_at("iter", it->seq, it->index);
}

// Only negative positions are clipped: the sequence's length is unknown.
Object* seqiter_setstate(Object* o, Object* state) {
  SeqIterObject* it = static_cast<SeqIterObject*>(o);
  ssize index;
  if (!iterator_state_index(state, &index)) return nullptr;
  if (it->seq) it->index = index < 0 ? 0 : index;
  return newref(None);
}

// iter(callable, sentinel) again, or iter(()) once exhausted.
Object* calliter_reduce(Object* o) {
  CallIterObject* it = static_cast<CallIterObject*>(o);
  if (!it->callable) return iter_of_reduce(tuple_new(0));
  Object* args = tuple_pack({it->callable, it->sentinel});
  if (!args) return nullptr;
  Object* result = builtin_call_reduce("iter", args);
  decref(args);
  return result;
}

MethodDef seqiter_methods[] = {
    {"__length_hint__", seqiter_len, "How many items the iterator has left, as far as it knows."},
    {"__reduce__", seqiter_reduce, "What pickle and copy need to rebuild this object."},
    {"__setstate__", seqiter_setstate, "Restores the position pickle saved."},
    {},
};

MethodDef calliter_methods[] = {
    {"__reduce__", calliter_reduce, "What pickle and copy need to rebuild this object."},
    {},
};

}  // namespace

Object* next_not_implemented(Object* self) {
  return format_error(&exc::TypeError, "'%.200s' object is not iterable", self->type->name);
}

Object* seqiter_new(Object* seq) {
  Object* o = allocate_object(&SeqIterType, sizeof(SeqIterObject));
  if (!o) return nullptr;
  static_cast<SeqIterObject*>(o)->index = 0;
  static_cast<SeqIterObject*>(o)->seq = newref(seq);
  gc_track(o);
  return o;
}

Object* calliter_new(Object* callable, Object* sentinel) {
  Object* o = allocate_object(&CallIterType, sizeof(CallIterObject));
  if (!o) return nullptr;
  static_cast<CallIterObject*>(o)->callable = newref(callable);
  static_cast<CallIterObject*>(o)->sentinel = newref(sentinel);
  gc_track(o);
  return o;
}

Type SeqIterType{{
    .name = "iterator",
    .basicsize = sizeof(SeqIterObject),
    .dealloc = seqiter_dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .traverse = seqiter_traverse,
    .iter = iter_self,
    .iternext = seqiter_next,
    .methods = seqiter_methods,
}};

Type CallIterType{{
    .name = "callable_iterator",
    .basicsize = sizeof(CallIterObject),
    .dealloc = calliter_dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .traverse = calliter_traverse,
    .iter = iter_self,
    .iternext = calliter_next,
    .methods = calliter_methods,
}};

}  // namespace glasspy
