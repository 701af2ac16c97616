// The object model: every Python value is an Object on the heap with a
// reference count and a type.
//
// Invariants (the same as CPython's, so that reference counts, identities and
// finalization order match it):
//  - A reference is an Object*; whoever holds a *strong* reference owns one
//    count.  Functions document whether they return a new reference (the
//    caller owns it) or a borrowed one.  Ref<T> owns one count and releases
//    it when it goes out of scope; raw pointers are borrowed unless said.
//  - When a count drops to zero the type's `dealloc` runs at once: it
//    releases what the object references and frees its memory.
//  - An object's identity (id()) is its address; it never moves.
//  - Errors: a function that fails returns nullptr (or -1) with an exception
//    set in the thread state (objects/errors.h); C++ exceptions never carry
//    Python exceptions, so the hot paths stay exception-free.
//  - Objects that can be part of a reference cycle are allocated with a GC
//    header in front (objects/gc.h) and their type has the kHaveGC flag and
//    `traverse` and `clear`.  Every object is allocated by allocate_object()
//    (or a type's free list, which recycles memory allocate_object gave).
//
// A type is itself an object (of type `type` or a metaclass).  Built-in
// types are static `Type` objects, described with designated initializers of
// TypeSlots (the order of the fields below is the order they must be
// written in) and completed by type_ready(); classes created at run time are
// HeapType objects (objects/type.h).
#pragma once

// Object structs extend Object by inheritance, which makes them
// "non-standard-layout" to the compiler although their layout is plain
// (single inheritance, no virtuals).  MemberDef tables and vectorcall
// offsets take offsetof() of their fields, as CPython's C does; GCC and
// Clang support it, so the warning is off wherever objects are defined.
#pragma GCC diagnostic ignored "-Winvalid-offsetof"

#include <cstddef>
#include <cstdint>
#include <utility>

namespace glasspy {

using ssize = std::ptrdiff_t;   // Py_ssize_t
using hash_t = std::intptr_t;   // Py_hash_t
using uhash_t = std::uintptr_t; // Py_uhash_t

struct Type;
struct BufferProcs;

struct Object {
  ssize refcnt;
  Type* type;
};

// Objects with a variable number of items (tuples, bytes, types).
struct VarObject : Object {
  ssize size;
};

// Runs the type's deallocator; the count is already zero.
void dealloc(Object* o);

inline void incref(Object* o) { ++o->refcnt; }
inline void xincref(Object* o) {
  if (o) ++o->refcnt;
}
inline void decref(Object* o) {
  if (--o->refcnt == 0) dealloc(o);
}
inline void xdecref(Object* o) {
  if (o && --o->refcnt == 0) dealloc(o);
}
// Returns o with one more count: `return newref(o);` hands out a new reference.
template <class T>
inline T* newref(T* o) {
  ++o->refcnt;
  return o;
}
template <class T>
inline T* xnewref(T* o) {
  if (o) ++o->refcnt;
  return o;
}
// Replaces *slot (which owns a reference) by `value` (whose reference it
// takes over) and only then releases the old value, because releasing can run
// arbitrary code (__del__) that may look at *slot.
template <class T, class U>
inline void setref(T*& slot, U* value) {
  T* old = slot;
  slot = value;
  if (old) decref(old);
}
// Py_CLEAR: empties the slot first, then releases what it held.
template <class T>
inline void clear_ref(T*& slot) {
  T* old = slot;
  if (old) {
    slot = nullptr;
    decref(old);
  }
}

// An owning reference: holds one count, releases it when destroyed.
template <class T = Object>
class Ref {
 public:
  Ref() = default;
  // Takes over a new reference (the common case: the result of a call).
  static Ref steal(T* o) { return Ref(o); }
  // Adds a count to a borrowed reference.
  static Ref borrow(T* o) {
    xincref(o);
    return Ref(o);
  }
  Ref(const Ref&) = delete;
  Ref& operator=(const Ref&) = delete;
  Ref(Ref&& other) noexcept : ptr_(std::exchange(other.ptr_, nullptr)) {}
  Ref& operator=(Ref&& other) noexcept {
    T* old = std::exchange(ptr_, std::exchange(other.ptr_, nullptr));
    if (old) decref(old);
    return *this;
  }
  ~Ref() {
    if (ptr_) decref(ptr_);
  }
  T* get() const { return ptr_; }
  T* operator->() const { return ptr_; }
  explicit operator bool() const { return ptr_ != nullptr; }
  // Hands the reference to the caller.
  T* release() { return std::exchange(ptr_, nullptr); }
  // Replaces the held reference by a new one (stolen).
  void reset(T* o = nullptr) {
    T* old = std::exchange(ptr_, o);
    if (old) decref(old);
  }

