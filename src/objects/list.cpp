// `list` (see list.h): CPython's growth policy, slice assignment, the
// methods, and list_iterator / list_reverseiterator.  Sorting is in
// list_sort.cpp.
#include "objects/iterobject.h"
#include "objects/instance_size.h"
#include "objects/list.h"

#include <cstdlib>
#include <cstring>

#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/genericalias.h"
#include "objects/int.h"
#include "objects/iterator_pickling.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

namespace {

constexpr int kMaxFreeLists = 80;
ListObject* free_lists[kMaxFreeLists];
int num_free_lists = 0;

}  // namespace

int list_resize(ListObject* l, ssize newsize) {
  ssize allocated = l->allocated;
  // Enough room and not too much: only the size changes.
  if (allocated >= newsize && newsize >= (allocated >> 1)) {
    l->size = newsize;
    return 0;
  }
  // Over-allocate by about 1/8, rounded to a multiple of 4; a big jump
  // (extend by many) gets exactly what it needs, rounded up.
  size_t new_allocated = (static_cast<size_t>(newsize) + (newsize >> 3) + 6) & ~size_t(3);
  if (newsize - l->size > static_cast<ssize>(new_allocated - newsize))
    new_allocated = (static_cast<size_t>(newsize) + 3) & ~size_t(3);
  if (newsize == 0) new_allocated = 0;
  if (new_allocated > static_cast<size_t>(PTRDIFF_MAX) / sizeof(Object*)) {
    no_memory();
    return -1;
  }
  Object** items;
  if (new_allocated == 0) {
    std::free(l->items);
    items = nullptr;
  } else {
    items = static_cast<Object**>(std::realloc(l->items, new_allocated * sizeof(Object*)));
    if (!items) {
      no_memory();
      return -1;
    }
  }
  l->items = items;
  l->size = newsize;
  l->allocated = static_cast<ssize>(new_allocated);
  return 0;
}

void list_clear_free_list() {
  while (num_free_lists) free_object(free_lists[--num_free_lists]);
}

Object* list_new(ssize n) {
  if (n < 0) return bad_internal_call();
  // As PyList_New: an item array whose size in bytes overflows is a
  // MemoryError before any allocation is tried.
  if (static_cast<size_t>(n) > static_cast<size_t>(PTRDIFF_MAX) / sizeof(Object*)) return no_memory();
  ListObject* l;
  if (num_free_lists) {
    l = free_lists[--num_free_lists];
    l->refcnt = 1;
    l->type = &ListType;
  } else {
    l = static_cast<ListObject*>(allocate_object(&ListType, sizeof(ListObject)));
    if (!l) return nullptr;
  }
  if (n > 0) {
    l->items = static_cast<Object**>(std::calloc(static_cast<size_t>(n), sizeof(Object*)));
    if (!l->items) {
      decref(l);
      return no_memory();
    }
  } else {
    l->items = nullptr;
  }
  l->size = n;
  l->allocated = n;
  gc_track(l);
  return l;
}

void list_set_item(Object* l, ssize i, Object* v) {
  Object* old = as_list(l)->items[i];
  as_list(l)->items[i] = v;
  xdecref(old);
}

Object* list_from_array(Object* const* items, ssize n) {
  Object* l = list_new(n);
  if (!l) return nullptr;
  for (ssize i = 0; i < n; ++i) as_list(l)->items[i] = newref(items[i]);
  return l;
}

int list_append(Object* l, Object* item) {
  ListObject* list = as_list(l);
  ssize n = list->size;
  if (n < list->allocated) {
    list->items[n] = newref(item);
    list->size = n + 1;
    return 0;
  }
  if (list_resize(list, n + 1) < 0) return -1;
  list->items[n] = newref(item);
  return 0;
}

int list_insert(Object* l, ssize where, Object* item) {
  ListObject* list = as_list(l);
  ssize n = list->size;
  if (list_resize(list, n + 1) < 0) return -1;
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  Object** items = list->items;
  for (ssize i = n; --i >= where;) items[i + 1] = items[i];
  items[where] = newref(item);
  return 0;
}

