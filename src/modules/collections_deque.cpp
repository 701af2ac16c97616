// collections.deque and its iterators (_collections._deque_iterator and
// _deque_reverse_iterator).
//
// Layout: a ring buffer whose capacity is a power of two; item i lives at
// ring[(head + i) & (capacity - 1)].  Appends and pops at both ends are O(1)
// (amortized when the ring grows), indexing is O(1) (CPython's linked
// blocks make it O(n/64); nothing observable depends on that).
//
// Invariants:
//  - `state` changes whenever items are added, removed or reordered; an
//    iterator remembers it and raises "deque mutated during iteration" when
//    it changed.  Comparisons (count, index, remove, in) can run Python code
//    that mutates the deque, so those loops re-check `state` after each one.
//  - The deque is consistent before any reference is released, because
//    releasing can run __del__ which may look at the deque.
//  - maxlen >= 0 bounds the length: adding at one end drops from the other.
#include <vector>

#include "modules/collections_module.h"
#include "modules/native_type_support.h"
#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/genericalias.h"
#include "objects/int.h"
#include "objects/known_strings.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/thread_state.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

namespace {

struct DequeObject : Object {
  Object** ring;  // capacity slots (null while capacity is 0)
  ssize capacity;
  ssize head;
  ssize size;
  ssize maxlen;  // -1: unbounded
  size_t state;
};

DequeObject* as_deque(Object* o) { return static_cast<DequeObject*>(o); }
bool is_deque(Object* o) { return is_instance_of(o, &DequeType); }

Object*& slot(DequeObject* d, ssize i) { return d->ring[(d->head + i) & (d->capacity - 1)]; }

bool grow(DequeObject* d) {
  ssize capacity = d->capacity ? d->capacity * 2 : 8;
  Object** ring = new (std::nothrow) Object*[static_cast<size_t>(capacity)];
  if (!ring) {
    no_memory();
    return false;
  }
  for (ssize i = 0; i < d->size; ++i) ring[i] = slot(d, i);
  delete[] d->ring;
  d->ring = ring;
  d->capacity = capacity;
  d->head = 0;
  return true;
}

// Adds an item (stolen) at one end; with maxlen, the item dropped from the
// other end is returned for the caller to release once it may run code.
bool push(DequeObject* d, Object* item, bool left, Object** dropped) {
  *dropped = nullptr;
  if (d->maxlen == 0) {
    *dropped = item;
    return true;
  }
  if (d->size == d->capacity && !grow(d)) {
    decref(item);
    return false;
  }
  if (left) {
    d->head = (d->head - 1) & (d->capacity - 1);
    d->ring[d->head] = item;
  } else {
    slot(d, d->size) = item;
  }
  ++d->size;
  ++d->state;
  if (d->maxlen > 0 && d->size > d->maxlen) {
    if (left) {
      *dropped = slot(d, d->size - 1);
    } else {
      *dropped = d->ring[d->head];
      d->head = (d->head + 1) & (d->capacity - 1);
    }
    --d->size;
  }
  return true;
}

bool push_and_release(DequeObject* d, Object* item, bool left) {
  Object* dropped;
  if (!push(d, item, left, &dropped)) return false;
  xdecref(dropped);
  return true;
}

// Removes and returns the item at one end (a reference the caller owns).
Object* take(DequeObject* d, bool left) {
  Object* item;
  if (left) {
    item = d->ring[d->head];
    d->head = (d->head + 1) & (d->capacity - 1);
  } else {
    item = slot(d, d->size - 1);
  }
  --d->size;
  ++d->state;
  return item;
}

// Empties the deque first, then releases what it held.
void deque_clear_items(DequeObject* d) {
  Object** ring = d->ring;
  ssize capacity = d->capacity, head = d->head, size = d->size;
  d->ring = nullptr;
  d->capacity = d->head = d->size = 0;
  ++d->state;
  for (ssize i = 0; i < size; ++i) decref(ring[(head + i) & (capacity - 1)]);
  delete[] ring;
}

// Moves the last k items to the front (0 <= k < size).
void rotate_right(DequeObject* d, ssize k) {
  ++d->state;  // even for k == 0, as CPython counts any rotation of 2+ items
  if (k == 0) return;
  if (d->size == d->capacity) {
    d->head = (d->head - k) & (d->capacity - 1);
  } else if (k <= d->size / 2) {
    for (ssize i = 0; i < k; ++i) {
      Object* item = slot(d, d->size - 1);
      d->head = (d->head - 1) & (d->capacity - 1);
      d->ring[d->head] = item;
    }
  } else {
    for (ssize i = 0; i < d->size - k; ++i) {
      Object* item = d->ring[d->head];
      d->head = (d->head + 1) & (d->capacity - 1);
      slot(d, d->size - 1) = item;
    }
  }
}

Object* not_in_deque(Object* value) { return format_error(&exc::ValueError, "%R is not in deque", value); }

// ---- construction ------------------------------------------------------------------------

Object* deque_new(Type* type, Object*, Object*) {
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  as_deque(o)->maxlen = -1;
  return o;
}

Object* deque_extend_impl(DequeObject* d, Object* iterable, bool left);

int deque_init(Object* self, Object* args, Object* kwds) {
  static const ArgParser parser{"deque", {"iterable", "maxlen"}, 0, 2};
  Object* a[2];
  if (!parse_args_dict(parser, args, kwds, a)) return -1;
  DequeObject* d = as_deque(self);
  ssize maxlen = -1;
  if (a[1] && a[1] != None) {
    if (!is_int(a[1])) {
      set_error(&exc::TypeError, "an integer is required");
      return -1;
    }
    maxlen = int_as_ssize(a[1]);
    if (maxlen == -1 && error_occurred()) return -1;
    if (maxlen < 0) {
      set_error(&exc::ValueError, "maxlen must be non-negative");
      return -1;
    }
  }
  d->maxlen = maxlen;
  if (d->size > 0) deque_clear_items(d);
  if (a[0]) {
    Object* r = deque_extend_impl(d, a[0], false);
    if (!r) return -1;
    decref(r);
  }
  return 0;
}

void deque_dealloc(Object* o) {
  gc_untrack(o);
  if (trashcan_begin(o)) return;
  deque_clear_items(as_deque(o));
  free_object(o);
  trashcan_end();
}

int deque_traverse(Object* o, visitproc visit, void* arg) {
  DequeObject* d = as_deque(o);
  for (ssize i = 0; i < d->size; ++i) GLASSPY_VISIT(slot(d, i));
  return 0;
}

int deque_tp_clear(Object* o) {
  deque_clear_items(as_deque(o));
  return 0;
}

// ---- methods -----------------------------------------------------------------------------

Object* deque_append(Object* self, Object* item) {
  if (!push_and_release(as_deque(self), newref(item), false)) return nullptr;
  return newref(None);
}

Object* deque_appendleft(Object* self, Object* item) {
  if (!push_and_release(as_deque(self), newref(item), true)) return nullptr;
  return newref(None);
}

Object* deque_pop(Object* self) {
  DequeObject* d = as_deque(self);
  if (d->size == 0) {
    set_error(&exc::IndexError, "pop from an empty deque");
    return nullptr;
  }
  return take(d, false);
}

Object* deque_popleft(Object* self) {
  DequeObject* d = as_deque(self);
  if (d->size == 0) {
    set_error(&exc::IndexError, "pop from an empty deque");
    return nullptr;
  }
  return take(d, true);
}

Object* deque_extend_impl(DequeObject* d, Object* iterable, bool left) {
  if (iterable == d) {
    // Extending with itself: from a snapshot.
    ObjRef snapshot = ObjRef::steal(sequence_list(iterable));
    if (!snapshot) return nullptr;
    return deque_extend_impl(d, snapshot.get(), left);
  }
  ObjRef it = ObjRef::steal(get_iter(iterable));
  if (!it) return nullptr;
  for (;;) {
    Object* item = iter_next(it.get());
    if (!item) break;
    if (!push_and_release(d, item, left)) return nullptr;
  }
  if (error_occurred()) return nullptr;
  return newref(None);
}

Object* deque_extend(Object* self, Object* iterable) { return deque_extend_impl(as_deque(self), iterable, false); }
Object* deque_extendleft(Object* self, Object* iterable) { return deque_extend_impl(as_deque(self), iterable, true); }

Object* deque_clear_method(Object* self) {
  deque_clear_items(as_deque(self));
  return newref(None);
}

Object* deque_make_copy(Object* self) {
  DequeObject* d = as_deque(self);
  if (self->type == &DequeType) {
    Object* copy = deque_new(&DequeType, nullptr, nullptr);
    if (!copy) return nullptr;
    as_deque(copy)->maxlen = d->maxlen;
    Object* r = deque_extend_impl(as_deque(copy), self, false);
    if (!r) {
      decref(copy);
      return nullptr;
    }
    decref(r);
    return copy;
  }
  Object* cls = static_cast<Object*>(self->type);
  if (d->maxlen == -1) return call_function(cls, self);
  ObjRef maxlen = ObjRef::steal(int_from_ssize(d->maxlen));
  if (!maxlen) return nullptr;
  return call_function(cls, self, maxlen.get());
}

Object* deque_copy_method(Object* self) { return deque_make_copy(self); }

Object* deque_rotate(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("deque.rotate", nargs, 0, 1)) return nullptr;
  ssize n = 1;
  if (nargs == 1 && !arg_to_ssize(args[0], &n)) return nullptr;
  DequeObject* d = as_deque(self);
  if (d->size > 1) {
    ssize k = n % d->size;
    if (k < 0) k += d->size;
    rotate_right(d, k);
  }
  return newref(None);
}

