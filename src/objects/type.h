// `type` and `object`: type objects, classes made at run time, attribute
// lookup along the MRO, and the generic attribute protocol of instances.
//
// A built-in type is a static Type completed by type_ready(): it inherits the
// slots its definition left empty, gets an MRO, and a __dict__ holding a
// descriptor for every method/member/getset of its tables and a wrapper
// descriptor for every filled slot (so `int.__add__` exists).  A class made
// at run time (type_new) is a HeapType; each special method it defines gets
// the slot that calls it (objects/slots.cpp), so `+` on its instances finds
// `__add__`.  Both ways go through one table of slots (slots.h).
//
// Attribute lookup on a type walks its MRO; a global cache keyed by (type
// version tag, interned name) remembers the answers.  A type's version tag is
// invalidated (type_modified) whenever it or a base changes, which also
// invalidates every cache entry made for it.
#pragma once

#include "objects/object.h"

namespace glasspy {

extern Type ObjectType;  // `object`
extern Type SuperType;   // `super`

// A class created at run time.  It owns its method tables (so slots can be
// set one by one) and its name objects; __slots__ members follow it in
// memory (size = number of them).
struct HeapType : Type {
  AsyncMethods as_async_storage;
  NumberMethods as_number_storage;
  MappingMethods as_mapping_storage;
  SequenceMethods as_sequence_storage;
  Object* ht_name = nullptr;      // str: __name__ (Type::name points into its UTF-8)
  Object* ht_qualname = nullptr;  // str: __qualname__
  Object* ht_slots = nullptr;     // tuple of __slots__ names, or null
  Object* ht_module = nullptr;    // unused by built-in classes; kept for layout
  // The attribute names instances share (objects/instance_values.h); only
  // classes with kManagedDict have them.
  struct InstanceKeys* cached_keys = nullptr;
  // The members follow the instance part the metaclass defines.
  MemberDef* slot_members() {
    return reinterpret_cast<MemberDef*>(reinterpret_cast<char*>(this) + type->basicsize);
  }
};

inline bool is_type(Object* o) { return o->type->flags & tpflags::kTypeSubclass; }
inline bool is_type_exact(Object* o) { return o->type == &TypeType; }
inline bool is_heap_type(const Type* t) { return t->flags & tpflags::kHeapType; }

// Completes a type (inherits slots, MRO, __dict__).  0 or -1.
int type_ready(Type* t);
// PyType_IsSubtype: b is in a's MRO (or a's base chain before ready).
bool is_subtype(const Type* a, const Type* b);
inline bool is_instance_of(Object* o, const Type* t) {
  return o->type == t || is_subtype(o->type, t);
}

// _PyType_Lookup: the attribute `name` (a str) found along t's MRO, borrowed,
// or null (no error is set; lookups do not fail).
Object* type_lookup(Type* t, Object* name);
Object* type_lookup_cstr(Type* t, const char* name);
// Invalidates t's version tag and its subclasses' (after a change to t's
// dict, bases or MRO).
void type_modified(Type* t);
// Assigns a valid version tag if possible (0 if the tags ran out).
bool type_assign_version_tag(Type* t);

// Sets type attribute `name` (a str) as `type.__setattr__` does, updating
// slots when `name` is a special method.  0 or -1.
int type_setattro(Object* type, Object* name, Object* value);
Object* type_getattro(Object* type, Object* name);

// The name as shown in messages (tp_name), and __qualname__ / __module__.
inline const char* type_name(const Type* t) { return t->name; }
Object* type_get_qualname(Type* t);  // new reference
Object* type_get_module(Type* t);    // new reference (may fail for heap types)

// object.__getattribute__ / object.__setattr__ for any object
// (PyObject_GenericGetAttr / SetAttr).  `value` null deletes.
Object* generic_getattr(Object* obj, Object* name);
int generic_setattr(Object* obj, Object* name, Object* value);
// _PyObject_GenericGetAttrWithDict with suppress: returns null *without* an
// AttributeError set when the attribute does not exist (other errors stay).
Object* generic_getattr_suppress(Object* obj, Object* name);
// The slot holding obj's instance __dict__, or null if it has none.  Inline
// values become a dict first (null with MemoryError if that fails).
Object** object_dict_slot(Object* obj);
// The slot itself, which for classes with kManagedDict may hold tagged inline
// values instead of a dict (objects/instance_values.h).  For the attribute
// protocol's fast paths only.
Object** object_dict_slot_raw(Object* obj);
// obj.__dict__, creating it on first use (new reference), or null + error.
Object* object_get_dict(Object* obj);

// _PyObject_LookupSpecial: looks `name` up on type(self) only and binds it
// (calls __get__); new reference, or null with no error if missing.
Object* lookup_special(Object* self, Object* name);

// Type creation at run time: type(name, bases, dict) and metaclass instances.
Object* type_new(Type* metatype, Object* args, Object* kwds);
// type.__call__: __new__ then __init__ (when __new__ returned an instance).
Object* type_call(Object* type, Object* args, Object* kwds);

// The __dict__, __weakref__ of instances.  subtype_dealloc etc. are the
// slots that classes made at run time get; exposed for types.
void subtype_dealloc(Object* self);
int subtype_traverse(Object* self, visitproc visit, void* arg);
int subtype_clear(Object* self);

// object's slots, for types that inherit them explicitly.
Object* object_new(Type* type, Object* args, Object* kwds);
int object_init(Object* self, Object* args, Object* kwds);
Object* object_default_repr(Object* self);  // <module.Name object at 0x...>
Object* object_default_str(Object* self);   // repr(self)
hash_t object_default_hash(Object* self);   // hash_pointer(self)
Object* object_default_richcompare(Object* self, Object* other, int op);
// tp_hash of types that set __hash__ = None (raises TypeError).
hash_t hash_not_implemented(Object* self);

// The direct subclasses of t, in order of creation (new list).
Object* type_subclasses_list(Type* t);

// The VM's function type (PyFunction_Type): type() wraps __new__ in a
// staticmethod and __init_subclass__ / __class_getitem__ in classmethods
// when they are plain functions of this type.  Set by the VM (and tests).
extern Type* function_type;
// Where type() finds __module__ for a class made without one: the current
// frame's globals['__name__'] (new reference), or null with no error when
// there is none.  Set by the VM.
extern Object* (*current_module_name_hook)();
// Called by type() once a class is ready (CPython's type_new_set_classcell):
// fills the __class__ cell the class body left in __classcell__ and removes
// that key.  0 or -1.  Set by the VM (cells are its objects).
extern int (*type_new_classcell_hook)(Type* type);

// PyImport_ImportModule for the object layer (the pickling methods need
// copyreg): a new reference or null with an error.  Set by the VM; while it
// is null, imports fail with ImportError "No module named '...'".
extern Object* (*import_module_hook)(const char* name);

// object.__reduce__, __reduce_ex__(protocol) and __getstate__
// (object_reduce.cpp).
Object* object_reduce_method(Object* self);
Object* object_reduce_ex_method(Object* self, Object* protocol);
Object* object_getstate_method(Object* self);
// _PyObject_GetState: obj.__getstate__(), with the object's own default
// told whether the state is required (types with a __reduce__ of their own).
Object* object_getstate_for(Object* obj, bool required);

// The base whose layout `type` extends (CPython's solid_base) and the base
// type() picks among `bases` (TypeError on a layout conflict).
Type* solid_base(Type* type);
Type* best_base(Object* bases);

}  // namespace glasspy