int list_extend(Object* l, Object* iterable) {
  ListObject* self = as_list(l);
  // Exact types only: a subclass may override __iter__ (as in CPython).
  if (is_list_exact(iterable) || is_tuple_exact(iterable) || iterable == l) {
    // The source may be the list itself: read its size first.
    ssize n = is_list(iterable) ? list_size(iterable) : tuple_size(iterable);
    if (n == 0) return 0;
    ssize m = self->size;
    if (list_resize(self, m + n) < 0) return -1;
    Object** src = is_list(iterable) ? as_list(iterable)->items : tuple_items(iterable);
    for (ssize i = 0; i < n; ++i) self->items[m + i] = newref(src[i]);
    return 0;
  }
  Object* it = get_iter(iterable);
  if (!it) return -1;
  ssize hint = object_length_hint(iterable, 8);
  if (hint < 0) {
    decref(it);
    return -1;
  }
  ssize m = self->size;
  if (m > PTRDIFF_MAX - hint) hint = 0;
  ssize mn = m + hint;
  // Pre-grow; the slack is trimmed at the end.
  if (mn >= m && list_resize(self, mn) < 0) {
    decref(it);
    return -1;
  }
  self->size = m;
  while (true) {
    Object* item = iter_next(it);
    if (!item) {
      if (error_occurred()) {
        decref(it);
        return -1;
      }
      break;
    }
    if (self->size < self->allocated) {
      self->items[self->size++] = item;
    } else {
      int r = list_append(l, item);
      decref(item);
      if (r < 0) {
        decref(it);
        return -1;
      }
    }
  }
  if (self->size < self->allocated) {
    if (list_resize(self, self->size) < 0) {
      decref(it);
      return -1;
    }
  }
  decref(it);
  return 0;
}

Object* list_from_iterable(Object* iterable) {
  Object* l = list_new(0);
  if (!l) return nullptr;
  if (list_extend(l, iterable) < 0) {
    decref(l);
    return nullptr;
  }
  return l;
}

Object* list_get_slice(Object* l, ssize lo, ssize hi) {
  ssize n = list_size(l);
  if (lo < 0) lo = 0;
  else if (lo > n) lo = n;
  if (hi < lo) hi = lo;
  else if (hi > n) hi = n;
  return list_from_array(as_list(l)->items + lo, hi - lo);
}

Object* list_as_tuple(Object* l) { return tuple_from_array(as_list(l)->items, list_size(l)); }

int list_set_slice(Object* l, ssize ilow, ssize ihigh, Object* v) {
  ListObject* a = as_list(l);
  Object* v_as_seq = nullptr;  // a list or tuple holding the new items
  Object** vitems = nullptr;
  ssize n = 0;
  if (v) {
    if (v == l) {
      // a[i:j] = a: copy first.
      v_as_seq = list_get_slice(v, 0, list_size(v));
    } else if (is_list(v) || is_tuple(v)) {
      v_as_seq = newref(v);
    } else {
      v_as_seq = sequence_list(v);
      if (!v_as_seq && error_matches(&exc::TypeError)) {
        clear_error();
        set_error(&exc::TypeError, "can only assign an iterable");
      }
    }
    if (!v_as_seq) return -1;
    n = is_list(v_as_seq) ? list_size(v_as_seq) : tuple_size(v_as_seq);
    vitems = is_list(v_as_seq) ? as_list(v_as_seq)->items : tuple_items(v_as_seq);
  }
  if (ilow < 0) ilow = 0;
  else if (ilow > a->size) ilow = a->size;
  if (ihigh < ilow) ihigh = ilow;
  else if (ihigh > a->size) ihigh = a->size;
  const ssize norig = ihigh - ilow;
  const ssize d = n - norig;  // change in size
  if (a->size + d == 0) {
    xdecref(v_as_seq);
    // Clearing: release items after the list is empty.
    Object** items = a->items;
    ssize size = a->size;
    a->items = nullptr;
    a->size = 0;
    a->allocated = 0;
    for (ssize i = size; --i >= 0;) xdecref(items[i]);
    std::free(items);
    return 0;
  }
  // The replaced items are released last (their __del__ may look at a).
  Object** recycle = nullptr;
  if (norig) {
    recycle = static_cast<Object**>(std::malloc(static_cast<size_t>(norig) * sizeof(Object*)));
    if (!recycle) {
      xdecref(v_as_seq);
      no_memory();
      return -1;
    }
    std::memcpy(recycle, a->items + ilow, static_cast<size_t>(norig) * sizeof(Object*));
  }
  if (d < 0) {
    std::memmove(a->items + ihigh + d, a->items + ihigh,
                 static_cast<size_t>(a->size - ihigh) * sizeof(Object*));
    list_resize(a, a->size + d);  // shrinking cannot fail
  } else if (d > 0) {
    ssize k = a->size;
    if (list_resize(a, k + d) < 0) {
      std::free(recycle);
      xdecref(v_as_seq);
      return -1;
    }
    std::memmove(a->items + ihigh + d, a->items + ihigh, static_cast<size_t>(k - ihigh) * sizeof(Object*));
  }
  for (ssize k = 0; k < n; ++k) a->items[ilow + k] = newref(vitems[k]);
  for (ssize k = norig; --k >= 0;) xdecref(recycle[k]);
  std::free(recycle);
  xdecref(v_as_seq);
  return 0;
}

