// types.UnionType: int | str.  Its args are flattened (a union inside a
// union contributes its own args), None becomes NoneType, and duplicates
// go (by identity, or by equality between GenericAliases); a single
// remaining arg is the result itself (int | int is int).  Equality and
// hashing ignore the order.
#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/genericalias.h"
#include "objects/known_strings.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

namespace {

UnionObject* as_union(Object* o) { return static_cast<UnionObject*>(o); }

bool is_unionable(Object* o) { return o == None || is_type(o) || is_generic_alias(o) || is_union(o); }

Object* flatten_args(Object* args) {
  Object* out = list_new(0);
  if (!out) return nullptr;
  for (ssize i = 0; i < tuple_size(args); ++i) {
    Object* arg = tuple_item(args, i);
    bool ok = true;
    if (is_union(arg)) {
      Object* nested = union_args(arg);
      for (ssize j = 0; ok && j < tuple_size(nested); ++j) ok = list_append(out, tuple_item(nested, j)) == 0;
    } else {
      ok = list_append(out, arg == None ? static_cast<Object*>(&NoneType) : arg) == 0;
    }
    if (!ok) {
      decref(out);
      return nullptr;
    }
  }
  return out;
}

Object* dedup_and_flatten_args(Object* args) {
  Object* flat = flatten_args(args);
  if (!flat) return nullptr;
  Object* unique = list_new(0);
  bool ok = unique != nullptr;
  for (ssize i = 0; ok && i < list_size(flat); ++i) {
    Object* x = list_item(flat, i);
    int duplicate = 0;
    for (ssize j = 0; j < list_size(unique); ++j) {
      Object* y = list_item(unique, j);
      duplicate = is_generic_alias(x) && is_generic_alias(y) ? rich_compare_bool(x, y, kEQ) : x == y;
      if (duplicate) break;
    }
    if (duplicate < 0) ok = false;
    else if (!duplicate) ok = list_append(unique, x) == 0;
  }
  decref(flat);
  Object* r = ok ? sequence_tuple(unique) : nullptr;
  xdecref(unique);
  return r;
}

Object* make_union(Object* args) {
  Object* unique = dedup_and_flatten_args(args);
  if (!unique) return nullptr;
  if (tuple_size(unique) == 1) {
    Object* only = newref(tuple_item(unique, 0));
    decref(unique);
    return only;
  }
  Object* u = allocate_object(&UnionType, sizeof(UnionObject));
  if (!u) {
    decref(unique);
    return nullptr;
  }
  as_union(u)->args = unique;
  as_union(u)->parameters = nullptr;
  gc_track(u);
  return u;
}

void union_dealloc(Object* self) {
  gc_untrack(self);
  xdecref(as_union(self)->args);
  xdecref(as_union(self)->parameters);
  free_object(self);
}

int union_traverse(Object* self, visitproc visit, void* arg) {
  GLASSPY_VISIT(as_union(self)->args);
  GLASSPY_VISIT(as_union(self)->parameters);
  return 0;
}

hash_t union_hash(Object* self) {
  Object* set = frozenset_new(as_union(self)->args);
  if (!set) return -1;
  hash_t h = object_hash(set);
  decref(set);
  return h;
}

Object* union_richcompare(Object* a, Object* b, int op) {
  if (!is_union(b) || (op != kEQ && op != kNE)) return newref(NotImplemented);
  Object* x = set_new(as_union(a)->args);
  if (!x) return nullptr;
  Object* y = set_new(as_union(b)->args);
  if (!y) {
    decref(x);
    return nullptr;
  }
  Object* r = rich_compare(x, y, op);
  decref(x);
  decref(y);
  return r;
}

Object* union_repr(Object* self) {
  Object* args = as_union(self)->args;
  StrBuilder out;
  for (ssize i = 0; i < tuple_size(args); ++i) {
    if (i) out.append_ascii(" | ");
    Object* p = tuple_item(args, i);
    if (p == &NoneType) {
      out.append_ascii("None");
    } else if (!append_type_repr(out, p)) {
      return nullptr;
    }
  }
  return out.finish();
}

bool ensure_parameters(UnionObject* u) {
  if (!u->parameters) u->parameters = make_type_parameters(u->args);
  return u->parameters != nullptr;
}

Object* union_getitem(Object* self, Object* item) {
  UnionObject* u = as_union(self);
  if (!ensure_parameters(u)) return nullptr;
  Object* newargs = substitute_type_parameters(self, u->args, u->parameters, item);
  if (!newargs) return nullptr;
  Object* r;
  if (tuple_size(newargs) == 0) {
    r = make_union(newargs);
  } else {
    // Joined with | so that typing's objects take part through __or__.
    r = newref(tuple_item(newargs, 0));
    for (ssize i = 1; r && i < tuple_size(newargs); ++i) {
      Object* next = number_or(r, tuple_item(newargs, i));
      decref(r);
      r = next;
    }
  }
  decref(newargs);
  return r;
}

Object* union_parameters(Object* self, void*) {
  if (!ensure_parameters(as_union(self))) return nullptr;
  return newref(as_union(self)->parameters);
}

// __module__ reads the class's ('types'), as typing expects.
Object* union_getattro(Object* self, Object* name) {
  if (is_str(name) && str_equal_cstr(name, "__module__")) return get_attr(self->type, name);
  return generic_getattr(self, name);
}

MemberDef union_members[] = {
    {"__args__", MemberType::kObject, offsetof(UnionObject, args), true},
    {},
};

GetSetDef union_getset[] = {
    {"__parameters__", union_parameters, nullptr, "Type variables in the types.UnionType."},
    {},
};

NumberMethods union_as_number = {
    .nb_or = union_type_or,
};

MappingMethods union_as_mapping = {
    .mp_subscript = union_getitem,
};

}  // namespace

Object* union_type_or(Object* a, Object* b) {
  if (!is_unionable(a) || !is_unionable(b)) return newref(NotImplemented);
  Object* pair = tuple_pack({a, b});
  if (!pair) return nullptr;
  Object* r = make_union(pair);
  decref(pair);
  return r;
}

Type UnionType{{
    .name = "types.UnionType",
    .basicsize = sizeof(UnionObject),
    .dealloc = union_dealloc,
    .repr = union_repr,
    .as_number = &union_as_number,
    .as_mapping = &union_as_mapping,
    .hash = union_hash,
    .getattro = union_getattro,
    .flags = tpflags::kHaveGC,
    .doc = "Represent a PEP 604 union type\n\nE.g. for int | str",
    .traverse = union_traverse,
    .richcompare = union_richcompare,
    .members = union_members,
    .getset = union_getset,
}};

}  // namespace glasspy
