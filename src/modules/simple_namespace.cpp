// types.SimpleNamespace (see simple_namespace.h).
#include "modules/simple_namespace.h"

#include <string>

#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

namespace {

struct NamespaceObject : Object {
  Object* dict;
};

NamespaceObject* as_ns(Object* o) { return static_cast<NamespaceObject*>(o); }

Object* ns_new_slot(Type* type, Object* args, Object* kwds) {
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  as_ns(o)->dict = dict_new();
  if (!as_ns(o)->dict) {
    decref(o);
    return nullptr;
  }
  return o;
}

int ns_init(Object* self, Object* args, Object* kwds) {
  if (tuple_size(args) != 0) {
    format_error(&exc::TypeError, "no positional arguments expected");
    return -1;
  }
  if (!kwds) return 0;
  ssize pos = 0;
  Object* key;
  while (dict_next(kwds, &pos, &key, nullptr)) {
    if (!is_str(key)) {
      set_error(&exc::TypeError, "keywords must be strings");
      return -1;
    }
  }
  return dict_update(as_ns(self)->dict, kwds);
}

void ns_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(as_ns(o)->dict);
  free_object(o);
}

int ns_traverse(Object* o, visitproc visit, void* arg) {
  GLASSPY_VISIT(as_ns(o)->dict);
  return 0;
}

Object* ns_repr(Object* self) {
  const char* name = self->type == &SimpleNamespaceType ? "namespace" : self->type->name;
  int r = repr_enter(self);
  if (r < 0) return nullptr;
  if (r > 0) return str_from_format("%s(...)", name);
  std::string out = std::string(name) + "(";
  ssize pos = 0;
  Object* key;
  Object* value;
  bool first = true;
  Object* d = as_ns(self)->dict;
  while (dict_next(d, &pos, &key, &value)) {
    if (!is_str(key) || str_length(key) == 0) continue;
    Object* vr = object_repr(value);
    if (!vr) {
      repr_leave(self);
      return nullptr;
    }
    if (!first) out += ", ";
    first = false;
    out += str_to_std(key) + "=" + str_to_std(vr);
    decref(vr);
  }
  repr_leave(self);
  out += ")";
  return str_from_utf8(out);
}

Object* ns_richcompare(Object* a, Object* b, int op) {
  if (is_instance_of(a, &SimpleNamespaceType) && is_instance_of(b, &SimpleNamespaceType)) {
    return rich_compare(as_ns(a)->dict, as_ns(b)->dict, op);
  }
  return newref(NotImplemented);
}

Object* ns_get_dict(Object* self, void*) { return newref(as_ns(self)->dict); }

// (type(ns), (), ns.__dict__): rebuilt empty, then given its attributes.
Object* ns_reduce(Object* self) {
  Object* args = tuple_new(0);
  if (!args) return nullptr;
  Object* r = tuple_pack({static_cast<Object*>(self->type), args, as_ns(self)->dict});
  decref(args);
  return r;
}

MethodDef ns_methods[] = {
    {"__reduce__", ns_reduce, "How copy and pickle rebuild the namespace."},
    {},
};

GetSetDef ns_getset[] = {
    {"__dict__", ns_get_dict, nullptr},
    {},
};

}  // namespace

Object* simple_namespace_new(Object* dict) {
  Object* o = ns_new_slot(&SimpleNamespaceType, nullptr, nullptr);
  if (!o) return nullptr;
  if (dict && dict_update(as_ns(o)->dict, dict) < 0) {
    decref(o);
    return nullptr;
  }
  return o;
}

Type SimpleNamespaceType{{
    .name = "types.SimpleNamespace",
    .basicsize = sizeof(NamespaceObject),
    .dealloc = ns_dealloc,
    .repr = ns_repr,
    .getattro = generic_getattr,
    .setattro = generic_setattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .doc = "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)",
    .traverse = ns_traverse,
    .richcompare = ns_richcompare,
    .methods = ns_methods,
    .getset = ns_getset,
    .dictoffset = offsetof(NamespaceObject, dict),
    .init = ns_init,
    .new_ = ns_new_slot,
}};

}  // namespace glasspy
