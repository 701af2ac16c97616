// The out-of-line helpers of native_type_support.h.
#include "modules/native_type_support.h"

#include "objects/call.h"
#include "objects/dict.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/type.h"

namespace glasspy {

Object* instance_dict_get(Object* self, void*) { return object_get_dict(self); }

int instance_dict_set(Object* self, Object* value, void*) {
  if (!value) {
    set_error(&exc::TypeError, "cannot delete __dict__");
    return -1;
  }
  if (!is_dict(value)) {
    format_error(&exc::TypeError, "__dict__ must be set to a dictionary, not a '%.200s'", type_name(value->type));
    return -1;
  }
  Object** slot = object_dict_slot(self);
  if (!slot) {
    set_error(&exc::AttributeError, "This object has no __dict__");
    return -1;
  }
  setref(*slot, newref(value));
  return 0;
}

Object* new_exception_type(const char* module, const char* name, Object* base) {
  ObjRef name_str = ObjRef::steal(str_from_cstr(name));
  ObjRef module_str = ObjRef::steal(str_from_cstr(module));
  ObjRef bases = ObjRef::steal(tuple_new(1));
  ObjRef ns = ObjRef::steal(dict_new());
  if (!name_str || !module_str || !bases || !ns) return nullptr;
  tuple_set_item(bases.get(), 0, newref(base));
  if (dict_set_item_cstr(ns.get(), "__module__", module_str.get()) < 0) return nullptr;
  return call_function(static_cast<Object*>(&TypeType), name_str.get(), bases.get(), ns.get());
}

}  // namespace glasspy
