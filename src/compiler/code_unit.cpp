// Constants, the derived views of a CodeUnit, CPython's table encodings, and
// the bytecode cache format.
//
// frozenset constants keep CPython's iteration order: CPython builds the set
// from the source items; we replay that build with CPython's
// open-addressing table (setobject.c's probe sequence and resize policy) and
// its hash functions as they are with PYTHONHASHSEED=0 (SipHash-1-3 with a
// zero key for str and bytes, modular hashing for numbers, xxHash-style
// mixing for tuples).  CPython may build a constant set again from an
// earlier build's order (rebuilt_frozenset); when it does is the compiler's
// business (Compiler::merge_frozenset).
#include "compiler/code_unit.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>

#include "compiler/opcodes.h"
#include "util/number_format.h"
#include "util/py_repr.h"
#include "util/unicode.h"

namespace glasspy {

// ---- construction -------------------------------------------------------------

Constant Constant::boolean(bool v) {
  Constant c;
  c.kind_ = Kind::Bool;
  c.small_ = v ? 1 : 0;
  return c;
}

Constant Constant::ellipsis() {
  Constant c;
  c.kind_ = Kind::Ellipsis;
  return c;
}

Constant Constant::integer(int64_t v) {
  Constant c;
  c.kind_ = Kind::Int;
  c.small_ = v;
  return c;
}

Constant Constant::integer(const mpz_class& v) {
  if (v.fits_slong_p()) return integer(static_cast<int64_t>(v.get_si()));
  Constant c;
  c.kind_ = Kind::Int;
  c.big_ = std::make_shared<const mpz_class>(v);
  return c;
}

Constant Constant::integer_from_decimal(std::string_view digits) {
  return integer(mpz_class(std::string(digits), 10));
}

Constant Constant::floating(double v) {
  Constant c;
  c.kind_ = Kind::Float;
  c.real_ = v;
  return c;
}

Constant Constant::complex(double real, double imag) {
  Constant c;
  c.kind_ = Kind::Complex;
  c.real_ = real;
  c.imag_ = imag;
  return c;
}

Constant Constant::str(std::string utf8) {
  Constant c;
  c.kind_ = Kind::Str;
  c.text_ = std::move(utf8);
  return c;
}

Constant Constant::bytes(std::string raw) {
  Constant c;
  c.kind_ = Kind::Bytes;
  c.text_ = std::move(raw);
  return c;
}

Constant Constant::tuple(std::vector<Constant> items) {
  Constant c;
  c.kind_ = Kind::Tuple;
  c.items_ = std::make_shared<const std::vector<Constant>>(std::move(items));
  return c;
}

Constant Constant::frozenset_in_order(std::vector<Constant> items) {
  Constant c;
  c.kind_ = Kind::FrozenSet;
  c.items_ = std::make_shared<const std::vector<Constant>>(std::move(items));
  return c;
}

Constant Constant::code(std::shared_ptr<CodeUnit> unit) {
  Constant c;
  c.kind_ = Kind::Code;
  c.code_ = std::move(unit);
  return c;
}

mpz_class Constant::int_value() const {
  if (big_) return *big_;
  return mpz_class(static_cast<long>(small_));
}

// ---- repr -------------------------------------------------------------------------

std::string Constant::repr() const {
  switch (kind_) {
    case Kind::None:
      return "None";
    case Kind::Bool:
      return small_ ? "True" : "False";
    case Kind::Ellipsis:
      return "Ellipsis";
    case Kind::Int:
      return big_ ? big_->get_str(10) : std::to_string(small_);
    case Kind::Float:
      return py_repr_float(real_);
    case Kind::Complex:
      return py_repr_complex(real_, imag_);
    case Kind::Str:
      return py_repr_str(text_);
    case Kind::Bytes:
      return py_repr_bytes(text_);
    case Kind::Tuple: {
      std::string out = "(";
      for (size_t i = 0; i < items_->size(); ++i) {
        if (i) out += ", ";
        out += (*items_)[i].repr();
      }
      if (items_->size() == 1) out += ",";
      return out + ")";
    }
    case Kind::FrozenSet: {
      if (items_->empty()) return "frozenset()";
      std::string out = "frozenset({";
      for (size_t i = 0; i < items_->size(); ++i) {
        if (i) out += ", ";
        out += (*items_)[i].repr();
      }
      return out + "})";
    }
    case Kind::Code: {
      char addr[32];
      std::snprintf(addr, sizeof addr, "%p", static_cast<const void*>(code_.get()));
      return "<code object " + code_->name + " at " + addr + ", file \"" + code_->filename +
             "\", line " + std::to_string(code_->firstlineno) + ">";
    }
  }
  return "?";
}

// ---- equality -----------------------------------------------------------------

namespace {

bool same_double(double a, double b) {
  // Key equality: equal values with the same sign of zero; NaN never equal
  // (CPython compares distinct float objects, and nan != nan).
  if (a != b) return false;
  if (a == 0) return std::signbit(a) == std::signbit(b);
  return true;
}

bool is_number(Constant::Kind k) {
  return k == Constant::Kind::Bool || k == Constant::Kind::Int || k == Constant::Kind::Float ||
         k == Constant::Kind::Complex;
}

// Exact comparison of an integer with a double, as Python's int == float.
bool int_equals_double(const mpz_class& i, double d) {
  if (!std::isfinite(d) || d != std::floor(d)) return false;
  return cmp(i, d) == 0;
}

}  // namespace

bool Constant::same_key(const Constant& o) const {
  if (kind_ != o.kind_) return false;
  switch (kind_) {
    case Kind::None:
    case Kind::Ellipsis:
      return true;
    case Kind::Bool:
      return small_ == o.small_;
    case Kind::Int:
      if (!big_ && !o.big_) return small_ == o.small_;
      if (big_ && o.big_) return *big_ == *o.big_;
      return false;
    case Kind::Float:
      return same_double(real_, o.real_);
    case Kind::Complex:
      return same_double(real_, o.real_) && same_double(imag_, o.imag_);
    case Kind::Str:
    case Kind::Bytes:
      return text_ == o.text_;
    case Kind::Tuple:
    case Kind::FrozenSet: {
      if (items_->size() != o.items_->size()) return false;
      if (kind_ == Kind::Tuple) {
        for (size_t i = 0; i < items_->size(); ++i)
          if (!(*items_)[i].same_key((*o.items_)[i])) return false;
        return true;
      }
      // Sets of keys: every key of one is in the other.
      for (const Constant& a : *items_) {
        bool found = false;
        for (const Constant& b : *o.items_)
          if (a.same_key(b)) { found = true; break; }
        if (!found) return false;
      }
      return true;
    }
    case Kind::Code:
      return code_ == o.code_;
  }
  return false;
}

bool Constant::py_equal(const Constant& o) const {
  if (is_number(kind_) && is_number(o.kind_)) {
    auto as_parts = [](const Constant& c, bool& is_int, mpz_class& iv, double& re, double& im) {
      is_int = c.kind_ == Kind::Bool || c.kind_ == Kind::Int;
      if (is_int) {
        iv = c.int_value();
        im = 0;
      } else {
        re = c.real_;
        im = c.kind_ == Kind::Complex ? c.imag_ : 0;
      }
    };
    bool ai, bi;
    mpz_class av, bv;
    double ar = 0, aim = 0, br = 0, bim = 0;
    as_parts(*this, ai, av, ar, aim);
    as_parts(o, bi, bv, br, bim);
    if (aim != bim) return false;
    if (ai && bi) return av == bv;
    if (ai) return int_equals_double(av, br);
    if (bi) return int_equals_double(bv, ar);
    return ar == br;
  }
  if (kind_ != o.kind_) return false;
  switch (kind_) {
    case Kind::None:
    case Kind::Ellipsis:
      return true;
    case Kind::Str:
    case Kind::Bytes:
      return text_ == o.text_;
    case Kind::Tuple:
      if (items_->size() != o.items_->size()) return false;
      for (size_t i = 0; i < items_->size(); ++i)
        if (!(*items_)[i].py_equal((*o.items_)[i])) return false;
      return true;
    case Kind::FrozenSet: {
      if (items_->size() != o.items_->size()) return false;
      for (const Constant& a : *items_) {
        bool found = false;
        for (const Constant& b : *o.items_)
          if (a.py_equal(b)) { found = true; break; }
        if (!found) return false;
      }
      return true;
    }
    case Kind::Code:
      return code_ == o.code_;
    default:
      return false;
  }
}

bool Constant::truthy() const {
  switch (kind_) {
    case Kind::None:
      return false;
    case Kind::Bool:
      return small_ != 0;
    case Kind::Ellipsis:
    case Kind::Code:
      return true;
    case Kind::Int:
      return big_ ? true : small_ != 0;
    case Kind::Float:
      return real_ != 0;
    case Kind::Complex:
      return real_ != 0 || imag_ != 0;
    case Kind::Str:
    case Kind::Bytes:
      return !text_.empty();
    case Kind::Tuple:
    case Kind::FrozenSet:
      return !items_->empty();
  }
  return true;
}

// ---- hashing (CPython 3.11, 64-bit, PYTHONHASHSEED=0) ----------------------------

namespace {

constexpr int kHashBits = 61;
constexpr uint64_t kHashModulus = (uint64_t{1} << kHashBits) - 1;
constexpr int64_t kHashInf = 314159;
constexpr uint64_t kHashImag = 1000003;

inline uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

uint64_t siphash13(const uint8_t* in, size_t size) {
  const uint64_t k0 = 0, k1 = 0;
  uint64_t b = static_cast<uint64_t>(size) << 56;
  uint64_t v0 = k0 ^ 0x736f6d6570736575ULL;
  uint64_t v1 = k1 ^ 0x646f72616e646f6dULL;
  uint64_t v2 = k0 ^ 0x6c7967656e657261ULL;
  uint64_t v3 = k1 ^ 0x7465646279746573ULL;
  auto half = [](uint64_t& a, uint64_t& bb, uint64_t& c, uint64_t& d, int s, int t) {
    a += bb;
    c += d;
    bb = rotl(bb, s) ^ a;
    d = rotl(d, t) ^ c;
    a = rotl(a, 32);
  };
  auto round = [&]() {
    half(v0, v1, v2, v3, 13, 16);
    half(v2, v1, v0, v3, 17, 21);
  };
  while (size >= 8) {
    uint64_t mi = 0;
    for (int i = 0; i < 8; ++i) mi |= static_cast<uint64_t>(in[i]) << (8 * i);
    in += 8;
    size -= 8;
    v3 ^= mi;
    round();
    v0 ^= mi;
  }
  uint64_t t = 0;
  for (size_t i = 0; i < size; ++i) t |= static_cast<uint64_t>(in[i]) << (8 * i);
  b |= t;
  v3 ^= b;
  round();
  v0 ^= b;
  v2 ^= 0xff;
  round();
  round();
  round();
  return (v0 ^ v1) ^ (v2 ^ v3);
}

int64_t hash_bytes(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  int64_t x = static_cast<int64_t>(siphash13(data, size));
  return x == -1 ? -2 : x;
}

// str hashes over the PEP 393 representation (1, 2 or 4 bytes per character).
int64_t hash_str(const std::string& utf8) {
  std::vector<uint32_t> cps;
  uint32_t maxc = 0;
  size_t pos = 0;
  while (pos < utf8.size()) {
    int32_t cp = unicode::decode_utf8(utf8, pos, true);
    uint32_t c = cp < 0 ? 0xFFFD : static_cast<uint32_t>(cp);
    cps.push_back(c);
    if (c > maxc) maxc = c;
  }
  std::vector<uint8_t> raw;
  int width = maxc < 0x100 ? 1 : maxc < 0x10000 ? 2 : 4;
  raw.reserve(cps.size() * width);
  for (uint32_t c : cps)
    for (int i = 0; i < width; ++i) raw.push_back(static_cast<uint8_t>(c >> (8 * i)));
  return hash_bytes(raw.data(), raw.size());
}

int64_t hash_mpz(const mpz_class& v) {
  mpz_class m = abs(v);
  mpz_class r = m % mpz_class(static_cast<unsigned long>(kHashModulus));
  int64_t x = static_cast<int64_t>(r.get_ui());
  if (sgn(v) < 0) x = -x;
  return x == -1 ? -2 : x;
}

bool hash_double(double v, int64_t& out) {
  if (!std::isfinite(v)) {
    if (std::isinf(v)) {
      out = v > 0 ? kHashInf : -kHashInf;
      return true;
    }
    return false;  // nan hashes by identity
  }
  int e;
  double m = std::frexp(v, &e);
  int sign = 1;
  if (m < 0) {
    sign = -1;
    m = -m;
  }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kHashModulus) x -= kHashModulus;
  }
  e = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
  x = ((x << e) & kHashModulus) | x >> (kHashBits - e);
  x = x * static_cast<uint64_t>(static_cast<int64_t>(sign));
  if (x == static_cast<uint64_t>(-1)) x = static_cast<uint64_t>(-2);
  out = static_cast<int64_t>(x);
  return true;
}

}  // namespace

