// The descriptors of built-in types and `property` (see descriptors.h).
#include "objects/descriptors.h"

#include <cstring>

#include "objects/abstract.h"
#include "objects/builtin_function.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/gc.h"
#include "objects/iterator_pickling.h"
#include "objects/iterobject.h"
#include "objects/hash.h"
#include "objects/int.h"
#include "objects/known_strings.h"
#include "objects/singletons.h"
#include "objects/slots.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

namespace {

// ---- common parts ------------------------------------------------------------------------

Object* new_descr(Type* descrtype, Type* type, const char* name, size_t size) {
  Object* o = allocate_object(descrtype, size);
  if (!o) return nullptr;
  DescrObject* d = static_cast<DescrObject*>(o);
  d->d_type = newref(type);
  d->d_name = str_intern_cstr(name);
  d->d_qualname = nullptr;
  if (!d->d_name) {
    decref(o);
    return nullptr;
  }
  gc_track(o);
  return o;
}

void descr_dealloc(Object* o) {
  gc_untrack(o);
  DescrObject* d = static_cast<DescrObject*>(o);
  xdecref(d->d_type);
  xdecref(d->d_name);
  xdecref(d->d_qualname);
  free_object(o);
}

int descr_traverse(Object* o, visitproc visit, void* arg) {
  GLASSPY_VISIT(static_cast<DescrObject*>(o)->d_type);
  return 0;
}

// The descriptor applies to obj (an instance of its type)?  False with the
// TypeError set otherwise.
bool descr_check(DescrObject* d, Object* obj) {
  if (!is_instance_of(obj, d->d_type)) {
    format_error(&exc::TypeError, "descriptor '%V' for '%.100s' objects doesn't apply to a '%.100s' object",
                 d->d_name, "?", d->d_type->name, obj->type->name);
    return false;
  }
  return true;
}

Object* descr_get_qualname(Object* o, void*) {
  DescrObject* d = static_cast<DescrObject*>(o);
  if (!d->d_qualname) {
    Object* tq = type_get_qualname(d->d_type);
    if (!tq) return nullptr;
    d->d_qualname = str_from_format("%U.%U", tq, d->d_name);
    decref(tq);
    if (!d->d_qualname) return nullptr;
  }
  return newref(d->d_qualname);
}

MemberDef descr_members[] = {
    {"__objclass__", MemberType::kObject, offsetof(DescrObject, d_type), true},
    {"__name__", MemberType::kObject, offsetof(DescrObject, d_name), true},
    {},
};

Object* doc_from_text(const char* doc) {
  if (!doc) return newref(None);
  const char* marker = std::strstr(doc, "\n--\n\n");
  const char* body = marker ? marker + 5 : doc;
  // A signature with no text after it documents nothing.
  if (*body == '\0') return newref(None);
  return str_from_cstr(body);
}

Object* text_signature_from_text(const char* doc, const char* name) {
  if (!doc) return newref(None);
  const char* marker = std::strstr(doc, "\n--\n\n");
  size_t n = std::strlen(name);
  if (!marker || std::strncmp(doc, name, n) != 0 || doc[n] != '(') return newref(None);
  return str_from_utf8(doc + n, marker - doc - static_cast<ssize>(n));
}

// ---- method_descriptor ----------------------------------------------------------------------

Object* method_descr_doc(Object* o, void*) {
  return doc_from_text(static_cast<MethodDescrObject*>(o)->d_method->doc);
}
Object* method_descr_text_signature(Object* o, void*) {
  MethodDescrObject* d = static_cast<MethodDescrObject*>(o);
  return text_signature_from_text(d->d_method->doc, d->d_method->name);
}

// Descriptors a class holds pickle as a getattr on that class.
Object* descr_reduce(Object* o) {
  DescrObject* d = static_cast<DescrObject*>(o);
  return reduce_to_getattr(d->d_type, d->d_name);
}

MethodDef descr_methods[] = {
    {"__reduce__", descr_reduce, "How copy and pickle find the descriptor again: on its class."},
    {},
};

GetSetDef method_descr_getset[] = {
    {"__doc__", method_descr_doc},
    {"__qualname__", descr_get_qualname},
    {"__text_signature__", method_descr_text_signature},
    {},
};

Object* method_descr_repr(Object* o) {
  DescrObject* d = static_cast<DescrObject*>(o);
  return str_from_format("<method '%V' of '%s' objects>", d->d_name, "?", d->d_type->name);
}

Object* method_descr_get(Object* self, Object* obj, Object* type) {
  MethodDescrObject* d = static_cast<MethodDescrObject*>(self);
  if (!obj) return newref(self);
  if (!descr_check(d, obj)) return nullptr;
  return builtin_function_new(d->d_method, obj, nullptr);
}

// "str.upper" for messages.
std::string descr_qualname_text(DescrObject* d) {
  Object* q = descr_get_qualname(d, nullptr);
  if (!q) {
    clear_error();
    return d->d_type->name;
  }
  std::string s = str_to_std(q);
  decref(q);
  return s;
}

}  // namespace

