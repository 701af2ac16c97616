// `builtin_function_or_method` (see builtin_function.h): calling a MethodDef
// by its convention, with CPython's argument-count messages.
#include "objects/builtin_function.h"

#include <cstring>
#include <string>

#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/hash.h"
#include "objects/iterator_pickling.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/weakref.h"

namespace glasspy {

Type* module_type = nullptr;
Object* builtins_getattr = nullptr;

namespace {

BuiltinFunctionObject* as_builtin(Object* o) { return static_cast<BuiltinFunctionObject*>(o); }

bool self_is_module(Object* self) { return !self || (module_type && is_instance_of(self, module_type)); }

// __qualname__: "len", or "list.append" (the class for methods bound to one).
std::string qualname_of(MethodDef* def, Object* self) {
  if (self_is_module(self)) return def->name;
  Type* type = is_type(self) ? static_cast<Type*>(self) : self->type;
  Object* q = type_get_qualname(type);
  if (!q) {
    clear_error();
    return def->name;
  }
  std::string s = str_to_std(q) + "." + def->name;
  decref(q);
  return s;
}

Object* no_keywords(const char* fname) {
  return format_error(&exc::TypeError, "%s() takes no keyword arguments", fname);
}

}  // namespace

Object* call_method_def(MethodDef* def, Object* self, Object* const* args, ssize nargs, Object* kwnames,
                        Type* owner, Object* module) {
  const bool has_kw = kwnames && tuple_size(kwnames) > 0;
  // The name in messages: "list.append", "math.sqrt" (_PyObject_FunctionStr),
  // computed only when there is an error to report.
  auto fname = [&]() -> std::string {
    if (!owner) {
      if (module && is_str(module) && !str_equal_cstr(module, "builtins"))
        return str_to_std(module) + "." + def->name;
      return def->name;
    }
    Object* q = type_get_qualname(owner);
    if (!q) {
      clear_error();
      return def->name;
    }
    std::string s = str_to_std(q) + "." + def->name;
    decref(q);
    return s;
  };
  switch (def->conv) {
    case CallConv::kNoArgs:
      if (has_kw) return no_keywords(fname().c_str());
      if (nargs != 0) {
        return format_error(&exc::TypeError, "%s() takes no arguments (%zd given)", fname().c_str(), nargs);
      }
      return def->function.noargs(self);
    case CallConv::kOneArg:
      if (has_kw) return no_keywords(fname().c_str());
      if (nargs != 1) {
        return format_error(&exc::TypeError, "%s() takes exactly one argument (%zd given)", fname().c_str(), nargs);
      }
      return def->function.onearg(self, args[0]);
    case CallConv::kFast:
      if (has_kw) return no_keywords(fname().c_str());
      return def->function.fast(self, args, nargs);
    case CallConv::kFastKeywords:
      return def->function.fast_keywords(self, args, nargs, has_kw ? kwnames : nullptr);
    case CallConv::kVarargsKeywords: {
      Object* tuple = tuple_from_array(args, nargs);
      if (!tuple) return nullptr;
      Object* kwargs = nullptr;
      if (has_kw) {
        kwargs = kwnames_to_dict(args + nargs, kwnames);
        if (!kwargs) {
          decref(tuple);
          return nullptr;
        }
      }
      Object* r = def->function.varargs_keywords(self, tuple, kwargs);
      decref(tuple);
      xdecref(kwargs);
      return r;
    }
  }
  return bad_internal_call();
}

namespace {

Object* builtin_vectorcall(Object* func, Object* const* args, size_t nargsf, Object* kwnames) {
  BuiltinFunctionObject* f = as_builtin(func);
  if (enter_recursive_call(" while calling a Python object") < 0) return nullptr;
  Type* owner = self_is_module(f->self) ? nullptr : is_type(f->self) ? static_cast<Type*>(f->self) : f->self->type;
  Object* r = call_method_def(f->method, f->self, args, vectorcall_nargs(nargsf), kwnames, owner, f->module);
  leave_recursive_call();
  return r;
}

void builtin_dealloc(Object* o) {
  gc_untrack(o);
  clear_weakrefs_if_any(o);
  BuiltinFunctionObject* f = as_builtin(o);
  xdecref(f->self);
  xdecref(f->module);
  free_object(o);
}

int builtin_traverse(Object* o, visitproc visit, void* arg) {
  BuiltinFunctionObject* f = as_builtin(o);
  GLASSPY_VISIT(f->self);
  GLASSPY_VISIT(f->module);
  return 0;
}

Object* builtin_repr(Object* o) {
  BuiltinFunctionObject* f = as_builtin(o);
  if (self_is_module(f->self)) return str_from_format("<built-in function %s>", f->method->name);
  return str_from_format("<built-in method %s of %s object at %p>", f->method->name, f->self->type->name,
                         static_cast<void*>(f->self));
}

Object* builtin_richcompare(Object* a, Object* b, int op) {
  if ((op != kEQ && op != kNE) || !is_builtin_function(a) || !is_builtin_function(b)) return newref(NotImplemented);
  BuiltinFunctionObject* x = as_builtin(a);
  BuiltinFunctionObject* y = as_builtin(b);
  bool eq = x->self == y->self && x->method->function.noargs == y->method->function.noargs;
  return bool_from(eq == (op == kEQ));
}

hash_t builtin_hash(Object* o) {
  BuiltinFunctionObject* f = as_builtin(o);
  hash_t x = hash_pointer(f->self);
  hash_t y = hash_pointer(reinterpret_cast<void*>(f->method->function.noargs));
  x ^= y;
  return x == -1 ? -2 : x;
}

Object* builtin_get_name(Object* o, void*) { return str_from_cstr(as_builtin(o)->method->name); }

Object* builtin_get_qualname(Object* o, void*) {
  BuiltinFunctionObject* f = as_builtin(o);
  return str_from_utf8(qualname_of(f->method, f->self));
}

Object* builtin_get_doc(Object* o, void*) {
  const char* doc = as_builtin(o)->method->doc;
  if (!doc) return newref(None);
  const char* marker = std::strstr(doc, "\n--\n\n");
  const char* body = marker ? marker + 5 : doc;
  // A signature with no text after it documents nothing.
  if (*body == '\0') return newref(None);
  return str_from_cstr(body);
}

Object* builtin_get_text_signature(Object* o, void*) {
  MethodDef* def = as_builtin(o)->method;
  const char* doc = def->doc;
  if (!doc) return newref(None);
  const char* marker = std::strstr(doc, "\n--\n\n");
  size_t n = std::strlen(def->name);
  if (!marker || std::strncmp(doc, def->name, n) != 0 || doc[n] != '(') return newref(None);
  return str_from_utf8(doc + n, marker - doc - static_cast<ssize>(n));
}

Object* builtin_get_self(Object* o, void*) {
  // A static method keeps its class for the repr but has no __self__.
  if (as_builtin(o)->method->binding == Binding::kStatic) return newref(None);
  Object* self = as_builtin(o)->self;
  return newref(self ? self : None);
}

// pickle saves a module-level function as the global its name refers to,
// and a bound method as getattr(self, name).
Object* builtin_reduce(Object* o) {
  BuiltinFunctionObject* f = as_builtin(o);
  if (self_is_module(f->self)) return str_from_cstr(f->method->name);
  Object* name = str_from_cstr(f->method->name);
  if (!name) return nullptr;
  Object* result = reduce_to_getattr(f->self, name);
  decref(name);
  return result;
}

MethodDef builtin_methods[] = {
    {"__reduce__", builtin_reduce},
    {},
};

MemberDef builtin_members[] = {
    {"__module__", MemberType::kObject, offsetof(BuiltinFunctionObject, module), false},
    {},
};

GetSetDef builtin_getset[] = {
    {"__doc__", builtin_get_doc},
    {"__name__", builtin_get_name},
    {"__qualname__", builtin_get_qualname},
    {"__text_signature__", builtin_get_text_signature},
    {"__self__", builtin_get_self},
    {},
};

}  // namespace

Object* builtin_function_new(MethodDef* method, Object* self, Object* module) {
  Object* o = allocate_object(&BuiltinFunctionType, sizeof(BuiltinFunctionObject));
  if (!o) return nullptr;
  BuiltinFunctionObject* f = as_builtin(o);
  f->method = method;
  f->self = xnewref(self);
  f->module = xnewref(module);
  f->weaklist = nullptr;
  f->vectorcall = builtin_vectorcall;
  gc_track(o);
  return o;
}

Type BuiltinFunctionType{{
    .name = "builtin_function_or_method",
    .basicsize = sizeof(BuiltinFunctionObject),
    .dealloc = builtin_dealloc,
    .vectorcall_offset = offsetof(BuiltinFunctionObject, vectorcall),
    .repr = builtin_repr,
    .hash = builtin_hash,
    .call = vectorcall_with_tuple,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kHaveVectorcall,
    .traverse = builtin_traverse,
    .richcompare = builtin_richcompare,
    .weaklistoffset = offsetof(BuiltinFunctionObject, weaklist),
    .methods = builtin_methods,
    .members = builtin_members,
    .getset = builtin_getset,
}};

}  // namespace glasspy