bool Constant::py_hash(int64_t& out) const {
  switch (kind_) {
    case Kind::Bool:
      out = small_;
      return true;
    case Kind::Int:
      if (!big_) {
        if (small_ == -1) {
          out = -2;
          return true;
        }
        // |v| mod (2**61 - 1), sign kept.
        uint64_t m = small_ < 0 ? static_cast<uint64_t>(-(small_ + 1)) + 1 : static_cast<uint64_t>(small_);
        int64_t r = static_cast<int64_t>(m % kHashModulus);
        out = small_ < 0 ? -r : r;
        if (out == -1) out = -2;
        return true;
      }
      out = hash_mpz(*big_);
      return true;
    case Kind::Float:
      return hash_double(real_, out);
    case Kind::Complex: {
      int64_t hr, hi;
      if (!hash_double(real_, hr) || !hash_double(imag_, hi)) return false;
      uint64_t combined = static_cast<uint64_t>(hr) + kHashImag * static_cast<uint64_t>(hi);
      if (combined == static_cast<uint64_t>(-1)) combined = static_cast<uint64_t>(-2);
      out = static_cast<int64_t>(combined);
      return true;
    }
    case Kind::Str:
      out = hash_str(text_);
      return true;
    case Kind::Bytes:
      out = hash_bytes(reinterpret_cast<const uint8_t*>(text_.data()), text_.size());
      return true;
    case Kind::Tuple: {
      const uint64_t p1 = 11400714785074694791ULL, p2 = 14029467366897019727ULL,
                     p5 = 2870177450012600261ULL;
      uint64_t acc = p5;
      for (const Constant& item : *items_) {
        int64_t lane;
        if (!item.py_hash(lane)) return false;
        acc += static_cast<uint64_t>(lane) * p2;
        acc = rotl(acc, 31);
        acc *= p1;
      }
      acc += items_->size() ^ (p5 ^ 3527539ULL);
      if (acc == static_cast<uint64_t>(-1)) {
        out = 1546275796;
        return true;
      }
      out = static_cast<int64_t>(acc);
      return true;
    }
    case Kind::None:
      // Identity hashes of CPython's static singletons: only the low bits
      // (the object's offset within its page) are stable from run to run,
      // and only they pick a slot in the small tables constants make.
      out = 0x7f64eaa5bbe;
      return true;
    case Kind::Ellipsis:
      out = 0x7f64eaa5de6;
      return true;
    default:
      return false;  // code: identity hash; frozenset: not needed
  }
}