Object* method_descr_vectorcall(Object* descr, Object* const* args, size_t nargsf, Object* kwnames) {
  MethodDescrObject* d = static_cast<MethodDescrObject*>(descr);
  ssize nargs = vectorcall_nargs(nargsf);
  if (nargs < 1) {
    std::string q = descr_qualname_text(d);
    return format_error(&exc::TypeError, "unbound method %s() needs an argument", q.c_str());
  }
  Object* self = args[0];
  if (!descr_check(d, self)) return nullptr;
  return call_method_def(d->d_method, self, args + 1, nargs - 1, kwnames, d->d_type);
}

Object* method_descr_new(Type* type, MethodDef* method) {
  Object* o = new_descr(&MethodDescrType, type, method->name, sizeof(MethodDescrObject));
  if (!o) return nullptr;
  static_cast<MethodDescrObject*>(o)->d_method = method;
  static_cast<MethodDescrObject*>(o)->vectorcall = method_descr_vectorcall;
  return o;
}

// ---- classmethod_descriptor --------------------------------------------------------------------

namespace {

Object* classmethod_get(Object* self, Object* obj, Object* type) {
  MethodDescrObject* d = static_cast<MethodDescrObject*>(self);
  if (!type) {
    if (obj) {
      type = obj->type;
    } else {
      return format_error(&exc::TypeError, "descriptor '%V' for type '%.100s' needs either an object or a type",
                          d->d_name, "?", d->d_type->name);
    }
  }
  if (!is_type(type)) {
    return format_error(&exc::TypeError, "descriptor '%V' for type '%.100s' needs a type, not a '%.100s' as arg 2",
                        d->d_name, "?", d->d_type->name, type->type->name);
  }
  if (!is_subtype(static_cast<Type*>(type), d->d_type)) {
    return format_error(&exc::TypeError, "descriptor '%V' requires a subtype of '%.100s' but received '%.100s'",
                        d->d_name, "?", d->d_type->name, static_cast<Type*>(type)->name);
  }
  return builtin_function_new(d->d_method, type, nullptr);
}

Object* classmethod_descr_call(Object* self, Object* const* args, size_t nargsf, Object* kwnames) {
  MethodDescrObject* d = static_cast<MethodDescrObject*>(self);
  ssize nargs = vectorcall_nargs(nargsf);
  if (nargs < 1) {
    return format_error(&exc::TypeError, "descriptor '%V' of '%.100s' object needs an argument", d->d_name, "?",
                        d->d_type->name);
  }
  Object* bound = classmethod_get(self, nullptr, args[0]);
  if (!bound) return nullptr;
  Object* r = vectorcall(bound, args + 1, static_cast<size_t>(nargs - 1), kwnames);
  decref(bound);
  return r;
}

}  // namespace

Object* classmethod_descr_new(Type* type, MethodDef* method) {
  Object* o = new_descr(&ClassMethodDescrType, type, method->name, sizeof(MethodDescrObject));
  if (!o) return nullptr;
  static_cast<MethodDescrObject*>(o)->d_method = method;
  static_cast<MethodDescrObject*>(o)->vectorcall = classmethod_descr_call;
  return o;
}

// ---- member_descriptor ----------------------------------------------------------------------

