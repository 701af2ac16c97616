// `errno`: the system's error numbers by name, and `errorcode`, the map
// from number back to name (see errno_names.def).
#include "modules/errno_module.h"

#include <cerrno>

#include "objects/dict.h"
#include "objects/int.h"
#include "objects/str.h"
#include "vm/module_object.h"

namespace glasspy {

Object* errno_module_create() {
  Object* m = module_new_cstr("errno");
  if (!m) return nullptr;
  as_module(m)->md_builtin = true;
  Object* errorcode = dict_new();
  if (!errorcode) {
    decref(m);
    return nullptr;
  }
  bool ok = true;
  auto add = [&](const char* name, int value) {
    if (!ok) return;
    Object* number = int_from_i64(value);
    Object* text = number ? str_intern_cstr(name) : nullptr;
    ok = text && module_add_object(m, name, number) == 0 && dict_set_item(errorcode, number, text) == 0;
    xdecref(number);
    xdecref(text);
  };
#define ERRNO_NAME(name) add(#name, name);
#include "modules/errno_names.def"
#undef ERRNO_NAME
  ok = ok && module_add_object(m, "errorcode", errorcode) == 0;
  decref(errorcode);
  if (!ok) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace glasspy
