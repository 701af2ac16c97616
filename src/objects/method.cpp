// `method`: a callable bound to an instance (see method.h).
#include "objects/method.h"

#include <cstdlib>
#include <cstring>

#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/iterator_pickling.h"
#include "objects/iterobject.h"
#include "objects/hash.h"
#include "objects/known_strings.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/weakref.h"

namespace glasspy {

namespace {

MethodObject* as_method(Object* o) { return static_cast<MethodObject*>(o); }

Object* method_vectorcall(Object* method, Object* const* args, size_t nargsf, Object* kwnames) {
  Object* self = as_method(method)->im_self;
  Object* func = as_method(method)->im_func;
  ssize nargs = vectorcall_nargs(nargsf);
  if (nargsf & kVectorcallArgumentsOffset) {
    // The caller lets us borrow args[-1] for self.
    Object** newargs = const_cast<Object**>(args) - 1;
    Object* saved = newargs[0];
    newargs[0] = self;
    Object* r = vectorcall(func, newargs, static_cast<size_t>(nargs + 1), kwnames);
    newargs[0] = saved;
    return r;
  }
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  ssize total = nargs + nkw;
  if (total == 0) return vectorcall(func, &self, 1, nullptr);
  Object* small[8];
  Object** newargs = total + 1 <= 8 ? small : static_cast<Object**>(std::malloc(sizeof(Object*) * (total + 1)));
  if (!newargs) return no_memory();
  newargs[0] = self;
  std::memcpy(newargs + 1, args, sizeof(Object*) * static_cast<size_t>(total));
  Object* r = vectorcall(func, newargs, static_cast<size_t>(nargs + 1), kwnames);
  if (newargs != small) std::free(newargs);
  return r;
}

void method_dealloc(Object* o) {
  gc_untrack(o);
  clear_weakrefs_if_any(o);
  xdecref(as_method(o)->im_func);
  xdecref(as_method(o)->im_self);
  free_object(o);
}

int method_traverse(Object* o, visitproc visit, void* arg) {
  GLASSPY_VISIT(as_method(o)->im_func);
  GLASSPY_VISIT(as_method(o)->im_self);
  return 0;
}

Object* method_repr(Object* o) {
  Object* func = as_method(o)->im_func;
  Object* funcname;
  if (lookup_attr(func, ID(dunder_qualname), &funcname) < 0) return nullptr;
  if (!funcname && lookup_attr(func, ID(dunder_name), &funcname) < 0) return nullptr;
  if (funcname && !is_str(funcname)) clear_ref(funcname);
  Object* r = str_from_format("<bound method %V of %R>", funcname, "?", as_method(o)->im_self);
  xdecref(funcname);
  return r;
}

Object* method_richcompare(Object* a, Object* b, int op) {
  if ((op != kEQ && op != kNE) || !is_method(a) || !is_method(b)) return newref(NotImplemented);
  int eq = rich_compare_bool(as_method(a)->im_func, as_method(b)->im_func, kEQ);
  if (eq < 0) return nullptr;
  if (eq == 1) eq = as_method(a)->im_self == as_method(b)->im_self;
  return bool_from((eq == 1) == (op == kEQ));
}

hash_t method_hash(Object* o) {
  hash_t x = hash_pointer(as_method(o)->im_self);
  hash_t y = object_hash(as_method(o)->im_func);
  if (y == -1) return -1;
  x ^= y;
  return x == -1 ? -2 : x;
}

// Attributes of the method type first, then the function's.
Object* method_getattro(Object* obj, Object* name) {
  Type* tp = obj->type;
  Object* descr = type_lookup(tp, name);
  if (descr) {
    descrgetfunc f = descr->type->descr_get;
    if (f) return f(descr, obj, tp);
    return newref(descr);
  }
  return get_attr(as_method(obj)->im_func, name);
}

Object* method_get_doc(Object* o, void*) { return get_attr(as_method(o)->im_func, ID(dunder_doc)); }

Object* method_new_slot(Type* type, Object* args, Object* kwds) {
  if (!check_no_kwargs("method", kwds)) return nullptr;
  if (!check_positional("method", tuple_size(args), 2, 2)) return nullptr;
  Object* func = tuple_item(args, 0);
  Object* self = tuple_item(args, 1);
  if (!is_callable(func)) {
    set_error(&exc::TypeError, "first argument must be callable");
    return nullptr;
  }
  if (self == None) {
    set_error(&exc::TypeError, "instance must not be None");
    return nullptr;
  }
  return method_new(func, self);
}

// A bound method pickles as getattr(its __self__, its function's name).
Object* method_reduce(Object* o) {
  MethodObject* m = as_method(o);
  Object* name = get_attr(m->im_func, ID(dunder_name));
  if (!name) return nullptr;
  Object* r = reduce_to_getattr(m->im_self, name);
  decref(name);
  return r;
}

MethodDef method_methods[] = {
    {"__reduce__", method_reduce, "How copy and pickle find the method again: on its instance."},
    {},
};

MemberDef method_members[] = {
    {"__func__", MemberType::kObject, offsetof(MethodObject, im_func), true, "the function (or other callable) implementing a method"},
    {"__self__", MemberType::kObject, offsetof(MethodObject, im_self), true, "the instance to which a method is bound"},
    {},
};

GetSetDef method_getset[] = {
    {"__doc__", method_get_doc},
    {},
};

}  // namespace

Object* method_new(Object* func, Object* self) {
  Object* o = allocate_object(&MethodType, sizeof(MethodObject));
  if (!o) return nullptr;
  MethodObject* m = as_method(o);
  m->im_func = newref(func);
  m->im_self = newref(self);
  m->weaklist = nullptr;
  m->vectorcall = method_vectorcall;
  gc_track(o);
  return o;
}

Type MethodType{{
    .name = "method",
    .basicsize = sizeof(MethodObject),
    .dealloc = method_dealloc,
    .vectorcall_offset = offsetof(MethodObject, vectorcall),
    .repr = method_repr,
    .hash = method_hash,
    .call = vectorcall_with_tuple,
    .getattro = method_getattro,
    .setattro = generic_setattr,
    .flags = tpflags::kHaveGC | tpflags::kHaveVectorcall,
    .doc = "Create a bound instance method object.",
    .traverse = method_traverse,
    .richcompare = method_richcompare,
    .weaklistoffset = offsetof(MethodObject, weaklist),
    .methods = method_methods,
    .members = method_members,
    .getset = method_getset,
    .new_ = method_new_slot,
}};

}  // namespace glasspy
