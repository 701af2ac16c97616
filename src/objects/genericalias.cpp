// types.GenericAlias and the type-parameter machinery it shares with
// types.UnionType (see genericalias.h).
#include "objects/genericalias.h"

#include <cstring>

#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/hash.h"
#include "objects/known_strings.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/weakref.h"

namespace glasspy {

// ---- shared helpers ------------------------------------------------------------------

bool append_type_repr(StrBuilder& out, Object* p) {
  if (p == Ellipsis) {
    out.append_ascii("...");
    return true;
  }
  Object* r = nullptr;
  Object* tmp = nullptr;
  Object* qualname = nullptr;
  Object* module = nullptr;
  bool use_repr = false;
  if (lookup_attr(p, ID(dunder_origin), &tmp) < 0) return false;
  if (tmp) {
    decref(tmp);
    if (lookup_attr(p, ID(dunder_args), &tmp) < 0) return false;
    if (tmp) {
      decref(tmp);
      use_repr = true;  // looks like a GenericAlias
    }
  }
  if (!use_repr) {
    if (lookup_attr(p, ID(dunder_qualname), &qualname) < 0) return false;
    if (!qualname) {
      use_repr = true;
    } else {
      if (lookup_attr(p, ID(dunder_module), &module) < 0) {
        decref(qualname);
        return false;
      }
      if (!module || module == None) {
        use_repr = true;
      } else if (is_str(module) && str_equal_cstr(module, "builtins")) {
        r = object_str(qualname);
      } else {
        r = str_from_format("%S.%S", module, qualname);
      }
    }
  }
  if (use_repr) r = object_repr(p);
  xdecref(qualname);
  xdecref(module);
  if (!r) return false;
  out.append_str(r);
  decref(r);
  return true;
}

namespace {

ssize tuple_index_of(Object* t, ssize len, Object* item) {
  for (ssize i = 0; i < len; ++i)
    if (tuple_item(t, i) == item) return i;
  return -1;
}

// Appends item to the list unless it is already there (by identity).
bool add_unique(Object* list, Object* item) {
  for (ssize i = 0; i < list_size(list); ++i)
    if (list_item(list, i) == item) return true;
  return list_append(list, item) == 0;
}

}  // namespace

Object* make_type_parameters(Object* args) {
  Object* params = list_new(0);
  if (!params) return nullptr;
  for (ssize i = 0; i < tuple_size(args); ++i) {
    Object* t = tuple_item(args, i);
    Object* subst;
    if (lookup_attr(t, ID(dunder_typing_subst), &subst) < 0) {
      decref(params);
      return nullptr;
    }
    if (subst) {
      decref(subst);
      if (!add_unique(params, t)) {
        decref(params);
        return nullptr;
      }
      continue;
    }
    Object* subparams;
    if (lookup_attr(t, ID(dunder_parameters), &subparams) < 0) {
      decref(params);
      return nullptr;
    }
    if (subparams && is_tuple(subparams)) {
      for (ssize j = 0; j < tuple_size(subparams); ++j) {
        if (!add_unique(params, tuple_item(subparams, j))) {
          decref(subparams);
          decref(params);
          return nullptr;
        }
      }
    }
    xdecref(subparams);
  }
  Object* r = sequence_tuple(params);
  decref(params);
  return r;
}

namespace {

// obj with its own type variables replaced (list[T] -> list[int]), or obj.
Object* substitute_in(Object* obj, Object* params, Object* const* argitems, ssize nargs, ssize varparam) {
  Object* subparams;
  if (lookup_attr(obj, ID(dunder_parameters), &subparams) < 0) return nullptr;
  if (!subparams || !is_tuple(subparams) || tuple_size(subparams) == 0) {
    xdecref(subparams);
    return newref(obj);
  }
  const ssize nparams = tuple_size(params);
  const ssize nsubargs = tuple_size(subparams);
  Object* subargs = list_new(0);
  bool ok = subargs != nullptr;
  for (ssize i = 0; ok && i < nsubargs; ++i) {
    Object* arg = tuple_item(subparams, i);
    ssize iparam = tuple_index_of(params, nparams, arg);
    if (iparam == varparam) {
      for (ssize k = 0; ok && k < nargs - nparams + 1; ++k) ok = list_append(subargs, argitems[iparam + k]) == 0;
    } else {
      if (iparam >= 0) {
        if (iparam > varparam) iparam += nargs - nsubargs;
        arg = argitems[iparam];
      }
      ok = list_append(subargs, arg) == 0;
    }
  }
  decref(subparams);
  Object* r = nullptr;
  if (ok) {
    Object* key = sequence_tuple(subargs);
    r = key ? get_item(obj, key) : nullptr;
    xdecref(key);
  }
  xdecref(subargs);
  return r;
}

// -1 error, else whether arg is an unpacked TypeVarTuple (*Ts).
int is_unpacked_typevartuple(Object* arg) {
  if (is_type(arg)) return 0;
  Object* tmp;
  int r = lookup_attr(arg, ID(dunder_typing_is_unpacked_typevartuple), &tmp);
  if (r > 0) {
    r = object_is_true(tmp);
    decref(tmp);
  }
  return r;
}

// The args of *tuple[...] (or __typing_unpacked_tuple_args__), or null
// (an error only if one is set).
Object* unpacked_tuple_args(Object* arg) {
  if (is_generic_alias(arg)) {
    GenericAliasObject* a = static_cast<GenericAliasObject*>(arg);
    if (a->starred && a->origin == &TupleType) return newref(a->args);
  }
  Object* result;
  if (lookup_attr(arg, ID(dunder_typing_unpacked_tuple_args), &result) > 0) {
    if (result == None) {
      decref(result);
      return nullptr;
    }
    return result;
  }
  return nullptr;
}

// The subscript with unpacked tuples expanded: X[*tuple[int, str]] is X[int, str].
Object* unpack_args(Object* item) {
  Object* out = list_new(0);
  if (!out) return nullptr;
  const bool tuple = is_tuple(item);
  const ssize n = tuple ? tuple_size(item) : 1;
  for (ssize i = 0; i < n; ++i) {
    Object* x = tuple ? tuple_item(item, i) : item;
    if (!is_type(x)) {
      Object* sub = unpacked_tuple_args(x);
      if (sub && is_tuple(sub) && !(tuple_size(sub) && tuple_item(sub, tuple_size(sub) - 1) == Ellipsis)) {
        bool ok = true;
        for (ssize k = 0; ok && k < tuple_size(sub); ++k) ok = list_append(out, tuple_item(sub, k)) == 0;
        decref(sub);
        if (!ok) {
          decref(out);
          return nullptr;
        }
        continue;
      }
      xdecref(sub);
      if (error_occurred()) {
        decref(out);
        return nullptr;
      }
    }
    if (list_append(out, x) < 0) {
      decref(out);
      return nullptr;
    }
  }
  Object* r = sequence_tuple(out);
  decref(out);
  return r;
}

}  // namespace

Object* substitute_type_parameters(Object* self, Object* args, Object* parameters, Object* item) {
  const ssize nparams = tuple_size(parameters);
  if (nparams == 0) return format_error(&exc::TypeError, "%R is not a generic class", self);
  Object* items = unpack_args(item);
  if (!items) return nullptr;
  const ssize nitems = tuple_size(items);
  Object* const* argitems = as_tuple(items)->items;
  ssize varparam = nparams;
  for (ssize i = 0; i < nparams; ++i) {
    Object* param = tuple_item(parameters, i);
    if (param->type->iter) {  // a TypeVarTuple
      if (varparam < nparams) {
        decref(items);
        return format_error(&exc::TypeError, "More than one TypeVarTuple parameter in %S", self);
      }
      varparam = i;
    }
  }
  if (varparam < nparams) {
    if (nitems < nparams - 1) {
      decref(items);
      return format_error(&exc::TypeError, "Too few arguments for %R", self);
    }
  } else if (nitems != nparams) {
    decref(items);
    return format_error(&exc::TypeError, "Too %s arguments for %R; actual %zd, expected %zd",
                        nitems > nparams ? "many" : "few", self, nitems, nparams);
  }
  Object* newargs = list_new(0);
  bool ok = newargs != nullptr;
  for (ssize iarg = 0; ok && iarg < tuple_size(args); ++iarg) {
    Object* arg = tuple_item(args, iarg);
    int unpack = is_unpacked_typevartuple(arg);
    if (unpack < 0) {
      ok = false;
      break;
    }
    Object* subst;
    if (lookup_attr(arg, ID(dunder_typing_subst), &subst) < 0) {
      ok = false;
      break;
    }
    Object* value;
    if (subst) {
      ssize iparam = tuple_index_of(parameters, nparams, arg);
      if (iparam == varparam) {
        decref(subst);
        set_error(&exc::TypeError, "Substitution of bare TypeVarTuple is not supported");
        ok = false;
        break;
      }
      if (iparam > varparam) iparam += nitems - nparams;
      value = call_function(subst, argitems[iparam]);
      decref(subst);
    } else {
      value = substitute_in(arg, parameters, argitems, nitems, varparam);
    }
    if (!value) {
      ok = false;
      break;
    }
    if (unpack) {
      Object* seq = sequence_tuple(value);
      decref(value);
      if (!seq) {
        ok = false;
        break;
      }
      for (ssize k = 0; ok && k < tuple_size(seq); ++k) ok = list_append(newargs, tuple_item(seq, k)) == 0;
      decref(seq);
    } else {
      ok = list_append(newargs, value) == 0;
      decref(value);
    }
  }
  decref(items);
  Object* r = ok ? sequence_tuple(newargs) : nullptr;
  xdecref(newargs);
  return r;
}

// ---- GenericAlias ----------------------------------------------------------------------

namespace {

GenericAliasObject* as_alias(Object* o) { return static_cast<GenericAliasObject*>(o); }

Object* ga_vectorcall(Object* self, Object* const* args, size_t nargsf, Object* kwnames);

bool setup_alias(GenericAliasObject* a, Object* origin, Object* args) {
  a->args = is_tuple(args) ? newref(args) : tuple_pack({args});
  if (!a->args) return false;
  a->origin = newref(origin);
  a->parameters = nullptr;
  a->weaklist = nullptr;
  a->starred = false;
  a->vectorcall = vectorcall_function_of(origin) ? ga_vectorcall : nullptr;
  return true;
}

// Sets __orig_class__ on what calling the alias made, when it allows that.
Object* set_orig_class(Object* obj, Object* self) {
  if (obj && set_attr(obj, ID(dunder_orig_class), self) < 0) {
    if (!error_matches(&exc::AttributeError) && !error_matches(&exc::TypeError)) {
      decref(obj);
      return nullptr;
    }
    clear_error();
  }
  return obj;
}

Object* ga_vectorcall(Object* self, Object* const* args, size_t nargsf, Object* kwnames) {
  Object* origin = as_alias(self)->origin;
  Object* obj = vectorcall_function_of(origin)(origin, args, nargsf, kwnames);
  return set_orig_class(obj, self);
}

Object* ga_call(Object* self, Object* args, Object* kwds) {
  Object* obj = call(as_alias(self)->origin, args, kwds);
  return set_orig_class(obj, self);
}

void ga_dealloc(Object* self) {
  gc_untrack(self);
  clear_weakrefs_if_any(self);
  GenericAliasObject* a = as_alias(self);
  xdecref(a->origin);
  xdecref(a->args);
  xdecref(a->parameters);
  free_object(self);
}

int ga_traverse(Object* self, visitproc visit, void* arg) {
  GenericAliasObject* a = as_alias(self);
  GLASSPY_VISIT(a->origin);
  GLASSPY_VISIT(a->args);
  GLASSPY_VISIT(a->parameters);
  return 0;
}

Object* ga_repr(Object* self) {
  GenericAliasObject* a = as_alias(self);
  StrBuilder out;
  if (a->starred) out.append_char('*');
  if (!append_type_repr(out, a->origin)) return nullptr;
  out.append_char('[');
  const ssize n = tuple_size(a->args);
  for (ssize i = 0; i < n; ++i) {
    if (i) out.append_ascii(", ");
    if (!append_type_repr(out, tuple_item(a->args, i))) return nullptr;
  }
  if (n == 0) out.append_ascii("()");  // tuple[()]
  out.append_char(']');
  return out.finish();
}

bool ensure_parameters(GenericAliasObject* a) {
  if (!a->parameters) a->parameters = make_type_parameters(a->args);
  return a->parameters != nullptr;
}

Object* ga_getitem(Object* self, Object* item) {
  GenericAliasObject* a = as_alias(self);
  if (!ensure_parameters(a)) return nullptr;
  Object* newargs = substitute_type_parameters(self, a->args, a->parameters, item);
  if (!newargs) return nullptr;
  Object* r = generic_alias_new(a->origin, newargs);
  decref(newargs);
  if (r) as_alias(r)->starred = a->starred;
  return r;
}

hash_t ga_hash(Object* self) {
  hash_t h0 = object_hash(as_alias(self)->origin);
  if (h0 == -1) return -1;
  hash_t h1 = object_hash(as_alias(self)->args);
  if (h1 == -1) return -1;
  return h0 ^ h1;
}

// Attributes of the alias itself; every other name comes from the origin.
constexpr const char* kOwnAttributes[] = {
    "__class__",      "__origin__",      "__args__",   "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__",
    "__deepcopy__",
};

Object* ga_getattro(Object* self, Object* name) {
  if (is_str(name)) {
    bool own = false;
    for (const char* a : kOwnAttributes) {
      if (str_equal_cstr(name, a)) {
        own = true;
        break;
      }
    }
    if (!own) return get_attr(as_alias(self)->origin, name);
  }
  return generic_getattr(self, name);
}

Object* ga_richcompare(Object* a, Object* b, int op) {
  if (!is_generic_alias(b) || (op != kEQ && op != kNE)) return newref(NotImplemented);
  if (op == kNE) {
    Object* eq = ga_richcompare(a, b, kEQ);
    if (!eq) return nullptr;
    bool is_true = eq == True;
    decref(eq);
    return bool_from(!is_true);
  }
  GenericAliasObject* x = as_alias(a);
  GenericAliasObject* y = as_alias(b);
  if (x->starred != y->starred) return newref(False);
  int eq = rich_compare_bool(x->origin, y->origin, kEQ);
  if (eq < 0) return nullptr;
  if (!eq) return newref(False);
  return rich_compare(x->args, y->args, kEQ);
}

Object* ga_mro_entries(Object* self, Object*) { return tuple_pack({as_alias(self)->origin}); }

Object* ga_instancecheck(Object*, Object*) {
  set_error(&exc::TypeError, "isinstance() argument 2 cannot be a parameterized generic");
  return nullptr;
}

Object* ga_subclasscheck(Object*, Object*) {
  set_error(&exc::TypeError, "issubclass() argument 2 cannot be a parameterized generic");
  return nullptr;
}

// A builtins function (iter, next) for __reduce__ results.
Object* builtin_named(Object* name) {
  if (!import_module_hook) return format_error(&exc::ImportError, "No module named 'builtins'");
  Object* builtins = import_module_hook("builtins");
  if (!builtins) return nullptr;
  Object* f = get_attr(builtins, name);
  decref(builtins);
  return f;
}

Object* ga_reduce(Object* self) {
  GenericAliasObject* a = as_alias(self);
  if (a->starred) {
    // *tuple[int] pickles as next(iter(tuple[int])).
    Object* plain = generic_alias_new(a->origin, a->args);
    Object* it = plain ? get_iter(plain) : nullptr;
    xdecref(plain);
    if (!it) return nullptr;
    Object* next = builtin_named(ID(next));
    Object* args = next ? tuple_pack({it}) : nullptr;
    Object* r = args ? tuple_pack({next, args}) : nullptr;
    xdecref(next);
    xdecref(args);
    decref(it);
    return r;
  }
  Object* args = tuple_pack({a->origin, a->args});
  if (!args) return nullptr;
  Object* r = tuple_pack({self->type, args});
  decref(args);
  return r;
}

Object* ga_dir(Object* self) {
  Object* dir = object_dir(as_alias(self)->origin);
  if (!dir) return nullptr;
  for (const char* a : kOwnAttributes) {
    Object* entry = str_from_cstr(a);
    int contains = entry ? sequence_contains(dir, entry) : -1;
    if (contains == 0 && list_append(dir, entry) < 0) contains = -1;
    xdecref(entry);
    if (contains < 0) {
      decref(dir);
      return nullptr;
    }
  }
  return dir;
}

Object* ga_parameters(Object* self, void*) {
  if (!ensure_parameters(as_alias(self))) return nullptr;
  return newref(as_alias(self)->parameters);
}

Object* ga_unpacked_tuple_args(Object* self, void*) {
  GenericAliasObject* a = as_alias(self);
  if (a->starred && a->origin == &TupleType) return newref(a->args);
  return newref(None);
}

Object* ga_new(Type* type, Object* args, Object* kwds) {
  if (!check_no_kwargs("GenericAlias", kwds)) return nullptr;
  if (!check_positional("GenericAlias", tuple_size(args), 2, 2)) return nullptr;
  Object* self = type_generic_alloc(type, 0);
  if (!self) return nullptr;
  if (!setup_alias(as_alias(self), tuple_item(args, 0), tuple_item(args, 1))) {
    decref(self);
    return nullptr;
  }
  return self;
}

// iter(alias) yields the starred alias once (for *tuple[int]).
struct GenericAliasIterObject : Object {
  Object* obj;  // null once exhausted
};

Object* ga_iter(Object* self) {
  Object* it = allocate_object(&GenericAliasIterType, sizeof(GenericAliasIterObject));
  if (!it) return nullptr;
  static_cast<GenericAliasIterObject*>(it)->obj = newref(self);
  gc_track(it);
  return it;
}

Object* ga_iter_next(Object* self) {
  GenericAliasIterObject* it = static_cast<GenericAliasIterObject*>(self);
  if (!it->obj) return nullptr;  // exhausted
  GenericAliasObject* a = as_alias(it->obj);
  Object* starred = generic_alias_new(a->origin, a->args);
  if (!starred) return nullptr;
  as_alias(starred)->starred = true;
  clear_ref(it->obj);
  return starred;
}

void ga_iter_dealloc(Object* self) {
  gc_untrack(self);
  xdecref(static_cast<GenericAliasIterObject*>(self)->obj);
  free_object(self);
}

int ga_iter_traverse(Object* self, visitproc visit, void* arg) {
  GLASSPY_VISIT(static_cast<GenericAliasIterObject*>(self)->obj);
  return 0;
}

int ga_iter_clear(Object* self) {
  clear_ref(static_cast<GenericAliasIterObject*>(self)->obj);
  return 0;
}

Object* ga_iter_reduce(Object* self) {
  Object* iter = builtin_named(ID(iter));
  if (!iter) return nullptr;
  Object* obj = static_cast<GenericAliasIterObject*>(self)->obj;
  Object* args = tuple_pack({obj ? obj : None});
  Object* r = args ? tuple_pack({iter, args}) : nullptr;
  xdecref(args);
  decref(iter);
  return r;
}

Object* iter_self(Object* self) { return newref(self); }

MethodDef ga_iter_methods[] = {
    {"__reduce__", ga_iter_reduce},
    {},
};

MethodDef ga_methods[] = {
    {"__mro_entries__", ga_mro_entries},
    {"__instancecheck__", ga_instancecheck},
    {"__subclasscheck__", ga_subclasscheck},
    {"__reduce__", ga_reduce},
    {"__dir__", ga_dir},
    {},
};

MemberDef ga_members[] = {
    {"__origin__", MemberType::kObject, offsetof(GenericAliasObject, origin), true},
    {"__args__", MemberType::kObject, offsetof(GenericAliasObject, args), true},
    {"__unpacked__", MemberType::kBool, offsetof(GenericAliasObject, starred), true},
    {},
};

GetSetDef ga_getset[] = {
    {"__parameters__", ga_parameters, nullptr, "Type variables in the GenericAlias."},
    {"__typing_unpacked_tuple_args__", ga_unpacked_tuple_args},
    {},
};

NumberMethods ga_as_number = {
    .nb_or = union_type_or,
};

MappingMethods ga_as_mapping = {
    .mp_subscript = ga_getitem,
};

}  // namespace

Object* generic_alias_new(Object* origin, Object* args) {
  Object* self = type_generic_alloc(&GenericAliasType, 0);
  if (!self) return nullptr;
  if (!setup_alias(as_alias(self), origin, args)) {
    decref(self);
    return nullptr;
  }
  return self;
}

Type GenericAliasType{{
    .name = "types.GenericAlias",
    .basicsize = sizeof(GenericAliasObject),
    .dealloc = ga_dealloc,
    .vectorcall_offset = offsetof(GenericAliasObject, vectorcall),
    .repr = ga_repr,
    .as_number = &ga_as_number,
    .as_mapping = &ga_as_mapping,
    .hash = ga_hash,
    .call = ga_call,
    .getattro = ga_getattro,
    .flags = tpflags::kHaveGC | tpflags::kBaseType | tpflags::kHaveVectorcall,
    .doc = "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).",
    .traverse = ga_traverse,
    .richcompare = ga_richcompare,
    .weaklistoffset = offsetof(GenericAliasObject, weaklist),
    .iter = ga_iter,
    .methods = ga_methods,
    .members = ga_members,
    .getset = ga_getset,
    .new_ = ga_new,
}};

Type GenericAliasIterType{{
    .name = "generic_alias_iterator",
    .basicsize = sizeof(GenericAliasIterObject),
    .dealloc = ga_iter_dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .traverse = ga_iter_traverse,
    .clear = ga_iter_clear,
    .iter = iter_self,
    .iternext = ga_iter_next,
    .methods = ga_iter_methods,
}};

}  // namespace glasspy