 private:
  explicit Ref(T* o) : ptr_(o) {}
  T* ptr_ = nullptr;
};
using ObjRef = Ref<Object>;

// ---- type slots ---------------------------------------------------------------
// The slots of a type are the C++ entry points of its behaviour.  Built-in
// types fill them with native functions; a class statement fills them with
// functions that look up and call the class's special methods
// (objects/slots.cpp), which is how `__add__` written in Python makes `+` work.
using destructor = void (*)(Object*);
using unaryfunc = Object* (*)(Object*);
using binaryfunc = Object* (*)(Object*, Object*);
using ternaryfunc = Object* (*)(Object*, Object*, Object*);
using inquiry = int (*)(Object*);
using lenfunc = ssize (*)(Object*);
using ssizeargfunc = Object* (*)(Object*, ssize);
using ssizeobjargproc = int (*)(Object*, ssize, Object*);
using objobjproc = int (*)(Object*, Object*);
using objobjargproc = int (*)(Object*, Object*, Object*);
using hashfunc = hash_t (*)(Object*);
using reprfunc = Object* (*)(Object*);
using richcmpfunc = Object* (*)(Object*, Object*, int);
using getattrofunc = Object* (*)(Object*, Object*);
using setattrofunc = int (*)(Object*, Object*, Object*);
using descrgetfunc = Object* (*)(Object*, Object*, Object*);
using descrsetfunc = int (*)(Object*, Object*, Object*);
using getiterfunc = Object* (*)(Object*);
using iternextfunc = Object* (*)(Object*);
using initproc = int (*)(Object*, Object*, Object*);
using newfunc = Object* (*)(Type*, Object*, Object*);
using visitproc = int (*)(Object*, void*);
using traverseproc = int (*)(Object*, visitproc, void*);
// The fast calling convention: positional arguments in an array, followed by
// keyword arguments whose names are in the tuple `kwnames` (or null).
using vectorcallfunc = Object* (*)(Object* callable, Object* const* args, size_t nargsf,
                                   Object* kwnames);
// Set in nargsf when args[-1] may be overwritten temporarily (saves a copy
// when prepending `self` to a bound method call).
constexpr size_t kVectorcallArgumentsOffset = size_t(1) << (8 * sizeof(size_t) - 1);
inline ssize vectorcall_nargs(size_t nargsf) {
  return static_cast<ssize>(nargsf & ~kVectorcallArgumentsOffset);
}

// Rich comparison operators, numbered as CPython's Py_LT..Py_GE.
enum CompareOp : int { kLT = 0, kLE = 1, kEQ = 2, kNE = 3, kGT = 4, kGE = 5 };

// Visits one reference from a traverse function; returns early on nonzero.
#define GLASSPY_VISIT(op)                                              \
  do {                                                                 \
    if (op) {                                                          \
      int visit_result_ = visit(reinterpret_cast<::glasspy::Object*>(op), arg); \
      if (visit_result_) return visit_result_;                         \
    }                                                                  \
  } while (0)

// Numeric behaviour (CPython's PyNumberMethods, in its order).
struct NumberMethods {
  binaryfunc nb_add = nullptr;
  binaryfunc nb_subtract = nullptr;
  binaryfunc nb_multiply = nullptr;
  binaryfunc nb_remainder = nullptr;
  binaryfunc nb_divmod = nullptr;
  ternaryfunc nb_power = nullptr;
  unaryfunc nb_negative = nullptr;
  unaryfunc nb_positive = nullptr;
  unaryfunc nb_absolute = nullptr;
  inquiry nb_bool = nullptr;
  unaryfunc nb_invert = nullptr;
  binaryfunc nb_lshift = nullptr;
  binaryfunc nb_rshift = nullptr;
  binaryfunc nb_and = nullptr;
  binaryfunc nb_xor = nullptr;
  binaryfunc nb_or = nullptr;
  unaryfunc nb_int = nullptr;
  unaryfunc nb_float = nullptr;
  binaryfunc nb_inplace_add = nullptr;
  binaryfunc nb_inplace_subtract = nullptr;
  binaryfunc nb_inplace_multiply = nullptr;
  binaryfunc nb_inplace_remainder = nullptr;
  ternaryfunc nb_inplace_power = nullptr;
  binaryfunc nb_inplace_lshift = nullptr;
  binaryfunc nb_inplace_rshift = nullptr;
  binaryfunc nb_inplace_and = nullptr;
  binaryfunc nb_inplace_xor = nullptr;
  binaryfunc nb_inplace_or = nullptr;
  binaryfunc nb_floor_divide = nullptr;
  binaryfunc nb_true_divide = nullptr;
  binaryfunc nb_inplace_floor_divide = nullptr;
  binaryfunc nb_inplace_true_divide = nullptr;
  unaryfunc nb_index = nullptr;
  binaryfunc nb_matrix_multiply = nullptr;
  binaryfunc nb_inplace_matrix_multiply = nullptr;
};

struct SequenceMethods {
  lenfunc sq_length = nullptr;
  binaryfunc sq_concat = nullptr;
  ssizeargfunc sq_repeat = nullptr;
  ssizeargfunc sq_item = nullptr;
  ssizeobjargproc sq_ass_item = nullptr;
  objobjproc sq_contains = nullptr;
  binaryfunc sq_inplace_concat = nullptr;
  ssizeargfunc sq_inplace_repeat = nullptr;
};

struct MappingMethods {
  lenfunc mp_length = nullptr;
  binaryfunc mp_subscript = nullptr;
  objobjargproc mp_ass_subscript = nullptr;
};

struct AsyncMethods {
  unaryfunc am_await = nullptr;
  unaryfunc am_aiter = nullptr;
  unaryfunc am_anext = nullptr;
};

// ---- method, member and attribute tables of built-in types ----------------

// Native signatures of built-in methods, one per calling convention.  The
// signature chooses the convention (MethodDef's constructors), so a table
// entry cannot disagree with its function.
using NoArgsMethod = Object* (*)(Object* self);                       // f()
using OneArgMethod = Object* (*)(Object* self, Object* arg);          // f(x)
using FastMethod = Object* (*)(Object* self, Object* const* args, ssize nargs);
using FastKeywordsMethod = Object* (*)(Object* self, Object* const* args, ssize nargs,
                                       Object* kwnames);
using VarargsKeywordsMethod = Object* (*)(Object* self, Object* args, Object* kwargs);

enum class CallConv : uint8_t { kNoArgs, kOneArg, kFast, kFastKeywords, kVarargsKeywords };
// How a method binds when looked up on the class (CPython's METH_CLASS /
// METH_STATIC): to the instance, to the class, or not at all.
enum class Binding : uint8_t { kInstance, kClass, kStatic };

struct MethodDef {
  const char* name = nullptr;  // null ends a table
  union Function {
    NoArgsMethod noargs;
    OneArgMethod onearg;
    FastMethod fast;
    FastKeywordsMethod fast_keywords;
    VarargsKeywordsMethod varargs_keywords;
  } function{};
  CallConv conv = CallConv::kNoArgs;
  Binding binding = Binding::kInstance;
  // METH_COEXIST: the method replaces a slot wrapper of the same name.
  bool coexist = false;
  const char* doc = nullptr;

