// The table that ties type slots to special method names, both ways
// (CPython's slotdefs).
//
//  - A built-in type's filled slot becomes a wrapper descriptor in its
//    __dict__ (add_slot_wrappers, from type_ready): int's nb_add gives
//    int.__add__ and int.__radd__; calling it runs the slot through the
//    entry's `wrapper`, which unpacks the arguments.
//  - A class defining a special method gets the entry's generic slot
//    function (update_slots), which looks the method up on the type and calls
//    it, implementing the protocol's rules (reflected operands for binary
//    operators, __getattr__ fallback, NotImplemented...).  When the
//    attribute found is a base type's own wrapper descriptor for the very same
//    slot, the class gets that C++ function directly instead, so a subclass
//    of int that does not override __add__ adds at native speed.
//
// Several names can share a slot (__lt__... share richcompare; __add__ and
// __radd__ share nb_add; __getitem__ maps to mp_subscript and sq_item); the
// table order decides which wrapper a built-in type's __dict__ shows first.
#pragma once

#include "objects/object.h"

namespace glasspy {

// Which struct a slot lives in.
enum class SlotTable : uint8_t { kType, kAsync, kNumber, kMapping, kSequence };

// Calls the slot function `wrapped` with self and vectorcall-style
// arguments, checking their number ("expected 1 argument, got 0").
// Keyword arguments reach only wrappers of entries with `keywords`.
using SlotWrapper = Object* (*)(Object* self, Object* const* args, ssize nargs,
                                Object* kwnames, void* wrapped);

struct SlotDef {
  const char* name;      // "__add__"
  SlotTable table;
  size_t offset;         // of the slot within its table struct
  void* function;        // generic slot for classes (null: none)
  SlotWrapper wrapper;   // null: the slot gets no descriptor
  const char* doc;       // "__add__($self, value, /)\n--\n\nReturn self+value."
  bool keywords;         // wrapper accepts keyword arguments
  Object* name_str;      // interned name, set by slots_init()
};

// The slot a SlotDef designates in type t, or null when t lacks the table.
void** slot_pointer(Type* t, const SlotDef& def);

// Interns the names; 0 / -1.
int slots_init();

// For type_ready of a static type: a wrapper descriptor for every filled slot
// whose name is not yet in the dict (__hash__ = None for unhashable types).
int add_slot_wrappers(Type* t);
// For a class just created: sets every slot from its special methods.
void fixup_slot_dispatchers(Type* t);
// After `t.name = ...` / `del t.name` of a special method: updates the slots
// of t and of its subclasses that inherit it.  0 / -1.
int update_slot(Type* t, Object* name);
// True if `name` (a str) is the name of a slot (type.__setattr__ checks this).
bool is_slot_name(Object* name);

// The docstring part and signature part of a SlotDef's doc.
const char* slot_doc_text(const SlotDef* def);

// The generic slot functions classes get, exposed for the few places that
// compare against them (e.g. "is __getattr__ defined in Python?").
Object* slot_tp_getattr_hook(Object* self, Object* name);
Object* slot_tp_new(Type* type, Object* args, Object* kwds);
hash_t slot_tp_hash(Object* self);
int slot_tp_init(Object* self, Object* args, Object* kwds);
void slot_tp_finalize(Object* self);
Object* slot_tp_call(Object* self, Object* args, Object* kwds);

// args[0].name(*args[1:]) with `name` looked up on type(args[0]) only, as
// special methods are; AttributeError if missing.
Object* call_special(Object* name, Object* const* args, ssize nargs);

// tp_new of built-in types, called through __new__ (type.__new__(cls...)).
// Wraps a type's `new_` slot as its __new__ staticmethod-like builtin.
Object* tp_new_wrapper_make(Type* type);

}  // namespace glasspy