Object* deque_reverse(Object* self) {
  DequeObject* d = as_deque(self);
  for (ssize i = 0, j = d->size - 1; i < j; ++i, --j) std::swap(slot(d, i), slot(d, j));
  return newref(None);
}

Object* deque_count(Object* self, Object* value) {
  DequeObject* d = as_deque(self);
  size_t state = d->state;
  ssize n = d->size, count = 0;
  for (ssize i = 0; i < n; ++i) {
    Object* item = newref(slot(d, i));
    int same = rich_compare_bool(item, value, kEQ);
    decref(item);
    if (same < 0) return nullptr;
    if (d->state != state) {
      set_error(&exc::RuntimeError, "deque mutated during iteration");
      return nullptr;
    }
    count += same;
  }
  return int_from_ssize(count);
}

int deque_contains(Object* self, Object* value) {
  DequeObject* d = as_deque(self);
  size_t state = d->state;
  ssize n = d->size;
  for (ssize i = 0; i < n; ++i) {
    Object* item = newref(slot(d, i));
    int same = rich_compare_bool(item, value, kEQ);
    decref(item);
    if (same < 0) return -1;
    if (d->state != state) {
      set_error(&exc::RuntimeError, "deque mutated during iteration");
      return -1;
    }
    if (same) return 1;
  }
  return 0;
}

