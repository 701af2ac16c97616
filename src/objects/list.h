// `list`: a growable array of references.
//
// `items` holds `allocated` slots of which the first `size` are in use.  The
// capacity grows and shrinks exactly as CPython's list_resize (new_allocated
// = (newsize + newsize/8 + 6) & ~3, kept when newsize is between half the
// capacity and the capacity), so sys.getsizeof and the over-allocation
// pattern match.  Code that calls back into Python (comparisons, __eq__,
// __index__) re-reads size and items afterwards: the list may have changed.
#pragma once

#include "objects/object.h"

namespace glasspy {

extern Type ListType;
extern Type ListIterType;
extern Type ListRevIterType;

struct ListObject : VarObject {
  Object** items;
  ssize allocated;
};

inline bool is_list(Object* o) { return o->type->flags & tpflags::kListSubclass; }
inline bool is_list_exact(Object* o) { return o->type == &ListType; }
inline ListObject* as_list(Object* o) { return static_cast<ListObject*>(o); }
inline ssize list_size(Object* l) { return as_list(l)->size; }
inline Object* list_item(Object* l, ssize i) { return as_list(l)->items[i]; }  // borrowed
// Steals v, releases the old item (which may be null in a fresh list).
void list_set_item(Object* l, ssize i, Object* v);

// A list of n null items that the caller fills (PyList_New).
Object* list_new(ssize n);
Object* list_from_array(Object* const* items, ssize n);
// list(iterable).
Object* list_from_iterable(Object* iterable);
// 0 / -1; the item is counted (not stolen).
int list_append(Object* l, Object* item);
int list_insert(Object* l, ssize where, Object* item);
int list_extend(Object* l, Object* iterable);
Object* list_get_slice(Object* l, ssize lo, ssize hi);
// l[lo:hi] = v (v null deletes); v any iterable.
int list_set_slice(Object* l, ssize lo, ssize hi, Object* v);
int list_reverse(Object* l);
// list.sort(key=None, reverse=False) in place; 0 / -1.
int list_sort(Object* l, Object* key, bool reverse);
Object* list_as_tuple(Object* l);
// Capacity management (CPython's list_resize); 0 / -1.
int list_resize(ListObject* l, ssize newsize);

}  // namespace glasspy