Object* member_get(Object* obj, const MemberDef* m) {
  const char* addr = reinterpret_cast<const char*>(obj) + m->offset;
  switch (m->type) {
    case MemberType::kObject: {
      Object* v = *reinterpret_cast<Object* const*>(addr);
      return newref(v ? v : None);
    }
    case MemberType::kObjectEx: {
      Object* v = *reinterpret_cast<Object* const*>(addr);
      if (!v) {
        return format_error(&exc::AttributeError, "'%.200s' object has no attribute '%s'", obj->type->name, m->name);
      }
      return newref(v);
    }
    case MemberType::kInt: return int_from_i64(*reinterpret_cast<const int*>(addr));
    case MemberType::kSsize: return int_from_ssize(*reinterpret_cast<const ssize*>(addr));
    case MemberType::kLong: return int_from_i64(*reinterpret_cast<const long*>(addr));
    case MemberType::kULong: return int_from_u64(*reinterpret_cast<const unsigned long*>(addr));
    case MemberType::kDouble: return float_from_double(*reinterpret_cast<const double*>(addr));
    case MemberType::kBool: return bool_from(*addr != 0);
  }
  return bad_internal_call();
}

int member_set(Object* obj, const MemberDef* m, Object* value) {
  char* addr = reinterpret_cast<char*>(obj) + m->offset;
  if (m->readonly) {
    set_error(&exc::AttributeError, "readonly attribute");
    return -1;
  }
  if (!value && m->type != MemberType::kObject && m->type != MemberType::kObjectEx) {
    set_error(&exc::TypeError, "can't delete numeric/char attribute");
    return -1;
  }
  switch (m->type) {
    case MemberType::kObject:
    case MemberType::kObjectEx: {
      Object** slot = reinterpret_cast<Object**>(addr);
      if (!value && !*slot && m->type == MemberType::kObjectEx) {
        set_error(&exc::AttributeError, m->name);
        return -1;
      }
      setref(*slot, xnewref(value));
      return 0;
    }
    case MemberType::kBool:
      if (!is_bool(value)) {
        set_error(&exc::TypeError, "attribute value type must be bool");
        return -1;
      }
      *addr = value == True;
      return 0;
    case MemberType::kDouble: {
      double d = float_as_double(value);
      if (d == -1.0 && error_occurred()) return -1;
      *reinterpret_cast<double*>(addr) = d;
      return 0;
    }
    default: {
      Object* i = number_index(value);
      if (!i) return -1;
      ssize v = int_as_ssize(i);
      decref(i);
      if (v == -1 && error_occurred()) return -1;
      if (m->type == MemberType::kInt) *reinterpret_cast<int*>(addr) = static_cast<int>(v);
      else if (m->type == MemberType::kSsize) *reinterpret_cast<ssize*>(addr) = v;
      else if (m->type == MemberType::kLong) *reinterpret_cast<long*>(addr) = v;
      else *reinterpret_cast<unsigned long*>(addr) = static_cast<unsigned long>(v);
      return 0;
    }
  }
}

namespace {

Object* member_descr_repr(Object* o) {
  DescrObject* d = static_cast<DescrObject*>(o);
  return str_from_format("<member '%V' of '%s' objects>", d->d_name, "?", d->d_type->name);
}

Object* member_descr_get(Object* self, Object* obj, Object* type) {
  MemberDescrObject* d = static_cast<MemberDescrObject*>(self);
  if (!obj) return newref(self);
  if (!descr_check(d, obj)) return nullptr;
  return member_get(obj, d->d_member);
}

int member_descr_set(Object* self, Object* obj, Object* value) {
  MemberDescrObject* d = static_cast<MemberDescrObject*>(self);
  if (!descr_check(d, obj)) return -1;
  return member_set(obj, d->d_member, value);
}

Object* member_descr_doc(Object* o, void*) { return doc_from_text(static_cast<MemberDescrObject*>(o)->d_member->doc); }

GetSetDef member_descr_getset[] = {
    {"__doc__", member_descr_doc},
    {"__qualname__", descr_get_qualname},
    {},
};

}  // namespace