Object* deque_index(Object* self, Object* const* args, ssize nargs) {
  if (nargs < 1 || nargs > 3) {
    return format_error(&exc::TypeError, nargs < 1 ? "index() takes at least 1 argument (%zd given)"
                                                   : "index() takes at most 3 arguments (%zd given)",
                        nargs);
  }
  DequeObject* d = as_deque(self);
  ssize start = 0, stop = PTRDIFF_MAX;
  if (nargs > 1 && !arg_to_slice_index_not_none(args[1], &start)) return nullptr;
  if (nargs > 2 && !arg_to_slice_index_not_none(args[2], &stop)) return nullptr;
  ssize n = d->size;
  if (start < 0) {
    start += n;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += n;
    if (stop < 0) stop = 0;
  }
  if (stop > n) stop = n;
  if (start > stop) start = stop;
  size_t state = d->state;
  for (ssize i = start; i < stop; ++i) {
    Object* item = newref(slot(d, i));
    int same = rich_compare_bool(item, args[0], kEQ);
    decref(item);
    if (same < 0) return nullptr;
    if (d->state != state) {
      set_error(&exc::RuntimeError, "deque mutated during iteration");
      return nullptr;
    }
    if (same) return int_from_ssize(i);
  }
  return not_in_deque(args[0]);
}

