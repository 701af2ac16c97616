// `bool`: the int subclass with exactly two instances.  &, | and ^ of two
// bools give a bool; every other operator is int's.
#include <cstdio>
#include <cstdlib>

#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

IntObject true_object;
IntObject false_object;

Object* bool_from(bool b) { return newref(b ? True : False); }

namespace {

Object* bool_repr(Object* self) { return str_from_cstr(self == True ? "True" : "False"); }

Object* bool_and(Object* a, Object* b) {
  if (!is_bool(a) || !is_bool(b)) return IntType.as_number->nb_and(a, b);
  return bool_from(a == True && b == True);
}

Object* bool_or(Object* a, Object* b) {
  if (!is_bool(a) || !is_bool(b)) return IntType.as_number->nb_or(a, b);
  return bool_from(a == True || b == True);
}

Object* bool_xor(Object* a, Object* b) {
  if (!is_bool(a) || !is_bool(b)) return IntType.as_number->nb_xor(a, b);
  return bool_from((a == True) != (b == True));
}

Object* bool_new(Type* type, Object* args, Object* kwds) {
  if (!check_no_kwargs("bool", kwds)) return nullptr;
  ssize n = tuple_size(args);
  if (!check_positional("bool", n, 0, 1)) return nullptr;
  if (n == 0) return newref(False);
  int t = object_is_true(tuple_item(args, 0));
  if (t < 0) return nullptr;
  return bool_from(t);
}

Object* bool_vectorcall(Object* type, Object* const* args, size_t nargsf, Object* kwnames) {
  if (!check_no_kwnames("bool", kwnames)) return nullptr;
  ssize n = vectorcall_nargs(nargsf);
  if (!check_positional("bool", n, 0, 1)) return nullptr;
  if (n == 0) return newref(False);
  int t = object_is_true(args[0]);
  if (t < 0) return nullptr;
  return bool_from(t);
}

// True and False are never freed: reaching a zero count is a bug.
void bool_dealloc(Object*) {
  std::fputs("Fatal Python error: deallocating True or False\n", stderr);
  std::abort();
}

NumberMethods bool_as_number = {
    .nb_and = bool_and,
    .nb_xor = bool_xor,
    .nb_or = bool_or,
};

}  // namespace

Type BoolType{{
    .name = "bool",
    .basicsize = sizeof(IntObject),
    .dealloc = bool_dealloc,
    .repr = bool_repr,
    .as_number = &bool_as_number,
    .flags = tpflags::kLongSubclass | tpflags::kMatchSelf,
    .doc = "bool(x) -> bool\n\nReturns True when the argument x is true, False otherwise.\n"
           "The builtins True and False are the only two instances of the class bool.\n"
           "The class bool is a subclass of the class int, and cannot be subclassed.",
    .base = &IntType,
    .new_ = bool_new,
    .vectorcall = bool_vectorcall,
}};

// Called by objects_init.
int bool_init() {
  true_object.refcnt = 1;
  true_object.type = &BoolType;
  true_object.value = 1;
  true_object.big._mp_d = nullptr;
  false_object.refcnt = 1;
  false_object.type = &BoolType;
  false_object.value = 0;
  false_object.big._mp_d = nullptr;
  return 0;
}

}  // namespace glasspy
