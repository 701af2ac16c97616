// The `builtins` module (see builtins_module.h): its functions come from
// the builtins_*.cpp tables; the types and exceptions from the object layer
// and this folder.
#include "modules/builtins_module.h"

#include "modules/errno_module.h"
#include "modules/gc_module.h"
#include "modules/itertools_module.h"
#include "modules/abc_module.h"
#include "modules/atexit_module.h"
#include "modules/bisect_module.h"
#include "modules/collections_module.h"
#include "modules/functools_module.h"
#include "modules/heapq_module.h"
#include "modules/math_module.h"
#include "modules/operator_module.h"
#include "modules/python_lib.h"
#include "modules/queue_module.h"
#include "modules/posix_module.h"
#include "modules/random_core.h"
#include "modules/hash_modules.h"
#include "modules/contextvars_module.h"
#include "modules/binascii_module.h"
#include "modules/codecs_module.h"
#include "modules/struct_module.h"
#include "modules/simple_namespace.h"
#include "modules/sre/sre_module.h"
#include "modules/string_module.h"
#include "modules/sys_module.h"
#include "modules/io/io_objects.h"
#include "modules/thread_module.h"
#include "modules/traceback_module.h"
#include "modules/weakref_module.h"
#include "objects/abstract.h"
#include "objects/bytearray.h"
#include "objects/builtin_function.h"
#include "objects/bytes.h"
#include "objects/classmethod.h"
#include "objects/complex.h"
#include "objects/descriptors.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/memoryview.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/import.h"
#include "vm/module_object.h"