Object* member_descr_new(Type* type, MemberDef* member) {
  Object* o = new_descr(&MemberDescrType, type, member->name, sizeof(MemberDescrObject));
  if (!o) return nullptr;
  static_cast<MemberDescrObject*>(o)->d_member = member;
  return o;
}

// ---- getset_descriptor ------------------------------------------------------------------------

namespace {

Object* getset_descr_repr(Object* o) {
  DescrObject* d = static_cast<DescrObject*>(o);
  return str_from_format("<attribute '%V' of '%s' objects>", d->d_name, "?", d->d_type->name);
}

Object* getset_descr_get(Object* self, Object* obj, Object* type) {
  GetSetDescrObject* d = static_cast<GetSetDescrObject*>(self);
  if (!obj) return newref(self);
  if (!descr_check(d, obj)) return nullptr;
  if (d->d_getset->get) return d->d_getset->get(obj, d->d_getset->closure);
  return format_error(&exc::AttributeError, "attribute '%V' of '%.100s' objects is not readable", d->d_name, "?",
                      d->d_type->name);
}

int getset_descr_set(Object* self, Object* obj, Object* value) {
  GetSetDescrObject* d = static_cast<GetSetDescrObject*>(self);
  if (!descr_check(d, obj)) return -1;
  if (d->d_getset->set) return d->d_getset->set(obj, value, d->d_getset->closure);
  format_error(&exc::AttributeError, "attribute '%V' of '%.100s' objects is not writable", d->d_name, "?",
               d->d_type->name);
  return -1;
}

Object* getset_descr_doc(Object* o, void*) { return doc_from_text(static_cast<GetSetDescrObject*>(o)->d_getset->doc); }

GetSetDef getset_descr_getset[] = {
    {"__doc__", getset_descr_doc},
    {"__qualname__", descr_get_qualname},
    {},
};

}  // namespace

Object* getset_descr_new(Type* type, GetSetDef* getset) {
  Object* o = new_descr(&GetSetDescrType, type, getset->name, sizeof(GetSetDescrObject));
  if (!o) return nullptr;
  static_cast<GetSetDescrObject*>(o)->d_getset = getset;
  return o;
}

// ---- wrapper_descriptor and method-wrapper ---------------------------------------------------

namespace {

Object* wrapper_raw_call(WrapperDescrObject* d, Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (kwnames && tuple_size(kwnames) && !d->d_base->keywords) {
    return format_error(&exc::TypeError, "wrapper %s() takes no keyword arguments", d->d_base->name);
  }
  return d->d_base->wrapper(self, args, nargs, kwnames, d->d_wrapped);
}

Object* wrapper_descr_repr(Object* o) {
  DescrObject* d = static_cast<DescrObject*>(o);
  return str_from_format("<slot wrapper '%V' of '%s' objects>", d->d_name, "?", d->d_type->name);
}

Object* wrapper_descr_get(Object* self, Object* obj, Object* type) {
  WrapperDescrObject* d = static_cast<WrapperDescrObject*>(self);
  if (!obj) return newref(self);
  if (!descr_check(d, obj)) return nullptr;
  return method_wrapper_new(self, obj);
}

Object* wrapper_descr_call(Object* self, Object* const* args, size_t nargsf, Object* kwnames) {
  WrapperDescrObject* d = static_cast<WrapperDescrObject*>(self);
  ssize nargs = vectorcall_nargs(nargsf);
  if (nargs < 1) {
    return format_error(&exc::TypeError, "descriptor '%V' of '%.100s' object needs an argument", d->d_name, "?",
                        d->d_type->name);
  }
  Object* obj = args[0];
  if (!is_subtype(obj->type, d->d_type)) {
    return format_error(&exc::TypeError, "descriptor '%V' requires a '%.100s' object but received a '%.100s'",
                        d->d_name, "?", d->d_type->name, obj->type->name);
  }
  return wrapper_raw_call(d, obj, args + 1, nargs - 1, kwnames);
}

Object* wrapper_descr_doc(Object* o, void*) {
  return str_from_cstr(slot_doc_text(static_cast<WrapperDescrObject*>(o)->d_base));
}
Object* wrapper_descr_text_signature(Object* o, void*) {
  WrapperDescrObject* d = static_cast<WrapperDescrObject*>(o);
  return text_signature_from_text(d->d_base->doc, d->d_base->name);
}

GetSetDef wrapper_descr_getset[] = {
    {"__doc__", wrapper_descr_doc},
    {"__qualname__", descr_get_qualname},
    {"__text_signature__", wrapper_descr_text_signature},
    {},
};

struct WrapperDescrVectorcall : WrapperDescrObject {};

}  // namespace

