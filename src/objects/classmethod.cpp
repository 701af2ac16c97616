// `staticmethod` and `classmethod` (see classmethod.h).  Both copy the
// wrapped callable's __module__, __name__, __qualname__, __doc__ and
// __annotations__ into their own __dict__, as CPython 3.10+ does.
#include "objects/classmethod.h"

#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/known_strings.h"
#include "objects/method.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

namespace {

StaticMethodObject* as_sm(Object* o) { return static_cast<StaticMethodObject*>(o); }

void sm_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(as_sm(o)->callable);
  xdecref(as_sm(o)->dict);
  free_object(o);
}

int sm_traverse(Object* o, visitproc visit, void* arg) {
  GLASSPY_VISIT(as_sm(o)->callable);
  GLASSPY_VISIT(as_sm(o)->dict);
  return 0;
}

int sm_clear(Object* o) {
  clear_ref(as_sm(o)->callable);
  clear_ref(as_sm(o)->dict);
  return 0;
}

// functools.update_wrapper's attribute copy.
int copy_wrapper_attributes(Object* wrapper, Object* wrapped) {
  Object* names[] = {ID(dunder_module), ID(dunder_name), ID(dunder_qualname), ID(dunder_doc),
                     ID(dunder_annotations)};
  for (Object* name : names) {
    Object* value;
    int r = lookup_attr(wrapped, name, &value);
    if (r < 0) return -1;
    if (r == 0) continue;
    r = set_attr(wrapper, name, value);
    decref(value);
    if (r < 0) return -1;
  }
  return 0;
}

int sm_init_common(Object* self, Object* args, Object* kwds, const char* name) {
  if (!check_no_kwargs(name, kwds)) return -1;
  if (!check_positional(name, tuple_size(args), 1, 1)) return -1;
  Object* callable = tuple_item(args, 0);
  setref(as_sm(self)->callable, newref(callable));
  return copy_wrapper_attributes(self, callable);
}

int sm_init(Object* self, Object* args, Object* kwds) { return sm_init_common(self, args, kwds, "staticmethod"); }
int cm_init(Object* self, Object* args, Object* kwds) { return sm_init_common(self, args, kwds, "classmethod"); }

Object* sm_descr_get(Object* self, Object* obj, Object* type) { return newref(as_sm(self)->callable); }

Object* sm_call(Object* self, Object* args, Object* kwds) { return call(as_sm(self)->callable, args, kwds); }

Object* cm_descr_get(Object* self, Object* obj, Object* type) {
  Object* callable = as_sm(self)->callable;
  if (!type) type = obj->type;
  // Chaining: a descriptor inside classmethod binds to the class.
  if (callable->type->descr_get) return callable->type->descr_get(callable, type, type);
  return method_new(callable, type);
}

Object* sm_repr(Object* self) { return str_from_format("<staticmethod(%R)>", as_sm(self)->callable); }
Object* cm_repr(Object* self) { return str_from_format("<classmethod(%R)>", as_sm(self)->callable); }

Object* sm_get_isabstract(Object* self, void*) {
  Object* v;
  int r = lookup_attr(as_sm(self)->callable, ID(dunder_isabstractmethod), &v);
  if (r < 0) return nullptr;
  if (r == 0) return newref(False);
  int t = object_is_true(v);
  decref(v);
  if (t < 0) return nullptr;
  return bool_from(t);
}

Object* sm_get_dict(Object* self, void*) { return object_get_dict(self); }

MemberDef sm_members[] = {
    {"__func__", MemberType::kObject, offsetof(StaticMethodObject, callable), true},
    {"__wrapped__", MemberType::kObject, offsetof(StaticMethodObject, callable), true},
    {},
};

GetSetDef sm_getset[] = {
    {"__isabstractmethod__", sm_get_isabstract},
    {"__dict__", sm_get_dict},
    {},
};

Object* sm_new_slot(Type* type, Object* args, Object* kwds) { return type_generic_alloc(type, 0); }

Object* make(Type* type, Object* callable) {
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  as_sm(o)->callable = newref(callable);
  if (copy_wrapper_attributes(o, callable) < 0) {
    decref(o);
    return nullptr;
  }
  return o;
}

}  // namespace

Object* staticmethod_new(Object* callable) { return make(&StaticMethodType, callable); }
Object* classmethod_new(Object* callable) { return make(&ClassMethodType, callable); }

Type StaticMethodType{{
    .name = "staticmethod",
    .basicsize = sizeof(StaticMethodObject),
    .dealloc = sm_dealloc,
    .repr = sm_repr,
    .call = sm_call,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .doc = "staticmethod(function) -> method\n\n"
           "Wrap a function so that it is passed no implicit first argument when\n"
           "looked up on a class or on one of its instances:\n\n"
           "    class Shape:\n"
           "        @staticmethod\n"
           "        def unit():\n"
           "            return 'm'\n\n"
           "Shape.unit() and Shape().unit() both call the plain function.",
    .traverse = sm_traverse,
    .clear = sm_clear,
    .members = sm_members,
    .getset = sm_getset,
    .descr_get = sm_descr_get,
    .dictoffset = offsetof(StaticMethodObject, dict),
    .init = sm_init,
    .new_ = sm_new_slot,
}};

Type ClassMethodType{{
    .name = "classmethod",
    .basicsize = sizeof(StaticMethodObject),
    .dealloc = sm_dealloc,
    .repr = cm_repr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .doc = "classmethod(function) -> method\n\n"
           "Wrap a function so that it receives the class it was looked up on\n"
           "(rather than an instance) as its first argument:\n\n"
           "    class Shape:\n"
           "        @classmethod\n"
           "        def make(cls, *args):\n"
           "            return cls(*args)\n\n"
           "Looked up through an instance, the instance's class is passed; looked\n"
           "up through a subclass, that subclass is.",
    .traverse = sm_traverse,
    .clear = sm_clear,
    .members = sm_members,
    .getset = sm_getset,
    .descr_get = cm_descr_get,
    .dictoffset = offsetof(StaticMethodObject, dict),
    .init = cm_init,
    .new_ = sm_new_slot,
}};

}  // namespace glasspy
