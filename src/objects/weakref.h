// Weak references: weakref.ReferenceType (`weakref.ref`), and the proxies
// weakref.ProxyType and weakref.CallableProxyType.
//
// A weak reference does not own a count of its referent.  Each object whose
// type supports weak references (Type::weaklistoffset > 0) keeps, at that
// offset, the head of a doubly linked list of the weak references to it.
// The list keeps CPython's order, which callers can observe (getweakrefs(),
// the order callbacks run in):
//   - first the "basic" reference: an exact weakref.ref without callback,
//     which ref(x) hands out again instead of making a new one;
//   - then the basic proxy (a proxy without callback), reused likewise;
//   - then every other reference, the newest first.
// When the referent dies its deallocator calls clear_weakrefs(): every
// reference is unlinked and marked dead first (so a callback finds all of
// them dead), then the callbacks run in list order, each failure reported as
// unraisable ("Exception ignored in: <callback>").
//
// A dead reference has wr_object == nullptr.  A reference owns its callback
// until it is cleared or called.
#pragma once

#include "objects/object.h"
#include "objects/type.h"

namespace glasspy {

extern Type WeakRefType;            // weakref.ReferenceType (subclassable)
extern Type WeakProxyType;          // weakref.ProxyType
extern Type WeakCallableProxyType;  // weakref.CallableProxyType

struct WeakRefObject : Object {
  Object* wr_object;     // the referent, not counted; null once dead
  Object* wr_callback;   // counted, or null
  hash_t hash;           // the referent's hash once computed, else -1
  WeakRefObject* wr_prev;  // neighbours in the referent's list
  WeakRefObject* wr_next;
  vectorcallfunc vectorcall;
};

inline bool is_weakref_ref(Object* o) { return is_instance_of(o, &WeakRefType); }
inline bool is_weakref_proxy(Object* o) {
  return o->type == &WeakProxyType || o->type == &WeakCallableProxyType;
}
// Any kind of weak reference (CPython's PyWeakref_Check).
inline bool is_weakref(Object* o) { return is_weakref_ref(o) || is_weakref_proxy(o); }

inline bool type_supports_weakrefs(const Type* t) { return t->weaklistoffset > 0; }

// The slot holding the head of o's list of weak references, or null when
// o's type does not support them.
inline WeakRefObject** weakref_list_slot(Object* o) {
  ssize offset = o->type->weaklistoffset;
  if (offset <= 0) return nullptr;
  return reinterpret_cast<WeakRefObject**>(reinterpret_cast<char*>(o) + offset);
}

// weakref.ref(ob, callback) (callback null or None: none); reuses the basic
// reference when there is no callback.  New reference, or null + TypeError
// "cannot create weak reference to 'int' object".
Object* weakref_new(Object* ob, Object* callback);
// weakref.proxy(ob, callback): a CallableProxyType when ob is callable.
Object* weakproxy_new(Object* ob, Object* callback);

// The referent of a weak reference or proxy (borrowed), null when dead.
inline Object* weakref_get(Object* ref) { return static_cast<WeakRefObject*>(ref)->wr_object; }

// How many weak references point to o (getweakrefcount).
ssize weakref_count(Object* o);

// ---- what deallocators and the cycle collector use --------------------------

// PyObject_ClearWeakRefs: o is dying (its count is zero, or it is cyclic
// garbage): marks every weak reference to o dead and calls their callbacks,
// newest first.  The current exception, if any, is kept.  Deallocators call
// it before releasing anything o holds.
void clear_weakrefs(Object* o);
inline void clear_weakrefs_if_any(Object* o) {
  WeakRefObject** slot = weakref_list_slot(o);
  if (slot && *slot) clear_weakrefs(o);
}
// Marks every weak reference to o dead without calling any callback; each
// reference keeps its callback (the collector decides which to call, with
// weakref_call_callback).
void clear_weakrefs_no_callbacks(Object* o);
// _PyWeakref_ClearRef: unlinks one reference from its referent's list and
// marks it dead; its callback stays attached.
void weakref_clear_ref(WeakRefObject* wr);
// Calls callback(wr), reporting a failure as unraisable in the callback.
void weakref_call_callback(WeakRefObject* wr, Object* callback);

}  // namespace glasspy
