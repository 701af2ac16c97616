// `code`: a compiled CodeUnit turned into run-time objects.
//
// The compiler produces a CodeUnit in plain C++ values; code_from_unit()
// converts its constants to objects (ints, floats, complex, str, bytes,
// tuples, frozensets and nested code, recursively) and interns the names, so
// that what co_consts, co_names and co_varnames show is what CPython shows.
//
// Invariants:
//  - `instructions` is a private copy of co_code (one CodeWord per code unit,
//    inline caches included): the eval loop reads it, and later
//    specialization rewrites it in place.  co_code is built from the
//    CodeUnit's original words, so it never shows specialized opcodes.
//  - localsplus is laid out as in CPython 3.11: the `nlocals` plain locals
//    (arguments first), then the cells that are not arguments, then the free
//    variables; `localspluskinds` says which is which, per slot.
//  - The exception table and the positions are kept decoded (one Position per
//    code unit), for unwinding and tracebacks.
//  - framesize = nlocalsplus + stacksize: the slots an interpreter frame needs.
#pragma once

#include <memory>
#include <vector>

#include "compiler/code_unit.h"
#include "objects/object.h"

namespace glasspy {

extern Type CodeType;

// The VM's memo for one LOAD_GLOBAL instruction: the value found when the
// globals and builtins dicts had these versions (borrowed from the dicts).
struct GlobalCacheEntry {
  uint64_t globals_version;
  uint64_t builtins_version;
  Object* value;
};

struct AttrCacheEntry;  // attribute_cache.h

struct CodeObject : Object {
  int co_argcount;
  int co_posonlyargcount;
  int co_kwonlyargcount;
  int co_stacksize;
  int co_flags;
  int co_firstlineno;
  int co_nlocalsplus;
  int co_nlocals;
  int co_ncellvars;  // cells that are not also arguments... all CO_FAST_CELL slots
  int co_nfreevars;
  int co_framesize;
  int co_firsttraceable;  // index of the first RESUME: the prologue ends there
  int warmup;             // RESUME/JUMP_BACKWARD runs so far, up to kQuickeningWarmup (native_calls.h)
  Object* co_consts;           // tuple
  Object* co_names;            // tuple of interned str
  Object* co_localsplusnames;  // tuple of interned str
  Object* co_localspluskinds;  // bytes
  Object* co_filename;         // str
  Object* co_name;             // str
  Object* co_qualname;         // str
  Object* co_weakreflist;
  // The parts kept in C++ form (owned; freed by the deallocator).
  CodeWord* instructions;
  int ninstructions;
  std::shared_ptr<const CodeUnit>* unit;  // the source of everything derived
  GlobalCacheEntry* global_cache;  // one per code unit, made on first use (or null)
  AttrCacheEntry* attr_cache;  // likewise, for the attribute instructions
};

// The LOAD_GLOBAL memo of code unit `offset` (null if it cannot be made).
GlobalCacheEntry* global_cache_entry(CodeObject* co, int offset);

inline bool is_code(Object* o) { return o->type == &CodeType; }
inline CodeObject* as_code(Object* o) { return static_cast<CodeObject*>(o); }

// New reference, or null with an error.
Object* code_from_unit(std::shared_ptr<const CodeUnit> unit);


inline const CodeUnit& code_unit_of(CodeObject* co) { return **co->unit; }

// The handler covering code unit `offset`: true with its entry, false if none.
bool code_find_handler(CodeObject* co, int offset, ExceptionTableEntry* out);
// The line of code unit `offset` (-1 if none), as co_lines() says.
int code_addr_to_line(CodeObject* co, int offset);
// The position of code unit `offset` (all -1 if unknown).
Position code_addr_to_position(CodeObject* co, int offset);

// Converts a compile-time constant to an object (new reference).
Object* constant_to_object(const Constant& c);

}  // namespace glasspy
