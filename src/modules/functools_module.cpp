// The `_functools` module: partial (functools_partial.cpp),
// _lru_cache_wrapper (functools_lru_cache.cpp), and here reduce and
// cmp_to_key with its KeyWrapper objects.
#include "modules/functools_module.h"

#include "modules/native_type_support.h"
#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/module_object.h"

namespace glasspy {

namespace {

// ---- reduce --------------------------------------------------------------------------------

// METH_VARARGS in CPython, hence its unqualified "reduce()" in messages.
Object* functools_reduce(Object*, Object* args_tuple, Object* kwargs) {
  if (!check_no_kwargs("reduce", kwargs)) return nullptr;
  Object* const* args = tuple_items(args_tuple);
  ssize nargs = tuple_size(args_tuple);
  if (!check_positional("reduce", nargs, 2, 3)) return nullptr;
  Object* function = args[0];
  ObjRef it = ObjRef::steal(get_iter(args[1]));
  if (!it) {
    if (error_matches(&exc::TypeError)) {
      clear_error();
      set_error(&exc::TypeError, "reduce() arg 2 must support iteration");
    }
    return nullptr;
  }
  ObjRef result = ObjRef::borrow(nargs == 3 ? args[2] : nullptr);
  for (;;) {
    ObjRef item = ObjRef::steal(iter_next(it.get()));
    if (!item) break;
    if (!result) {
      result = std::move(item);
      continue;
    }
    result = ObjRef::steal(call_function(function, result.get(), item.get()));
    if (!result) return nullptr;
  }
  if (error_occurred()) return nullptr;
  if (!result) {
    set_error(&exc::TypeError, "reduce() of empty iterable with no initial value");
    return nullptr;
  }
  return result.release();
}

// ---- cmp_to_key ----------------------------------------------------------------------------

// cmp_to_key(mycmp) returns a KeyWrapper; calling it wraps one object in a
// new KeyWrapper whose comparisons call mycmp.
struct KeyObject : Object {
  Object* cmp;
  Object* object;  // null for the factory returned by cmp_to_key
  vectorcallfunc vectorcall;
};
using KeyFields = ObjectFields<KeyObject, &KeyObject::cmp, &KeyObject::object>;
KeyObject* as_key(Object* o) { return static_cast<KeyObject*>(o); }

Object* key_make(Object* cmp, Object* object);

Object* key_vectorcall(Object* self, Object* const* args, size_t nargsf, Object* kwnames) {
  static const ArgParser parser{"K", {"obj"}, 1, 1};
  Object* obj;
  if (!parse_args(parser, args, vectorcall_nargs(nargsf), kwnames, &obj)) return nullptr;
  return key_make(as_key(self)->cmp, obj);
}

Object* key_make(Object* cmp, Object* object) {
  Object* o = type_generic_alloc(&KeyWrapperType, 0);
  if (!o) return nullptr;
  as_key(o)->cmp = newref(cmp);
  as_key(o)->object = xnewref(object);
  as_key(o)->vectorcall = key_vectorcall;
  return o;
}

Object* key_richcompare(Object* self, Object* other, int op) {
  if (other->type != &KeyWrapperType) {
    set_error(&exc::TypeError, "other argument must be K instance");
    return nullptr;
  }
  Object* a = as_key(self)->object;
  Object* b = as_key(other)->object;
  if (!a || !b) {
    set_error(&exc::AttributeError, "object");
    return nullptr;
  }
  ObjRef verdict = ObjRef::steal(call_function(as_key(self)->cmp, a, b));
  if (!verdict) return nullptr;
  return rich_compare(verdict.get(), small_int(0), op);
}

Object* functools_cmp_to_key(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgParser parser{"cmp_to_key", {"mycmp"}, 1, 1};
  Object* cmp;
  if (!parse_args(parser, args, nargs, kwnames, &cmp)) return nullptr;
  return key_make(cmp, nullptr);
}

MemberDef key_members[] = {
    {"obj", MemberType::kObject, offsetof(KeyObject, object), false, "The wrapped object."},
    {},
};

MethodDef functools_functions[] = {
    MethodDef("reduce", static_cast<VarargsKeywordsMethod>(functools_reduce),
              "reduce(function, iterable[, initial]): folds the iterable from the left with a function of two\n"
              "arguments: reduce(f, [a, b, c]) is f(f(a, b), c); initial, when given, goes first."),
    MethodDef("cmp_to_key", static_cast<FastKeywordsMethod>(functools_cmp_to_key),
              "Turns an old-style comparison function (negative, zero or positive) into a key function."),
    {},
};

}  // namespace

Type KeyWrapperType{{
    .name = "functools.KeyWrapper",
    .basicsize = sizeof(KeyObject),
    .dealloc = KeyFields::dealloc,
    .vectorcall_offset = offsetof(KeyObject, vectorcall),
    .hash = hash_not_implemented,
    .call = vectorcall_with_tuple,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kHaveVectorcall,
    .traverse = KeyFields::traverse,
    .clear = KeyFields::clear,
    .richcompare = key_richcompare,
    .members = key_members,
}};

Object* functools_module_create() {
  Type* types[] = {&PartialType, &LruCacheWrapperType, &KeyWrapperType};
  for (Type* t : types) {
    if (type_ready(t) < 0) return nullptr;
  }
  if (lru_cache_types_ready() < 0) return nullptr;
  Object* m = module_new_cstr("_functools");
  if (!m) return nullptr;
  as_module(m)->md_builtin = true;
  Object* doc = str_from_cstr("The native parts of functools: partial, reduce, cmp_to_key and the lru_cache wrapper.");
  int ok = doc ? module_add_object(m, "__doc__", doc) : -1;
  xdecref(doc);
  if (ok < 0 || module_add_functions(m, functools_functions) < 0 ||
      module_add_object(m, "partial", static_cast<Object*>(&PartialType)) < 0 ||
      module_add_object(m, "_lru_cache_wrapper", static_cast<Object*>(&LruCacheWrapperType)) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace glasspy