int list_reverse(Object* l) {
  ListObject* a = as_list(l);
  if (a->size > 1) {
    Object** lo = a->items;
    Object** hi = a->items + a->size - 1;
    while (lo < hi) {
      Object* t = *lo;
      *lo++ = *hi;
      *hi-- = t;
    }
  }
  return 0;
}

namespace {

void list_dealloc(Object* o) {
  ListObject* l = as_list(o);
  gc_untrack(o);
  if (trashcan_begin(o)) return;
  if (l->items) {
    for (ssize i = l->size; --i >= 0;) xdecref(l->items[i]);
    std::free(l->items);
  }
  if (o->type == &ListType && num_free_lists < kMaxFreeLists) {
    free_lists[num_free_lists++] = l;
  } else {
    free_object(o);
  }
  trashcan_end();
}

int list_traverse(Object* o, visitproc visit, void* arg) {
  ListObject* l = as_list(o);
  for (ssize i = l->size; --i >= 0;) GLASSPY_VISIT(l->items[i]);
  return 0;
}

void list_clear_items(ListObject* a) {
  Object** items = a->items;
  if (!items) return;
  ssize i = a->size;
  a->items = nullptr;
  a->size = 0;
  a->allocated = 0;
  while (--i >= 0) xdecref(items[i]);
  std::free(items);
}

int list_clear_slot(Object* o) {
  list_clear_items(as_list(o));
  return 0;
}

Object* list_repr(Object* o) {
  ListObject* l = as_list(o);
  if (l->size == 0) return str_from_cstr("[]");
  int r = repr_enter(o);
  if (r != 0) return r > 0 ? str_from_cstr("[...]") : nullptr;
  StrBuilder b;
  b.append_char('[');
  // The list may change while item reprs run: re-read the size each time.
  for (ssize i = 0; i < l->size; ++i) {
    if (i) b.append_ascii(", ");
    Object* item = newref(l->items[i]);
    if (enter_recursive_call(" while getting the repr of an object") < 0) {
      decref(item);
      repr_leave(o);
      return nullptr;
    }
    Object* s = object_repr(item);
    leave_recursive_call();
    decref(item);
    if (!s) {
      repr_leave(o);
      return nullptr;
    }
    b.append_str(s);
    decref(s);
  }
  b.append_char(']');
  repr_leave(o);
  return b.finish();
}

ssize list_length(Object* o) { return list_size(o); }

Object* index_error() {
  set_error(&exc::IndexError, "list index out of range");
  return nullptr;
}

Object* list_item_slot(Object* o, ssize i) {
  if (static_cast<size_t>(i) >= static_cast<size_t>(list_size(o))) return index_error();
  return newref(list_item(o, i));
}

int list_ass_item(Object* o, ssize i, Object* v) {
  if (static_cast<size_t>(i) >= static_cast<size_t>(list_size(o))) {
    set_error(&exc::IndexError, "list assignment index out of range");
    return -1;
  }
  if (!v) return list_set_slice(o, i, i + 1, nullptr);
  list_set_item(o, i, newref(v));
  return 0;
}

int list_contains(Object* o, Object* item) {
  ListObject* l = as_list(o);
  for (ssize i = 0; i < l->size; ++i) {
    Object* x = newref(l->items[i]);
    int c = rich_compare_bool(x, item, kEQ);
    decref(x);
    if (c != 0) return c;
  }
  return 0;
}

Object* list_concat(Object* a, Object* b) {
  if (!is_list(b)) {
    return format_error(&exc::TypeError, "can only concatenate list (not \"%.200s\") to list",
                        b->type->name);
  }
  ssize na = list_size(a), nb = list_size(b);
  if (na > PTRDIFF_MAX - nb) return no_memory();
  Object* r = list_new(na + nb);
  if (!r) return nullptr;
  for (ssize i = 0; i < na; ++i) as_list(r)->items[i] = newref(list_item(a, i));
  for (ssize i = 0; i < nb; ++i) as_list(r)->items[na + i] = newref(list_item(b, i));
  return r;
}

Object* list_repeat(Object* a, ssize n) {
  ssize size = list_size(a);
  if (n < 0) n = 0;
  if (size && n > PTRDIFF_MAX / size) return no_memory();
  Object* r = list_new(size * n);
  if (!r) return nullptr;
  ssize k = 0;
  for (ssize rep = 0; rep < n; ++rep)
    for (ssize i = 0; i < size; ++i) as_list(r)->items[k++] = newref(list_item(a, i));
  return r;
}

Object* list_inplace_concat(Object* self, Object* other) {
  if (list_extend(self, other) < 0) return nullptr;
  return newref(self);
}

Object* list_inplace_repeat(Object* self, ssize n) {
  ListObject* l = as_list(self);
  ssize size = l->size;
  if (size == 0 || n == 1) return newref(self);
  if (n < 1) {
    list_clear_items(l);
    return newref(self);
  }
  if (size > PTRDIFF_MAX / n) return no_memory();
  if (list_resize(l, size * n) < 0) return nullptr;
  ssize k = size;
  for (ssize rep = 1; rep < n; ++rep)
    for (ssize i = 0; i < size; ++i) l->items[k++] = newref(l->items[i]);
  return newref(self);
}

Object* list_subscript(Object* self, Object* key) {
  if (has_index(key)) {
    ssize i = number_as_ssize(key, &exc::IndexError);
    if (i == -1 && error_occurred()) return nullptr;
    if (i < 0) i += list_size(self);
    return list_item_slot(self, i);
  }
  if (is_slice(key)) {
    ssize start, stop, step;
    if (slice_unpack(key, &start, &stop, &step) < 0) return nullptr;
    ssize n = slice_adjust_indices(list_size(self), &start, &stop, step);
    if (n <= 0) return list_new(0);
    if (step == 1) return list_get_slice(self, start, stop);
    Object* r = list_new(n);
    if (!r) return nullptr;
    for (ssize i = 0, cur = start; i < n; ++i, cur += step) as_list(r)->items[i] = newref(list_item(self, cur));
    return r;
  }
  return format_error(&exc::TypeError, "list indices must be integers or slices, not %.200s",
                      key->type->name);
}

int list_ass_subscript(Object* self, Object* key, Object* value) {
  if (has_index(key)) {
    ssize i = number_as_ssize(key, &exc::IndexError);
    if (i == -1 && error_occurred()) return -1;
    if (i < 0) i += list_size(self);
    return list_ass_item(self, i, value);
  }
  if (!is_slice(key)) {
    format_error(&exc::TypeError, "list indices must be integers or slices, not %.200s", key->type->name);
    return -1;
  }
  ssize start, stop, step;
  if (slice_unpack(key, &start, &stop, &step) < 0) return -1;
  ListObject* l = as_list(self);
  ssize slicelength = slice_adjust_indices(l->size, &start, &stop, step);
  if (step == 1) return list_set_slice(self, start, stop, value);
  if (!value) {
    // Extended slice deletion: compact the survivors.
    if (slicelength <= 0) return 0;
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (slicelength - 1) - 1;
      step = -step;
    }
    Object** garbage = static_cast<Object**>(std::malloc(static_cast<size_t>(slicelength) * sizeof(Object*)));
    if (!garbage) {
      no_memory();
      return -1;
    }
    ssize cur = start;
    for (ssize i = 0; cur < stop; cur += step, ++i) {
      ssize lim = step - 1;
      garbage[i] = l->items[cur];
      if (cur + step >= l->size) lim = l->size - cur - 1;
      std::memmove(l->items + cur - i, l->items + cur + 1, static_cast<size_t>(lim) * sizeof(Object*));
    }
    cur = start + slicelength * step;
    if (cur < l->size) {
      std::memmove(l->items + cur - slicelength, l->items + cur,
                   static_cast<size_t>(l->size - cur) * sizeof(Object*));
    }
    l->size -= slicelength;
    list_resize(l, l->size);
    for (ssize i = 0; i < slicelength; ++i) decref(garbage[i]);
    std::free(garbage);
    return 0;
  }
  // Extended slice assignment: sizes must match.
  Object* seq;
  if (value == self) {
    seq = list_get_slice(value, 0, list_size(value));
  } else {
    seq = sequence_list(value);
    if (!seq && error_matches(&exc::TypeError)) {
      clear_error();
      set_error(&exc::TypeError, "must assign iterable to extended slice");
    }
  }
  if (!seq) return -1;
  if (list_size(seq) != slicelength) {
    format_error(&exc::ValueError, "attempt to assign sequence of size %zd to extended slice of size %zd",
                 list_size(seq), slicelength);
    decref(seq);
    return -1;
  }
  if (slicelength == 0) {
    decref(seq);
    return 0;
  }
  Object** garbage = static_cast<Object**>(std::malloc(static_cast<size_t>(slicelength) * sizeof(Object*)));
  if (!garbage) {
    decref(seq);
    no_memory();
    return -1;
  }
  for (ssize cur = start, i = 0; i < slicelength; cur += step, ++i) {
    garbage[i] = l->items[cur];
    l->items[cur] = newref(list_item(seq, i));
  }
  for (ssize i = 0; i < slicelength; ++i) decref(garbage[i]);
  std::free(garbage);
  decref(seq);
  return 0;
}

