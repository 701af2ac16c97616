// None, NotImplemented and Ellipsis: one static instance each, whose types
// cannot be subclassed and whose constructors return that instance.
#include "objects/singletons.h"

#include <cstdio>
#include <cstdlib>

#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

namespace {

// The singletons are never freed: reaching a zero count is a bug (CPython
// reports the same as a fatal error).
void singleton_dealloc(Object* o) {
  std::fprintf(stderr, "Fatal Python error: deallocating %s\n", o->type->name);
  std::abort();
}

bool takes_no_arguments(Type* type, Object* args, Object* kwds) {
  if (tuple_size(args) || (kwds && dict_size(kwds) > 0)) {
    format_error(&exc::TypeError, "%s takes no arguments", type->name);
    return false;
  }
  return true;
}

Object* none_repr(Object*) { return str_from_cstr("None"); }
int none_bool(Object*) { return 0; }
Object* none_new(Type* type, Object* args, Object* kwds) {
  if (!takes_no_arguments(type, args, kwds)) return nullptr;
  return newref(None);
}

Object* notimplemented_repr(Object*) { return str_from_cstr("NotImplemented"); }
Object* notimplemented_reduce(Object*) { return str_from_cstr("NotImplemented"); }
int notimplemented_bool(Object*) {
  if (warn(&exc::DeprecationWarning, "NotImplemented should not be used in a boolean context") < 0)
    return -1;
  return 1;
}
Object* notimplemented_new(Type* type, Object* args, Object* kwds) {
  if (!takes_no_arguments(type, args, kwds)) return nullptr;
  return newref(NotImplemented);
}

Object* ellipsis_repr(Object*) { return str_from_cstr("Ellipsis"); }
Object* ellipsis_reduce(Object*) { return str_from_cstr("Ellipsis"); }
Object* ellipsis_new(Type* type, Object* args, Object* kwds) {
  if (!takes_no_arguments(type, args, kwds)) return nullptr;
  return newref(Ellipsis);
}

NumberMethods none_as_number = {.nb_bool = none_bool};
NumberMethods notimplemented_as_number = {.nb_bool = notimplemented_bool};

MethodDef notimplemented_methods[] = {
    {"__reduce__", notimplemented_reduce},
    {},
};
MethodDef ellipsis_methods[] = {
    {"__reduce__", ellipsis_reduce},
    {},
};

}  // namespace

Type NoneType{{
    .name = "NoneType",
    .basicsize = sizeof(Object),
    .dealloc = singleton_dealloc,
    .repr = none_repr,
    .as_number = &none_as_number,
    .new_ = none_new,
}};

Type NotImplementedType{{
    .name = "NotImplementedType",
    .basicsize = sizeof(Object),
    .dealloc = singleton_dealloc,
    .repr = notimplemented_repr,
    .as_number = &notimplemented_as_number,
    .methods = notimplemented_methods,
    .new_ = notimplemented_new,
}};

Type EllipsisType{{
    .name = "ellipsis",
    .basicsize = sizeof(Object),
    .dealloc = singleton_dealloc,
    .repr = ellipsis_repr,
    .getattro = generic_getattr,
    .methods = ellipsis_methods,
    .new_ = ellipsis_new,
}};

Object none_object = {1, &NoneType};
Object not_implemented_object = {1, &NotImplementedType};
Object ellipsis_object = {1, &EllipsisType};

}  // namespace glasspy
