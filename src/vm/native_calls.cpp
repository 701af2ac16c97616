// See native_calls.h.
#include "vm/native_calls.h"

#include <cstring>

#include "objects/builtin_function.h"
#include "objects/call.h"
#include "objects/descriptors.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/thread_state.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/interpreter.h"
#include "vm/module_object.h"

namespace glasspy {

namespace {

// What the name tables say about a MethodDef never changes: remember it in
// a small direct-mapped cache so that calls do not compare names.
enum NameClass : uint8_t { kPlain = 1, kAlwaysChecked = 2, kLen = 3, kListAppend = 4 };

bool has_kwnames(Object* kwnames) { return kwnames && tuple_size(kwnames) > 0; }

bool name_in(const char* name, std::initializer_list<const char*> names) {
  for (const char* n : names) {
    if (std::strcmp(name, n) == 0) return true;
  }
  return false;
}

// Whether CPython's specialized call of this builtin skips the check.  The
// functions of the builtins module are classified by their CPython calling
// convention (METH_O ones keep the check, except len; METH_VARARGS and
// METH_NOARGS ones are never specialized); others by glasspy's.
bool builtin_call_unchecked(BuiltinFunctionObject* f, uint8_t name_class, Object* kwnames) {
  if (name_class == kLen) return !has_kwnames(kwnames);
  if (name_class == kAlwaysChecked) return false;
  if (f->self && f->self == interpreter_builtins_module()) return true;
  switch (f->method->conv) {
    case CallConv::kFast: return !has_kwnames(kwnames);
    case CallConv::kFastKeywords: return true;
    default: return false;
  }
}

// Methods that CPython 3.11 defines with METH_VARARGS, whose calls are
// never specialized.
bool varargs_method(Type* type, const char* name) {
  if (type == &StrType || type == &BytesType) {
    return name_in(name, {"count", "find", "rfind", "index", "rindex", "startswith", "endswith", "format"});
  }
  if (type == &SetType || type == &FrozenSetType) {
    return name_in(name, {"update", "union", "intersection", "intersection_update", "difference",
                          "difference_update"});
  }
  if (type == &DictType) return name_in(name, {"update"});
  return false;
}

bool method_descr_call_unchecked(MethodDescrObject* d, uint8_t name_class, Object* kwnames,
                                 bool result_discarded) {
  // Method calls with keyword arguments are never specialized.
  if (has_kwnames(kwnames) || name_class == kAlwaysChecked) return false;
  switch (d->d_method->conv) {
    case CallConv::kOneArg:
      // list.append specializes only as a statement (its result popped).
      return name_class == kListAppend && result_discarded;
    case CallConv::kFast:
    case CallConv::kFastKeywords:
      return true;
    default:
      return false;
  }
}


struct NameClassSlot {
  const MethodDef* def;
  uint8_t cls;
};
NameClassSlot builtin_classes[256];
NameClassSlot method_descr_classes[256];

uint8_t classify_builtin(BuiltinFunctionObject* f) {
  const MethodDef* def = f->method;
  if (!(f->self && f->self == interpreter_builtins_module())) return kPlain;
  if (std::strcmp(def->name, "len") == 0) return kLen;
  if (name_in(def->name, {"abs", "all", "any", "ascii", "bin", "callable", "chr", "hash", "hex", "id", "oct", "ord",
                          "repr", "aiter", "min", "max", "globals", "locals", "vars", "dir"})) {
    return kAlwaysChecked;
  }
  return kPlain;
}

uint8_t classify_method_descr(MethodDescrObject* d) {
  const MethodDef* def = d->d_method;
  if (varargs_method(d->d_type, def->name)) return kAlwaysChecked;
  if (d->d_type == &ListType && std::strcmp(def->name, "append") == 0) return kListAppend;
  return kPlain;
}

template <typename Classify, typename Arg>
uint8_t cached_class(NameClassSlot* cache, const MethodDef* def, Classify classify, Arg arg) {
  NameClassSlot& slot = cache[(reinterpret_cast<uintptr_t>(def) >> 4) & 255];
  if (slot.def != def) {
    slot.def = def;
    slot.cls = classify(arg);
  }
  return slot.cls;
}

}  // namespace

Object* call_native_from_call_site(Object* callable, Object* const* args, size_t nargsf, Object* kwnames,
                                   bool quickened, bool result_discarded) {
  if (quickened && callable == static_cast<Object*>(&StrType) && vectorcall_nargs(nargsf) == 1 &&
      !has_kwnames(kwnames)) {
    // str(x): CPython's specialized call goes straight to str(), whose own
    // check (" while getting the str of an object") remains.
    return object_str(args[0]);
  }
  if (callable->type == &WrapperDescrType || callable->type == &MethodWrapperType) {
    // Slot wrappers are called through tp_call: always counted.
    if (enter_recursive_call(" while calling a Python object") < 0) return nullptr;
    Object* r = vectorcall(callable, args, nargsf, kwnames);
    leave_recursive_call();
    return r;
  }
  if (is_builtin_function(callable)) {
    BuiltinFunctionObject* f = static_cast<BuiltinFunctionObject*>(callable);
    if (quickened && builtin_call_unchecked(f, cached_class(builtin_classes, f->method, classify_builtin, f), kwnames)) {
      Object* self = f->self;
      Type* owner = !self || is_module(self) ? nullptr : is_type(self) ? static_cast<Type*>(self) : self->type;
      return call_method_def(f->method, self, args, vectorcall_nargs(nargsf), kwnames, owner, f->module);
    }
    return vectorcall(callable, args, nargsf, kwnames);
  }
  if (callable->type == &MethodDescrType) {
    MethodDescrObject* d = static_cast<MethodDescrObject*>(callable);
    if (quickened &&
        method_descr_call_unchecked(d, cached_class(method_descr_classes, d->d_method, classify_method_descr, d), kwnames,
                                    result_discarded)) {
      return vectorcall(callable, args, nargsf, kwnames);
    }
    if (enter_recursive_call(" while calling a Python object") < 0) return nullptr;
    Object* r = vectorcall(callable, args, nargsf, kwnames);
    leave_recursive_call();
    return r;
  }
  return vectorcall(callable, args, nargsf, kwnames);
}

}  // namespace glasspy