Object* list_richcompare(Object* v, Object* w, int op) {
  if (!is_list(v) || !is_list(w)) return newref(NotImplemented);
  ListObject* vl = as_list(v);
  ListObject* wl = as_list(w);
  if (vl->size != wl->size && (op == kEQ || op == kNE)) return bool_from(op == kNE);
  ssize i = 0;
  for (; i < vl->size && i < wl->size; ++i) {
    Object* vi = vl->items[i];
    Object* wi = wl->items[i];
    if (vi == wi) continue;
    incref(vi);
    incref(wi);
    int k = rich_compare_bool(vi, wi, kEQ);
    decref(vi);
    decref(wi);
    if (k < 0) return nullptr;
    if (!k) break;
  }
  if (i >= vl->size || i >= wl->size) {
    ssize vs = vl->size, ws = wl->size;
    bool r;
    switch (op) {
      case kLT: r = vs < ws; break;
      case kLE: r = vs <= ws; break;
      case kEQ: r = vs == ws; break;
      case kNE: r = vs != ws; break;
      case kGT: r = vs > ws; break;
      default: r = vs >= ws; break;
    }
    return bool_from(r);
  }
  if (op == kEQ) return newref(False);
  if (op == kNE) return newref(True);
  Object* vi = newref(vl->items[i]);
  Object* wi = newref(wl->items[i]);
  Object* r = rich_compare(vi, wi, op);
  decref(vi);
  decref(wi);
  return r;
}

