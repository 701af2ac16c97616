// The names the `site` module adds to builtins when CPython starts:
// exit and quit (`_sitebuiltins.Quitter` objects: calling one closes
// sys.stdin and raises SystemExit(code)).
#include "modules/builtins_module.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/interpreter.h"
#include "vm/vm_strings.h"

namespace glasspy {

namespace {

struct QuitterObject : Object {
  const char* name;
  Object* dict;
};

Object* quitter_repr(Object* self) {
  return str_from_format("Use %s() or Ctrl-D (i.e. EOF) to exit", static_cast<QuitterObject*>(self)->name);
}

Object* quitter_call(Object* self, Object* args, Object* kwds) {
  static ArgParser parser{"__call__", {"code"}, 0, 1};
  Object* out[1];
  if (!parse_args_dict(parser, args, kwds, out)) return nullptr;
  Object* in = sys_get_attr_borrowed("stdin");
  if (in) {
    Object* r = call_method(in, VM_ID(close));
    if (!r) clear_error();
    xdecref(r);
  }
  set_error_object(&exc::SystemExit, out[0] ? out[0] : None);
  return nullptr;
}

void quitter_dealloc(Object* self) {
  xdecref(static_cast<QuitterObject*>(self)->dict);
  free_object(self);
}

}  // namespace

Type QuitterType{{
    .name = "_sitebuiltins.Quitter",
    .basicsize = sizeof(QuitterObject),
    .dealloc = quitter_dealloc,
    .repr = quitter_repr,
    .call = quitter_call,
    .getattro = generic_getattr,
    .setattro = generic_setattr,
    .dictoffset = offsetof(QuitterObject, dict),
}};

int add_site_builtins(Object* builtins_dict) {
  for (const char* name : {"exit", "quit"}) {
    Object* q = allocate_object(&QuitterType, sizeof(QuitterObject));
    if (!q) return -1;
    static_cast<QuitterObject*>(q)->name = name;
    int r = dict_set_item_cstr(builtins_dict, name, q);
    decref(q);
    if (r < 0) return -1;
  }
  return 0;
}

}  // namespace glasspy
