// The `_weakref` module: the weak reference types of the object layer
// (objects/weakref.h) under the names weakref.py imports, proxy(), and the
// introspection helpers getweakrefcount / getweakrefs / _remove_dead_weakref.
#include "modules/weakref_module.h"

#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/weakref.h"
#include "vm/module_object.h"

namespace glasspy {

namespace {

Object* weakref_getweakrefcount(Object*, Object* object) { return int_from_i64(weakref_count(object)); }

// The references in the order the referent keeps them (basic ones first).
Object* weakref_getweakrefs(Object*, Object* object) {
  Object* result = list_new(0);
  if (!result) return nullptr;
  WeakRefObject** list = weakref_list_slot(object);
  for (WeakRefObject* wr = list ? *list : nullptr; wr; wr = wr->wr_next) {
    if (list_append(result, wr) < 0) {
      decref(result);
      return nullptr;
    }
  }
  return result;
}

Object* weakref_proxy(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("proxy", nargs, 1, 2)) return nullptr;
  return weakproxy_new(args[0], nargs > 1 ? args[1] : nullptr);
}

// Deletes dct[key] when it is a dead weak reference.  Meant for callbacks
// of WeakValueDictionary racing with other code: a missing key is fine.
Object* weakref_remove_dead_weakref(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("_remove_dead_weakref", nargs, 2, 2)) return nullptr;
  Object* dct = args[0];
  Object* key = args[1];
  if (!is_dict(dct))
    return format_error(&exc::TypeError, "_remove_dead_weakref() argument 1 must be dict, not %.200s",
                        dct->type->name);
  Object* value = dict_get_item(dct, key);
  if (!value) return error_occurred() ? nullptr : newref(None);
  if (!is_weakref(value)) {
    set_error(&exc::TypeError, "not a weakref");
    return nullptr;
  }
  if (!weakref_get(value) && dict_del_item(dct, key) < 0) {
    if (!error_matches(&exc::KeyError)) return nullptr;
    clear_error();
  }
  return newref(None);
}

MethodDef weakref_module_functions[] = {
    MethodDef("getweakrefcount", static_cast<OneArgMethod>(weakref_getweakrefcount),
              "Return the number of weak references to 'object'."),
    MethodDef("getweakrefs", static_cast<OneArgMethod>(weakref_getweakrefs),
              "Return a list of all weak reference objects pointing to 'object'."),
    MethodDef("_remove_dead_weakref", static_cast<FastMethod>(weakref_remove_dead_weakref),
              "Atomically remove key from dict if it points to a dead weakref."),
    MethodDef("proxy", static_cast<FastMethod>(weakref_proxy),
              "Create a proxy object that weakly references 'object'.\n\n"
              "'callback', if given, is called with a reference to the\n"
              "proxy when 'object' is about to be finalized."),
    {},
};

}  // namespace

Object* weakref_module_create() {
  Object* m = module_new_cstr("_weakref");
  if (!m) return nullptr;
  as_module(m)->md_builtin = true;
  Object* doc = str_from_cstr("Weak-reference support module.");
  bool ok = doc && dict_set_item_cstr(module_dict(m), "__doc__", doc) == 0 &&
            module_add_functions(m, weakref_module_functions) == 0 &&
            module_add_object(m, "ref", &WeakRefType) == 0 &&
            module_add_object(m, "ReferenceType", &WeakRefType) == 0 &&
            module_add_object(m, "ProxyType", &WeakProxyType) == 0 &&
            module_add_object(m, "CallableProxyType", &WeakCallableProxyType) == 0;
  xdecref(doc);
  if (!ok) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace glasspy
