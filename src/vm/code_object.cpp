// `code` objects (see code_object.h).
#include "vm/code_object.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <cstdlib>
#include <cstring>

#include "compiler/opcodes.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/set.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/weakref.h"
#include "vm/code_construction.h"

namespace glasspy {

namespace {

Object* str_tuple(const std::vector<std::string>& names) {
  Object* t = tuple_new(static_cast<ssize>(names.size()));
  if (!t) return nullptr;
  for (size_t i = 0; i < names.size(); ++i) {
    Object* s = str_from_generalized_utf8(names[i]);
    if (!s) {
      decref(t);
      return nullptr;
    }
    str_intern_in_place(&s);
    tuple_set_item(t, static_cast<ssize>(i), s);
  }
  return t;
}

Object* int_from_big(const mpz_class& v) { return int_from_mpz(v.get_mpz_t()); }

}  // namespace

Object* constant_to_object(const Constant& c) {
  switch (c.kind()) {
    case Constant::Kind::None:
      return newref(None);
    case Constant::Kind::Bool:
      return bool_from(c.bool_value());
    case Constant::Kind::Ellipsis:
      return newref(Ellipsis);
    case Constant::Kind::Int:
      if (c.is_small_int()) return int_from_i64(c.small_int());
      return int_from_big(c.int_value());
    case Constant::Kind::Float:
      return float_from_double(c.real());
    case Constant::Kind::Complex:
      return complex_from_doubles(c.real(), c.imag());
    case Constant::Kind::Str: {
      Object* s = str_from_generalized_utf8(c.text());
      if (!s) return nullptr;
      // CPython interns constant strings that look like identifiers; interning
      // all of them is harmless (only identity could tell, and `is` on equal
      // constants of one code object is already True).
      str_intern_in_place(&s);
      return s;
    }
    case Constant::Kind::Bytes:
      return bytes_from_data(c.text().data(), static_cast<ssize>(c.text().size()));
    case Constant::Kind::Tuple:
    case Constant::Kind::FrozenSet: {
      // A frozenset is built by replaying CPython's insertions, so that its
      // table (and iteration order) is the one CPython's constant has.
      const std::vector<Constant>& items = c.kind() == Constant::Kind::Tuple ? c.items() : c.build_items();
      Object* t = tuple_new(static_cast<ssize>(items.size()));
      if (!t) return nullptr;
      for (size_t i = 0; i < items.size(); ++i) {
        Object* item = constant_to_object(items[i]);
        if (!item) {
          decref(t);
          return nullptr;
        }
        tuple_set_item(t, static_cast<ssize>(i), item);
      }
      if (c.kind() == Constant::Kind::Tuple) return t;
      Object* fs = frozenset_new(t);
      decref(t);
      return fs;
    }
    case Constant::Kind::Code:
      return code_from_unit(c.code_unit());
  }
  return bad_internal_call();
}

Object* code_from_unit(std::shared_ptr<const CodeUnit> unit_ptr) {
  const CodeUnit& unit = *unit_ptr;
  Object* o = allocate_object(&CodeType, sizeof(CodeObject));
  if (!o) return nullptr;
  CodeObject* co = as_code(o);
  co->unit = new std::shared_ptr<const CodeUnit>(unit_ptr);
  co->co_argcount = unit.argcount;
  co->co_posonlyargcount = unit.posonlyargcount;
  co->co_kwonlyargcount = unit.kwonlyargcount;
  co->co_stacksize = unit.stacksize;
  co->co_flags = unit.flags;
  co->co_firstlineno = unit.firstlineno;
  co->co_nlocalsplus = static_cast<int>(unit.localsplus_names.size());
  co->co_nlocals = 0;
  co->co_ncellvars = 0;
  co->co_nfreevars = 0;
  for (uint8_t k : unit.localsplus_kinds) {
    if (k & CO_FAST_LOCAL) ++co->co_nlocals;
    if (k & CO_FAST_CELL) ++co->co_ncellvars;
    if (k & CO_FAST_FREE) ++co->co_nfreevars;
  }
  co->co_framesize = co->co_nlocalsplus + co->co_stacksize;
  co->ninstructions = static_cast<int>(unit.code.size());
  co->instructions = static_cast<CodeWord*>(std::malloc(sizeof(CodeWord) * (unit.code.size() + 1)));
  if (!co->instructions) {
    decref(o);
    return no_memory();
  }
  std::memcpy(co->instructions, unit.code.data(), sizeof(CodeWord) * unit.code.size());
  co->instructions[unit.code.size()] = CodeWord{};
  co->co_firsttraceable = 0;
  co->warmup = 0;
  for (size_t i = 0; i < unit.code.size(); ++i) {
    if (unit.code[i].opcode == op::RESUME) {
      co->co_firsttraceable = static_cast<int>(i);
      break;
    }
  }
  co->co_filename = str_from_generalized_utf8(unit.filename);
  co->co_name = co->co_filename ? str_from_generalized_utf8(unit.name) : nullptr;
  co->co_qualname = co->co_name ? str_from_generalized_utf8(unit.qualname) : nullptr;
  if (!co->co_qualname) {
    decref(o);
    return nullptr;
  }
  str_intern_in_place(&co->co_name);
  str_intern_in_place(&co->co_filename);
  co->co_names = str_tuple(unit.names);
  co->co_localsplusnames = co->co_names ? str_tuple(unit.localsplus_names) : nullptr;
  if (!co->co_localsplusnames) {
    decref(o);
    return nullptr;
  }
  co->co_localspluskinds =
      bytes_from_data(reinterpret_cast<const char*>(unit.localsplus_kinds.data()),
                      static_cast<ssize>(unit.localsplus_kinds.size()));
  if (!co->co_localspluskinds) {
    decref(o);
    return nullptr;
  }
  Object* consts = tuple_new(static_cast<ssize>(unit.consts.size()));
  if (!consts) {
    decref(o);
    return nullptr;
  }
  co->co_consts = consts;
  for (size_t i = 0; i < unit.consts.size(); ++i) {
    Object* c = constant_to_object(unit.consts[i]);
    if (!c) {
      decref(o);
      return nullptr;
    }
    tuple_set_item(consts, static_cast<ssize>(i), c);
  }
  return o;
}

GlobalCacheEntry* global_cache_entry(CodeObject* co, int offset) {
  if (!co->global_cache) {
    co->global_cache = static_cast<GlobalCacheEntry*>(
        std::calloc(static_cast<size_t>(co->ninstructions) + 1, sizeof(GlobalCacheEntry)));
    if (!co->global_cache) return nullptr;
  }
  if (offset < 0 || offset >= co->ninstructions) return nullptr;
  return &co->global_cache[offset];
}

bool code_find_handler(CodeObject* co, int offset, ExceptionTableEntry* out) {
  const std::vector<ExceptionTableEntry>& table = code_unit_of(co).exception_table;
  // Entries are sorted by start and do not overlap.
  auto it = std::upper_bound(table.begin(), table.end(), offset,
                             [](int off, const ExceptionTableEntry& e) { return off < e.start; });
  if (it == table.begin()) return false;
  --it;
  if (offset >= it->start && offset < it->end) {
    *out = *it;
    return true;
  }
  return false;
}

int code_addr_to_line(CodeObject* co, int offset) {
  const std::vector<Position>& positions = code_unit_of(co).positions;
  if (offset < 0 || static_cast<size_t>(offset) >= positions.size()) return -1;
  return positions[offset].lineno;
}

Position code_addr_to_position(CodeObject* co, int offset) {
  const std::vector<Position>& positions = code_unit_of(co).positions;
  if (offset < 0 || static_cast<size_t>(offset) >= positions.size()) return Position{};
  return positions[offset];
}

namespace {

void code_dealloc(Object* o) {
  clear_weakrefs_if_any(o);
  CodeObject* co = as_code(o);
  xdecref(co->co_consts);
  xdecref(co->co_names);
  xdecref(co->co_localsplusnames);
  xdecref(co->co_localspluskinds);
  xdecref(co->co_filename);
  xdecref(co->co_name);
  xdecref(co->co_qualname);
  std::free(co->instructions);
  std::free(co->global_cache);
  std::free(co->attr_cache);
  delete co->unit;
  free_object(o);
}

Object* code_repr(Object* o) {
  CodeObject* co = as_code(o);
  return str_from_format("<code object %U at %p, file \"%U\", line %d>", co->co_name,
                         static_cast<void*>(o), co->co_filename, co->co_firstlineno);
}

Object* names_of_kind(CodeObject* co, uint8_t kind) {
  Object* names = co->co_localsplusnames;
  const uint8_t* kinds = reinterpret_cast<const uint8_t*>(bytes_data(co->co_localspluskinds));
  ssize n = 0;
  for (ssize i = 0; i < tuple_size(names); ++i)
    if (kinds[i] & kind) ++n;
  Object* t = tuple_new(n);
  if (!t) return nullptr;
  ssize j = 0;
  for (ssize i = 0; i < tuple_size(names); ++i)
    if (kinds[i] & kind) tuple_set_item(t, j++, newref(tuple_item(names, i)));
  return t;
}

Object* code_get_varnames(Object* o, void*) { return names_of_kind(as_code(o), CO_FAST_LOCAL); }
Object* code_get_cellvars(Object* o, void*) { return names_of_kind(as_code(o), CO_FAST_CELL); }
Object* code_get_freevars(Object* o, void*) { return names_of_kind(as_code(o), CO_FAST_FREE); }

Object* code_get_code(Object* o, void*) {
  std::string b = code_unit_of(as_code(o)).code_bytes();
  return bytes_from_data(b.data(), static_cast<ssize>(b.size()));
}
Object* code_get_linetable(Object* o, void*) {
  std::string b = code_unit_of(as_code(o)).encoded_line_table();
  return bytes_from_data(b.data(), static_cast<ssize>(b.size()));
}
Object* code_get_exceptiontable(Object* o, void*) {
  std::string b = code_unit_of(as_code(o)).encoded_exception_table();
  return bytes_from_data(b.data(), static_cast<ssize>(b.size()));
}

// co_lnotab, the pre-3.10 line table CPython 3.11 still derives from
// co_lines(): (byte delta, line delta) pairs at each change of line, deltas
// split to fit an unsigned and a signed byte.  Ranges without a line keep
// the previous line.
Object* code_get_lnotab(Object* o, void*) {
  CodeObject* co = as_code(o);
  std::string out;
  auto pair = [&out](int bdelta, int ldelta) {
    out.push_back(static_cast<char>(static_cast<uint8_t>(bdelta)));
    out.push_back(static_cast<char>(static_cast<int8_t>(ldelta)));
  };
  int line = co->co_firstlineno;
  int offset = 0;
  for (const LineRange& r : code_unit_of(co).lines()) {
    if (r.line < 0 || r.line == line) continue;
    int bdelta = r.start - offset;
    int ldelta = r.line - line;
    for (; bdelta > 255; bdelta -= 255) pair(255, 0);
    for (; ldelta > 127; ldelta -= 127, bdelta = 0) pair(bdelta, 127);
    for (; ldelta < -128; ldelta += 128, bdelta = 0) pair(bdelta, -128);
    pair(bdelta, ldelta);
    offset = r.start;
    line = r.line;
  }
  return bytes_from_data(out.data(), static_cast<ssize>(out.size()));
}

Object* int_or_none(int v) { return v < 0 ? newref(None) : int_from_i64(v); }

Object* code_co_lines(Object* o) {
  std::vector<LineRange> lines = code_unit_of(as_code(o)).lines();
  Object* list = list_new(0);
  if (!list) return nullptr;
  for (const LineRange& r : lines) {
    Object* a = int_from_i64(r.start);
    Object* b = int_from_i64(r.end);
    Object* c = int_or_none(r.line);
    Object* t = (a && b && c) ? tuple_pack({a, b, c}) : nullptr;
    xdecref(a);
    xdecref(b);
    xdecref(c);
    if (!t || list_append(list, t) < 0) {
      xdecref(t);
      decref(list);
      return nullptr;
    }
    decref(t);
  }
  Object* it = get_iter(list);
  decref(list);
  return it;
}

Object* code_co_positions(Object* o) {
  const std::vector<Position>& positions = code_unit_of(as_code(o)).positions;
  Object* list = list_new(0);
  if (!list) return nullptr;
  for (const Position& p : positions) {
    Object* a = int_or_none(p.lineno);
    Object* b = int_or_none(p.end_lineno);
    Object* c = int_or_none(p.col);
    Object* d = int_or_none(p.end_col);
    Object* t = (a && b && c && d) ? tuple_pack({a, b, c, d}) : nullptr;
    xdecref(a);
    xdecref(b);
    xdecref(c);
    xdecref(d);
    if (!t || list_append(list, t) < 0) {
      xdecref(t);
      decref(list);
      return nullptr;
    }
    decref(t);
  }
  Object* it = get_iter(list);
  decref(list);
  return it;
}

// Constants are equal for code equality when they have the same type and
// value, with 0.0 and -0.0 apart (CPython compares _PyCode_ConstantKey).
int constants_equal(Object* a, Object* b);

int constant_tuples_equal(Object* a, Object* b) {
  if (tuple_size(a) != tuple_size(b)) return 0;
  for (ssize i = 0; i < tuple_size(a); ++i) {
    int eq = constants_equal(tuple_item(a, i), tuple_item(b, i));
    if (eq <= 0) return eq;
  }
  return 1;
}

bool code_fields_equal(CodeObject* a, CodeObject* b);

int constants_equal(Object* a, Object* b) {
  if (a == b) return 1;
  if (a->type != b->type) return 0;
  if (is_tuple(a)) return constant_tuples_equal(a, b);
  if (is_code(a)) return code_fields_equal(as_code(a), as_code(b)) ? 1 : 0;
  if (is_float(a)) {
    double x = float_as_double(a), y = float_as_double(b);
    if (x != x && y != y) return 1;
    return x == y && std::signbit(x) == std::signbit(y);
  }
  if (is_complex(a)) {
    auto* ca = static_cast<ComplexObject*>(a);
    auto* cb = static_cast<ComplexObject*>(b);
    double xr = ca->real, xi = ca->imag, yr = cb->real, yi = cb->imag;
    auto same = [](double x, double y) { return (x != x && y != y) || (x == y && std::signbit(x) == std::signbit(y)); };
    return same(xr, yr) && same(xi, yi);
  }
  return rich_compare_bool(a, b, kEQ);
}

bool code_fields_equal(CodeObject* a, CodeObject* b) {
  if (a->co_argcount != b->co_argcount || a->co_posonlyargcount != b->co_posonlyargcount ||
      a->co_kwonlyargcount != b->co_kwonlyargcount || a->co_flags != b->co_flags ||
      a->co_firstlineno != b->co_firstlineno) {
    return false;
  }
  const CodeUnit& ua = code_unit_of(a);
  const CodeUnit& ub = code_unit_of(b);
  if (ua.code_bytes() != ub.code_bytes() || ua.encoded_line_table() != ub.encoded_line_table() ||
      ua.encoded_exception_table() != ub.encoded_exception_table()) {
    return false;
  }
  if (rich_compare_bool(a->co_name, b->co_name, kEQ) != 1) return false;
  if (rich_compare_bool(a->co_names, b->co_names, kEQ) != 1) return false;
  if (rich_compare_bool(a->co_localsplusnames, b->co_localsplusnames, kEQ) != 1) return false;
  return constant_tuples_equal(a->co_consts, b->co_consts) == 1;
}

// Two code objects are equal when they would run the same way (CPython's
// code_richcompare); the hash mixes the parts that are cheap and hashable.
Object* code_richcompare(Object* a, Object* b, int op) {
  if ((op != kEQ && op != kNE) || !is_code(a) || !is_code(b)) return newref(NotImplemented);
  bool eq = code_fields_equal(as_code(a), as_code(b));
  if (error_occurred()) return nullptr;
  return bool_from(op == kEQ ? eq : !eq);
}

hash_t code_hash(Object* o) {
  CodeObject* co = as_code(o);
  hash_t h = object_hash(co->co_name);
  if (h == -1) return -1;
  uint64_t mix = static_cast<uint64_t>(h);
  mix ^= std::hash<std::string>{}(code_unit_of(co).code_bytes()) * 1000003u;
  mix ^= static_cast<uint64_t>(co->co_argcount) ^ (static_cast<uint64_t>(co->co_posonlyargcount) << 8) ^
         (static_cast<uint64_t>(co->co_kwonlyargcount) << 16) ^ (static_cast<uint64_t>(co->co_flags) << 24);
  hash_t result = static_cast<hash_t>(mix);
  return result == -1 ? -2 : result;
}

MemberDef code_members[] = {
    {"co_argcount", MemberType::kInt, offsetof(CodeObject, co_argcount), true},
    {"co_posonlyargcount", MemberType::kInt, offsetof(CodeObject, co_posonlyargcount), true},
    {"co_kwonlyargcount", MemberType::kInt, offsetof(CodeObject, co_kwonlyargcount), true},
    {"co_stacksize", MemberType::kInt, offsetof(CodeObject, co_stacksize), true},
    {"co_flags", MemberType::kInt, offsetof(CodeObject, co_flags), true},
    {"co_nlocals", MemberType::kInt, offsetof(CodeObject, co_nlocals), true},
    {"co_consts", MemberType::kObject, offsetof(CodeObject, co_consts), true},
    {"co_names", MemberType::kObject, offsetof(CodeObject, co_names), true},
    {"co_filename", MemberType::kObject, offsetof(CodeObject, co_filename), true},
    {"co_name", MemberType::kObject, offsetof(CodeObject, co_name), true},
    {"co_qualname", MemberType::kObject, offsetof(CodeObject, co_qualname), true},
    {"co_firstlineno", MemberType::kInt, offsetof(CodeObject, co_firstlineno), true},
    {},
};

GetSetDef code_getset[] = {
    {"co_varnames", code_get_varnames},
    {"co_cellvars", code_get_cellvars},
    {"co_freevars", code_get_freevars},
    {"co_code", code_get_code},
    {"_co_code_adaptive", code_get_code},
    {"co_linetable", code_get_linetable},
    {"co_exceptiontable", code_get_exceptiontable},
    {"co_lnotab", code_get_lnotab},
    {},
};

MethodDef code_methods[] = {
    MethodDef("co_lines", static_cast<NoArgsMethod>(code_co_lines)),
    MethodDef("co_positions", static_cast<NoArgsMethod>(code_co_positions)),
    MethodDef("replace", static_cast<FastKeywordsMethod>(code_replace),
              "replace($self, /, **changes)\n--\n\nReturn a copy of the code object with new values for the "
              "specified fields."),
    {},
};

}  // namespace

Type CodeType{{
    .name = "code",
    .basicsize = sizeof(CodeObject),
    .dealloc = code_dealloc,
    .repr = code_repr,
    .hash = code_hash,
    .getattro = generic_getattr,
    .doc = "Create a code object.  Not for the faint of heart.",
    .richcompare = code_richcompare,
    .weaklistoffset = offsetof(CodeObject, co_weakreflist),
    .methods = code_methods,
    .members = code_members,
    .getset = code_getset,
    .new_ = code_new,
}};

}  // namespace glasspy