  constexpr MethodDef() = default;
  constexpr MethodDef(const char* n, NoArgsMethod f, const char* d = nullptr,
                      Binding b = Binding::kInstance, bool co = false)
      : name(n), conv(CallConv::kNoArgs), binding(b), coexist(co), doc(d) {
    function.noargs = f;
  }
  constexpr MethodDef(const char* n, OneArgMethod f, const char* d = nullptr,
                      Binding b = Binding::kInstance, bool co = false)
      : name(n), conv(CallConv::kOneArg), binding(b), coexist(co), doc(d) {
    function.onearg = f;
  }
  constexpr MethodDef(const char* n, FastMethod f, const char* d = nullptr,
                      Binding b = Binding::kInstance, bool co = false)
      : name(n), conv(CallConv::kFast), binding(b), coexist(co), doc(d) {
    function.fast = f;
  }
  constexpr MethodDef(const char* n, FastKeywordsMethod f, const char* d = nullptr,
                      Binding b = Binding::kInstance, bool co = false)
      : name(n), conv(CallConv::kFastKeywords), binding(b), coexist(co), doc(d) {
    function.fast_keywords = f;
  }
  constexpr MethodDef(const char* n, VarargsKeywordsMethod f, const char* d = nullptr,
                      Binding b = Binding::kInstance, bool co = false)
      : name(n), conv(CallConv::kVarargsKeywords), binding(b), coexist(co), doc(d) {
    function.varargs_keywords = f;
  }
};

// A C++ field exposed as an attribute (CPython's PyMemberDef).
enum class MemberType : uint8_t {
  kObject,    // T_OBJECT: null reads as None
  kObjectEx,  // T_OBJECT_EX: null raises AttributeError
  kInt,       // int
  kSsize,     // ssize
  kLong,      // long
  kULong,     // unsigned long
  kDouble,
  kBool,      // char holding 0/1
};
struct MemberDef {
  const char* name = nullptr;
  MemberType type = MemberType::kObject;
  ssize offset = 0;
  bool readonly = false;
  const char* doc = nullptr;
};

// A computed attribute (CPython's PyGetSetDef).  The setter receives null
// for `del`.
using getter = Object* (*)(Object* self, void* closure);
using setter = int (*)(Object* self, Object* value, void* closure);
struct GetSetDef {
  const char* name = nullptr;
  getter get = nullptr;
  setter set = nullptr;
  const char* doc = nullptr;
  void* closure = nullptr;
};

// ---- type flags (CPython's Py_TPFLAGS_*, same bits: type.__flags__ shows them)
namespace tpflags {
constexpr unsigned long kManagedDict = 1UL << 4;
constexpr unsigned long kSequence = 1UL << 5;
constexpr unsigned long kMapping = 1UL << 6;
constexpr unsigned long kDisallowInstantiation = 1UL << 7;
constexpr unsigned long kImmutableType = 1UL << 8;
constexpr unsigned long kHeapType = 1UL << 9;
constexpr unsigned long kBaseType = 1UL << 10;
constexpr unsigned long kHaveVectorcall = 1UL << 11;
constexpr unsigned long kReady = 1UL << 12;
constexpr unsigned long kReadying = 1UL << 13;
constexpr unsigned long kHaveGC = 1UL << 14;
constexpr unsigned long kMethodDescriptor = 1UL << 17;
constexpr unsigned long kValidVersionTag = 1UL << 19;
constexpr unsigned long kIsAbstract = 1UL << 20;
constexpr unsigned long kMatchSelf = 1UL << 22;
constexpr unsigned long kLongSubclass = 1UL << 24;
constexpr unsigned long kListSubclass = 1UL << 25;
constexpr unsigned long kTupleSubclass = 1UL << 26;
constexpr unsigned long kBytesSubclass = 1UL << 27;
constexpr unsigned long kUnicodeSubclass = 1UL << 28;
constexpr unsigned long kDictSubclass = 1UL << 29;
constexpr unsigned long kBaseExcSubclass = 1UL << 30;
constexpr unsigned long kTypeSubclass = 1UL << 31;
// The flags a subclass inherits (CPython's COPYABLE / subclass bits).
constexpr unsigned long kSubclassBits = kLongSubclass | kListSubclass | kTupleSubclass |
                                        kBytesSubclass | kUnicodeSubclass | kDictSubclass |
                                        kBaseExcSubclass | kTypeSubclass;
}  // namespace tpflags

// The static description of a type: what a built-in type's definition
// writes, with designated initializers in this order.
struct TypeSlots {
  const char* name = nullptr;  // "int", "collections.OrderedDict"; heap types: __name__
  ssize basicsize = 0;
  ssize itemsize = 0;
  destructor dealloc = nullptr;
  ssize vectorcall_offset = 0;  // where instances keep their vectorcallfunc
  AsyncMethods* as_async = nullptr;
  reprfunc repr = nullptr;
  NumberMethods* as_number = nullptr;
  SequenceMethods* as_sequence = nullptr;
  MappingMethods* as_mapping = nullptr;
  hashfunc hash = nullptr;
  ternaryfunc call = nullptr;
  reprfunc str = nullptr;
  getattrofunc getattro = nullptr;
  setattrofunc setattro = nullptr;
  unsigned long flags = 0;
  const char* doc = nullptr;
  traverseproc traverse = nullptr;
  inquiry clear = nullptr;
  richcmpfunc richcompare = nullptr;
  ssize weaklistoffset = 0;
  getiterfunc iter = nullptr;
  iternextfunc iternext = nullptr;
  MethodDef* methods = nullptr;
  MemberDef* members = nullptr;
  GetSetDef* getset = nullptr;
  Type* base = nullptr;  // null: object (filled by type_ready)
  descrgetfunc descr_get = nullptr;
  descrsetfunc descr_set = nullptr;
  ssize dictoffset = 0;  // >0: from the start; <0: from the end of a var object
  initproc init = nullptr;
  newfunc new_ = nullptr;
  destructor finalize = nullptr;  // tp_finalize (__del__)
  vectorcallfunc vectorcall = nullptr;  // calling the type object itself
  const BufferProcs* as_buffer = nullptr;  // objects/buffer.h
};

extern Type TypeType;  // `type`

// A type object.  Runtime state (dict, mro...) follows the static slots.
struct Type : VarObject, TypeSlots {
  Object* dict = nullptr;   // the type's namespace (a dict)
  Object* bases = nullptr;  // tuple
  Object* mro = nullptr;    // tuple
  // Direct subclasses, as a borrowed array (a subclass removes itself when it
  // dies); see type_subclasses().
  Type** subclasses = nullptr;
  ssize num_subclasses = 0;
  ssize subclasses_capacity = 0;
  Object* weaklist = nullptr;
  unsigned int version_tag = 0;  // valid while kValidVersionTag is set