Object* wrapper_descr_new(Type* type, const SlotDef* base, void* wrapped) {
  Object* o = new_descr(&WrapperDescrType, type, base->name, sizeof(WrapperDescrObject) + sizeof(vectorcallfunc));
  if (!o) return nullptr;
  WrapperDescrObject* d = static_cast<WrapperDescrObject*>(o);
  d->d_base = base;
  d->d_wrapped = wrapped;
  *reinterpret_cast<vectorcallfunc*>(d + 1) = wrapper_descr_call;
  return o;
}

namespace {

void method_wrapper_dealloc(Object* o) {
  gc_untrack(o);
  MethodWrapperObject* w = static_cast<MethodWrapperObject*>(o);
  xdecref(w->descr);
  xdecref(w->self);
  free_object(o);
}

int method_wrapper_traverse(Object* o, visitproc visit, void* arg) {
  MethodWrapperObject* w = static_cast<MethodWrapperObject*>(o);
  GLASSPY_VISIT(w->descr);
  GLASSPY_VISIT(w->self);
  return 0;
}

Object* method_wrapper_repr(Object* o) {
  MethodWrapperObject* w = static_cast<MethodWrapperObject*>(o);
  return str_from_format("<method-wrapper '%s' of %s object at %p>", w->descr->d_base->name, w->self->type->name,
                         static_cast<void*>(w->self));
}

Object* method_wrapper_call(Object* o, Object* const* args, size_t nargsf, Object* kwnames) {
  MethodWrapperObject* w = static_cast<MethodWrapperObject*>(o);
  return wrapper_raw_call(w->descr, w->self, args, vectorcall_nargs(nargsf), kwnames);
}

Object* method_wrapper_richcompare(Object* a, Object* b, int op) {
  if ((op != kEQ && op != kNE) || a->type != &MethodWrapperType || b->type != &MethodWrapperType)
    return newref(NotImplemented);
  MethodWrapperObject* x = static_cast<MethodWrapperObject*>(a);
  MethodWrapperObject* y = static_cast<MethodWrapperObject*>(b);
  bool eq = x->descr == y->descr && x->self == y->self;
  return bool_from(eq == (op == kEQ));
}

hash_t method_wrapper_hash(Object* o) {
  MethodWrapperObject* w = static_cast<MethodWrapperObject*>(o);
  hash_t x = hash_pointer(w->self);
  hash_t y = hash_pointer(w->descr);
  x ^= y;
  return x == -1 ? -2 : x;
}

Object* method_wrapper_objclass(Object* o, void*) {
  return newref(static_cast<Object*>(static_cast<MethodWrapperObject*>(o)->descr->d_type));
}
Object* method_wrapper_name(Object* o, void*) {
  return str_from_cstr(static_cast<MethodWrapperObject*>(o)->descr->d_base->name);
}
Object* method_wrapper_qualname(Object* o, void*) {
  return descr_get_qualname(static_cast<MethodWrapperObject*>(o)->descr, nullptr);
}
Object* method_wrapper_doc(Object* o, void*) {
  return str_from_cstr(slot_doc_text(static_cast<MethodWrapperObject*>(o)->descr->d_base));
}
Object* method_wrapper_text_signature(Object* o, void*) {
  const SlotDef* b = static_cast<MethodWrapperObject*>(o)->descr->d_base;
  return text_signature_from_text(b->doc, b->name);
}
Object* method_wrapper_self(Object* o, void*) { return newref(static_cast<MethodWrapperObject*>(o)->self); }

Object* method_wrapper_reduce(Object* o) {
  MethodWrapperObject* w = static_cast<MethodWrapperObject*>(o);
  return reduce_to_getattr(w->self, w->descr->d_name);
}

MethodDef method_wrapper_methods[] = {
    {"__reduce__", method_wrapper_reduce, "How copy and pickle find the method again: on its object."},
    {},
};

GetSetDef method_wrapper_getset[] = {
    {"__objclass__", method_wrapper_objclass},
    {"__name__", method_wrapper_name},
    {"__qualname__", method_wrapper_qualname},
    {"__doc__", method_wrapper_doc},
    {"__text_signature__", method_wrapper_text_signature},
    {"__self__", method_wrapper_self},
    {},
};

struct MethodWrapperWithCall : MethodWrapperObject {
  vectorcallfunc vectorcall;
};

}  // namespace