// ---- frozenset order -------------------------------------------------------------

namespace {

// Replays CPython's set_add_entry over `items` and returns the table's
// iteration order.  Equal items (by Python ==) keep the first.
bool set_build_order(const std::vector<Constant>& items, std::vector<Constant>& out) {
  struct Slot {
    const Constant* key = nullptr;
    int64_t hash = 0;
  };
  constexpr size_t kLinearProbes = 9;
  constexpr int kPerturbShift = 5;
  std::vector<Slot> table(8);
  size_t mask = 7, fill = 0, used = 0;

  auto insert_clean = [&](std::vector<Slot>& t, size_t m, const Constant* key, int64_t hash) {
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t i = static_cast<size_t>(hash) & m;
    while (true) {
      Slot* entry = &t[i];
      if (!entry->key) {
        entry->key = key;
        entry->hash = hash;
        return;
      }
      if (i + kLinearProbes <= m) {
        for (size_t j = 0; j < kLinearProbes; ++j) {
          ++entry;
          if (!entry->key) {
            entry->key = key;
            entry->hash = hash;
            return;
          }
        }
      }
      perturb >>= kPerturbShift;
      i = (i * 5 + 1 + perturb) & m;
    }
  };

  for (const Constant& item : items) {
    int64_t hash;
    if (!item.py_hash(hash)) return false;
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t i = static_cast<size_t>(hash) & mask;
    bool found = false;
    Slot* slot = nullptr;
    while (!slot && !found) {
      size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
      Slot* entry = &table[i];
      while (true) {
        if (!entry->key) {
          slot = entry;
          break;
        }
        if (entry->hash == hash && entry->key->py_equal(item)) {
          found = true;
          break;
        }
        ++entry;
        if (probes-- == 0) break;
      }
      if (slot || found) break;
      perturb >>= kPerturbShift;
      i = (i * 5 + 1 + perturb) & mask;
    }
    if (found) continue;
    slot->key = &item;
    slot->hash = hash;
    ++fill;
    ++used;
    if (fill * 5 < mask * 3) continue;
    size_t minused = used > 50000 ? used * 2 : used * 4;
    size_t newsize = 8;
    while (newsize <= minused) newsize <<= 1;
    std::vector<Slot> bigger(newsize);
    for (const Slot& s : table)
      if (s.key) insert_clean(bigger, newsize - 1, s.key, s.hash);
    table.swap(bigger);
    mask = newsize - 1;
    fill = used;
  }
  out.clear();
  for (const Slot& s : table)
    if (s.key) out.push_back(*s.key);
  return true;
}

}  // namespace

