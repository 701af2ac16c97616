// code.replace(**changes): a copy of a code object with some fields changed.
//
// The copy starts from the original's CodeUnit; every field given is checked
// as CPython checks it and written into the copy's unit (names as strings,
// co_code as words, co_linetable and co_exceptiontable decoded from CPython
// 3.11's encodings), then the run-time object is made from the unit.
// co_consts may hold any objects, which a CodeUnit cannot: a new co_consts
// tuple is installed on the made object as given (the VM reads constants
// from that tuple only; the unit's constants serve the on-disk cache, which
// never sees a replaced code object).
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "compiler/code_unit.h"
#include "objects/bytes.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/code_object.h"

namespace glasspy {

namespace {

// The 3.11 location table back into one Position per code unit.  False if
// it is malformed.
bool decode_line_table(std::string_view table, int firstlineno, size_t ncode, std::vector<Position>& out) {
  out.clear();
  size_t i = 0;
  int line = firstlineno;
  auto byte = [&](unsigned& b) {
    if (i >= table.size()) return false;
    b = static_cast<uint8_t>(table[i++]);
    return true;
  };
  auto varint = [&](unsigned& v) {
    unsigned b;
    if (!byte(b)) return false;
    v = b & 63;
    for (int shift = 6; b & 64; shift += 6) {
      if (!byte(b) || shift > 30) return false;
      v |= (b & 63) << shift;
    }
    return true;
  };
  auto svarint = [&](int& v) {
    unsigned u;
    if (!varint(u)) return false;
    v = (u & 1) ? -static_cast<int>(u >> 1) : static_cast<int>(u >> 1);
    return true;
  };
  while (i < table.size()) {
    unsigned head = static_cast<uint8_t>(table[i++]);
    if (!(head & 0x80)) return false;
    int code = (head >> 3) & 15;
    int length = (head & 7) + 1;
    Position p;
    if (code == 15) {
      // no location
    } else if (code == 14) {
      int delta;
      unsigned end_delta, col, end_col;
      if (!svarint(delta) || !varint(end_delta) || !varint(col) || !varint(end_col)) return false;
      line += delta;
      p = Position{line, line + static_cast<int>(end_delta), static_cast<int>(col) - 1,
                   static_cast<int>(end_col) - 1};
    } else if (code == 13) {
      int delta;
      if (!svarint(delta)) return false;
      line += delta;
      p = Position{line, line, -1, -1};
    } else if (code >= 10) {
      unsigned col, end_col;
      if (!byte(col) || !byte(end_col)) return false;
      line += code - 10;
      p = Position{line, line, static_cast<int>(col), static_cast<int>(end_col)};
    } else {
      unsigned b;
      if (!byte(b)) return false;
      int col = code * 8 + static_cast<int>((b >> 4) & 7);
      p = Position{line, line, col, col + static_cast<int>(b & 15)};
    }
    for (int k = 0; k < length; ++k) out.push_back(p);
  }
  // Positions past the table have none (CPython answers None for them).
  out.resize(ncode);
  return true;
}

// The 3.11 exception table back into entries.  False if malformed.
bool decode_exception_table(std::string_view table, std::vector<ExceptionTableEntry>& out) {
  out.clear();
  size_t i = 0;
  auto item = [&](int& v, bool first) {
    if (i >= table.size()) return false;
    unsigned b = static_cast<uint8_t>(table[i++]);
    if (first != ((b & 0x80) != 0)) return false;
    unsigned value = b & 63;
    while (b & 64) {
      if (i >= table.size() || value >= (1u << 25)) return false;
      b = static_cast<uint8_t>(table[i++]);
      value = (value << 6) | (b & 63);
    }
    v = static_cast<int>(value);
    return true;
  };
  while (i < table.size()) {
    int start, size, target, depth_lasti;
    if (!item(start, true) || !item(size, false) || !item(target, false) || !item(depth_lasti, false)) return false;
    out.push_back(ExceptionTableEntry{start, start + size, target, depth_lasti >> 1, (depth_lasti & 1) != 0});
  }
  return true;
}

// A tuple of str as std::strings; false (SystemError, as CPython) if an
// item is not a str.
bool strings_of(Object* tuple, std::vector<std::string>& out) {
  out.clear();
  for (ssize i = 0; i < tuple_size(tuple); ++i) {
    Object* s = tuple_item(tuple, i);
    if (!is_str(s)) {
      set_error(&exc::SystemError, "non-string found in code slot");
      return false;
    }
    out.push_back(str_to_std(s));
  }
  return true;
}

bool int_field(Object* value, const char* name, int* out) {
  if (!is_int(value)) {
    format_error(&exc::TypeError, "replace() argument '%s' must be int, not %.200s", name, value->type->name);
    return false;
  }
  int overflow;
  int64_t v = int_as_i64_overflow(value, &overflow);
  if (overflow || v > INT32_MAX || v < INT32_MIN) {
    set_error(&exc::OverflowError, "Python int too large to convert to C int");
    return false;
  }
  *out = static_cast<int>(v);
  return true;
}

bool typed_field(Object* value, const char* name, bool ok, const char* type_name) {
  if (ok) return true;
  format_error(&exc::TypeError, "replace() argument '%s' must be %s, not %.200s", name, type_name,
               value->type->name);
  return false;
}

}  // namespace

Object* code_replace(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static ArgParser parser{"replace",
                          {"co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize",
                           "co_flags", "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames",
                           "co_freevars", "co_cellvars", "co_filename", "co_name", "co_qualname", "co_linetable",
                           "co_exceptiontable"},
                          0, 0, 0};
  enum {
    kArgcount, kPosonly, kKwonly, kNlocals, kStacksize, kFlags, kFirstlineno, kCode, kConsts, kNames,
    kVarnames, kFreevars, kCellvars, kFilename, kName, kQualname, kLinetable, kExceptiontable, kCount
  };
  Object* a[kCount];
  if (!parse_args(parser, args, nargs, kwnames, a)) return nullptr;
  CodeObject* co = as_code(self);
  auto unit = std::make_shared<CodeUnit>(code_unit_of(co));

  struct IntField {
    int index;
    const char* name;
    int* target;
  } ints[] = {
      {kArgcount, "co_argcount", &unit->argcount},       {kPosonly, "co_posonlyargcount", &unit->posonlyargcount},
      {kKwonly, "co_kwonlyargcount", &unit->kwonlyargcount}, {kStacksize, "co_stacksize", &unit->stacksize},
      {kFlags, "co_flags", &unit->flags},                {kFirstlineno, "co_firstlineno", &unit->firstlineno},
  };
  for (const IntField& f : ints) {
    if (a[f.index] && !int_field(a[f.index], f.name, f.target)) return nullptr;
  }
  for (const IntField& f : ints) {
    bool checked = f.index == kArgcount || f.index == kPosonly || f.index == kKwonly || f.index == kFirstlineno;
    if (checked && a[f.index] && *f.target < 0) {
      format_error(&exc::ValueError, "%s must be a positive integer", f.name);
      return nullptr;
    }
  }
  int nlocals = -1;
  if (a[kNlocals] && !int_field(a[kNlocals], "co_nlocals", &nlocals)) return nullptr;

  struct StrField {
    int index;
    const char* name;
    std::string* target;
  } strs[] = {{kFilename, "co_filename", &unit->filename}, {kName, "co_name", &unit->name},
              {kQualname, "co_qualname", &unit->qualname}};
  for (const StrField& f : strs) {
    if (!a[f.index]) continue;
    if (!typed_field(a[f.index], f.name, is_str(a[f.index]), "str")) return nullptr;
    *f.target = str_to_std(a[f.index]);
  }
  const char* tuple_names[] = {"co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars"};
  for (int k = kConsts; k <= kCellvars; ++k) {
    if (a[k] && !typed_field(a[k], tuple_names[k - kConsts], is_tuple(a[k]), "tuple")) return nullptr;
  }
  for (int k : {kCode, kLinetable, kExceptiontable}) {
    const char* name = k == kCode ? "co_code" : k == kLinetable ? "co_linetable" : "co_exceptiontable";
    if (a[k] && !typed_field(a[k], name, is_bytes(a[k]), "bytes")) return nullptr;
  }

  if (a[kNames] && !strings_of(a[kNames], unit->names)) return nullptr;
  if (a[kVarnames] || a[kCellvars] || a[kFreevars]) {
    // Rebuild localsplus as CPython lays it out: the locals, then the cells
    // that are not also locals, then the free variables.
    std::vector<std::string> varnames = unit->varnames(), cellvars = unit->cellvars(), freevars = unit->freevars();
    if (a[kVarnames] && !strings_of(a[kVarnames], varnames)) return nullptr;
    if (a[kCellvars] && !strings_of(a[kCellvars], cellvars)) return nullptr;
    if (a[kFreevars] && !strings_of(a[kFreevars], freevars)) return nullptr;
    unit->localsplus_names.clear();
    unit->localsplus_kinds.clear();
    for (const std::string& n : varnames) {
      unit->localsplus_names.push_back(n);
      unit->localsplus_kinds.push_back(CO_FAST_LOCAL);
    }
    for (const std::string& n : cellvars) {
      bool merged = false;
      for (size_t i = 0; i < varnames.size(); ++i) {
        if (varnames[i] == n) {
          unit->localsplus_kinds[i] |= CO_FAST_CELL;
          merged = true;
          break;
        }
      }
      if (merged) continue;
      unit->localsplus_names.push_back(n);
      unit->localsplus_kinds.push_back(CO_FAST_CELL);
    }
    for (const std::string& n : freevars) {
      unit->localsplus_names.push_back(n);
      unit->localsplus_kinds.push_back(CO_FAST_FREE);
    }
  }
  if (a[kCode]) {
    std::string_view bytes = bytes_view(a[kCode]);
    if (bytes.size() % 2 != 0) {
      set_error(&exc::ValueError, "code: co_code is malformed");
      return nullptr;
    }
    unit->code.clear();
    for (size_t i = 0; i < bytes.size(); i += 2) {
      unit->code.push_back(CodeWord{static_cast<uint8_t>(bytes[i]), static_cast<uint8_t>(bytes[i + 1])});
    }
  }
  if (a[kLinetable] || a[kFirstlineno]) {
    // The table counts lines from co_firstlineno: a new first line moves
    // every line, as in CPython.
    std::string original = code_unit_of(co).encoded_line_table();
    std::string_view table = a[kLinetable] ? bytes_view(a[kLinetable]) : std::string_view(original);
    if (!decode_line_table(table, unit->firstlineno, unit->code.size(), unit->positions)) {
      set_error(&exc::ValueError, "code: co_linetable is malformed");
      return nullptr;
    }
  } else {
    unit->positions.resize(unit->code.size());
  }
  if (a[kExceptiontable] && !decode_exception_table(bytes_view(a[kExceptiontable]), unit->exception_table)) {
    set_error(&exc::ValueError, "code: co_exceptiontable is malformed");
    return nullptr;
  }

  // CPython's own consistency checks (code_new's and _PyCode_Validate's).
  if (unit->argcount < unit->posonlyargcount || unit->stacksize < 0 || unit->flags < 0) {
    bad_internal_call();
    return nullptr;
  }
  ssize nvarnames = static_cast<ssize>(unit->varnames().size());
  if (nlocals >= 0 && nlocals != nvarnames) {
    set_error(&exc::ValueError, "code: co_nlocals != len(co_varnames)");
    return nullptr;
  }
  ssize nargs_total = unit->argcount + unit->kwonlyargcount + ((unit->flags & CO_VARARGS) ? 1 : 0) +
                      ((unit->flags & CO_VARKEYWORDS) ? 1 : 0);
  if (nvarnames < nargs_total) {
    set_error(&exc::ValueError, "code: co_varnames is too small");
    return nullptr;
  }

  Object* result = code_from_unit(unit);
  if (!result) return nullptr;
  CodeObject* made = as_code(result);
  setref(made->co_consts, newref(a[kConsts] ? a[kConsts] : co->co_consts));
  return result;
}

}  // namespace glasspy
