// See reduce_support.h.  The builtins module is Python-visible state, so it
// is reached through import_module_hook like copyreg is (object_reduce.cpp).
#include "objects/reduce_support.h"

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/known_strings.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

Object* builtins_attribute(Object* name) {
  if (!import_module_hook) return format_error(&exc::ImportError, "No module named 'builtins'");
  Object* builtins = import_module_hook("builtins");
  if (!builtins) return nullptr;
  Object* attribute = get_attr(builtins, name);
  decref(builtins);
  return attribute;
}

Object* reduce_to_iter_of(Object* items) {
  if (!items) return nullptr;
  Object* iter = builtins_attribute(ID(iter));
  if (!iter) {
    decref(items);
    return nullptr;
  }
  Object* args = tuple_pack({items});
  decref(items);
  Object* result = args ? tuple_pack({iter, args}) : nullptr;
  xdecref(args);
  decref(iter);
  return result;
}

}  // namespace glasspy