// list.__init__(self, iterable=(), /)
int list_init(Object* self, Object* args, Object* kwds) {
  if (!check_no_kwargs("list", kwds)) return -1;
  ssize n = tuple_size(args);
  if (!check_positional("list", n, 0, 1)) return -1;
  ListObject* l = as_list(self);
  if (l->items) list_clear_items(l);
  if (n == 1) return list_extend(self, tuple_item(args, 0));
  return 0;
}

Object* list_new_slot(Type* type, Object* args, Object* kwds) {
  if (type == &ListType) return list_new(0);
  return type_generic_alloc(type, 0);
}

Object* list_vectorcall(Object* type, Object* const* args, size_t nargsf, Object* kwnames) {
  if (!check_no_kwnames("list", kwnames)) return nullptr;
  ssize n = vectorcall_nargs(nargsf);
  if (!check_positional("list", n, 0, 1)) return nullptr;
  Object* l = list_new(0);
  if (!l) return nullptr;
  if (n == 1 && list_extend(l, args[0]) < 0) {
    decref(l);
    return nullptr;
  }
  return l;
}

// ---- methods ----

Object* list_append_method(Object* self, Object* item) {
  if (list_append(self, item) < 0) return nullptr;
  return newref(None);
}

Object* list_insert_method(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("insert", nargs, 2, 2)) return nullptr;
  ssize where;
  if (!arg_to_ssize(args[0], &where)) return nullptr;
  if (list_insert(self, where, args[1]) < 0) return nullptr;
  return newref(None);
}

