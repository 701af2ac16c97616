// The compiler's output: everything a CPython 3.11 code object holds, in
// plain C++ values so that the compiler depends on no runtime object model
// (the object layer turns a CodeUnit into a code object when it loads one).
//
// Invariants:
//  - `code` is 3.11 bytecode: one CodeWord per code unit, EXTENDED_ARG
//    prefixes and the inline CACHE entries included, as co_code shows it.
//  - `positions` has one entry per code unit (CACHE and EXTENDED_ARG units
//    share their instruction's), exactly what co_positions() yields; -1
//    stands for None.  co_lines() and the 3.11 location table are derived
//    from it and the instruction boundaries in `code`.
//  - Locals are 3.11's "localsplus": one name and kind per slot; co_varnames,
//    co_cellvars, co_freevars and co_nlocals are derived from the kinds.
//  - Constants hold only what CPython allows in co_consts: None, bool,
//    Ellipsis, int, float, complex, str, bytes, tuple, frozenset, code.
#pragma once

#include <gmpxx.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace glasspy {

struct CodeUnit;

// A compile-time constant.  Values are immutable once built; copying shares
// big ints and nested code.
class Constant {
 public:
  enum class Kind : uint8_t {
    None, Bool, Ellipsis, Int, Float, Complex, Str, Bytes, Tuple, FrozenSet, Code
  };

  Constant() = default;  // None
  static Constant none() { return Constant(); }
  static Constant boolean(bool v);
  static Constant ellipsis();
  static Constant integer(int64_t v);
  static Constant integer(const mpz_class& v);  // normalized: small values stay int64
  static Constant integer_from_decimal(std::string_view digits);  // "-123..."
  static Constant floating(double v);
  static Constant complex(double real, double imag);
  static Constant str(std::string utf8);    // generalized UTF-8
  static Constant bytes(std::string raw);
  static Constant tuple(std::vector<Constant> items);
  // frozenset(items): in the order CPython's set iterates them after
  // inserting `items` in order.
  static Constant frozenset(const std::vector<Constant>& items);
  static Constant frozenset_in_order(std::vector<Constant> items);  // already ordered
  // The frozenset CPython builds from this one's iteration order (what
  // happens when the compiler merges the constant, and again when interning
  // replaces one of its strings).
  Constant rebuilt_frozenset() const;
  static Constant code(std::shared_ptr<CodeUnit> c);

  Kind kind() const { return kind_; }
  bool is(Kind k) const { return kind_ == k; }
  bool bool_value() const { return small_ != 0; }
  bool is_small_int() const { return kind_ == Kind::Int && !big_; }
  int64_t small_int() const { return small_; }   // Int that fits int64 (is_small_int)
  mpz_class int_value() const;                   // any Int (or Bool as 0/1)
  double real() const { return real_; }          // Float; Complex's real part
  double imag() const { return imag_; }          // Complex's imaginary part
  const std::string& text() const { return text_; }  // Str (UTF-8) / Bytes
  const std::vector<Constant>& items() const { return *items_; }  // Tuple / FrozenSet
  // FrozenSet: the items in the order CPython inserted them when it built
  // this set; inserting them in this order reproduces items()' order, which
  // inserting items() itself need not (collisions resolve differently).
  const std::vector<Constant>& build_items() const { return build_items_ ? *build_items_ : *items_; }
  const std::shared_ptr<CodeUnit>& code_unit() const { return code_; }

  // Python's repr(); code objects as "<code object NAME at 0x..., file "F", line N>".
  std::string repr() const;
  // True when both are the same constant for co_consts purposes (CPython's
  // _PyCode_ConstantKey equality: same type and equal value, 0.0 and -0.0
  // apart, code objects only equal to themselves).
  bool same_key(const Constant& other) const;
  // Python's ==, for values of the kinds above (used by constant folding).
  bool py_equal(const Constant& other) const;
  // hash() as CPython 3.11 computes it with PYTHONHASHSEED=0 (for frozenset
  // order); false if the value is unhashable or its hash is not reproducible.
  bool py_hash(int64_t& out) const;
  // Python truth value.
  bool truthy() const;