// Removes the item at position i (0 <= i < size) and releases it.
void delete_at(DequeObject* d, ssize i) {
  Object* item = slot(d, i);
  if (i < d->size / 2) {
    for (ssize j = i; j > 0; --j) slot(d, j) = slot(d, j - 1);
    d->head = (d->head + 1) & (d->capacity - 1);
  } else {
    for (ssize j = i; j < d->size - 1; ++j) slot(d, j) = slot(d, j + 1);
  }
  --d->size;
  ++d->state;
  decref(item);
}

Object* deque_insert(Object* self, Object* const* args, ssize nargs) {
  if (nargs != 2) return format_error(&exc::TypeError, "insert() takes exactly 2 arguments (%zd given)", nargs);
  ssize index;
  if (!arg_to_ssize(args[0], &index)) return nullptr;
  DequeObject* d = as_deque(self);
  if (d->maxlen >= 0 && d->size >= d->maxlen) {
    set_error(&exc::IndexError, "deque already at its maximum size");
    return nullptr;
  }
  ssize n = d->size;
  if (index >= n) return deque_append(self, args[1]);
  if (index <= -n || index == 0) return deque_appendleft(self, args[1]);
  if (index < 0) index += n;
  // Append (maxlen leaves room, checked above), then move the new item
  // back to its position.
  if (!push_and_release(d, newref(args[1]), false)) return nullptr;
  Object* item = slot(d, d->size - 1);
  for (ssize j = d->size - 1; j > index; --j) slot(d, j) = slot(d, j - 1);
  slot(d, index) = item;
  return newref(None);
}

Object* deque_remove(Object* self, Object* value) {
  DequeObject* d = as_deque(self);
  size_t state = d->state;
  ssize n = d->size;
  for (ssize i = 0; i < n; ++i) {
    Object* item = newref(slot(d, i));
    int same = rich_compare_bool(item, value, kEQ);
    decref(item);
    if (same < 0) return nullptr;
    if (d->state != state) {
      set_error(&exc::IndexError, "deque mutated during iteration");
      return nullptr;
    }
    if (same) {
      delete_at(d, i);
      return newref(None);
    }
  }
  return not_in_deque(value);
}

Object* deque_reduce(Object* self) {
  DequeObject* d = as_deque(self);
  // A plain deque has no state beyond its items; a subclass's instance
  // attributes come from its __getstate__.
  Object* state = self->type == &DequeType ? newref(None) : call_method(self, ID(dunder_getstate));
  if (!state) return nullptr;
  Object* args = d->maxlen < 0 ? newref(empty_tuple()) : tuple_steal({newref(empty_tuple()), int_from_ssize(d->maxlen)});
  return tuple_steal({newref(static_cast<Object*>(self->type)), args, state, get_iter(self)});
}

Object* deque_sizeof(Object* self) {
  DequeObject* d = as_deque(self);
  return int_from_ssize(static_cast<ssize>(sizeof(DequeObject)) + d->capacity * static_cast<ssize>(sizeof(Object*)));
}

Object* deque_reversed(Object* self);

Object* deque_maxlen_get(Object* self, void*) {
  ssize maxlen = as_deque(self)->maxlen;
  return maxlen < 0 ? newref(None) : int_from_ssize(maxlen);
}

// ---- sequence protocol -------------------------------------------------------------------

ssize deque_length(Object* self) { return as_deque(self)->size; }

bool check_index(DequeObject* d, ssize i) {
  if (i >= 0 && i < d->size) return true;
  set_error(&exc::IndexError, "deque index out of range");
  return false;
}

Object* deque_item(Object* self, ssize i) {
  DequeObject* d = as_deque(self);
  if (!check_index(d, i)) return nullptr;
  return newref(slot(d, i));
}

int deque_ass_item(Object* self, ssize i, Object* value) {
  DequeObject* d = as_deque(self);
  if (!check_index(d, i)) return -1;
  if (!value) {
    delete_at(d, i);
    return 0;
  }
  Object* old = slot(d, i);
  slot(d, i) = newref(value);
  decref(old);
  return 0;
}