Object* method_wrapper_new(Object* descr, Object* self) {
  Object* o = allocate_object(&MethodWrapperType, sizeof(MethodWrapperWithCall));
  if (!o) return nullptr;
  MethodWrapperWithCall* w = static_cast<MethodWrapperWithCall*>(o);
  w->descr = static_cast<WrapperDescrObject*>(newref(descr));
  w->self = newref(self);
  w->vectorcall = method_wrapper_call;
  gc_track(o);
  return o;
}

// ---- property ------------------------------------------------------------------------------

namespace {

PropertyObject* as_prop(Object* o) { return static_cast<PropertyObject*>(o); }

void property_dealloc(Object* o) {
  gc_untrack(o);
  PropertyObject* p = as_prop(o);
  xdecref(p->prop_get);
  xdecref(p->prop_set);
  xdecref(p->prop_del);
  xdecref(p->prop_doc);
  xdecref(p->prop_name);
  free_object(o);
}

int property_traverse(Object* o, visitproc visit, void* arg) {
  PropertyObject* p = as_prop(o);
  GLASSPY_VISIT(p->prop_get);
  GLASSPY_VISIT(p->prop_set);
  GLASSPY_VISIT(p->prop_del);
  GLASSPY_VISIT(p->prop_doc);
  GLASSPY_VISIT(p->prop_name);
  return 0;
}

int property_clear(Object* o) {
  clear_ref(as_prop(o)->prop_doc);
  return 0;
}

// "property 'x' of 'P' object has no getter"
Object* property_missing(PropertyObject* p, Object* obj, const char* what) {
  Object* qualname = obj ? type_get_qualname(obj->type) : nullptr;
  if (!qualname && obj) return nullptr;
  if (p->prop_name && qualname) {
    format_error(&exc::AttributeError, "property %R of %R object has no %s", p->prop_name, qualname, what);
  } else if (qualname) {
    format_error(&exc::AttributeError, "property of %R object has no %s", qualname, what);
  } else {
    format_error(&exc::AttributeError, "property has no %s", what);
  }
  xdecref(qualname);
  return nullptr;
}

Object* property_descr_get(Object* self, Object* obj, Object* type) {
  if (!obj || obj == None) return newref(self);
  PropertyObject* p = as_prop(self);
  if (!p->prop_get) return property_missing(p, obj, "getter");
  return call_function(p->prop_get, obj);
}

int property_descr_set(Object* self, Object* obj, Object* value) {
  PropertyObject* p = as_prop(self);
  Object* func = value ? p->prop_set : p->prop_del;
  if (!func) {
    property_missing(p, obj, value ? "setter" : "deleter");
    return -1;
  }
  Object* res = value ? call_function(func, obj, value) : call_function(func, obj);
  if (!res) return -1;
  decref(res);
  return 0;
}

// property(fget=None, fset=None, fdel=None, doc=None)
int property_init(Object* self, Object* args, Object* kwds) {
  static const ArgParser parser{"property", {"fget", "fset", "fdel", "doc"}, 0, 4};
  Object* argv[4] = {};
  if (!parse_args_dict(parser, args, kwds, argv)) return -1;
  PropertyObject* p = as_prop(self);
  auto norm = [](Object* o) { return o == None ? nullptr : o; };
  setref(p->prop_get, xnewref(norm(argv[0])));
  setref(p->prop_set, xnewref(norm(argv[1])));
  setref(p->prop_del, xnewref(norm(argv[2])));
  setref(p->prop_doc, xnewref(norm(argv[3])));
  clear_ref(p->prop_name);
  p->getter_doc = 0;
  // Without a doc, use the getter's.
  if (!p->prop_doc && p->prop_get) {
    Object* get_doc;
    int r = lookup_attr(p->prop_get, ID(dunder_doc), &get_doc);
    if (r < 0) return -1;
    if (r > 0) {
      if (get_doc == None) {
        decref(get_doc);
      } else {
        p->prop_doc = get_doc;
        p->getter_doc = 1;
      }
    }
  }
  // A subclass stores the doc in its instance dict (property has no slot for
  // it), None included, so the class's own __doc__ does not show through.
  if (self->type != &PropertyType) {
    Object* doc = newref(p->prop_doc ? p->prop_doc : None);
    int err = set_attr(self, ID(dunder_doc), doc);
    decref(doc);
    if (err < 0) {
      if (!p->getter_doc || !error_matches(&exc::AttributeError)) return -1;
      clear_error();
    }
  }
  return 0;
}

Object* property_new_slot(Type* type, Object* args, Object* kwds) {
  Object* o = type_generic_alloc(type, 0);
  return o;
}

// property.getter/setter/deleter: a copy with one function replaced.
Object* property_copy(Object* old, Object* get, Object* set, Object* del) {
  PropertyObject* p = as_prop(old);
  // Passing None keeps the old function, as leaving it out does.
  if (get == None) get = nullptr;
  if (set == None) set = nullptr;
  if (del == None) del = nullptr;
  if (!get) get = p->prop_get ? p->prop_get : None;
  if (!set) set = p->prop_set ? p->prop_set : None;
  if (!del) del = p->prop_del ? p->prop_del : None;
  Object* doc = (p->getter_doc && get != None) || !p->prop_doc ? None : p->prop_doc;
  Object* type = old->type;
  Object* n = call_function(type, get, set, del, doc);
  if (n && is_instance_of(n, &PropertyType)) {
    setref(as_prop(n)->prop_name, xnewref(p->prop_name));
  }
  return n;
}

Object* property_getter(Object* self, Object* f) { return property_copy(self, f, nullptr, nullptr); }
Object* property_setter(Object* self, Object* f) { return property_copy(self, nullptr, f, nullptr); }
Object* property_deleter(Object* self, Object* f) { return property_copy(self, nullptr, nullptr, f); }

Object* property_set_name(Object* self, Object* const* args, ssize nargs) {
  if (nargs != 2) {
    return format_error(&exc::TypeError, "__set_name__() takes 2 positional arguments but %zd were given", nargs);
  }
  setref(as_prop(self)->prop_name, newref(args[1]));
  return newref(None);
}

Object* property_isabstract(Object* self, void*) {
  PropertyObject* p = as_prop(self);
  for (Object* f : {p->prop_get, p->prop_set, p->prop_del}) {
    if (!f) continue;
    Object* v;
    int r = lookup_attr(f, ID(dunder_isabstractmethod), &v);
    if (r < 0) return nullptr;
    if (r > 0) {
      int t = object_is_true(v);
      decref(v);
      if (t < 0) return nullptr;
      if (t) return newref(True);
    }
  }
  return newref(False);
}

MethodDef property_methods[] = {
    {"getter", property_getter, "Descriptor to obtain a copy of the property with a different getter."},
    {"setter", property_setter, "Descriptor to obtain a copy of the property with a different setter."},
    {"deleter", property_deleter, "Descriptor to obtain a copy of the property with a different deleter."},
    {"__set_name__", property_set_name, "Method to set name of a property."},
    {},
};

MemberDef property_members[] = {
    {"fget", MemberType::kObject, offsetof(PropertyObject, prop_get), true},
    {"fset", MemberType::kObject, offsetof(PropertyObject, prop_set), true},
    {"fdel", MemberType::kObject, offsetof(PropertyObject, prop_del), true},
    {"__doc__", MemberType::kObject, offsetof(PropertyObject, prop_doc), false},
    {},
};

GetSetDef property_getset[] = {
    {"__isabstractmethod__", property_isabstract},
    {},
};

}  // namespace

