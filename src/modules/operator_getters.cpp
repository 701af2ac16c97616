// operator.itemgetter, attrgetter and methodcaller: callables that fetch
// from their argument what they were built with.
//
// All three are called through vectorcall (no argument tuple per call: they
// are the usual `key=` of sorted and max).  attrgetter splits dotted names
// once, at construction, into tuples of interned names.  Their reprs guard
// against recursion (an itemgetter holding itself shows as "...").
#include "modules/native_type_support.h"
#include "modules/operator_module.h"
#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/thread_state.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/import.h"

namespace glasspy {

namespace {

Object* type_ref(Object* o) { return newref(static_cast<Object*>(o->type)); }

// The argument check of the three getters' calls.
bool check_single_argument(const char* name, Object* const* args, size_t nargsf, Object* kwnames) {
  if (!check_no_kwnames(name, kwnames)) return false;
  return check_positional(name, vectorcall_nargs(nargsf), 1, 1);
}

// "operator.itemgetter(1, 'a')": `parts` (a tuple) shown by repr_part, or
// "operator.itemgetter(...)" when the repr is already being computed.
template <class ReprPart>
Object* getter_repr(Object* self, Object* parts, ReprPart repr_part) {
  int entered = repr_enter(self);
  if (entered != 0) return entered > 0 ? str_from_format("%s(...)", type_name(self->type)) : nullptr;
  StrBuilder out;
  out.append_utf8(type_name(self->type));
  out.append_char('(');
  bool ok = true;
  for (ssize i = 0; i < tuple_size(parts) && ok; ++i) {
    if (i) out.append_ascii(", ");
    Object* r = repr_part(tuple_item(parts, i));
    if (!r) {
      ok = false;
      break;
    }
    out.append_str(r);
    decref(r);
  }
  repr_leave(self);
  if (!ok) return nullptr;
  out.append_char(')');
  return out.finish();
}

// ---- itemgetter --------------------------------------------------------------------------

struct ItemgetterObject : Object {
  Object* items;  // tuple
  vectorcallfunc vectorcall;
};
using ItemgetterFields = ObjectFields<ItemgetterObject, &ItemgetterObject::items>;
ItemgetterObject* as_itemgetter(Object* o) { return static_cast<ItemgetterObject*>(o); }

Object* itemgetter_vectorcall(Object* self, Object* const* args, size_t nargsf, Object* kwnames) {
  if (!check_single_argument("itemgetter", args, nargsf, kwnames)) return nullptr;
  Object* items = as_itemgetter(self)->items;
  Object* obj = args[0];
  ssize n = tuple_size(items);
  if (n == 1) return get_item(obj, tuple_item(items, 0));
  Object* result = tuple_new(n);
  if (!result) return nullptr;
  for (ssize i = 0; i < n; ++i) {
    Object* item = get_item(obj, tuple_item(items, i));
    if (!item) {
      for (ssize j = i; j < n; ++j) tuple_set_item(result, j, newref(None));
      decref(result);
      return nullptr;
    }
    tuple_set_item(result, i, item);
  }
  return result;
}

Object* itemgetter_new(Type* type, Object* args, Object* kwds) {
  if (!check_no_kwargs("itemgetter", kwds)) return nullptr;
  if (tuple_size(args) < 1) return format_error(&exc::TypeError, "itemgetter expected 1 argument, got 0");
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  as_itemgetter(o)->items = newref(args);
  as_itemgetter(o)->vectorcall = itemgetter_vectorcall;
  return o;
}

Object* itemgetter_repr(Object* self) { return getter_repr(self, as_itemgetter(self)->items, object_repr); }

Object* itemgetter_reduce(Object* self) { return tuple_steal({type_ref(self), newref(as_itemgetter(self)->items)}); }

MethodDef itemgetter_methods[] = {
    MethodDef("__reduce__", static_cast<NoArgsMethod>(itemgetter_reduce), "How to rebuild the getter (copy, pickle)."),
    {},
};

// ---- attrgetter --------------------------------------------------------------------------

struct AttrgetterObject : Object {
  Object* attrs;  // tuple: an interned name, or a tuple of them for a dotted one
  vectorcallfunc vectorcall;
};
using AttrgetterFields = ObjectFields<AttrgetterObject, &AttrgetterObject::attrs>;
AttrgetterObject* as_attrgetter(Object* o) { return static_cast<AttrgetterObject*>(o); }

// "a.b.c" -> ("a", "b", "c") interned; "a" -> "a" interned.
Object* split_dotted_name(Object* name) {
  ssize n = str_length(name);
  ssize dots = 0;
  for (ssize i = 0; i < n; ++i) dots += str_char_at(name, i) == '.';
  if (dots == 0) {
    Object* interned = newref(name);
    str_intern_in_place(&interned);
    return interned;
  }
  Object* parts = tuple_new(dots + 1);
  if (!parts) return nullptr;
  ssize start = 0, k = 0;
  for (ssize i = 0; i <= n; ++i) {
    if (i < n && str_char_at(name, i) != '.') continue;
    Object* part = str_substring(name, start, i);
    if (!part) {
      for (ssize j = k; j <= dots; ++j) tuple_set_item(parts, j, newref(None));
      decref(parts);
      return nullptr;
    }
    str_intern_in_place(&part);
    tuple_set_item(parts, k++, part);
    start = i + 1;
  }
  return parts;
}

Object* resolve_attr(Object* obj, Object* attr) {
  if (!is_tuple(attr)) return get_attr(obj, attr);
  Object* current = newref(obj);
  for (ssize i = 0; i < tuple_size(attr); ++i) {
    Object* next = get_attr(current, tuple_item(attr, i));
    decref(current);
    if (!next) return nullptr;
    current = next;
  }
  return current;
}

Object* attrgetter_vectorcall(Object* self, Object* const* args, size_t nargsf, Object* kwnames) {
  if (!check_single_argument("attrgetter", args, nargsf, kwnames)) return nullptr;
  Object* attrs = as_attrgetter(self)->attrs;
  ssize n = tuple_size(attrs);
  if (n == 1) return resolve_attr(args[0], tuple_item(attrs, 0));
  Object* result = tuple_new(n);
  if (!result) return nullptr;
  for (ssize i = 0; i < n; ++i) {
    Object* value = resolve_attr(args[0], tuple_item(attrs, i));
    if (!value) {
      for (ssize j = i; j < n; ++j) tuple_set_item(result, j, newref(None));
      decref(result);
      return nullptr;
    }
    tuple_set_item(result, i, value);
  }
  return result;
}

Object* attrgetter_new(Type* type, Object* args, Object* kwds) {
  if (!check_no_kwargs("attrgetter", kwds)) return nullptr;
  ssize n = tuple_size(args);
  if (n < 1) return format_error(&exc::TypeError, "attrgetter expected 1 argument, got 0");
  ObjRef attrs = ObjRef::steal(tuple_new(n));
  if (!attrs) return nullptr;
  for (ssize i = 0; i < n; ++i) tuple_set_item(attrs.get(), i, newref(None));
  for (ssize i = 0; i < n; ++i) {
    Object* name = tuple_item(args, i);
    if (!is_str(name)) {
      set_error(&exc::TypeError, "attribute name must be a string");
      return nullptr;
    }
    Object* split = split_dotted_name(name);
    if (!split) return nullptr;
    setref(as_tuple(attrs.get())->items[i], split);
  }
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  as_attrgetter(o)->attrs = attrs.release();
  as_attrgetter(o)->vectorcall = attrgetter_vectorcall;
  return o;
}

// The name as given: a dotted name's parts joined again.
Object* attr_name(Object* attr) {
  if (!is_tuple(attr)) return newref(attr);
  Object* dot = str_from_cstr(".");
  if (!dot) return nullptr;
  Object* joined = str_join(dot, attr);
  decref(dot);
  return joined;
}

Object* attr_name_repr(Object* attr) {
  Object* name = attr_name(attr);
  if (!name) return nullptr;
  Object* r = object_repr(name);
  decref(name);
  return r;
}

Object* attrgetter_repr(Object* self) { return getter_repr(self, as_attrgetter(self)->attrs, attr_name_repr); }

Object* attrgetter_reduce(Object* self) {
  Object* attrs = as_attrgetter(self)->attrs;
  ssize n = tuple_size(attrs);
  Object* names = tuple_new(n);
  if (!names) return nullptr;
  for (ssize i = 0; i < n; ++i) {
    Object* name = attr_name(tuple_item(attrs, i));
    if (!name) {
      for (ssize j = i; j < n; ++j) tuple_set_item(names, j, newref(None));
      decref(names);
      return nullptr;
    }
    tuple_set_item(names, i, name);
  }
  return tuple_steal({type_ref(self), names});
}

MethodDef attrgetter_methods[] = {
    MethodDef("__reduce__", static_cast<NoArgsMethod>(attrgetter_reduce), "How to rebuild the getter (copy, pickle)."),
    {},
};

// ---- methodcaller ------------------------------------------------------------------------

struct MethodcallerObject : Object {
  Object* name;    // interned str
  Object* args;    // tuple
  Object* kwargs;  // dict
  vectorcallfunc vectorcall;
};
using MethodcallerFields = ObjectFields<MethodcallerObject, &MethodcallerObject::name, &MethodcallerObject::args,
                                        &MethodcallerObject::kwargs>;
MethodcallerObject* as_methodcaller(Object* o) { return static_cast<MethodcallerObject*>(o); }

Object* methodcaller_vectorcall(Object* self, Object* const* args, size_t nargsf, Object* kwnames) {
  if (!check_single_argument("methodcaller", args, nargsf, kwnames)) return nullptr;
  MethodcallerObject* mc = as_methodcaller(self);
  ObjRef method = ObjRef::steal(get_attr(args[0], mc->name));
  if (!method) return nullptr;
  return call(method.get(), mc->args, mc->kwargs);
}

Object* methodcaller_new(Type* type, Object* args, Object* kwds) {
  ssize n = tuple_size(args);
  if (n < 1) {
    set_error(&exc::TypeError, "methodcaller needs at least one argument, the method name");
    return nullptr;
  }
  Object* name = tuple_item(args, 0);
  if (!is_str(name)) {
    set_error(&exc::TypeError, "method name must be a string");
    return nullptr;
  }
  ObjRef rest = ObjRef::steal(tuple_get_slice(args, 1, n));
  if (!rest) return nullptr;
  ObjRef kwargs = ObjRef::steal(kwds ? dict_copy(kwds) : dict_new());
  if (!kwargs) return nullptr;
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  MethodcallerObject* mc = as_methodcaller(o);
  mc->name = newref(name);
  str_intern_in_place(&mc->name);
  mc->args = rest.release();
  mc->kwargs = kwargs.release();
  mc->vectorcall = methodcaller_vectorcall;
  return o;
}

Object* methodcaller_repr(Object* self) {
  MethodcallerObject* mc = as_methodcaller(self);
  int entered = repr_enter(self);
  if (entered != 0) return entered > 0 ? str_from_format("%s(...)", type_name(self->type)) : nullptr;
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
  ok = append_repr(mc->name);
  for (ssize i = 0; ok && i < tuple_size(mc->args); ++i) {
    out.append_ascii(", ");
    ok = append_repr(tuple_item(mc->args, i));
  }
  ssize pos = 0;
  Object* key;
  Object* value;
  while (ok && dict_next(mc->kwargs, &pos, &key, &value)) {
    out.append_ascii(", ");
    out.append_str(key);
    out.append_char('=');
    ok = append_repr(value);
  }
  repr_leave(self);
  if (!ok) return nullptr;
  out.append_char(')');
  return out.finish();
}

// Without keywords: methodcaller(name, *args).  With them:
// partial(methodcaller, name, **kwargs) called with args (the constructor
// takes the keywords only through a partial).
Object* methodcaller_reduce(Object* self) {
  MethodcallerObject* mc = as_methodcaller(self);
  if (dict_size(mc->kwargs) == 0) {
    ssize n = tuple_size(mc->args);
    Object* args = tuple_new(n + 1);
    if (!args) return nullptr;
    tuple_set_item(args, 0, newref(mc->name));
    for (ssize i = 0; i < n; ++i) tuple_set_item(args, i + 1, newref(tuple_item(mc->args, i)));
    return tuple_steal({type_ref(self), args});
  }
  ObjRef module_name = ObjRef::steal(str_from_cstr("functools"));
  if (!module_name) return nullptr;
  ObjRef functools = ObjRef::steal(import_module_level(module_name.get(), nullptr, nullptr, nullptr, 0));
  if (!functools) return nullptr;
  ObjRef partial = ObjRef::steal(get_attr_cstr(functools.get(), "partial"));
  if (!partial) return nullptr;
  Object* head[] = {static_cast<Object*>(self->type), mc->name};
  Object* constructor = vectorcall_dict(partial.get(), head, 2, mc->kwargs);
  return tuple_steal({constructor, newref(mc->args)});
}

MethodDef methodcaller_methods[] = {
    MethodDef("__reduce__", static_cast<NoArgsMethod>(methodcaller_reduce), "How to rebuild the caller (copy, pickle)."),
    {},
};

}  // namespace

Type OperatorItemgetterType{{
    .name = "operator.itemgetter",
    .basicsize = sizeof(ItemgetterObject),
    .dealloc = ItemgetterFields::dealloc,
    .vectorcall_offset = offsetof(ItemgetterObject, vectorcall),
    .repr = itemgetter_repr,
    .call = vectorcall_with_tuple,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kHaveVectorcall,
    .doc = "itemgetter(item, ...): a callable returning obj[item] (a tuple of them for several items).",
    .traverse = ItemgetterFields::traverse,
    .methods = itemgetter_methods,
    .new_ = itemgetter_new,
}};

Type OperatorAttrgetterType{{
    .name = "operator.attrgetter",
    .basicsize = sizeof(AttrgetterObject),
    .dealloc = AttrgetterFields::dealloc,
    .vectorcall_offset = offsetof(AttrgetterObject, vectorcall),
    .repr = attrgetter_repr,
    .call = vectorcall_with_tuple,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kHaveVectorcall,
    .doc = "attrgetter(attr, ...): a callable returning obj.attr (dotted names follow each part; a tuple for "
           "several names).",
    .traverse = AttrgetterFields::traverse,
    .methods = attrgetter_methods,
    .new_ = attrgetter_new,
}};

Type OperatorMethodcallerType{{
    .name = "operator.methodcaller",
    .basicsize = sizeof(MethodcallerObject),
    .dealloc = MethodcallerFields::dealloc,
    .vectorcall_offset = offsetof(MethodcallerObject, vectorcall),
    .repr = methodcaller_repr,
    .call = vectorcall_with_tuple,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kHaveVectorcall,
    .doc = "methodcaller(name, /, *args, **kwargs): a callable returning obj.name(*args, **kwargs).",
    .traverse = MethodcallerFields::traverse,
    .methods = methodcaller_methods,
    .new_ = methodcaller_new,
}};

}  // namespace glasspy