namespace glasspy {

namespace {

constexpr const char* kBuiltinsDoc =
    "Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' object; Ellipsis "
    "represents `...' in slices.";

Type* const module_types[] = {
    &EnumerateType, &ReversedType, &ZipType, &MapType, &FilterType, &RangeType, &RangeIterType,
    &LongRangeIterType,
    &SimpleNamespaceType, &QuitterType, &HelperType, &PrinterType,
};

struct NamedType {
  const char* name;
  Type* type;
};

const NamedType builtin_types[] = {
    {"object", &ObjectType},
    {"type", &TypeType},
    {"int", &IntType},
    {"bool", &BoolType},
    {"float", &FloatType},
    {"complex", &ComplexType},
    {"str", &StrType},
    {"bytes", &BytesType},
    {"bytearray", &ByteArrayType},
    {"memoryview", &MemoryViewType},
    {"list", &ListType},
    {"tuple", &TupleType},
    {"dict", &DictType},
    {"set", &SetType},
    {"frozenset", &FrozenSetType},
    {"slice", &SliceType},
    {"property", &PropertyType},
    {"classmethod", &ClassMethodType},
    {"staticmethod", &StaticMethodType},
    {"super", &SuperType},
    {"range", &RangeType},
    {"enumerate", &EnumerateType},
    {"reversed", &ReversedType},
    {"zip", &ZipType},
    {"map", &MapType},
    {"filter", &FilterType},
};

int add_functions(Object* m, MethodDef* defs) { return module_add_functions(m, defs); }

}  // namespace

Object* builtins_module_create() {
  for (Type* t : module_types) {
    if (type_ready(t) < 0) return nullptr;
  }
  Object* m = module_new_cstr("builtins");
  if (!m) return nullptr;
  as_module(m)->md_builtin = true;
  Object* d = module_dict(m);
  Object* doc = str_from_cstr(kBuiltinsDoc);
  if (!doc || dict_set_item_cstr(d, "__doc__", doc) < 0) {
    xdecref(doc);
    decref(m);
    return nullptr;
  }
  decref(doc);
  if (dict_set_item_cstr(d, "__package__", empty_str()) < 0) {
    decref(m);
    return nullptr;
  }
  MethodDef* tables[] = {builtins_exec_functions, builtins_core_functions, builtins_numeric_functions,
                         builtins_iteration_functions, builtins_io_functions};
  for (MethodDef* t : tables) {
    if (add_functions(m, t) < 0) {
      decref(m);
      return nullptr;
    }
  }
  set_builtin_import_function(dict_get_item_cstr(d, "__import__"));
  if (!builtins_getattr) builtins_getattr = xnewref(dict_get_item_cstr(d, "getattr"));
  {
    // builtins.open is _io.open, as in CPython.
    Object* io = io_module_create();
    Object* open = io ? dict_get_item_cstr(module_dict(io), "open") : nullptr;
    int r = open ? dict_set_item_cstr(d, "open", open) : -1;
    xdecref(io);
    if (r < 0) {
      decref(m);
      return nullptr;
    }
  }
  for (const NamedType& nt : builtin_types) {
    if (dict_set_item_cstr(d, nt.name, static_cast<Object*>(nt.type)) < 0) {
      decref(m);
      return nullptr;
    }
  }
  bool ok = dict_set_item_cstr(d, "None", None) == 0 && dict_set_item_cstr(d, "Ellipsis", Ellipsis) == 0 &&
            dict_set_item_cstr(d, "NotImplemented", NotImplemented) == 0 &&
            dict_set_item_cstr(d, "False", False) == 0 && dict_set_item_cstr(d, "True", True) == 0 &&
            dict_set_item_cstr(d, "__debug__", True) == 0;
  if (!ok) {
    decref(m);
    return nullptr;
  }
  struct Ctx {
    Object* d;
    bool ok;
  } ctx{d, true};
  for_each_builtin_exception(
      [](const char* name, Type* t, void* c) {
        Ctx* ctx = static_cast<Ctx*>(c);
        if (t && dict_set_item_cstr(ctx->d, name, static_cast<Object*>(t)) < 0) ctx->ok = false;
      },
      &ctx);
  if (!ctx.ok || add_site_builtins(d) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

int register_builtin_modules(Object* modules) {
  register_builtin_module("traceback", traceback_module_create);
  register_builtin_module("math", math_module_create);
  register_builtin_module("errno", errno_module_create);
  register_builtin_module("_sre", sre_module_create);
  register_builtin_module("_weakref", weakref_module_create);
  register_builtin_module("itertools", itertools_module_create);
  register_builtin_module("atexit", atexit_module_create);
  register_builtin_module("_abc", abc_module_create);
  register_builtin_module("_operator", operator_module_create);
  register_builtin_module("_heapq", heapq_module_create);
  register_builtin_module("_bisect", bisect_module_create);
  register_builtin_module("_string", string_module_create);
  register_builtin_module("_collections", collections_module_create);
  register_builtin_module("_functools", functools_module_create);
  register_python_class_modules();
  register_builtin_module("_random", random_core_module_create);
  register_builtin_module("_md5", md5_module_create);
  register_builtin_module("_sha1", sha1_module_create);
  register_builtin_module("_sha256", sha256_module_create);
  register_builtin_module("_sha512", sha512_module_create);
  register_builtin_module("_struct", struct_module_create);
  register_builtin_module("binascii", binascii_module_create);
  register_builtin_module("_codecs", codecs_module_create);
  codecs_install_registry_hook();
  register_builtin_module("_contextvars", contextvars_module_create);
  register_builtin_module("posix", posix_module_create);
  register_builtin_module("time", time_module_create);
  register_builtin_module("_thread", thread_module_create);
  register_builtin_module("_queue", queue_module_create);
  register_source_module("os", kOsSource);
  register_builtin_module("_io", io_module_create);
  register_builtin_module("gc", gc_module_create);
  register_source_module("asyncio", kAsyncioSource);
  register_source_module("fractions", kFractionsSource);
  Object* sys = dict_get_item_cstr(modules, "sys");
  return sys ? sys_set_builtin_module_names(sys) : 0;
}

}  // namespace glasspy