Object* list_extend_method(Object* self, Object* iterable) {
  if (list_extend(self, iterable) < 0) return nullptr;
  return newref(None);
}

Object* list_pop(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("pop", nargs, 0, 1)) return nullptr;
  ssize index = -1;
  if (nargs == 1 && !arg_to_ssize(args[0], &index)) return nullptr;
  ListObject* l = as_list(self);
  if (l->size == 0) {
    set_error(&exc::IndexError, "pop from empty list");
    return nullptr;
  }
  if (index < 0) index += l->size;
  if (static_cast<size_t>(index) >= static_cast<size_t>(l->size)) {
    set_error(&exc::IndexError, "pop index out of range");
    return nullptr;
  }
  Object* v = l->items[index];
  if (index == l->size - 1) {
    list_resize(l, l->size - 1);
    return v;
  }
  std::memmove(l->items + index, l->items + index + 1, static_cast<size_t>(l->size - index - 1) * sizeof(Object*));
  list_resize(l, l->size - 1);
  return v;
}

Object* list_remove(Object* self, Object* value) {
  ListObject* l = as_list(self);
  for (ssize i = 0; i < l->size; ++i) {
    Object* x = newref(l->items[i]);
    int c = rich_compare_bool(x, value, kEQ);
    decref(x);
    if (c > 0) {
      if (list_set_slice(self, i, i + 1, nullptr) < 0) return nullptr;
      return newref(None);
    }
    if (c < 0) return nullptr;
  }
  set_error(&exc::ValueError, "list.remove(x): x not in list");
  return nullptr;
}

Object* list_index(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("index", nargs, 1, 3)) return nullptr;
  ssize start = 0, stop = PTRDIFF_MAX;
  if (nargs > 1 && !arg_to_slice_index_not_none(args[1], &start)) return nullptr;
  if (nargs > 2 && !arg_to_slice_index_not_none(args[2], &stop)) return nullptr;
  ListObject* l = as_list(self);
  if (start < 0) {
    start += l->size;
    if (start < 0) start = 0;
  }
  if (stop < 0) {
    stop += l->size;
  }
  for (ssize i = start; i < stop && i < l->size; ++i) {
    Object* x = newref(l->items[i]);
    int c = rich_compare_bool(x, args[0], kEQ);
    decref(x);
    if (c > 0) return int_from_ssize(i);
    if (c < 0) return nullptr;
  }
  return format_error(&exc::ValueError, "%R is not in list", args[0]);
}

Object* list_count(Object* self, Object* value) {
  ListObject* l = as_list(self);
  ssize count = 0;
  for (ssize i = 0; i < l->size; ++i) {
    Object* x = l->items[i];
    if (x == value) {
      ++count;
      continue;
    }
    incref(x);
    int c = rich_compare_bool(x, value, kEQ);
    decref(x);
    if (c > 0) ++count;
    else if (c < 0) return nullptr;
  }
  return int_from_ssize(count);
}

Object* list_clear_method(Object* self) {
  list_clear_items(as_list(self));
  return newref(None);
}

Object* list_copy(Object* self) { return list_get_slice(self, 0, list_size(self)); }

Object* list_reverse_method(Object* self) {
  list_reverse(self);
  return newref(None);
}

Object* list_sort_method(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgParser parser{"sort", {"key", "reverse"}, 0, 0};
  Object* argv[2] = {};
  if (!parse_args(parser, args, nargs, kwnames, argv)) return nullptr;
  Object* key = argv[0] == None ? nullptr : argv[0];
  bool reverse = false;
  if (argv[1]) {
    // CPython converts `reverse` with the 'i' format (an int).
    int r;
    if (!arg_to_int(argv[1], &r)) return nullptr;
    reverse = r != 0;
  }
  if (list_sort(self, key, reverse) < 0) return nullptr;
  return newref(None);
}

Object* list_sizeof(Object* self) {
  return int_from_ssize(static_cast<ssize>(sizeof(ListObject)) + heap_type_added_size(self->type) +
                        as_list(self)->allocated * 8);
}

Object* list_getitem_method(Object* self, Object* key) { return list_subscript(self, key); }