  // A static built-in type.
  constexpr Type(const TypeSlots& slots) : VarObject{{1, &TypeType}, 0}, TypeSlots(slots) {}

  bool has_flag(unsigned long f) const { return (flags & f) != 0; }
  bool is_gc() const { return (flags & tpflags::kHaveGC) != 0; }
};

inline Type* type_of(Object* o) { return o->type; }

// ---- allocation --------------------------------------------------------------

// The one entry point for object memory: `size` bytes for an object of
// `type` (a GC header in front when the type has kHaveGC), zero-filled, with
// refcnt 1 and `type` set (counted when it is a heap type).  The object is not
// yet tracked by the collector.  Returns null with MemoryError set on failure.
Object* allocate_object(Type* type, size_t size);
// Releases memory that allocate_object gave (header included).  Does not
// touch the type's count.
void free_object(Object* o);
// CPython's PyType_GenericAlloc: basicsize + nitems * itemsize (+ one item's
// worth for var-sized types, as CPython reserves), tracked when GC.
Object* type_generic_alloc(Type* type, ssize nitems);

// The byte size an instance of `type` with `nitems` items needs, rounded up
// to a pointer multiple (CPython's _PyObject_VAR_SIZE): a var-sized
// subclass's __dict__ pointer sits in that last aligned word.
inline size_t instance_size(const Type* type, ssize nitems) {
  size_t size = static_cast<size_t>(type->basicsize + nitems * type->itemsize);
  return (size + sizeof(void*) - 1) & ~(sizeof(void*) - 1);
}

}  // namespace glasspy