Constant Constant::frozenset(const std::vector<Constant>& items) {
  std::vector<Constant> ordered;
  if (!set_build_order(items, ordered)) {
    // Items without a reproducible hash: keep distinct items in source order.
    ordered.clear();
    for (const Constant& c : items) {
      bool dup = false;
      for (const Constant& d : ordered)
        if (d.py_equal(c)) dup = true;
      if (!dup) ordered.push_back(c);
    }
  }
  Constant c = frozenset_in_order(std::move(ordered));
  c.build_items_ = std::make_shared<const std::vector<Constant>>(items);
  return c;
}

Constant Constant::rebuilt_frozenset() const {
  std::vector<Constant> ordered;
  if (!set_build_order(*items_, ordered)) return *this;
  Constant c = frozenset_in_order(std::move(ordered));
  c.build_items_ = items_;
  return c;
}

// ---- CodeUnit views ----------------------------------------------------------------

std::vector<std::string> CodeUnit::varnames() const {
  std::vector<std::string> out;
  for (size_t i = 0; i < localsplus_names.size(); ++i)
    if (localsplus_kinds[i] & CO_FAST_LOCAL) out.push_back(localsplus_names[i]);
  return out;
}

std::vector<std::string> CodeUnit::cellvars() const {
  std::vector<std::string> out;
  for (size_t i = 0; i < localsplus_names.size(); ++i)
    if (localsplus_kinds[i] & CO_FAST_CELL) out.push_back(localsplus_names[i]);
  return out;
}

