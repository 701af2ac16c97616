// `types.GenericAlias` (PEP 585): what list[int], dict[str, T] and
// type[int] evaluate to, and `types.UnionType` (PEP 604): what int | None
// evaluates to (union_type.cpp).
//
// A GenericAlias holds its origin (list) and args (a tuple); attribute
// access falls through to the origin except for its own few attributes,
// calling it calls the origin, and subscripting it substitutes its type
// variables (__parameters__: the args that have __typing_subst__, as
// typing.TypeVar does).  A union holds its flattened, deduplicated args;
// isinstance/issubclass treat it as the tuple of its args.
#pragma once

#include "objects/object.h"
#include "objects/type.h"

namespace glasspy {

class StrBuilder;

extern Type GenericAliasType;
extern Type GenericAliasIterType;
extern Type UnionType;

struct GenericAliasObject : Object {
  Object* origin;
  Object* args;        // tuple
  Object* parameters;  // tuple, computed on first use (null until then)
  Object* weaklist;
  bool starred;        // *tuple[int]
  vectorcallfunc vectorcall;
};

struct UnionObject : Object {
  Object* args;        // tuple
  Object* parameters;  // tuple, computed on first use
};

inline bool is_generic_alias(Object* o) { return is_instance_of(o, &GenericAliasType); }
inline bool is_union(Object* o) { return o->type == &UnionType; }
inline Object* union_args(Object* u) { return static_cast<UnionObject*>(u)->args; }

// Py_GenericAlias(origin, args): args is a tuple or a single argument.
// Also the __class_getitem__ of list, dict, tuple... (a classmethod: the
// class is `origin`).  New reference.
Object* generic_alias_new(Object* origin, Object* args);

// x | y for types, None, aliases and unions (type.__or__ and friends):
// a union, the single type when both are the same, or NotImplemented.
Object* union_type_or(Object* a, Object* b);

// The type variables in args (CPython's _Py_make_parameters) and the args
// with `item` substituted for them (_Py_subs_parameters); new references.
Object* make_type_parameters(Object* args);
Object* substitute_type_parameters(Object* self, Object* args, Object* parameters, Object* item);

// "list[int]"-style text of one argument (ga_repr_item / union_repr_item):
// ... for Ellipsis, the repr of alias-like objects, module.qualname for
// classes (builtins unqualified).  Appends to out; false on error.
bool append_type_repr(StrBuilder& out, Object* p);

}  // namespace glasspy
