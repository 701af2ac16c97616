// The descriptors that expose built-in types' C++ behaviour as attributes:
//
//   method_descriptor        list.append     (MethodDef, binds to instances)
//   classmethod_descriptor   dict.fromkeys   (MethodDef with Binding::kClass)
//   member_descriptor        slice.start     (MemberDef: a field)
//   getset_descriptor        type.__name__   (GetSetDef: getter/setter pair)
//   wrapper_descriptor       int.__add__     (a type slot, see slots.h)
//   method-wrapper           (1).__add__     (a wrapper_descriptor bound)
//   property                 the Python-level data descriptor
//
// Each descriptor knows the type it belongs to (d_type) and checks that the
// object it is used on is an instance, with CPython's messages
// ("descriptor 'upper' for 'str' objects doesn't apply to a 'int' object").
#pragma once

#include "objects/object.h"

namespace glasspy {

struct SlotDef;

extern Type MethodDescrType;
extern Type ClassMethodDescrType;
extern Type MemberDescrType;
extern Type GetSetDescrType;
extern Type WrapperDescrType;
extern Type MethodWrapperType;
extern Type PropertyType;

struct DescrObject : Object {
  Type* d_type;      // the type that owns the descriptor (counted)
  Object* d_name;    // str
  Object* d_qualname;  // str, computed on demand
};

struct MethodDescrObject : DescrObject {
  MethodDef* d_method;
  vectorcallfunc vectorcall;
};
struct MemberDescrObject : DescrObject {
  MemberDef* d_member;
};
struct GetSetDescrObject : DescrObject {
  GetSetDef* d_getset;
};
struct WrapperDescrObject : DescrObject {
  const SlotDef* d_base;
  void* d_wrapped;  // the slot function this descriptor calls
};
struct MethodWrapperObject : Object {
  WrapperDescrObject* descr;
  Object* self;
};
struct PropertyObject : Object {
  Object* prop_get;
  Object* prop_set;
  Object* prop_del;
  Object* prop_doc;
  Object* prop_name;
  int getter_doc;
};

// New references.
Object* method_descr_new(Type* type, MethodDef* method);
Object* classmethod_descr_new(Type* type, MethodDef* method);
Object* member_descr_new(Type* type, MemberDef* member);
Object* getset_descr_new(Type* type, GetSetDef* getset);
Object* wrapper_descr_new(Type* type, const SlotDef* base, void* wrapped);
Object* method_wrapper_new(Object* descr, Object* self);

inline bool is_method_descr(Object* o) { return o->type == &MethodDescrType; }
inline bool is_wrapper_descr(Object* o) { return o->type == &WrapperDescrType; }

// Reads / writes a MemberDef field of obj (PyMember_GetOne / SetOne).
Object* member_get(Object* obj, const MemberDef* m);
int member_set(Object* obj, const MemberDef* m, Object* value);

// For the VM's LOAD_METHOD: calls a method descriptor unbound with self
// first: args[0] is self.
Object* method_descr_vectorcall(Object* descr, Object* const* args, size_t nargsf,
                                Object* kwnames);

}  // namespace glasspy