Object* deque_concat(Object* self, Object* other) {
  if (!is_deque(other)) {
    return format_error(&exc::TypeError, "can only concatenate %.200s (not \"%.200s\") to %.200s",
                        short_type_name(self->type), type_name(other->type), short_type_name(self->type));
  }
  Object* result = deque_make_copy(self);
  if (!result) return nullptr;
  Object* r = deque_extend_impl(as_deque(result), other, false);
  if (!r) {
    decref(result);
    return nullptr;
  }
  decref(r);
  return result;
}

Object* deque_inplace_concat(Object* self, Object* other) {
  Object* r = deque_extend_impl(as_deque(self), other, false);
  if (!r) return nullptr;
  decref(r);
  return newref(self);
}

Object* deque_inplace_repeat(Object* self, ssize n) {
  DequeObject* d = as_deque(self);
  ssize size = d->size;
  if (n <= 0 || size == 0) {
    if (n <= 0) deque_clear_items(d);
    return newref(self);
  }
  if (n == 1) return newref(self);
  // Only the copies that can survive maxlen are added.
  if (d->maxlen >= 0 && n > (d->maxlen + size - 1) / size + 1) n = (d->maxlen + size - 1) / size + 1;
  std::vector<Object*> snapshot;
  snapshot.reserve(static_cast<size_t>(size));
  for (ssize i = 0; i < size; ++i) snapshot.push_back(newref(slot(d, i)));
  bool ok = true;
  for (ssize r = 1; r < n && ok; ++r) {
    for (Object* item : snapshot) {
      if (!push_and_release(d, newref(item), false)) {
        ok = false;
        break;
      }
    }
  }
  for (Object* item : snapshot) decref(item);
  return ok ? newref(self) : nullptr;
}

Object* deque_repeat(Object* self, ssize n) {
  Object* copy = deque_make_copy(self);
  if (!copy) return nullptr;
  Object* r = deque_inplace_repeat(copy, n);
  decref(copy);
  return r;
}

// ---- repr and comparison ------------------------------------------------------------------

Object* deque_repr(Object* self) {
  int entered = repr_enter(self);
  if (entered != 0) return entered > 0 ? str_from_cstr("[...]") : nullptr;
  Object* items = sequence_list(self);
  if (!items) {
    repr_leave(self);
    return nullptr;
  }
  DequeObject* d = as_deque(self);
  Object* result = d->maxlen >= 0
                       ? str_from_format("%s(%R, maxlen=%zd)", short_type_name(self->type), items, d->maxlen)
                       : str_from_format("%s(%R)", short_type_name(self->type), items);
  decref(items);
  repr_leave(self);
  return result;
}

Object* deque_richcompare(Object* self, Object* other, int op) {
  if (!is_deque(other)) return newref(NotImplemented);
  DequeObject* a = as_deque(self);
  DequeObject* b = as_deque(other);
  if ((op == kEQ || op == kNE) && a->size != b->size) return bool_from(op == kNE);
  // The first position where the items differ decides; identical prefixes
  // compare by length.
  ObjRef it1 = ObjRef::steal(get_iter(self));
  if (!it1) return nullptr;
  ObjRef it2 = ObjRef::steal(get_iter(other));
  if (!it2) return nullptr;
  for (;;) {
    ObjRef x = ObjRef::steal(iter_next(it1.get()));
    if (!x && error_occurred()) return nullptr;
    ObjRef y = ObjRef::steal(iter_next(it2.get()));
    if (!y && error_occurred()) return nullptr;
    if (!x || !y) {
      ssize la = x ? 1 : 0, lb = y ? 1 : 0;
      bool r = false;
      switch (op) {
        case kLT: r = la < lb; break;
        case kLE: r = la <= lb; break;
        case kEQ: r = la == lb; break;
        case kNE: r = la != lb; break;
        case kGT: r = la > lb; break;
        case kGE: r = la >= lb; break;
      }
      return bool_from(r);
    }
    int same = rich_compare_bool(x.get(), y.get(), kEQ);
    if (same < 0) return nullptr;
    if (!same) {
      if (op == kEQ) return newref(False);
      if (op == kNE) return newref(True);
      return rich_compare(x.get(), y.get(), op);
    }
  }
}