Object* list_reversed(Object* self);

// ---- iterators ----

struct ListIterObject : Object {
  ssize index;
  Object* seq;  // null when exhausted
};

void listiter_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(static_cast<ListIterObject*>(o)->seq);
  free_object(o);
}

int listiter_traverse(Object* o, visitproc visit, void* arg) {
  GLASSPY_VISIT(static_cast<ListIterObject*>(o)->seq);
  return 0;
}

Object* listiter_next(Object* o) {
  ListIterObject* it = static_cast<ListIterObject*>(o);
  Object* seq = it->seq;
  if (!seq) return nullptr;
  if (it->index < list_size(seq)) return newref(list_item(seq, it->index++));
  it->seq = nullptr;
  decref(seq);
  return nullptr;
}

Object* listiter_len(Object* o) {
  ListIterObject* it = static_cast<ListIterObject*>(o);
  ssize n = 0;
  if (it->seq) {
    n = list_size(it->seq) - it->index;
    if (n < 0) n = 0;
  }
  return int_from_ssize(n);
}

Object* listreviter_next(Object* o) {
  ListIterObject* it = static_cast<ListIterObject*>(o);
  Object* seq = it->seq;
  if (!seq) return nullptr;
  ssize i = it->index;
  if (i >= 0 && i < list_size(seq)) {
    it->index--;
    return newref(list_item(seq, i));
  }
  it->index = -1;
  it->seq = nullptr;
  decref(seq);
  return nullptr;
}

Object* listreviter_len(Object* o) {
  ListIterObject* it = static_cast<ListIterObject*>(o);
  ssize n = it->index + 1;
  if (!it->seq || list_size(it->seq) < n) n = 0;
  return int_from_ssize(n);
}

Object* iter_self(Object* o) { return newref(o); }

Object* listiter_reduce(Object* o) {
  ListIterObject* it = static_cast<ListIterObject*>(o);
  if (!it->seq) return iter_of_reduce(list_new(0));
  return iterator_reduce_at("iter", it->seq, it->index);
}

Object* listreviter_reduce(Object* o) {
  ListIterObject* it = static_cast<ListIterObject*>(o);
  if (!it->seq) return iter_of_reduce(list_new(0));
  return iterator_reduce_at("reversed", it->seq, it->index);
}

// Positions are clipped to the list as it is now: [0, len] going forward,
// [-1, len-1] going backward (the ends meaning exhausted).
Object* listiter_setstate(Object* o, Object* state) {
  ListIterObject* it = static_cast<ListIterObject*>(o);
  ssize index;
  if (!iterator_state_index(state, &index)) return nullptr;
  if (it->seq) it->index = index < 0 ? 0 : (index > list_size(it->seq) ? list_size(it->seq) : index);
  return newref(None);
}

Object* listreviter_setstate(Object* o, Object* state) {
  ListIterObject* it = static_cast<ListIterObject*>(o);
  ssize index;
  if (!iterator_state_index(state, &index)) return nullptr;
  if (it->seq) {
    ssize last = list_size(it->seq) - 1;
    it->index = index < -1 ? -1 : (index > last ? last : index);
  }
  return newref(None);
}

MethodDef listiter_methods[] = {
    {"__length_hint__", listiter_len, "How many items the iterator has left, as far as it knows."},
    {"__reduce__", listiter_reduce, "What pickle and copy need to rebuild this object."},
    {"__setstate__", listiter_setstate, "Restores the position pickle saved."},
    {},
};
MethodDef listreviter_methods[] = {
    {"__length_hint__", listreviter_len, "How many items the iterator has left, as far as it knows."},
    {"__reduce__", listreviter_reduce, "What pickle and copy need to rebuild this object."},
    {"__setstate__", listreviter_setstate, "Restores the position pickle saved."},
    {},
};

Object* make_list_iter(Type* type, Object* seq, ssize index) {
  Object* o = allocate_object(type, sizeof(ListIterObject));
  if (!o) return nullptr;
  ListIterObject* it = static_cast<ListIterObject*>(o);
  it->index = index;
  it->seq = newref(seq);
  gc_track(o);
  return o;
}

Object* list_iter(Object* seq) { return make_list_iter(&ListIterType, seq, 0); }

Object* list_reversed(Object* self) { return make_list_iter(&ListRevIterType, self, list_size(self) - 1); }

