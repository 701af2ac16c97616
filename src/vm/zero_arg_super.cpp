// super() without arguments: the class comes from the calling function's
// __class__ cell, the instance from its first argument (CPython's
// super_init_without_args).  The object layer's super type calls this
// through super_zero_arg_hook.
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/known_strings.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/cell.h"
#include "vm/eval.h"
#include "vm/frame.h"
#include "vm/zero_arg_super.h"

namespace glasspy {

extern int (*super_zero_arg_hook)(Type** type, Object** obj);

namespace {

int super_without_args(Type** type_p, Object** obj_p) {
  Frame* frame = current_frame();
  if (!frame) {
    set_error(&exc::RuntimeError, "super(): no current frame");
    return -1;
  }
  CodeObject* co = frame->code;
  if (co->co_argcount == 0) {
    set_error(&exc::RuntimeError, "super(): no arguments");
    return -1;
  }
  Object* firstarg = frame->localsplus[0];
  const uint8_t* kinds = reinterpret_cast<const uint8_t*>(bytes_data(co->co_localspluskinds));
  if (firstarg && (kinds[0] & CO_FAST_CELL) && frame->lasti() >= 0 && is_cell(firstarg)) {
    firstarg = cell_get(firstarg);
  }
  if (!firstarg) {
    set_error(&exc::RuntimeError, "super(): arg[0] deleted");
    return -1;
  }
  Object* type = nullptr;
  for (int i = co->co_nlocalsplus - co->co_nfreevars; i < co->co_nlocalsplus; ++i) {
    Object* name = tuple_item(co->co_localsplusnames, i);
    if (str_equal(name, ID(dunder_class))) {
      Object* cell = frame->localsplus[i];
      if (!cell || !is_cell(cell)) {
        set_error(&exc::RuntimeError, "super(): bad __class__ cell");
        return -1;
      }
      type = cell_get(cell);
      if (!type) {
        set_error(&exc::RuntimeError, "super(): empty __class__ cell");
        return -1;
      }
      if (!is_type(type)) {
        format_error(&exc::RuntimeError, "super(): __class__ is not a type (%s)", type->type->name);
        return -1;
      }
      break;
    }
  }
  if (!type) {
    set_error(&exc::RuntimeError, "super(): __class__ cell not found");
    return -1;
  }
  *type_p = static_cast<Type*>(newref(type));
  *obj_p = newref(firstarg);
  return 0;
}

}  // namespace

void install_zero_arg_super() { super_zero_arg_hook = super_without_args; }

}  // namespace glasspy