std::vector<std::string> CodeUnit::freevars() const {
  std::vector<std::string> out;
  for (size_t i = 0; i < localsplus_names.size(); ++i)
    if (localsplus_kinds[i] & CO_FAST_FREE) out.push_back(localsplus_names[i]);
  return out;
}

int CodeUnit::nlocals() const {
  int n = 0;
  for (uint8_t k : localsplus_kinds)
    if (k & CO_FAST_LOCAL) ++n;
  return n;
}

// One range per location-table entry, as 3.11's co_lines() yields them
// (consecutive ranges on the same line are not merged).
std::vector<LineRange> CodeUnit::lines() const {
  std::vector<LineRange> out;
  size_t i = 0;
  while (i < code.size()) {
    size_t start = i;
    while (i < code.size() && code[i].opcode == op::EXTENDED_ARG) ++i;
    if (i < code.size()) i += 1 + op::caches(code[i].opcode);
    if (i > code.size()) i = code.size();
    int line = positions[start].lineno;
    for (size_t s = start; s < i; s += 8) {
      size_t e = std::min(i, s + 8);
      out.push_back(LineRange{static_cast<int>(s) * 2, static_cast<int>(e) * 2, line});
    }
  }
  return out;
}

std::string CodeUnit::code_bytes() const {
  std::string out;
  out.reserve(code.size() * 2);
  for (CodeWord w : code) {
    out += static_cast<char>(w.opcode);
    out += static_cast<char>(w.arg);
  }
  return out;
}