SequenceMethods list_as_sequence = {
    .sq_length = list_length,
    .sq_concat = list_concat,
    .sq_repeat = list_repeat,
    .sq_item = list_item_slot,
    .sq_ass_item = list_ass_item,
    .sq_contains = list_contains,
    .sq_inplace_concat = list_inplace_concat,
    .sq_inplace_repeat = list_inplace_repeat,
};

MappingMethods list_as_mapping = {
    .mp_length = list_length,
    .mp_subscript = list_subscript,
    .mp_ass_subscript = list_ass_subscript,
};

MethodDef list_methods[] = {
    {"__getitem__", list_getitem_method, "x.__getitem__(y) <==> x[y]", Binding::kInstance, true},
    {"__reversed__", list_reversed, "__reversed__($self, /)\n--\n\n"
     "Return a reverse iterator over the list."},
    {"__sizeof__", list_sizeof, "__sizeof__($self, /)\n--\n\n"
     "Return the size of the list in memory, in bytes."},
    {"clear", list_clear_method, "clear($self, /)\n--\n\n"
     "Remove all items from list."},
    {"copy", list_copy, "copy($self, /)\n--\n\n"
     "Return a shallow copy of the list."},
    {"append", list_append_method, "append($self, object, /)\n--\n\n"
     "Append object to the end of the list."},
    {"insert", list_insert_method, "insert($self, index, object, /)\n--\n\n"
     "Insert object before index."},
    {"extend", list_extend_method, "extend($self, iterable, /)\n--\n\n"
     "Extend list by appending elements from the iterable."},
    {"pop", list_pop,
     "pop($self, index=-1, /)\n--\n\n"
     "Remove and return item at index (default last).\n\nRaises IndexError if list is empty or "
     "index is out of range."},
    {"remove", list_remove,
     "remove($self, value, /)\n--\n\n"
     "Remove first occurrence of value.\n\nRaises ValueError if the value is not present."},
    {"index", list_index,
     "index($self, value, start=0, stop=sys.maxsize, /)\n--\n\n"
     "Return first index of value.\n\nRaises ValueError if the value is not present."},
    {"count", list_count, "count($self, value, /)\n--\n\n"
     "Return number of occurrences of value."},
    {"reverse", list_reverse_method, "reverse($self, /)\n--\n\n"
     "Reverse *IN PLACE*."},
    {"sort", list_sort_method,
     "sort($self, /, *, key=None, reverse=False)\n--\n\n"
     "Sort the list in ascending order and return None.\n\nThe sort is in-place (i.e. the list "
     "itself is modified) and stable (i.e. the\norder of two equal elements is maintained).\n\n"
     "If a key function is given, apply it once to each list item and sort them,\nascending or "
     "descending, according to their function values.\n\nThe reverse flag can be set to sort in "
     "descending order."},
    {"__class_getitem__", generic_alias_new, "See PEP 585", Binding::kClass},
    {},
};

}  // namespace

Type ListIterType{{
    .name = "list_iterator",
    .basicsize = sizeof(ListIterObject),
    .dealloc = listiter_dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .traverse = listiter_traverse,
    .iter = iter_self,
    .iternext = listiter_next,
    .methods = listiter_methods,
}};

Type ListRevIterType{{
    .name = "list_reverseiterator",
    .basicsize = sizeof(ListIterObject),
    .dealloc = listiter_dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .traverse = listiter_traverse,
    .iter = iter_self,
    .iternext = listreviter_next,
    .methods = listreviter_methods,
}};

Type ListType{{
    .name = "list",
    .basicsize = sizeof(ListObject),
    .dealloc = list_dealloc,
    .repr = list_repr,
    .as_sequence = &list_as_sequence,
    .as_mapping = &list_as_mapping,
    .hash = hash_not_implemented,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType | tpflags::kListSubclass |
             tpflags::kMatchSelf | tpflags::kSequence,
    .doc = "list(iterable=(), /)\n--\n\n"
           "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new "
           "empty list.\nThe argument must be an iterable if specified.",
    .traverse = list_traverse,
    .clear = list_clear_slot,
    .richcompare = list_richcompare,
    .iter = list_iter,
    .methods = list_methods,
    .init = list_init,
    .new_ = list_new_slot,
    .vectorcall = list_vectorcall,
}};

}  // namespace glasspy