// ---- the types ------------------------------------------------------------------------------

Type MethodDescrType{{
    .name = "method_descriptor",
    .basicsize = sizeof(MethodDescrObject),
    .dealloc = descr_dealloc,
    .vectorcall_offset = offsetof(MethodDescrObject, vectorcall),
    .repr = method_descr_repr,
    .call = vectorcall_with_tuple,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kHaveVectorcall | tpflags::kMethodDescriptor,
    .traverse = descr_traverse,
    .methods = descr_methods,
    .members = descr_members,
    .getset = method_descr_getset,
    .descr_get = method_descr_get,
}};

Type ClassMethodDescrType{{
    .name = "classmethod_descriptor",
    .basicsize = sizeof(MethodDescrObject),
    .dealloc = descr_dealloc,
    .vectorcall_offset = offsetof(MethodDescrObject, vectorcall),
    .repr = method_descr_repr,
    .call = vectorcall_with_tuple,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kHaveVectorcall,
    .traverse = descr_traverse,
    .members = descr_members,
    .getset = method_descr_getset,
    .descr_get = classmethod_get,
}};

Type MemberDescrType{{
    .name = "member_descriptor",
    .basicsize = sizeof(MemberDescrObject),
    .dealloc = descr_dealloc,
    .repr = member_descr_repr,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .traverse = descr_traverse,
    .methods = descr_methods,
    .members = descr_members,
    .getset = member_descr_getset,
    .descr_get = member_descr_get,
    .descr_set = member_descr_set,
}};