std::string CodeUnit::encoded_exception_table() const {
  std::string out;
  auto item = [&](int value, int msb) {
    int shifts[] = {24, 18, 12, 6};
    for (int s : shifts) {
      if (value >= (1 << s)) {
        out += static_cast<char>(((value >> s) & 0x3f) | 64 | msb);
        msb = 0;
      }
    }
    out += static_cast<char>((value & 0x3f) | msb);
  };
  for (const ExceptionTableEntry& e : exception_table) {
    item(e.start, 128);
    item(e.end - e.start, 0);
    item(e.target, 0);
    item((e.depth << 1) | (e.lasti ? 1 : 0), 0);
  }
  return out;
}

// The 3.11 location table (Objects/locations.md): one entry per instruction
// (split in runs of at most 8 code units), in the most compact form that
// holds its position.
std::string CodeUnit::encoded_line_table() const {
  std::string out;
  int prev_line = firstlineno;
  auto varint = [&](unsigned v) {
    while (v >= 64) {
      out += static_cast<char>(64 | (v & 63));
      v >>= 6;
    }
    out += static_cast<char>(v);
  };
  auto svarint = [&](int v) { varint(v < 0 ? ((unsigned)(-v) << 1) | 1 : (unsigned)v << 1); };
  auto entry = [&](const Position& p, int size) {
    auto head = [&](int code) { out += static_cast<char>(0x80 | (code << 3) | (size - 1)); };
    if (p.lineno < 0) {
      head(15);
      return;
    }
    int delta = p.lineno - prev_line;
    if (p.col < 0 || p.end_col < 0) {
      if (p.end_lineno == p.lineno || p.end_lineno < 0) {
        head(13);
        svarint(delta);
        prev_line = p.lineno;
        return;
      }
    } else if (p.end_lineno == p.lineno) {
      if (delta == 0 && p.col < 80 && p.end_col - p.col < 16 && p.end_col >= p.col) {
        head(p.col / 8);
        out += static_cast<char>(((p.col % 8) << 4) | (p.end_col - p.col));
        return;
      }
      if (delta >= 0 && delta < 3 && p.col < 128 && p.end_col < 128) {
        head(10 + delta);
        out += static_cast<char>(p.col);
        out += static_cast<char>(p.end_col);
        prev_line = p.lineno;
        return;
      }
    }
    head(14);
    svarint(delta);
    varint(static_cast<unsigned>(p.end_lineno - p.lineno));
    varint(static_cast<unsigned>(p.col + 1));
    varint(static_cast<unsigned>(p.end_col + 1));
    prev_line = p.lineno;
  };
  size_t i = 0;
  while (i < code.size()) {
    size_t start = i;
    while (i < code.size() && code[i].opcode == op::EXTENDED_ARG) ++i;
    if (i < code.size()) i += 1 + op::caches(code[i].opcode);
    if (i > code.size()) i = code.size();
    int size = static_cast<int>(i - start);
    const Position& p = positions[start];
    while (size > 8) {
      entry(p, 8);
      size -= 8;
    }
    entry(p, size);
  }
  return out;
}

// ---- serialization -------------------------------------------------------------------