MethodDef deque_methods[] = {
    MethodDef("append", static_cast<OneArgMethod>(deque_append), "Adds an item at the right end."),
    MethodDef("appendleft", static_cast<OneArgMethod>(deque_appendleft), "Adds an item at the left end."),
    MethodDef("clear", static_cast<NoArgsMethod>(deque_clear_method), "Removes every item."),
    MethodDef("__copy__", static_cast<NoArgsMethod>(deque_copy_method), "A shallow copy."),
    MethodDef("copy", static_cast<NoArgsMethod>(deque_copy_method), "A shallow copy."),
    MethodDef("count", static_cast<OneArgMethod>(deque_count), "How many items equal value."),
    MethodDef("extend", static_cast<OneArgMethod>(deque_extend), "Adds the iterable's items at the right end."),
    MethodDef("extendleft", static_cast<OneArgMethod>(deque_extendleft),
              "Adds the iterable's items at the left end (so they end up reversed)."),
    MethodDef("index", static_cast<FastMethod>(deque_index),
              "The position of the first item equal to value (ValueError if there is none)."),
    MethodDef("insert", static_cast<FastMethod>(deque_insert), "Inserts value before position index."),
    MethodDef("pop", static_cast<NoArgsMethod>(deque_pop), "Removes and returns the rightmost item."),
    MethodDef("popleft", static_cast<NoArgsMethod>(deque_popleft), "Removes and returns the leftmost item."),
    MethodDef("__reduce__", static_cast<NoArgsMethod>(deque_reduce), "How to rebuild the deque (copy, pickle)."),
    MethodDef("remove", static_cast<OneArgMethod>(deque_remove), "Removes the first item equal to value."),
    MethodDef("__reversed__", static_cast<NoArgsMethod>(deque_reversed), "An iterator from right to left."),
    MethodDef("reverse", static_cast<NoArgsMethod>(deque_reverse), "Reverses the items in place."),
    MethodDef("rotate", static_cast<FastMethod>(deque_rotate),
              "Rotates n steps to the right (to the left when n is negative)."),
    MethodDef("__sizeof__", static_cast<NoArgsMethod>(deque_sizeof), "Size in memory, in bytes."),
    MethodDef("__class_getitem__", static_cast<OneArgMethod>(generic_alias_new), "See PEP 585", Binding::kClass),
    {},
};

GetSetDef deque_getset[] = {
    {"maxlen", deque_maxlen_get, nullptr, "Maximum size of the deque, or None when unbounded."},
    {},
};

SequenceMethods deque_as_sequence{
    .sq_length = deque_length,
    .sq_concat = deque_concat,
    .sq_repeat = deque_repeat,
    .sq_item = deque_item,
    .sq_ass_item = deque_ass_item,
    .sq_contains = deque_contains,
    .sq_inplace_concat = deque_inplace_concat,
    .sq_inplace_repeat = deque_inplace_repeat,
};

// ---- iterators -------------------------------------------------------------------------

struct DequeIterObject : Object {
  Object* deque;
  ssize index;    // items handed out so far
  size_t state;   // the deque's state when the iterator was made
  ssize counter;  // items left
};
using DequeIterFields = ObjectFields<DequeIterObject, &DequeIterObject::deque>;
DequeIterObject* as_deque_iter(Object* o) { return static_cast<DequeIterObject*>(o); }

Object* make_iterator(Type* type, Object* deque) {
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  DequeIterObject* it = as_deque_iter(o);
  it->deque = newref(deque);
  it->state = as_deque(deque)->state;
  it->counter = as_deque(deque)->size;
  return o;
}

Object* deque_iter(Object* self) { return make_iterator(&DequeIterType, self); }
Object* deque_reversed(Object* self) { return make_iterator(&DequeReverseIterType, self); }