Type GetSetDescrType{{
    .name = "getset_descriptor",
    .basicsize = sizeof(GetSetDescrObject),
    .dealloc = descr_dealloc,
    .repr = getset_descr_repr,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .traverse = descr_traverse,
    .members = descr_members,
    .getset = getset_descr_getset,
    .descr_get = getset_descr_get,
    .descr_set = getset_descr_set,
}};

Type WrapperDescrType{{
    .name = "wrapper_descriptor",
    .basicsize = sizeof(WrapperDescrObject) + sizeof(vectorcallfunc),
    .dealloc = descr_dealloc,
    .vectorcall_offset = sizeof(WrapperDescrObject),
    .repr = wrapper_descr_repr,
    .call = vectorcall_with_tuple,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kHaveVectorcall | tpflags::kMethodDescriptor,
    .traverse = descr_traverse,
    .methods = descr_methods,
    .members = descr_members,
    .getset = wrapper_descr_getset,
    .descr_get = wrapper_descr_get,
}};

Type MethodWrapperType{{
    .name = "method-wrapper",
    .basicsize = sizeof(MethodWrapperWithCall),
    .dealloc = method_wrapper_dealloc,
    .vectorcall_offset = offsetof(MethodWrapperWithCall, vectorcall),
    .repr = method_wrapper_repr,
    .hash = method_wrapper_hash,
    .call = vectorcall_with_tuple,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kHaveVectorcall,
    .traverse = method_wrapper_traverse,
    .richcompare = method_wrapper_richcompare,
    .methods = method_wrapper_methods,
    .getset = method_wrapper_getset,
}};

Type PropertyType{{
    .name = "property",
    .basicsize = sizeof(PropertyObject),
    .dealloc = property_dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .doc = "property(fget=None, fset=None, fdel=None, doc=None)\n--\n\n"
           "A managed attribute: reading it calls fget(obj), assigning calls\n"
           "fset(obj, value) and deleting calls fdel(obj); a missing function makes\n"
           "that operation fail with AttributeError.  Without doc, the getter's\n"
           "docstring is used.\n\n"
           "Usually written as a decorator, with .setter and .deleter adding the\n"
           "other functions:\n\n"
           "    class Account:\n"
           "        @property\n"
           "        def balance(self):\n"
           "            return self._balance\n"
           "        @balance.setter\n"
           "        def balance(self, value):\n"
           "            self._balance = value",
    .traverse = property_traverse,
    .clear = property_clear,
    .methods = property_methods,
    .members = property_members,
    .getset = property_getset,
    .descr_get = property_descr_get,
    .descr_set = property_descr_set,
    .init = property_init,
    .new_ = property_new_slot,
}};

}  // namespace glasspy
