// `mappingproxy`: read access forwarded to the wrapped mapping; no way to
// change it through the proxy.
#include "objects/mappingproxy.h"
#include "objects/genericalias.h"

#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/genericalias.h"
#include "objects/known_strings.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

namespace {

inline Object* mapping_of(Object* o) { return static_cast<MappingProxyObject*>(o)->mapping; }

void mp_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(mapping_of(o));
  free_object(o);
}

int mp_traverse(Object* o, visitproc visit, void* arg) {
  GLASSPY_VISIT(mapping_of(o));
  return 0;
}

ssize mp_len(Object* o) { return object_length(mapping_of(o)); }
Object* mp_getitem(Object* o, Object* key) { return get_item(mapping_of(o), key); }
int mp_contains(Object* o, Object* key) {
  Object* m = mapping_of(o);
  if (is_dict_exact(m)) return dict_contains(m, key);
  return sequence_contains(m, key);
}
Object* mp_iter(Object* o) { return get_iter(mapping_of(o)); }
Object* mp_str(Object* o) { return object_str(mapping_of(o)); }
Object* mp_repr(Object* o) { return str_from_format("%s(%R)", o->type->name, mapping_of(o)); }
Object* mp_richcompare(Object* v, Object* w, int op) { return rich_compare(mapping_of(v), w, op); }

Object* mp_or(Object* left, Object* right) {
  if (left->type == &MappingProxyType) left = mapping_of(left);
  if (right->type == &MappingProxyType) right = mapping_of(right);
  return number_or(left, right);
}

Object* mp_ior(Object* self, Object* other) {
  return format_error(&exc::TypeError, "'|=' is not supported by %s; use '|' instead", self->type->name);
}

Object* mp_get(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("get", nargs, 1, 2)) return nullptr;
  Object* get = str_intern_cstr("get");
  if (!get) return nullptr;
  Object* call_args[3] = {mapping_of(self), args[0], nargs > 1 ? args[1] : None};
  Object* r = vectorcall_method(get, call_args, 3, nullptr);
  decref(get);
  return r;
}

Object* call_mapping_method(Object* self, const char* name) {
  Object* n = str_intern_cstr(name);
  if (!n) return nullptr;
  Object* r = call_method(mapping_of(self), n);
  decref(n);
  return r;
}

Object* mp_keys(Object* self) { return call_mapping_method(self, "keys"); }
Object* mp_values(Object* self) { return call_mapping_method(self, "values"); }
Object* mp_items(Object* self) { return call_mapping_method(self, "items"); }
Object* mp_copy(Object* self) { return call_mapping_method(self, "copy"); }
Object* mp_reversed(Object* self) {
  Object* r = call_mapping_method(self, "__reversed__");
  return r;
}

bool mapping_ok(Object* mapping) {
  if (!is_mapping(mapping) || is_list(mapping) || is_tuple(mapping)) {
    format_error(&exc::TypeError, "mappingproxy() argument must be a mapping, not %s", mapping->type->name);
    return false;
  }
  return true;
}

Object* mp_new(Type* type, Object* args, Object* kwds) {
  Object* argv[1] = {};
  static const ArgParser parser{"mappingproxy", {"mapping"}, 1, 1};
  if (!parse_args_dict(parser, args, kwds, argv)) return nullptr;
  if (!mapping_ok(argv[0])) return nullptr;
  return mappingproxy_new(argv[0]);
}

SequenceMethods mp_as_sequence = {.sq_contains = mp_contains};
MappingMethods mp_as_mapping = {.mp_length = mp_len, .mp_subscript = mp_getitem};
NumberMethods mp_as_number = {.nb_or = mp_or, .nb_inplace_or = mp_ior};

MethodDef mp_methods[] = {
    {"get", mp_get,
     "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None."},
    {"keys", mp_keys, "D.keys() -> a set-like object providing a view on D's keys"},
    {"values", mp_values, "D.values() -> an object providing a view on D's values"},
    {"items", mp_items, "D.items() -> a set-like object providing a view on D's items"},
    {"copy", mp_copy, "D.copy() -> a shallow copy of D"},
    {"__reversed__", mp_reversed, "D.__reversed__() -> reverse iterator"},
    {"__class_getitem__", generic_alias_new, "See PEP 585", Binding::kClass},
    {},
};

}  // namespace

Object* mappingproxy_new(Object* mapping) {
  Object* o = allocate_object(&MappingProxyType, sizeof(MappingProxyObject));
  if (!o) return nullptr;
  static_cast<MappingProxyObject*>(o)->mapping = newref(mapping);
  gc_track(o);
  return o;
}

// dict views' `mapping` attribute.
Object* dictview_mapping(Object* view, void*) {
  struct View : Object {
    Object* dict;
  };
  return mappingproxy_new(static_cast<View*>(view)->dict);
}

Type MappingProxyType{{
    .name = "mappingproxy",
    .basicsize = sizeof(MappingProxyObject),
    .dealloc = mp_dealloc,
    .repr = mp_repr,
    .as_number = &mp_as_number,
    .as_sequence = &mp_as_sequence,
    .as_mapping = &mp_as_mapping,
    .str = mp_str,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kMapping,
    .traverse = mp_traverse,
    .richcompare = mp_richcompare,
    .iter = mp_iter,
    .methods = mp_methods,
    .new_ = mp_new,
}};

}  // namespace glasspy
