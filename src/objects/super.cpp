// `super`: attribute lookup that starts after a given class in the MRO of
// an object's type.  The zero-argument form needs the calling frame; the
// VM provides it through super_zero_arg_hook.
#include <cstring>

#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/known_strings.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

// Fills *type (new reference) and *obj (new reference) from the current
// frame for super(); 0 or -1 with an error.  Set by the VM.
int (*super_zero_arg_hook)(Type** type, Object** obj) = nullptr;

namespace {

struct SuperObject : Object {
  Type* type;      // the class after which to start
  Object* obj;     // the instance or subclass (or null)
  Type* obj_type;  // the type whose MRO is searched (or null)
};

SuperObject* as_super(Object* o) { return static_cast<SuperObject*>(o); }

void super_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(as_super(o)->obj);
  xdecref(as_super(o)->type);
  xdecref(as_super(o)->obj_type);
  free_object(o);
}

int super_traverse(Object* o, visitproc visit, void* arg) {
  GLASSPY_VISIT(as_super(o)->obj);
  GLASSPY_VISIT(as_super(o)->type);
  GLASSPY_VISIT(as_super(o)->obj_type);
  return 0;
}

Object* super_repr(Object* o) {
  SuperObject* su = as_super(o);
  if (su->obj_type) {
    return str_from_format("<super: <class '%s'>, <%s object>>", su->type ? su->type->name : "NULL",
                           su->obj_type->name);
  }
  return str_from_format("<super: <class '%s'>, NULL>", su->type ? su->type->name : "NULL");
}

Object* super_getattro(Object* self, Object* name) {
  SuperObject* su = as_super(self);
  Type* starttype = su->obj_type;
  if (!starttype) return generic_getattr(self, name);
  // __class__ is the super object's own class.
  if (is_str(name) && str_equal(name, ID(dunder_class))) return generic_getattr(self, name);
  Object* mro = starttype->mro;
  if (!mro) return generic_getattr(self, name);
  ssize n = tuple_size(mro);
  ssize i = 0;
  for (; i + 1 < n; ++i) {
    if (tuple_item(mro, i) == su->type) break;
  }
  ++i;  // skip su->type
  if (i >= n) return generic_getattr(self, name);
  incref(mro);
  do {
    Type* t = static_cast<Type*>(tuple_item(mro, i));
    Object* res = dict_get_item(t->dict, name);
    if (res) {
      incref(res);
      descrgetfunc f = res->type->descr_get;
      if (f) {
        // Only pass obj for instance-mode super.
        Object* tmp = f(res, su->obj == starttype ? nullptr : su->obj, starttype);
        decref(res);
        res = tmp;
      }
      decref(mro);
      return res;
    }
    if (error_occurred()) {
      decref(mro);
      return nullptr;
    }
    ++i;
  } while (i < n);
  decref(mro);
  return generic_getattr(self, name);
}

// The type whose MRO super searches: obj itself (a subclass of type) or
// obj's class.
Type* supercheck(Type* type, Object* obj) {
  if (is_type(obj) && is_subtype(static_cast<Type*>(obj), type)) return static_cast<Type*>(newref(obj));
  if (is_subtype(obj->type, type)) return static_cast<Type*>(newref(static_cast<Object*>(obj->type)));
  // A proxy may claim another class through __class__.
  Object* class_attr;
  if (lookup_attr(obj, ID(dunder_class), &class_attr) < 0) return nullptr;
  if (class_attr && is_type(class_attr) && class_attr != obj->type &&
      is_subtype(static_cast<Type*>(class_attr), type)) {
    return static_cast<Type*>(class_attr);
  }
  xdecref(class_attr);
  set_error(&exc::TypeError, "super(type, obj): obj must be an instance or subtype of type");
  return nullptr;
}

int super_init_impl(Object* self, Type* type, Object* obj) {
  Type* obj_type = nullptr;
  if (obj) {
    obj_type = supercheck(type, obj);
    if (!obj_type) return -1;
    incref(obj);
  }
  SuperObject* su = as_super(self);
  incref(type);
  setref(su->type, type);
  setref(su->obj, obj);
  setref(su->obj_type, obj_type);
  return 0;
}

int super_init(Object* self, Object* args, Object* kwds) {
  if (!check_no_kwargs("super", kwds)) return -1;
  ssize n = tuple_size(args);
  if (!check_positional("super()", n, 0, 2)) return -1;
  if (n == 0) {
    if (!super_zero_arg_hook) {
      set_error(&exc::RuntimeError, "super(): no arguments");
      return -1;
    }
    Type* type;
    Object* obj;
    if (super_zero_arg_hook(&type, &obj) < 0) return -1;
    int r = super_init_impl(self, type, obj);
    decref(type);
    decref(obj);
    return r;
  }
  Object* type = tuple_item(args, 0);
  if (!is_type(type)) {
    format_error(&exc::TypeError, "super() argument 1 must be a type, not %.200s", type->type->name);
    return -1;
  }
  Object* obj = n > 1 ? tuple_item(args, 1) : nullptr;
  if (obj == None) obj = nullptr;
  return super_init_impl(self, static_cast<Type*>(type), obj);
}

Object* super_descr_get(Object* self, Object* obj, Object* type) {
  SuperObject* su = as_super(self);
  if (!obj || obj == None || su->obj) return newref(self);
  if (self->type != &SuperType) {
    // A subclass of super: call its constructor.
    return call_function(self->type, static_cast<Object*>(su->type), obj);
  }
  Type* obj_type = supercheck(su->type, obj);
  if (!obj_type) return nullptr;
  Object* o = allocate_object(&SuperType, sizeof(SuperObject));
  if (!o) {
    decref(obj_type);
    return nullptr;
  }
  SuperObject* n = as_super(o);
  n->type = static_cast<Type*>(newref(static_cast<Object*>(su->type)));
  n->obj = newref(obj);
  n->obj_type = obj_type;
  gc_track(o);
  return o;
}

Object* super_new_slot(Type* type, Object* args, Object* kwds) { return type_generic_alloc(type, 0); }

MemberDef super_members[] = {
    {"__thisclass__", MemberType::kObject, offsetof(SuperObject, type), true, "the class invoking super()"},
    {"__self__", MemberType::kObject, offsetof(SuperObject, obj), true, "the instance invoking super(); may be None"},
    {"__self_class__", MemberType::kObject, offsetof(SuperObject, obj_type), true,
     "the type of the instance invoking super(); may be None"},
    {},
};

}  // namespace

Type SuperType{{
    .name = "super",
    .basicsize = sizeof(SuperObject),
    .dealloc = super_dealloc,
    .repr = super_repr,
    .getattro = super_getattro,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .doc = "super() -> same as super(__class__, <first argument>)\n"
           "super(type) -> unbound super object\n"
           "super(type, obj) -> bound super object; requires isinstance(obj, type)\n"
           "super(type, type2) -> bound super object; requires issubclass(type2, type)\n"
           "Typical use to call a cooperative superclass method:\n"
           "class C(B):\n    def meth(self, arg):\n        super().meth(arg)\n"
           "This works for class methods too:\nclass C(B):\n    @classmethod\n    def cmeth(cls, arg):\n"
           "        super().cmeth(arg)\n",
    .traverse = super_traverse,
    .members = super_members,
    .descr_get = super_descr_get,
    .init = super_init,
    .new_ = super_new_slot,
}};

}  // namespace glasspy
