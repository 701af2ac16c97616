// objects_init: brings the object layer up in dependency order (see
// runtime.h).  Strings, small ints and the empty tuple exist before any type
// is readied, because readying builds dicts keyed by strings.
#include "objects/runtime.h"

#include <cstdio>

#include "objects/builtin_function.h"
#include "objects/bytearray.h"
#include "objects/bytes.h"
#include "objects/classmethod.h"
#include "objects/complex.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/genericalias.h"
#include "objects/hash.h"
#include "objects/int.h"
#include "objects/iterobject.h"
#include "objects/known_strings.h"
#include "objects/list.h"
#include "objects/mappingproxy.h"
#include "objects/memoryview.h"
#include "objects/set.h"
#include "objects/method.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/slots.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/weakref.h"

namespace glasspy {

int str_init();
int int_init();
int bool_init();
int tuple_init();
int bytes_init();
extern Type StrIterType;
extern Type StrAsciiIterType;

namespace {

Type* const static_types[] = {
    &ObjectType, &TypeType, &StrType, &DictType, &TupleType, &ListType, &IntType, &BoolType, &FloatType,
    &ComplexType, &NoneType, &NotImplementedType, &EllipsisType, &BytesType, &BytesIterType, &ByteArrayType,
    &ByteArrayIterType, &StrIterType, &StrAsciiIterType, &TupleIterType, &ListIterType, &ListRevIterType,
    &DictKeysType, &DictValuesType, &DictItemsType, &DictKeyIterType, &DictValueIterType, &DictItemIterType,
    &DictRevKeyIterType, &DictRevValueIterType, &DictRevItemIterType, &SliceType, &MethodDescrType,
    &ClassMethodDescrType, &MemberDescrType, &GetSetDescrType, &WrapperDescrType, &MethodWrapperType,
    &PropertyType, &BuiltinFunctionType, &MethodType, &StaticMethodType, &ClassMethodType, &SuperType,
    &SeqIterType, &CallIterType, &MappingProxyType, &SetType, &FrozenSetType, &SetIterType, &GenericAliasType,
    &GenericAliasIterType, &UnionType, &WeakRefType, &WeakProxyType, &WeakCallableProxyType,
    &MemoryViewType,
    &MemoryIterType,
};

bool initialized = false;

int fail(const char* what) {
  Object* e = fetch_error();
  std::fprintf(stderr, "glasspy: object layer initialization failed: %s\n", what);
  if (e) {
    std::fprintf(stderr, "  %s\n", e->type->name);
    decref(e);
  }
  return -1;
}

}  // namespace

int objects_init() {
  if (initialized) return 0;
  initialized = true;
  hash_secret_init();
  if (int_init() < 0 || bool_init() < 0) return fail("ints");
  if (str_init() < 0) return fail("strings");
  if (tuple_init() < 0) return fail("tuples");
  if (bytes_init() < 0) return fail("bytes");
  if (known_strings_init() < 0) return fail("known strings");
  if (slots_init() < 0) return fail("slot table");
  for (Type* t : static_types) {
    if (type_ready(t) < 0) return fail(t->name);
  }
  bool ok = true;
  for_each_builtin_exception(
      [](const char*, Type* t, void* ctx) {
        if (t && type_ready(t) < 0) *static_cast<bool*>(ctx) = false;
      },
      &ok);
  if (!ok) return fail("exceptions");
  if (exceptions_init() < 0) return fail("ExceptionGroup");
  return 0;
}

}  // namespace glasspy
