// The `types` module: names for the interpreter's built-in types
// (FunctionType, GeneratorType, ModuleType...), SimpleNamespace, and the
// `coroutine` decorator that makes a generator function awaitable.
#include <memory>

#include "modules/simple_namespace.h"
#include "modules/types_module.h"
#include "objects/builtin_function.h"
#include "objects/call.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/genericalias.h"
#include "objects/exceptions.h"
#include "objects/mappingproxy.h"
#include "objects/method.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/type.h"
#include "vm/cell.h"
#include "vm/code_object.h"
#include "vm/frame_object.h"
#include "vm/function_object.h"
#include "vm/generator.h"
#include "vm/module_object.h"
#include "vm/traceback.h"

namespace glasspy {

namespace {

// types.coroutine(func): a generator function whose generators may be
// awaited (its code gets CO_ITERABLE_COROUTINE).
Object* types_coroutine(Object* module, Object* func) {
  if (!is_callable(func)) {
    set_error(&exc::TypeError, "types.coroutine() expects a callable");
    return nullptr;
  }
  if (is_function(func)) {
    CodeObject* co = as_code(as_function(func)->func_code);
    if (co->co_flags & (CO_COROUTINE | CO_ITERABLE_COROUTINE)) return newref(func);
    if (co->co_flags & CO_GENERATOR) {
      auto unit = std::make_shared<CodeUnit>(code_unit_of(co));
      unit->flags |= CO_ITERABLE_COROUTINE;
      Object* code = code_from_unit(unit);
      if (!code) return nullptr;
      setref(as_function(func)->func_code, code);
      return newref(func);
    }
  }
  set_error(&exc::NotImplementedError, "types.coroutine() of a non-generator callable is not supported yet");
  return nullptr;
}

MethodDef types_functions[] = {
    MethodDef("coroutine", static_cast<OneArgMethod>(types_coroutine),
              "Convert regular generator function to a coroutine."),
    {},
};

struct NamedType {
  const char* name;
  Type* type;
};

}  // namespace

Object* types_module_create() {
  Object* m = module_new_cstr("types");
  if (!m) return nullptr;
  if (module_add_functions(m, types_functions) < 0) {
    decref(m);
    return nullptr;
  }
  const NamedType named[] = {
      {"FunctionType", &FunctionType},
      {"LambdaType", &FunctionType},
      {"CodeType", &CodeType},
      {"MethodType", &MethodType},
      {"BuiltinFunctionType", &BuiltinFunctionType},
      {"BuiltinMethodType", &BuiltinFunctionType},
      {"ModuleType", &ModuleType},
      {"GeneratorType", &GenType},
      {"CoroutineType", &CoroType},
      {"AsyncGeneratorType", &AsyncGenType},
      {"FrameType", &FrameType},
      {"TracebackType", &TracebackType},
      {"CellType", &CellType},
      {"SimpleNamespace", &SimpleNamespaceType},
      {"MappingProxyType", &MappingProxyType},
      {"NoneType", &NoneType},
      {"EllipsisType", &EllipsisType},
      {"NotImplementedType", &NotImplementedType},
      {"MethodWrapperType", &MethodWrapperType},
      {"WrapperDescriptorType", &WrapperDescrType},
      {"MethodDescriptorType", &MethodDescrType},
      {"ClassMethodDescriptorType", &ClassMethodDescrType},
      {"GetSetDescriptorType", &GetSetDescrType},
      {"MemberDescriptorType", &MemberDescrType},
      {"GenericAlias", &GenericAliasType},
      {"UnionType", &UnionType},
  };
  for (const NamedType& n : named) {
    if (module_add_object(m, n.name, static_cast<Object*>(n.type)) < 0) {
      decref(m);
      return nullptr;
    }
  }
  return m;
}

}  // namespace glasspy