namespace {

enum Tag : uint8_t {
  kTagNone, kTagFalse, kTagTrue, kTagEllipsis, kTagSmallInt, kTagBigInt, kTagFloat,
  kTagComplex, kTagStr, kTagBytes, kTagTuple, kTagFrozenSet, kTagCode
};

class Writer {
 public:
  std::string out;
  void u8(uint8_t v) { out += static_cast<char>(v); }
  void varint(uint64_t v) {
    while (v >= 0x80) {
      u8(static_cast<uint8_t>(v | 0x80));
      v >>= 7;
    }
    u8(static_cast<uint8_t>(v));
  }
  void svarint(int64_t v) { varint((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63)); }
  void u32(uint32_t v) {
    for (int i = 0; i < 4; ++i) u8(static_cast<uint8_t>(v >> (8 * i)));
  }
  void f64(double d) {
    uint64_t bits;
    std::memcpy(&bits, &d, 8);
    for (int i = 0; i < 8; ++i) u8(static_cast<uint8_t>(bits >> (8 * i)));
  }
  void str(const std::string& s) {
    varint(s.size());
    out += s;
  }
  void constant(const Constant& c);
  void code(const CodeUnit& c);
};

void Writer::constant(const Constant& c) {
  using K = Constant::Kind;
  switch (c.kind()) {
    case K::None: u8(kTagNone); break;
    case K::Bool: u8(c.bool_value() ? kTagTrue : kTagFalse); break;
    case K::Ellipsis: u8(kTagEllipsis); break;
    case K::Int:
      if (c.is_small_int()) {
        u8(kTagSmallInt);
        svarint(c.small_int());
      } else {
        u8(kTagBigInt);
        str(c.int_value().get_str(16));
      }
      break;
    case K::Float: u8(kTagFloat); f64(c.real()); break;
    case K::Complex: u8(kTagComplex); f64(c.real()); f64(c.imag()); break;
    case K::Str: u8(kTagStr); str(c.text()); break;
    case K::Bytes: u8(kTagBytes); str(c.text()); break;
    case K::Tuple:
    case K::FrozenSet:
      u8(c.kind() == K::Tuple ? kTagTuple : kTagFrozenSet);
      varint(c.items().size());
      for (const Constant& item : c.items()) constant(item);
      break;
    case K::Code: u8(kTagCode); code(*c.code_unit()); break;
  }
}

void Writer::code(const CodeUnit& c) {
  str(c.name);
  str(c.qualname);
  str(c.filename);
  svarint(c.firstlineno);
  varint(c.argcount);
  varint(c.posonlyargcount);
  varint(c.kwonlyargcount);
  varint(c.stacksize);
  varint(static_cast<uint32_t>(c.flags));
  varint(c.localsplus_names.size());
  for (size_t i = 0; i < c.localsplus_names.size(); ++i) {
    str(c.localsplus_names[i]);
    u8(c.localsplus_kinds[i]);
  }
  varint(c.names.size());
  for (const std::string& n : c.names) str(n);
  varint(c.consts.size());
  for (const Constant& k : c.consts) constant(k);
  varint(c.code.size());
  for (CodeWord w : c.code) {
    u8(w.opcode);
    u8(w.arg);
  }
  varint(c.exception_table.size());
  for (const ExceptionTableEntry& e : c.exception_table) {
    varint(e.start);
    varint(e.end);
    varint(e.target);
    varint(e.depth);
    u8(e.lasti ? 1 : 0);
  }
  // Positions: one per code unit, as deltas from the previous unit's.
  varint(c.positions.size());
  Position prev{};
  for (const Position& p : c.positions) {
    svarint(static_cast<int64_t>(p.lineno) - prev.lineno);
    svarint(static_cast<int64_t>(p.end_lineno) - p.lineno);
    svarint(static_cast<int64_t>(p.col) - prev.col);
    svarint(static_cast<int64_t>(p.end_col) - p.col);
    prev = p;
  }
}

class Reader {
 public:
  explicit Reader(std::string_view d) : data(d) {}
  std::string_view data;
  size_t pos = 0;
  bool ok = true;
  int depth = 0;

  uint8_t u8() {
    if (pos >= data.size()) {
      ok = false;
      return 0;
    }
    return static_cast<uint8_t>(data[pos++]);
  }
  uint64_t varint() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64 && ok; shift += 7) {
      uint8_t b = u8();
      v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
    ok = false;
    return 0;
  }
  int64_t svarint() {
    uint64_t v = varint();
    return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1);
  }
  int small(int64_t lo, int64_t hi) {
    int64_t v = svarint();
    if (v < lo || v > hi) ok = false;
    return static_cast<int>(v);
  }
  size_t count() {
    uint64_t n = varint();
    if (n > data.size() - pos + 1) {  // every item takes at least one byte
      ok = false;
      return 0;
    }
    return static_cast<size_t>(n);
  }
  uint32_t u32() {
    uint32_t v = 0;
    for (int i = 0; i < 4; ++i) v |= static_cast<uint32_t>(u8()) << (8 * i);
    return v;
  }
  double f64() {
    uint64_t bits = 0;
    for (int i = 0; i < 8; ++i) bits |= static_cast<uint64_t>(u8()) << (8 * i);
    double d;
    std::memcpy(&d, &bits, 8);
    return d;
  }
  std::string str() {
    size_t n = count();
    if (!ok || n > data.size() - pos) {
      ok = false;
      return {};
    }
    std::string s(data.substr(pos, n));
    pos += n;
    return s;
  }
  Constant constant();
  std::shared_ptr<CodeUnit> code();
};