Object* deque_iter_step(Object* o, bool reverse) {
  DequeIterObject* it = as_deque_iter(o);
  DequeObject* d = as_deque(it->deque);
  if (d->state != it->state) {
    it->counter = 0;
    set_error(&exc::RuntimeError, "deque mutated during iteration");
    return nullptr;
  }
  if (it->counter == 0) return nullptr;
  ssize i = reverse ? d->size - 1 - it->index : it->index;
  ++it->index;
  --it->counter;
  return newref(slot(d, i));
}

Object* deque_iter_next(Object* o) { return deque_iter_step(o, false); }
Object* deque_reverse_iter_next(Object* o) { return deque_iter_step(o, true); }

Object* deque_iter_new_common(Type* type, Type* exact, Object* args, Object* kwds) {
  const char* name = short_type_name(exact);
  if (!check_no_kwargs(name, kwds)) return nullptr;
  ssize nargs = tuple_size(args);
  if (!check_positional(name, nargs, 1, 2)) return nullptr;
  Object* deque = tuple_item(args, 0);
  if (!is_deque(deque)) {
    return format_error(&exc::TypeError, "%s() argument 1 must be collections.deque, not %.50s", name,
                        type_name(deque->type));
  }
  ssize skip = 0;
  if (nargs == 2 && !arg_to_ssize(tuple_item(args, 1), &skip)) return nullptr;
  Object* o = make_iterator(type, deque);
  if (!o) return nullptr;
  for (ssize i = 0; i < skip; ++i) {
    Object* item = type->iternext(o);
    if (!item) {
      if (error_occurred()) {
        decref(o);
        return nullptr;
      }
      break;
    }
    decref(item);
  }
  return o;
}

Object* deque_iter_new(Type* type, Object* args, Object* kwds) {
  return deque_iter_new_common(type, &DequeIterType, args, kwds);
}
Object* deque_reverse_iter_new(Type* type, Object* args, Object* kwds) {
  return deque_iter_new_common(type, &DequeReverseIterType, args, kwds);
}

Object* deque_iter_length_hint(Object* o) { return int_from_ssize(as_deque_iter(o)->counter); }

Object* deque_iter_reduce(Object* o) {
  DequeIterObject* it = as_deque_iter(o);
  return tuple_steal({newref(static_cast<Object*>(o->type)),
                      tuple_steal({newref(it->deque), int_from_ssize(as_deque(it->deque)->size - it->counter)})});
}

MethodDef deque_iter_methods[] = {
    MethodDef("__length_hint__", static_cast<NoArgsMethod>(deque_iter_length_hint), "Items left."),
    MethodDef("__reduce__", static_cast<NoArgsMethod>(deque_iter_reduce), "How to rebuild the iterator (copy, pickle)."),
    {},
};

}  // namespace

Type DequeType{{
    .name = "collections.deque",
    .basicsize = sizeof(DequeObject),
    .dealloc = deque_dealloc,
    .repr = deque_repr,
    .as_sequence = &deque_as_sequence,
    .hash = hash_not_implemented,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType | tpflags::kSequence,
    .doc = "deque([iterable[, maxlen]]): a list-like sequence optimized for adding and removing items at both ends.",
    .traverse = deque_traverse,
    .clear = deque_tp_clear,
    .richcompare = deque_richcompare,
    .iter = deque_iter,
    .methods = deque_methods,
    .getset = deque_getset,
    .init = deque_init,
    .new_ = deque_new,
}};

Type DequeIterType{{
    .name = "_collections._deque_iterator",
    .basicsize = sizeof(DequeIterObject),
    .dealloc = DequeIterFields::dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .traverse = DequeIterFields::traverse,
    .iter = return_self,
    .iternext = deque_iter_next,
    .methods = deque_iter_methods,
    .new_ = deque_iter_new,
}};

Type DequeReverseIterType{{
    .name = "_collections._deque_reverse_iterator",
    .basicsize = sizeof(DequeIterObject),
    .dealloc = DequeIterFields::dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .traverse = DequeIterFields::traverse,
    .iter = return_self,
    .iternext = deque_reverse_iter_next,
    .methods = deque_iter_methods,
    .new_ = deque_reverse_iter_new,
}};

}  // namespace glasspy