 private:
  Kind kind_ = Kind::None;
  int64_t small_ = 0;
  std::shared_ptr<const mpz_class> big_;  // Int outside int64
  double real_ = 0, imag_ = 0;
  std::string text_;
  std::shared_ptr<const std::vector<Constant>> items_;
  std::shared_ptr<const std::vector<Constant>> build_items_;  // null: items_
  std::shared_ptr<CodeUnit> code_;
};

// 3.11's co_flags bits.
enum CodeFlags : int {
  CO_OPTIMIZED = 0x0001,
  CO_NEWLOCALS = 0x0002,
  CO_VARARGS = 0x0004,
  CO_VARKEYWORDS = 0x0008,
  CO_NESTED = 0x0010,
  CO_GENERATOR = 0x0020,
  CO_NOFREE = 0x0040,
  CO_COROUTINE = 0x0080,
  CO_ITERABLE_COROUTINE = 0x0100,
  CO_ASYNC_GENERATOR = 0x0200,
  // __future__ flags that compile() records in co_flags.
  CO_FUTURE_DIVISION = 0x20000,
  CO_FUTURE_ABSOLUTE_IMPORT = 0x40000,
  CO_FUTURE_WITH_STATEMENT = 0x80000,
  CO_FUTURE_PRINT_FUNCTION = 0x100000,
  CO_FUTURE_UNICODE_LITERALS = 0x200000,
  CO_FUTURE_BARRY_AS_BDFL = 0x400000,
  CO_FUTURE_GENERATOR_STOP = 0x800000,
  CO_FUTURE_ANNOTATIONS = 0x1000000,
};

// 3.11's localsplus kinds (co_localspluskinds).
enum LocalKind : uint8_t {
  CO_FAST_LOCAL = 0x20,
  CO_FAST_CELL = 0x40,
  CO_FAST_FREE = 0x80,
};

struct CodeWord {
  uint8_t opcode = 0;
  uint8_t arg = 0;
};

struct ExceptionTableEntry {
  int start = 0;   // first code unit covered
  int end = 0;     // one past the last code unit covered
  int target = 0;  // handler's code unit
  int depth = 0;   // stack depth to unwind to before pushing the exception
  bool lasti = false;  // push the offset of the raising instruction first
};

struct Position {
  int lineno = -1, end_lineno = -1, col = -1, end_col = -1;  // -1: None
  bool operator==(const Position&) const = default;
};

// One co_lines() entry: bytes [start, end) of co_code belong to `line`
// (-1: None).
struct LineRange {
  int start, end, line;
};

struct CodeUnit {
  std::string name;      // co_name
  std::string qualname;  // co_qualname
  std::string filename;  // co_filename
  int firstlineno = 1;
  int argcount = 0;
  int posonlyargcount = 0;
  int kwonlyargcount = 0;
  int stacksize = 0;
  int flags = 0;
  std::vector<std::string> localsplus_names;
  std::vector<uint8_t> localsplus_kinds;
  std::vector<std::string> names;  // co_names
  std::vector<Constant> consts;    // co_consts
  std::vector<CodeWord> code;      // co_code
  std::vector<ExceptionTableEntry> exception_table;
  std::vector<Position> positions;  // per code unit

  std::vector<std::string> varnames() const;  // co_varnames
  std::vector<std::string> cellvars() const;  // co_cellvars
  std::vector<std::string> freevars() const;  // co_freevars
  int nlocals() const;                        // co_nlocals
  std::vector<LineRange> lines() const;       // co_lines()
  // co_exceptiontable and co_linetable in CPython 3.11's encodings.
  std::string encoded_exception_table() const;
  std::string encoded_line_table() const;
  // co_code as bytes.
  std::string code_bytes() const;
};

// The on-disk bytecode cache: our own format, versioned.  serialize() never
// fails; deserialize() returns false (with a reason) on anything malformed or
// written by another format version.
constexpr uint32_t kCodeCacheMagic = 0x43595047;  // "GPYC" little-endian
constexpr uint32_t kCodeCacheVersion = 1;
std::string serialize_code(const CodeUnit& code);
bool deserialize_code(std::string_view data, std::shared_ptr<CodeUnit>& out, std::string& error);

}  // namespace glasspy
