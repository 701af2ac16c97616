// The out-of-line helpers of native_type_support.h.
#include "modules/native_type_support.h"

#include "objects/dict.h"
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

}  // namespace glasspy