Constant Reader::constant() {
  if (++depth > 200) {
    ok = false;
    return {};
  }
  Constant result;
  switch (u8()) {
    case kTagNone: break;
    case kTagFalse: result = Constant::boolean(false); break;
    case kTagTrue: result = Constant::boolean(true); break;
    case kTagEllipsis: result = Constant::ellipsis(); break;
    case kTagSmallInt: result = Constant::integer(svarint()); break;
    case kTagBigInt: {
      std::string hex = str();
      mpz_class v;
      if (!ok || hex.empty() || v.set_str(hex, 16) != 0) {
        ok = false;
        break;
      }
      result = Constant::integer(v);
      break;
    }
    case kTagFloat: result = Constant::floating(f64()); break;
    case kTagComplex: {
      double re = f64();
      result = Constant::complex(re, f64());
      break;
    }
    case kTagStr: result = Constant::str(str()); break;
    case kTagBytes: result = Constant::bytes(str()); break;
    case kTagTuple:
    case kTagFrozenSet: {
      bool tuple = data[pos - 1] == kTagTuple;
      size_t n = count();
      std::vector<Constant> items;
      for (size_t i = 0; i < n && ok; ++i) items.push_back(constant());
      result = tuple ? Constant::tuple(std::move(items)) : Constant::frozenset_in_order(std::move(items));
      break;
    }
    case kTagCode: {
      auto c = code();
      if (c) result = Constant::code(std::move(c));
      break;
    }
    default:
      ok = false;
  }
  --depth;
  return result;
}

std::shared_ptr<CodeUnit> Reader::code() {
  auto c = std::make_shared<CodeUnit>();
  c->name = str();
  c->qualname = str();
  c->filename = str();
  c->firstlineno = small(-1, INT32_MAX);
  c->argcount = static_cast<int>(varint());
  c->posonlyargcount = static_cast<int>(varint());
  c->kwonlyargcount = static_cast<int>(varint());
  c->stacksize = static_cast<int>(varint());
  c->flags = static_cast<int>(varint());
  size_t nlocals = count();
  for (size_t i = 0; i < nlocals && ok; ++i) {
    c->localsplus_names.push_back(str());
    c->localsplus_kinds.push_back(u8());
  }
  size_t nnames = count();
  for (size_t i = 0; i < nnames && ok; ++i) c->names.push_back(str());
  size_t nconsts = count();
  for (size_t i = 0; i < nconsts && ok; ++i) c->consts.push_back(constant());
  size_t ncode = count();
  for (size_t i = 0; i < ncode && ok; ++i) {
    CodeWord w;
    w.opcode = u8();
    w.arg = u8();
    c->code.push_back(w);
  }
  size_t nexc = count();
  for (size_t i = 0; i < nexc && ok; ++i) {
    ExceptionTableEntry e;
    e.start = static_cast<int>(varint());
    e.end = static_cast<int>(varint());
    e.target = static_cast<int>(varint());
    e.depth = static_cast<int>(varint());
    e.lasti = u8() != 0;
    c->exception_table.push_back(e);
  }
  size_t npos = count();
  Position prev{};
  for (size_t i = 0; i < npos && ok; ++i) {
    Position p;
    p.lineno = static_cast<int>(prev.lineno + svarint());
    p.end_lineno = static_cast<int>(p.lineno + svarint());
    p.col = static_cast<int>(prev.col + svarint());
    p.end_col = static_cast<int>(p.col + svarint());
    c->positions.push_back(p);
    prev = p;
  }
  if (ok && c->positions.size() != c->code.size()) ok = false;
  return ok ? c : nullptr;
}

}  // namespace

std::string serialize_code(const CodeUnit& code) {
  Writer w;
  w.u32(kCodeCacheMagic);
  w.u32(kCodeCacheVersion);
  w.code(code);
  return std::move(w.out);
}

bool deserialize_code(std::string_view data, std::shared_ptr<CodeUnit>& out, std::string& error) {
  Reader r(data);
  if (r.u32() != kCodeCacheMagic || !r.ok) {
    error = "not a glasspy bytecode cache";
    return false;
  }
  if (r.u32() != kCodeCacheVersion) {
    error = "bytecode cache written by another format version";
    return false;
  }
  out = r.code();
  if (!r.ok || !out) {
    error = "truncated or malformed bytecode cache";
    out.reset();
    return false;
  }
  if (r.pos != data.size()) {
    error = "trailing data after the bytecode cache";
    out.reset();
    return false;
  }
  return true;
}

}  // namespace glasspy
