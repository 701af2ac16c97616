// Building code objects from Python: `code.replace(**changes)` and the
// `types.CodeType(...)` constructor.
//
// A code object is derived from a CodeUnit (the compiler's form: names as
// UTF-8, positions per code unit, the exception table as entries).  Both
// operations start from a unit (a copy of the original's for replace, an
// empty one for the constructor), apply each field given from Python, with
// the checks and messages CPython 3.11 gives, and build a new code object
// from the result.  The byte encodings that Python sees (co_linetable,
// co_exceptiontable) are decoded back into positions and entries here, so
// that tracebacks, co_lines() and the exception table of the new object
// keep working.  co_consts and co_names are installed as the tuples given,
// since a constant may be any object.
#include "vm/code_construction.h"

#include <memory>
#include <string>
#include <vector>

#include "compiler/code_unit.h"
#include "objects/bytes.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/code_object.h"

namespace glasspy {

namespace {

// Local-variable kinds (CPython's CO_FAST_*), as code_unit.h uses them.
constexpr uint8_t kFastLocal = 0x20;
constexpr uint8_t kFastCell = 0x40;
constexpr uint8_t kFastFree = 0x80;

// The 3.11 varint: 6-bit groups, least significant first, 0x40 = more.
bool read_varint(const std::string& b, size_t& i, unsigned& out) {
  out = 0;
  int shift = 0;
  while (i < b.size()) {
    unsigned char c = static_cast<unsigned char>(b[i++]);
    out |= static_cast<unsigned>(c & 63) << shift;
    if (!(c & 64)) return true;
    shift += 6;
    if (shift > 30) return false;
  }
  return false;
}

bool read_svarint(const std::string& b, size_t& i, int& out) {
  unsigned v;
  if (!read_varint(b, i, v)) return false;
  out = (v & 1) ? -static_cast<int>(v >> 1) : static_cast<int>(v >> 1);
  return true;
}

// co_linetable (Objects/locations.md) -> one Position per code unit.  A
// table that ends early leaves the remaining units without a position, as
// CPython reports them; garbage past the code is ignored.
std::vector<Position> decode_line_table(const std::string& table, int firstlineno, size_t ncode) {
  std::vector<Position> out(ncode);
  size_t i = 0, unit = 0;
  int line = firstlineno;
  while (i < table.size() && unit < ncode) {
    unsigned char head = static_cast<unsigned char>(table[i++]);
    if (!(head & 0x80)) break;
    int code = (head >> 3) & 15;
    size_t length = (head & 7) + 1u;
    Position p;
    bool ok = true;
    if (code == 15) {
      // no location
    } else if (code == 14) {
      int delta;
      unsigned end_delta, col, end_col;
      ok = read_svarint(table, i, delta) && read_varint(table, i, end_delta) && read_varint(table, i, col) &&
           read_varint(table, i, end_col);
      line += delta;
      p = {line, line + static_cast<int>(end_delta), static_cast<int>(col) - 1, static_cast<int>(end_col) - 1};
    } else if (code == 13) {
      int delta;
      ok = read_svarint(table, i, delta);
      line += delta;
      p = {line, line, -1, -1};
    } else if (code >= 10) {
      line += code - 10;
      ok = i + 2 <= table.size();
      if (ok) {
        int col = static_cast<unsigned char>(table[i]);
        int end_col = static_cast<unsigned char>(table[i + 1]);
        i += 2;
        p = {line, line, col, end_col};
      }
    } else {
      ok = i < table.size();
      if (ok) {
        unsigned char second = static_cast<unsigned char>(table[i++]);
        int col = code * 8 + (second >> 4);
        p = {line, line, col, col + (second & 15)};
      }
    }
    if (!ok) break;
    for (size_t k = 0; k < length && unit < ncode; ++k) out[unit++] = p;
  }
  return out;
}

// co_exceptiontable -> entries.  Each entry starts with a byte carrying
// 0x80; its four numbers are big-endian 6-bit groups with 0x40 = more.
std::vector<ExceptionTableEntry> decode_exception_table(const std::string& table) {
  std::vector<ExceptionTableEntry> out;
  size_t i = 0;
  auto item = [&](unsigned& v) {
    v = 0;
    while (i < table.size()) {
      unsigned char c = static_cast<unsigned char>(table[i++]);
      v = (v << 6) | (c & 63);
      if (!(c & 64)) return true;
    }
    return false;
  };
  while (i < table.size()) {
    if (!(static_cast<unsigned char>(table[i]) & 0x80)) break;
    unsigned start, length, target, depth_lasti;
    if (!item(start) || !item(length) || !item(target) || !item(depth_lasti)) break;
    ExceptionTableEntry e;
    e.start = static_cast<int>(start);
    e.end = static_cast<int>(start + length);
    e.target = static_cast<int>(target);
    e.depth = static_cast<int>(depth_lasti >> 1);
    e.lasti = depth_lasti & 1;
    out.push_back(e);
  }
  return out;
}

// The fields a caller may give, all borrowed; null = not given.
enum Field {
  kArgcount, kPosonlyargcount, kKwonlyargcount, kNlocals, kStacksize, kFlags, kFirstlineno,
  kCode, kConsts, kNames, kVarnames, kFreevars, kCellvars, kFilename, kName, kQualname,
  kLinetable, kExceptiontable, kFieldCount
};

const char* const kFieldNames[kFieldCount] = {
    "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize",
    "co_flags", "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames",
    "co_freevars", "co_cellvars", "co_filename", "co_name", "co_qualname", "co_linetable",
    "co_exceptiontable"};

bool type_error_for(const char* fname, const char* field, const char* expected, Object* got) {
  format_error(&exc::TypeError, "%s() argument '%s' must be %s, not %s", fname, field, expected,
               got->type->name);
  return false;
}

// Names from a tuple of str; CPython's SystemError for anything else.
bool names_from_tuple(Object* t, std::vector<std::string>& out) {
  out.clear();
  for (ssize k = 0; k < tuple_size(t); ++k) {
    Object* s = tuple_item(t, k);
    if (!is_str(s)) {
      set_error(&exc::SystemError, "non-string found in code slot");
      return false;
    }
    out.push_back(str_to_std(s));
  }
  return true;
}

std::vector<std::string> names_with_kind(const CodeUnit& u, uint8_t kind) {
  std::vector<std::string> out;
  for (size_t k = 0; k < u.localsplus_names.size(); ++k)
    if (u.localsplus_kinds[k] & kind) out.push_back(u.localsplus_names[k]);
  return out;
}

// Applies `given` to `unit` and builds the code object.  `fname` names the
// caller in messages ("replace", "code").
Object* build_code(const char* fname, CodeUnit& unit, Object* const given[kFieldCount], int nlocals_now) {
  // Integers first, in CPython's order of checks.
  int ints[kFirstlineno + 1] = {unit.argcount, unit.posonlyargcount, unit.kwonlyargcount, nlocals_now,
                                unit.stacksize, unit.flags, unit.firstlineno};
  for (int f = kArgcount; f <= kFirstlineno; ++f) {
    if (!given[f]) continue;
    if (!arg_to_int(given[f], &ints[f])) return nullptr;
    if (ints[f] < 0) {
      format_error(&exc::ValueError, "%s must be a positive integer", kFieldNames[f]);
      return nullptr;
    }
  }
  struct Expect {
    Field field;
    Type* type;
    const char* what;
  };
  for (Expect e : {Expect{kCode, &BytesType, "bytes"}, Expect{kConsts, &TupleType, "tuple"},
                   Expect{kNames, &TupleType, "tuple"}, Expect{kVarnames, &TupleType, "tuple"},
                   Expect{kFreevars, &TupleType, "tuple"}, Expect{kCellvars, &TupleType, "tuple"},
                   Expect{kFilename, &StrType, "str"}, Expect{kName, &StrType, "str"},
                   Expect{kQualname, &StrType, "str"}, Expect{kLinetable, &BytesType, "bytes"},
                   Expect{kExceptiontable, &BytesType, "bytes"}}) {
    Object* v = given[e.field];
    if (v && !is_subtype(v->type, e.type)) return type_error_for(fname, kFieldNames[e.field], e.what, v), nullptr;
  }

  std::vector<std::string> names;
  if (given[kNames] && !names_from_tuple(given[kNames], names)) return nullptr;
  std::vector<std::string> varnames = names_with_kind(unit, kFastLocal);
  std::vector<std::string> cellvars, freevars;
  for (size_t k = 0; k < unit.localsplus_names.size(); ++k) {
    uint8_t kind = unit.localsplus_kinds[k];
    if (kind & kFastCell) cellvars.push_back(unit.localsplus_names[k]);
    if (kind & kFastFree) freevars.push_back(unit.localsplus_names[k]);
  }
  if (given[kVarnames] && !names_from_tuple(given[kVarnames], varnames)) return nullptr;
  if (given[kCellvars] && !names_from_tuple(given[kCellvars], cellvars)) return nullptr;
  if (given[kFreevars] && !names_from_tuple(given[kFreevars], freevars)) return nullptr;
  for (Field f : {kFilename, kName, kQualname}) {
    if (given[f] && !str_as_utf8(given[f])) return nullptr;
  }

  std::string code_bytes = given[kCode] ? std::string(bytes_data(given[kCode]), bytes_size(given[kCode]))
                                        : unit.code_bytes();
  if (code_bytes.size() % 2 != 0) {
    set_error(&exc::ValueError, "code: co_code is malformed");
    return nullptr;
  }
  int argcount = ints[kArgcount], posonly = ints[kPosonlyargcount], kwonly = ints[kKwonlyargcount];
  int nlocals = ints[kNlocals];
  int total_args = argcount + kwonly + ((ints[kFlags] & 0x4) ? 1 : 0) + ((ints[kFlags] & 0x8) ? 1 : 0);
  if (static_cast<int>(varnames.size()) < total_args) {
    set_error(&exc::ValueError, "code: co_varnames is too small");
    return nullptr;
  }
  if (nlocals != static_cast<int>(varnames.size())) {
    set_error(&exc::ValueError, "code: co_nlocals != len(co_varnames)");
    return nullptr;
  }
  if (argcount < posonly) {
    set_error(&exc::ValueError, "code: argcount must not be smaller than posonlyargcount");
    return nullptr;
  }

  unit.argcount = argcount;
  unit.posonlyargcount = posonly;
  unit.kwonlyargcount = kwonly;
  unit.stacksize = ints[kStacksize];
  unit.flags = ints[kFlags];
  int old_firstlineno = unit.firstlineno;
  unit.firstlineno = ints[kFirstlineno];
  if (given[kFilename]) unit.filename = str_to_std(given[kFilename]);
  if (given[kName]) unit.name = str_to_std(given[kName]);
  if (given[kQualname]) unit.qualname = str_to_std(given[kQualname]);
  if (given[kNames]) unit.names = names;

  // localsplus: the variables (a cell variable that is also a local shares
  // its slot), the other cell variables, then the free variables.
  unit.localsplus_names.clear();
  unit.localsplus_kinds.clear();
  for (const std::string& v : varnames) {
    bool is_cell = false;
    for (const std::string& c : cellvars) is_cell = is_cell || c == v;
    unit.localsplus_names.push_back(v);
    unit.localsplus_kinds.push_back(static_cast<uint8_t>(kFastLocal | (is_cell ? kFastCell : 0)));
  }
  for (const std::string& c : cellvars) {
    bool is_local = false;
    for (const std::string& v : varnames) is_local = is_local || c == v;
    if (is_local) continue;
    unit.localsplus_names.push_back(c);
    unit.localsplus_kinds.push_back(kFastCell);
  }
  for (const std::string& f : freevars) {
    unit.localsplus_names.push_back(f);
    unit.localsplus_kinds.push_back(kFastFree);
  }

  // The line table is relative to co_firstlineno: re-encode the old one
  // against the old first line before the code changes under it.
  std::string linetable;
  if (given[kLinetable]) {
    linetable.assign(bytes_data(given[kLinetable]), bytes_size(given[kLinetable]));
  } else {
    int saved = unit.firstlineno;
    unit.firstlineno = old_firstlineno;
    linetable = unit.encoded_line_table();
    unit.firstlineno = saved;
  }
  if (given[kCode]) {
    unit.code.resize(code_bytes.size() / 2);
    for (size_t k = 0; k < unit.code.size(); ++k) {
      unit.code[k].opcode = static_cast<uint8_t>(code_bytes[2 * k]);
      unit.code[k].arg = static_cast<uint8_t>(code_bytes[2 * k + 1]);
    }
  }
  if (given[kLinetable] || given[kCode] || given[kFirstlineno])
    unit.positions = decode_line_table(linetable, unit.firstlineno, unit.code.size());
  if (given[kExceptiontable]) {
    std::string table(bytes_data(given[kExceptiontable]), bytes_size(given[kExceptiontable]));
    unit.exception_table = decode_exception_table(table);
  }
  // co_consts given: the unit keeps its compile-time constants only when the
  // count agrees, for the disassembler's sake; the object gets the tuple.
  if (given[kConsts] && static_cast<size_t>(tuple_size(given[kConsts])) != unit.consts.size())
    unit.consts.clear();

  Object* co = code_from_unit(std::make_shared<const CodeUnit>(std::move(unit)));
  if (!co) return nullptr;
  CodeObject* c = as_code(co);
  if (given[kConsts]) {
    Object* old = c->co_consts;
    c->co_consts = newref(given[kConsts]);
    decref(old);
  }
  if (given[kNames]) {
    Object* old = c->co_names;
    c->co_names = newref(given[kNames]);
    decref(old);
  }
  return co;
}

}  // namespace

Object* code_replace(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  if (nargs != 0) {
    set_error(&exc::TypeError, "replace() takes no positional arguments");
    return nullptr;
  }
  static const ArgParser parser{
      "replace",
      {"co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags",
       "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars",
       "co_filename", "co_name", "co_qualname", "co_linetable", "co_exceptiontable"},
      0, 0, 0};
  Object* given[kFieldCount] = {};
  if (!parse_args(parser, args, nargs, kwnames, given)) return nullptr;
  CodeObject* co = as_code(self);
  CodeUnit unit = code_unit_of(co);
  // Replacing nothing that the unit does not hold keeps the object's own
  // constants and names (they may have been replaced before).
  Object* effective[kFieldCount];
  for (int f = 0; f < kFieldCount; ++f) effective[f] = given[f];
  if (!effective[kConsts]) effective[kConsts] = co->co_consts;
  if (!effective[kNames]) effective[kNames] = co->co_names;
  return build_code("replace", unit, effective, co->co_nlocals);
}

Object* code_new(Type*, Object* args, Object* kwargs) {
  if (kwargs && is_dict(kwargs) && dict_size(kwargs) > 0) {
    set_error(&exc::TypeError, "code() takes no keyword arguments");
    return nullptr;
  }
  ssize n = tuple_size(args);
  if (n < 16 || n > 18) {
    format_error(&exc::TypeError, n < 16 ? "code expected at least 16 arguments, got %zd"
                                         : "code expected at most 18 arguments, got %zd",
                 n);
    return nullptr;
  }
  // Positional order: argcount, posonlyargcount, kwonlyargcount, nlocals,
  // stacksize, flags, codestring, constants, names, varnames, filename,
  // name, qualname, firstlineno, linetable, exceptiontable, freevars,
  // cellvars.
  static const Field order[18] = {kArgcount, kPosonlyargcount, kKwonlyargcount, kNlocals, kStacksize,
                                  kFlags, kCode, kConsts, kNames, kVarnames, kFilename, kName,
                                  kQualname, kFirstlineno, kLinetable, kExceptiontable, kFreevars,
                                  kCellvars};
  Object* given[kFieldCount] = {};
  for (ssize k = 0; k < n; ++k) given[order[k]] = tuple_item(args, k);
  Object* empty = tuple_new(0);
  if (!empty) return nullptr;
  if (!given[kFreevars]) given[kFreevars] = empty;
  if (!given[kCellvars]) given[kCellvars] = empty;
  CodeUnit unit;
  Object* co = build_code("code", unit, given, 0);
  decref(empty);
  return co;
}

}  // namespace glasspy
