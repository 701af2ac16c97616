// The `atexit` module (see atexit_module.h).
//
// The registry is a list of (function, args, kwargs) slots in registration
// order.  unregister() empties slots instead of removing them, so the count
// _ncallbacks() reports (CPython's) includes emptied slots until the next
// run or _clear().
#include "modules/atexit_module.h"

#include <vector>

#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/module_object.h"
#include "vm/unraisable.h"

namespace glasspy {

namespace {

struct ExitCallback {
  Object* func;    // counted; null once unregistered
  Object* args;    // counted tuple
  Object* kwargs;  // counted dict, or null
};

std::vector<ExitCallback>& callbacks() {
  static std::vector<ExitCallback> list;
  return list;
}

void release(ExitCallback cb) {
  xdecref(cb.func);
  xdecref(cb.args);
  xdecref(cb.kwargs);
}

// Empties the slot first: releasing may run code that registers more.
void clear_slot(size_t i) {
  ExitCallback cb = callbacks()[i];
  callbacks()[i] = ExitCallback{nullptr, nullptr, nullptr};
  release(cb);
}

void clear_all() {
  std::vector<ExitCallback> old;
  old.swap(callbacks());
  for (const ExitCallback& cb : old) release(cb);
}

Object* atexit_register(Object*, Object* args, Object* kwargs) {
  ssize nargs = tuple_size(args);
  if (nargs == 0) return format_error(&exc::TypeError, "register() takes at least 1 argument (0 given)");
  Object* func = tuple_item(args, 0);
  if (!is_callable(func)) {
    set_error(&exc::TypeError, "the first argument must be callable");
    return nullptr;
  }
  Object* rest = tuple_get_slice(args, 1, nargs);
  if (!rest) return nullptr;
  callbacks().push_back(ExitCallback{newref(func), rest, kwargs && dict_size(kwargs) ? newref(kwargs) : nullptr});
  return newref(func);
}

// Removes every registration of a function equal to func.
Object* atexit_unregister(Object*, Object* func) {
  for (size_t i = 0; i < callbacks().size(); ++i) {
    Object* f = callbacks()[i].func;
    if (!f) continue;
    ObjRef hold = ObjRef::borrow(f);
    int eq = rich_compare_bool(f, func, kEQ);
    if (eq < 0) return nullptr;
    if (eq && i < callbacks().size() && callbacks()[i].func == f) clear_slot(i);
  }
  return newref(None);
}

Object* atexit_run_exitfuncs(Object*) {
  atexit_run_exit_functions();
  return newref(None);
}

Object* atexit_clear(Object*) {
  clear_all();
  return newref(None);
}

Object* atexit_ncallbacks(Object*) { return int_from_i64(static_cast<int64_t>(callbacks().size())); }

MethodDef atexit_functions[] = {
    MethodDef("register", static_cast<VarargsKeywordsMethod>(atexit_register),
              "register(func, *args, **kwargs) -> func\n\n"
              "Register a function to be executed upon normal program termination\n\n"
              "    func - function to be called at exit\n"
              "    args - optional arguments to pass to func\n"
              "    kwargs - optional keyword arguments to pass to func\n\n"
              "    func is returned to facilitate usage as a decorator."),
    MethodDef("unregister", static_cast<OneArgMethod>(atexit_unregister),
              "unregister(func) -> None\n\n"
              "Unregister an exit function which was previously registered using\n"
              "atexit.register\n\n"
              "    func - function to be unregistered"),
    MethodDef("_run_exitfuncs", static_cast<NoArgsMethod>(atexit_run_exitfuncs),
              "_run_exitfuncs() -> None\n\nRun all registered exit functions.\n\n"
              "If a callback raises an exception, it is logged with sys.unraisablehook."),
    MethodDef("_clear", static_cast<NoArgsMethod>(atexit_clear),
              "_clear() -> None\n\nClear the list of previously registered exit functions."),
    MethodDef("_ncallbacks", static_cast<NoArgsMethod>(atexit_ncallbacks),
              "_ncallbacks() -> int\n\nReturn the number of registered exit functions."),
    {},
};

}  // namespace

void atexit_run_exit_functions() {
  // Only the functions registered before the run are called.
  for (size_t i = callbacks().size(); i-- > 0;) {
    if (i >= callbacks().size()) continue;
    ExitCallback cb = callbacks()[i];
    if (!cb.func) continue;
    ObjRef func = ObjRef::borrow(cb.func);
    ObjRef args = ObjRef::borrow(cb.args);
    ObjRef kwargs = ObjRef::borrow(cb.kwargs);
    Object* r = call(func.get(), args.get(), kwargs.get());
    if (r) decref(r);
    else write_unraisable_message("in atexit callback", func.get());
  }
  clear_all();
}

Object* atexit_module_create() {
  Object* m = module_new_cstr("atexit");
  if (!m) return nullptr;
  as_module(m)->md_builtin = true;
  Object* doc = str_from_cstr(
      "allow programmer to define multiple exit functions to be executed\n"
      "upon normal program termination.\n\n"
      "Two public functions, register and unregister, are defined.\n");
  bool ok = doc && dict_set_item_cstr(module_dict(m), "__doc__", doc) == 0 &&
            module_add_functions(m, atexit_functions) == 0;
  xdecref(doc);
  if (!ok) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace glasspy
