// functools.partial: a callable that calls `func` with stored positional
// and keyword arguments ahead of the call's own.
//
// A partial of a plain partial (one with no instance attributes) is
// flattened at construction, so partial(partial(f, 1), 2) calls f(1, 2)
// directly.  Calls go through vectorcall: with no stored keywords the
// stored arguments are put in front of the call's in one array (no tuple,
// no dict); otherwise the keywords are merged into a fresh dict (the call's
// win).
#include <vector>

#include "modules/functools_module.h"
#include "modules/native_type_support.h"
#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/genericalias.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/thread_state.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

namespace {

struct PartialObject : Object {
  Object* fn;
  Object* args;  // tuple
  Object* kw;    // dict
  Object* dict;  // __dict__ (null until used)
  vectorcallfunc vectorcall;
};
using PartialFields =
    ObjectFields<PartialObject, &PartialObject::fn, &PartialObject::args, &PartialObject::kw, &PartialObject::dict>;
PartialObject* as_partial(Object* o) { return static_cast<PartialObject*>(o); }

Object* partial_vectorcall(Object* self, Object* const* args, size_t nargsf, Object* kwnames);

Object* partial_new(Type* type, Object* args, Object* kwds) {
  ssize n = tuple_size(args);
  if (n < 1) {
    set_error(&exc::TypeError, "type 'partial' takes at least one argument");
    return nullptr;
  }
  Object* func = tuple_item(args, 0);
  Object* stored_args = nullptr;
  Object* stored_kw = nullptr;
  // Flatten a partial of a partial, unless the inner one carries attributes
  // of its own.
  if (func->type->call == PartialType.call && is_instance_of(func, &PartialType)) {
    PartialObject* inner = as_partial(func);
    if (!inner->dict || dict_size(inner->dict) == 0) {
      stored_args = inner->args;
      stored_kw = inner->kw;
      func = inner->fn;
    }
  }
  if (!is_callable(func)) {
    set_error(&exc::TypeError, "the first argument must be callable");
    return nullptr;
  }
  ObjRef new_args = ObjRef::steal(tuple_get_slice(args, 1, n));
  if (!new_args) return nullptr;
  ObjRef all_args;
  if (stored_args && tuple_size(stored_args) > 0) {
    all_args = ObjRef::steal(number_add(stored_args, new_args.get()));
    if (!all_args) return nullptr;
  } else {
    all_args = std::move(new_args);
  }
  ObjRef kw = ObjRef::steal(stored_kw ? dict_copy(stored_kw) : dict_new());
  if (!kw) return nullptr;
  if (kwds && dict_update(kw.get(), kwds) < 0) return nullptr;
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  PartialObject* p = as_partial(o);
  p->fn = newref(func);
  p->args = all_args.release();
  p->kw = kw.release();
  p->vectorcall = partial_vectorcall;
  return o;
}

// The call with a tuple and a dict, for stored keywords.
Object* partial_call_merged(PartialObject* p, Object* const* args, ssize nargs, Object* kwnames) {
  ObjRef call_args = ObjRef::steal(tuple_new(tuple_size(p->args) + nargs));
  if (!call_args) return nullptr;
  ssize k = 0;
  for (ssize i = 0; i < tuple_size(p->args); ++i) tuple_set_item(call_args.get(), k++, newref(tuple_item(p->args, i)));
  for (ssize i = 0; i < nargs; ++i) tuple_set_item(call_args.get(), k++, newref(args[i]));
  ObjRef kwargs = ObjRef::steal(dict_copy(p->kw));
  if (!kwargs) return nullptr;
  if (kwnames) {
    for (ssize i = 0; i < tuple_size(kwnames); ++i) {
      if (dict_set_item(kwargs.get(), tuple_item(kwnames, i), args[nargs + i]) < 0) return nullptr;
    }
  }
  return call(p->fn, call_args.get(), kwargs.get());
}

Object* partial_vectorcall(Object* self, Object* const* args, size_t nargsf, Object* kwnames) {
  PartialObject* p = as_partial(self);
  ssize nargs = vectorcall_nargs(nargsf);
  if (dict_size(p->kw) > 0) return partial_call_merged(p, args, nargs, kwnames);
  ssize nstored = tuple_size(p->args);
  if (nstored == 0) return vectorcall(p->fn, args, nargsf, kwnames);
  ssize nkw = kwnames ? tuple_size(kwnames) : 0;
  ssize total = nstored + nargs + nkw;
  Object* small[16];
  std::vector<Object*> large;
  Object** stack = small;
  if (total + 1 > 16) {
    large.resize(static_cast<size_t>(total + 1));
    stack = large.data();
  }
  for (ssize i = 0; i < nstored; ++i) stack[1 + i] = tuple_item(p->args, i);
  for (ssize i = 0; i < nargs + nkw; ++i) stack[1 + nstored + i] = args[i];
  return vectorcall(p->fn, stack + 1, static_cast<size_t>(nstored + nargs) | kVectorcallArgumentsOffset, kwnames);
}

Object* partial_repr(Object* self) {
  int entered = repr_enter(self);
  if (entered != 0) return entered > 0 ? str_from_cstr("...") : nullptr;
  PartialObject* p = as_partial(self);
  // Held while the reprs run: they may change the partial.
  ObjRef fn = ObjRef::borrow(p->fn);
  ObjRef args = ObjRef::borrow(p->args);
  ObjRef kw = ObjRef::borrow(p->kw);
  StrBuilder out;
  out.append_utf8(type_name(self->type));
  out.append_char('(');
  bool ok = true;
  auto append_repr = [&](Object* value) {
    Object* r = object_repr(value);
    if (!r) return false;
    out.append_str(r);
    decref(r);
    return true;
  };
  ok = append_repr(fn.get());
  for (ssize i = 0; ok && i < tuple_size(args.get()); ++i) {
    out.append_ascii(", ");
    ok = append_repr(tuple_item(args.get(), i));
  }
  ssize pos = 0;
  Object* key;
  Object* value;
  while (ok && dict_next(kw.get(), &pos, &key, &value)) {
    out.append_ascii(", ");
    Object* key_str = object_str(key);
    if (!key_str) {
      ok = false;
      break;
    }
    out.append_str(key_str);
    decref(key_str);
    out.append_char('=');
    ok = append_repr(value);
  }
  repr_leave(self);
  if (!ok) return nullptr;
  out.append_char(')');
  return out.finish();
}

Object* partial_reduce(Object* self) {
  PartialObject* p = as_partial(self);
  return tuple_steal({newref(static_cast<Object*>(self->type)), tuple_pack({p->fn}),
                      tuple_pack({p->fn, p->args, p->kw, p->dict ? p->dict : None})});
}

Object* partial_setstate(Object* self, Object* state) {
  bool valid = is_tuple(state) && tuple_size(state) == 4;
  Object *fn = nullptr, *args = nullptr, *kw = nullptr, *dict = nullptr;
  if (valid) {
    fn = tuple_item(state, 0);
    args = tuple_item(state, 1);
    kw = tuple_item(state, 2);
    dict = tuple_item(state, 3);
    valid = is_callable(fn) && is_tuple(args) && (kw == None || is_dict(kw));
  }
  if (!valid) {
    set_error(&exc::TypeError, "invalid partial state");
    return nullptr;
  }
  ObjRef new_args = ObjRef::steal(is_tuple_exact(args) ? newref(args) : tuple_from_array(tuple_items(args), tuple_size(args)));
  if (!new_args) return nullptr;
  ObjRef new_kw = ObjRef::steal(kw == None ? dict_new() : is_dict_exact(kw) ? newref(kw) : dict_copy(kw));
  if (!new_kw) return nullptr;
  PartialObject* p = as_partial(self);
  setref(p->fn, newref(fn));
  setref(p->args, new_args.release());
  setref(p->kw, new_kw.release());
  if (dict == None) {
    clear_ref(p->dict);
  } else {
    setref(p->dict, newref(dict));
  }
  return newref(None);
}

MethodDef partial_methods[] = {
    MethodDef("__reduce__", static_cast<NoArgsMethod>(partial_reduce), "How to rebuild the partial (copy, pickle)."),
    MethodDef("__setstate__", static_cast<OneArgMethod>(partial_setstate), "Restores a pickled partial."),
    MethodDef("__class_getitem__", static_cast<OneArgMethod>(generic_alias_new), "See PEP 585", Binding::kClass),
    {},
};

MemberDef partial_members[] = {
    {"func", MemberType::kObject, offsetof(PartialObject, fn), true, "The function the partial calls."},
    {"args", MemberType::kObject, offsetof(PartialObject, args), true, "The positional arguments put before the call's."},
    {"keywords", MemberType::kObject, offsetof(PartialObject, kw), true,
     "The keyword arguments added to the call's."},
    {},
};

GetSetDef partial_getset[] = {
    {"__dict__", instance_dict_get, instance_dict_set, nullptr},
    {},
};

}  // namespace

Type PartialType{{
    .name = "functools.partial",
    .basicsize = sizeof(PartialObject),
    .dealloc = PartialFields::dealloc,
    .vectorcall_offset = offsetof(PartialObject, vectorcall),
    .repr = partial_repr,
    .call = vectorcall_with_tuple,
    .getattro = generic_getattr,
    .setattro = generic_setattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType | tpflags::kHaveVectorcall,
    .doc = "partial(func, *args, **keywords): a new function that calls func with the given arguments\n"
           "first, followed by those of the call (whose keywords take precedence).",
    .traverse = PartialFields::traverse,
    .clear = PartialFields::clear,
    .methods = partial_methods,
    .members = partial_members,
    .getset = partial_getset,
    .dictoffset = offsetof(PartialObject, dict),
    .new_ = partial_new,
}};

}  // namespace glasspy
