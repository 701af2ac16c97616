// `float`: arithmetic with CPython's exact rules for //, %, divmod and **,
// exact comparison with ints of any size, text conversion both ways (repr via
// util/number_format's shortest round-trip digits; parsing with Python's
// grammar), hex()/fromhex() and correctly rounded round(x, n).
#include "objects/float.h"
#include "objects/buffer.h"
#include "objects/format_spec.h"

#include <gmp.h>

#include <cerrno>
#include <cfloat>
#include <clocale>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/call.h"
#include "objects/complex.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/hash.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "util/number_format.h"
#include "util/unicode.h"

namespace glasspy {

namespace {

// ---- allocation ---------------------------------------------------------------

constexpr int kMaxFreeFloats = 100;
FloatObject* free_floats = nullptr;  // linked through `value`'s storage
int num_free_floats = 0;

void float_dealloc(Object* o) {
  if (o->type == &FloatType && num_free_floats < kMaxFreeFloats) {
    FloatObject* f = static_cast<FloatObject*>(o);
    std::memcpy(&f->value, &free_floats, sizeof free_floats);
    free_floats = f;
    ++num_free_floats;
    return;
  }
  free_object(o);
}

}  // namespace

Object* float_from_double(double v) {
  FloatObject* f;
  if (free_floats) {
    f = free_floats;
    std::memcpy(&free_floats, &f->value, sizeof free_floats);
    --num_free_floats;
    f->refcnt = 1;
    f->type = &FloatType;
  } else {
    f = static_cast<FloatObject*>(allocate_object(&FloatType, sizeof(FloatObject)));
    if (!f) return nullptr;
  }
  f->value = v;
  return f;
}

// ---- conversion -----------------------------------------------------------------

namespace {

// The value __float__ (or else __index__) gives; float subclasses included,
// so that an overriding __float__ is honoured where CPython's PyNumber_Float
// honours it.
double double_via_hooks(Object* o) {
  NumberMethods* nb = o->type->as_number;
  if (!nb || (!nb->nb_float && !nb->nb_index)) {
    format_error(&exc::TypeError, "must be real number, not %.50s", o->type->name);
    return -1.0;
  }
  if (!nb->nb_float) {
    Object* i = number_index(o);
    if (!i) return -1.0;
    double d = int_as_double(i);
    decref(i);
    return d;
  }
  Object* r = nb->nb_float(o);
  if (!r) return -1.0;
  if (!is_float(r)) {
    format_error(&exc::TypeError, "%.50s.__float__ returned non-float (type %.50s)", o->type->name,
                 r->type->name);
    decref(r);
    return -1.0;
  }
  if (!is_float_exact(r)) {
    char msg[512];
    std::snprintf(msg, sizeof msg,
                  "%.50s.__float__ returned non-float (type %.50s).  The ability to return an "
                  "instance of a strict subclass of float is deprecated, and may be removed in "
                  "a future version of Python.",
                  o->type->name, r->type->name);
    if (warn(&exc::DeprecationWarning, msg) < 0) {
      decref(r);
      return -1.0;
    }
  }
  double d = float_value(r);
  decref(r);
  return d;
}

}  // namespace

double float_as_double(Object* o) {
  if (is_float(o)) return float_value(o);
  return double_via_hooks(o);
}

namespace {

Object* could_not_convert(Object* original) {
  return format_error(&exc::ValueError, "could not convert string to float: %R", original);
}

bool ieq(std::string_view a, const char* lower) {
  size_t n = std::strlen(lower);
  if (a.size() != n) return false;
  for (size_t i = 0; i < n; ++i)
    if ((a[i] | 0x20) != lower[i]) return false;
  return true;
}

}  // namespace

Object* float_from_text(std::string_view text, Object* original) {
  size_t b = 0, e = text.size();
  auto space = [](char c) { return c == ' ' || (c >= '\t' && c <= '\r'); };
  while (b < e && space(text[b])) ++b;
  while (e > b && space(text[e - 1])) --e;
  std::string_view s = text.substr(b, e - b);
  // Python's float grammar: [sign] (digitpart [. [digitpart]] | . digitpart)
  // [e [sign] digitpart], or inf/infinity/nan; digitpart allows single
  // underscores between digits.
  size_t i = 0;
  std::string clean;
  clean.reserve(s.size());
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) clean.push_back(s[i++]);
  std::string_view rest = s.substr(i);
  if (ieq(rest, "inf") || ieq(rest, "infinity")) {
    return float_from_double(clean == "-" ? -HUGE_VAL : HUGE_VAL);
  }
  if (ieq(rest, "nan")) return float_from_double(clean == "-" ? -NAN : NAN);
  auto digitpart = [&](bool) {
    bool last_digit = false;
    while (i < s.size()) {
      char c = s[i];
      if (c >= '0' && c <= '9') {
        clean.push_back(c);
        last_digit = true;
        ++i;
      } else if (c == '_' && last_digit && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '9') {
        last_digit = false;
        ++i;
      } else {
        break;
      }
    }
  };
  size_t int_start = i;
  digitpart(false);
  const bool have_int = i > int_start;
  bool have_frac = false;
  if (i < s.size() && s[i] == '.') {
    clean.push_back('.');
    ++i;
    size_t before = i;
    digitpart(false);
    have_frac = i > before;
  }
  if (!have_int && !have_frac) return could_not_convert(original);
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    clean.push_back('e');
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) clean.push_back(s[i++]);
    size_t before = i;
    digitpart(false);
    if (i == before) return could_not_convert(original);
  }
  if (i != s.size()) return could_not_convert(original);
  errno = 0;
  double v = std::strtod(clean.c_str(), nullptr);
  return float_from_double(v);
}

Object* float_from_object(Object* x) {
  if (is_float_exact(x)) return newref(x);
  if (is_str(x)) {
    // Unicode digits and spaces first become ASCII, as CPython does.
    std::string text;
    const ssize n = str_length(x);
    text.reserve(static_cast<size_t>(n));
    for (ssize k = 0; k < n; ++k) {
      uint32_t c = str_char_at(x, k);
      if (c < 128) {
        text.push_back(static_cast<char>(c));
      } else if (unicode::is_space(c)) {
        text.push_back(' ');
      } else if (unicode::is_decimal(c)) {
        uint32_t start = c;
        while (start > 0 && unicode::is_decimal(start - 1)) --start;
        text.push_back(static_cast<char>('0' + (c - start) % 10));
      } else {
        text.push_back('?');
      }
    }
    return float_from_text(text, x);
  }
  NumberMethods* nb = x->type->as_number;
  if (nb && (nb->nb_float || nb->nb_index)) {
    double d = double_via_hooks(x);
    if (d == -1.0 && error_occurred()) return nullptr;
    return float_from_double(d);
  }
  std::string_view bytes;
  if (is_bytes(x) || is_bytearray(x)) {
    if (!bytes_like_view(x, &bytes)) return nullptr;
    return float_from_text(bytes, x);
  }
  if (has_buffer(x)) {
    // Other bytes-like objects parse as their bytes; errors show the object.
    Buffer view;
    if (get_buffer(x, &view) < 0) return nullptr;
    Object* result = float_from_text(std::string_view(view.buf, static_cast<size_t>(view.len)), x);
    release_buffer(&view);
    return result;
  }
  return format_error(&exc::TypeError, "float() argument must be a string or a real number, not '%.200s'",
                      x->type->name);
}

// ---- arithmetic --------------------------------------------------------------------

bool float_divmod_values(double vx, double wx, double* floordiv_out, double* mod_out, const char* what) {
  if (wx == 0.0) {
    set_error(&exc::ZeroDivisionError, what);
    return false;
  }
  double mod = std::fmod(vx, wx);
  double div = (vx - mod) / wx;
  if (mod != 0.0) {
    if ((wx < 0) != (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else {
    mod = std::copysign(0.0, wx);
  }
  double floordiv;
  if (div != 0.0) {
    floordiv = std::floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else {
    floordiv = std::copysign(0.0, vx / wx);
  }
  *floordiv_out = floordiv;
  *mod_out = mod;
  return true;
}

namespace {

// CONVERT_TO_DOUBLE: floats and ints take part in float arithmetic; other
// operands make the operation NotImplemented.  Returns 1 (ok), 0 (not a
// number: NotImplemented), -1 (error: int too large).
int to_double(Object* o, double* out) {
  if (is_float(o)) {
    *out = float_value(o);
    return 1;
  }
  if (is_int(o)) {
    *out = int_as_double(o);
    if (*out == -1.0 && error_occurred()) return -1;
    return 1;
  }
  return 0;
}

#define CONVERT_BOTH(a, b, x, y)                   \
  double x, y;                                     \
  {                                                \
    int ra_ = to_double(a, &x);                    \
    if (ra_ < 0) return nullptr;                   \
    if (ra_ == 0) return newref(NotImplemented);   \
    int rb_ = to_double(b, &y);                    \
    if (rb_ < 0) return nullptr;                   \
    if (rb_ == 0) return newref(NotImplemented);   \
  }

Object* float_add(Object* a, Object* b) {
  CONVERT_BOTH(a, b, x, y);
  return float_from_double(x + y);
}
Object* float_sub(Object* a, Object* b) {
  CONVERT_BOTH(a, b, x, y);
  return float_from_double(x - y);
}
Object* float_mul(Object* a, Object* b) {
  CONVERT_BOTH(a, b, x, y);
  return float_from_double(x * y);
}
Object* float_div(Object* a, Object* b) {
  CONVERT_BOTH(a, b, x, y);
  if (y == 0.0) {
    set_error(&exc::ZeroDivisionError, "float division by zero");
    return nullptr;
  }
  return float_from_double(x / y);
}

Object* float_rem(Object* a, Object* b) {
  CONVERT_BOTH(a, b, vx, wx);
  if (wx == 0.0) {
    set_error(&exc::ZeroDivisionError, "float modulo");
    return nullptr;
  }
  double mod = std::fmod(vx, wx);
  if (mod != 0.0) {
    if ((wx < 0) != (mod < 0)) mod += wx;
  } else {
    mod = std::copysign(0.0, wx);
  }
  return float_from_double(mod);
}

Object* float_divmod(Object* a, Object* b) {
  CONVERT_BOTH(a, b, vx, wx);
  double q, r;
  if (!float_divmod_values(vx, wx, &q, &r, "float divmod()")) return nullptr;
  Object* fq = float_from_double(q);
  if (!fq) return nullptr;
  Object* fr = float_from_double(r);
  if (!fr) {
    decref(fq);
    return nullptr;
  }
  Object* t = tuple_new(2);
  if (!t) {
    decref(fq);
    decref(fr);
    return nullptr;
  }
  tuple_set_item(t, 0, fq);
  tuple_set_item(t, 1, fr);
  return t;
}

Object* float_floor_div(Object* a, Object* b) {
  CONVERT_BOTH(a, b, vx, wx);
  double q, r;
  if (!float_divmod_values(vx, wx, &q, &r, "float floor division by zero")) return nullptr;
  return float_from_double(q);
}

inline bool is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

Object* float_pow(Object* a, Object* b, Object* c) {
  if (c != None) {
    set_error(&exc::TypeError, "pow() 3rd argument not allowed unless all arguments are integers");
    return nullptr;
  }
  CONVERT_BOTH(a, b, iv, iw);
  if (iw == 0) return float_from_double(1.0);
  if (std::isnan(iv)) return float_from_double(iv);
  if (std::isnan(iw)) return float_from_double(iv == 1.0 ? 1.0 : iw);
  if (std::isinf(iw)) {
    iv = std::fabs(iv);
    if (iv == 1.0) return float_from_double(1.0);
    if ((iw > 0.0) == (iv > 1.0)) return float_from_double(std::fabs(iw));
    return float_from_double(0.0);
  }
  if (std::isinf(iv)) {
    bool odd = is_odd_integer(iw);
    if (iw > 0.0) return float_from_double(odd ? iv : std::fabs(iv));
    return float_from_double(odd ? std::copysign(0.0, iv) : 0.0);
  }
  if (iv == 0.0) {
    bool odd = is_odd_integer(iw);
    if (iw < 0.0) {
      set_error(&exc::ZeroDivisionError, "0.0 cannot be raised to a negative power");
      return nullptr;
    }
    return float_from_double(odd ? iv : 0.0);
  }
  bool negate = false;
  if (iv < 0.0) {
    // Negative numbers raised to fractional powers become complex.
    if (iw != std::floor(iw)) return complex_power_of_doubles(iv, iw);
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1.0) return float_from_double(negate ? -1.0 : 1.0);
  errno = 0;
  double ix = std::pow(iv, iw);
  if (errno == 0) {
    if (std::isinf(ix)) errno = ERANGE;
  } else if (errno == ERANGE && ix == 0.0) {
    errno = 0;
  }
  if (negate) ix = -ix;
  if (errno != 0) {
    set_error_from_errno(errno == ERANGE ? &exc::OverflowError : &exc::ValueError, errno);
    return nullptr;
  }
  return float_from_double(ix);
}

Object* float_neg(Object* a) { return float_from_double(-float_value(a)); }
Object* float_abs(Object* a) { return float_from_double(std::fabs(float_value(a))); }
Object* float_pos(Object* a) {
  if (is_float_exact(a)) return newref(a);
  return float_from_double(float_value(a));
}
int float_bool(Object* a) { return float_value(a) != 0.0; }
Object* float_trunc(Object* a) { return int_from_double(float_value(a)); }
Object* float_float(Object* a) { return float_pos(a); }

// Exact comparison of a finite double with an int.
int compare_double_int(double d, Object* w) {
  // Integers up to 2**53 convert exactly.
  if (int_bit_length(w) <= 48) {
    double j = int_as_double(w);
    return (d > j) - (d < j);
  }
  double ipart;
  double frac = std::modf(d, &ipart);
  Object* iobj = int_from_double(ipart);
  if (!iobj) return -2;
  int c = int_compare(iobj, w);
  decref(iobj);
  if (c != 0) return c;
  return (frac > 0) - (frac < 0);
}

Object* float_richcompare(Object* v, Object* w, int op) {
  if (!is_float(v)) return newref(NotImplemented);
  double i = float_value(v);
  int c;  // -1, 0, 1; 2: unordered (nan)
  if (is_float(w)) {
    double j = float_value(w);
    if (std::isnan(i) || std::isnan(j)) c = 2;
    else c = (i > j) - (i < j);
  } else if (is_int(w)) {
    if (std::isnan(i)) {
      c = 2;
    } else if (std::isinf(i)) {
      c = i > 0 ? 1 : -1;
    } else {
      c = compare_double_int(i, w);
      if (c == -2) return nullptr;
    }
  } else {
    return newref(NotImplemented);
  }
  bool r;
  if (c == 2) {
    r = op == kNE;
  } else {
    switch (op) {
      case kLT: r = c < 0; break;
      case kLE: r = c <= 0; break;
      case kEQ: r = c == 0; break;
      case kNE: r = c != 0; break;
      case kGT: r = c > 0; break;
      default: r = c >= 0; break;
    }
  }
  return bool_from(r);
}

hash_t float_hash(Object* v) { return hash_double(v, float_value(v)); }

Object* float_repr(Object* v) { return str_from_utf8(py_repr_float(float_value(v))); }

// float(x=0.0, /)
Object* float_new(Type* type, Object* args, Object* kwds) {
  if (!check_no_kwargs("float", kwds)) return nullptr;
  ssize n = tuple_size(args);
  if (!check_positional("float", n, 0, 1)) return nullptr;
  Object* value = n == 0 ? float_from_double(0.0) : float_from_object(tuple_item(args, 0));
  if (!value || type == &FloatType) return value;
  Object* o = type_generic_alloc(type, 0);
  if (o) static_cast<FloatObject*>(o)->value = float_value(value);
  decref(value);
  return o;
}

Object* float_vectorcall(Object* type, Object* const* args, size_t nargsf, Object* kwnames) {
  if (!check_no_kwnames("float", kwnames)) return nullptr;
  ssize n = vectorcall_nargs(nargsf);
  if (!check_positional("float", n, 0, 1)) return nullptr;
  return n == 0 ? float_from_double(0.0) : float_from_object(args[0]);
}

// ---- methods ----

Object* float_is_integer(Object* self) {
  double x = float_value(self);
  if (!std::isfinite(x)) return newref(False);
  return bool_from(std::floor(x) == x);
}

Object* float_conjugate(Object* self) { return float_pos(self); }

Object* float_getnewargs(Object* self) {
  Object* f = float_from_double(float_value(self));
  if (!f) return nullptr;
  Object* t = tuple_pack({f});
  decref(f);
  return t;
}

Object* float_floor_method(Object* self) { return int_from_double(std::floor(float_value(self))); }
Object* float_ceil_method(Object* self) { return int_from_double(std::ceil(float_value(self))); }

Object* float_as_integer_ratio(Object* self) {
  double x = float_value(self);
  if (std::isinf(x)) {
    set_error(&exc::OverflowError, "cannot convert Infinity to integer ratio");
    return nullptr;
  }
  if (std::isnan(x)) {
    set_error(&exc::ValueError, "cannot convert NaN to integer ratio");
    return nullptr;
  }
  int e;
  double m = std::frexp(x, &e);
  for (int k = 0; k < 300 && m != std::floor(m); ++k) {
    m *= 2.0;
    --e;
  }
  mpz_t num, den;
  mpz_init_set_d(num, m);
  mpz_init_set_ui(den, 1);
  if (e > 0) mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(e));
  else mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-e));
  Object* n = int_from_mpz(num);
  Object* d = int_from_mpz(den);
  mpz_clear(num);
  mpz_clear(den);
  if (!n || !d) {
    xdecref(n);
    xdecref(d);
    return nullptr;
  }
  Object* t = tuple_pack({n, d});
  decref(n);
  decref(d);
  return t;
}

constexpr char kHex[] = "0123456789abcdef";

Object* float_hex(Object* self) {
  double x = float_value(self);
  if (std::isnan(x) || std::isinf(x)) return float_repr(self);
  if (x == 0.0) return str_from_cstr(std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
  int e;
  double m = std::frexp(std::fabs(x), &e);
  int shift = 1 - (DBL_MIN_EXP - e > 0 ? DBL_MIN_EXP - e : 0);
  m = std::ldexp(m, shift);
  e -= shift;
  std::string s;
  s.push_back(kHex[static_cast<int>(m)]);
  m -= static_cast<int>(m);
  s.push_back('.');
  for (int k = 0; k < (DBL_MANT_DIG - 1) / 4; ++k) {
    m *= 16.0;
    s.push_back(kHex[static_cast<int>(m)]);
    m -= static_cast<int>(m);
  }
  char esign = '+';
  if (e < 0) {
    esign = '-';
    e = -e;
  }
  std::string out = std::string(x < 0.0 ? "-0x" : "0x") + s + "p" + esign + std::to_string(e);
  return str_from_utf8(out);
}

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(c | 0x20);
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

}  // namespace

double mpz_scaled_to_double(mpz_srcptr mantissa, int64_t exp2, bool* overflow) {
  *overflow = false;
  if (mpz_sgn(mantissa) == 0) return 0.0;
  const int64_t bits = static_cast<int64_t>(mpz_sizeinbase(mantissa, 2));
  const int64_t top = bits + exp2 - 1;  // exponent of the leading bit
  if (top >= DBL_MAX_EXP) {
    *overflow = true;
    return 0.0;
  }
  // Bits of precision available at this magnitude (fewer when subnormal).
  int64_t precision = top >= DBL_MIN_EXP - 1 ? DBL_MANT_DIG : top - (DBL_MIN_EXP - DBL_MANT_DIG) + 1;
  if (precision < 0) return 0.0;  // below half the smallest subnormal
  int64_t shift = bits - precision;
  mpz_t q;
  mpz_init(q);
  mpz_abs(q, mantissa);
  if (shift > 0) {
    bool half = mpz_tstbit(q, static_cast<mp_bitcnt_t>(shift - 1));
    bool sticky = mpz_scan1(q, 0) < static_cast<mp_bitcnt_t>(shift - 1);
    mpz_tdiv_q_2exp(q, q, static_cast<mp_bitcnt_t>(shift));
    if (half && (sticky || mpz_odd_p(q))) mpz_add_ui(q, q, 1);
  } else {
    mpz_mul_2exp(q, q, static_cast<mp_bitcnt_t>(-shift));
  }
  double d = mpz_get_d(q);  // exact: at most 54 bits, a power of two if 54
  mpz_clear(q);
  double r = std::ldexp(d, static_cast<int>(exp2 + shift));
  if (std::isinf(r)) {
    *overflow = true;
    return 0.0;
  }
  return mpz_sgn(mantissa) < 0 ? -r : r;
}

namespace {

// float.fromhex(string), CPython's grammar.
Object* float_fromhex(Object* cls, Object* arg) {
  if (!is_str(arg)) {
    // CPython's float.fromhex reads the argument as a C string and reports
    // a non-str with the generic bad-argument message.
    return format_error(&exc::TypeError, "bad argument type for built-in operation");
  }
  std::string text = str_to_std(arg);
  const char* s = text.c_str();
  auto invalid = [&]() -> Object* {
    set_error(&exc::ValueError, "invalid hexadecimal floating-point string");
    return nullptr;
  };
  while (unicode::is_space(static_cast<unsigned char>(*s)) && *s) ++s;
  bool negate = false;
  if (*s == '-') {
    negate = true;
    ++s;
  } else if (*s == '+') {
    ++s;
  }
  double special = 0;
  bool is_special = false;
  auto starts_ci = [&](const char* word) {
    size_t n = std::strlen(word);
    for (size_t k = 0; k < n; ++k)
      if (!s[k] || (s[k] | 0x20) != word[k]) return false;
    return true;
  };
  if (starts_ci("infinity")) {
    special = HUGE_VAL;
    s += 8;
    is_special = true;
  } else if (starts_ci("inf")) {
    special = HUGE_VAL;
    s += 3;
    is_special = true;
  } else if (starts_ci("nan")) {
    special = NAN;
    s += 3;
    is_special = true;
  }
  double value;
  if (is_special) {
    value = negate ? -special : special;
  } else {
    if (s[0] == '0' && (s[1] | 0x20) == 'x') s += 2;
    std::string digits;
    int64_t frac_digits = 0;
    bool seen_point = false;
    while (true) {
      if (*s == '.' && !seen_point) {
        seen_point = true;
        ++s;
        continue;
      }
      if (hex_digit(*s) < 0) break;
      digits.push_back(*s);
      if (seen_point) ++frac_digits;
      ++s;
    }
    if (digits.empty()) return invalid();
    int64_t exp = 0;
    if ((*s | 0x20) == 'p') {
      ++s;
      bool eneg = false;
      if (*s == '-' || *s == '+') eneg = *s++ == '-';
      if (!(*s >= '0' && *s <= '9')) return invalid();
      while (*s >= '0' && *s <= '9') {
        if (exp < (int64_t(1) << 40)) exp = exp * 10 + (*s - '0');
        ++s;
      }
      if (eneg) exp = -exp;
    }
    mpz_t m;
    mpz_init_set_str(m, digits.c_str(), 16);
    bool overflow;
    value = mpz_scaled_to_double(m, exp - 4 * frac_digits, &overflow);
    mpz_clear(m);
    if (overflow) {
      set_error(&exc::OverflowError, "hexadecimal value too large to represent as a float");
      return nullptr;
    }
    if (negate) value = -value;
  }
  while (*s && unicode::is_space(static_cast<unsigned char>(*s))) ++s;
  if (*s) return invalid();
  Object* r = float_from_double(value);
  if (!r || cls == &FloatType) return r;
  Object* sub = call_function(cls, r);
  decref(r);
  return sub;
}

// Rounds the exact value of x to ndigits decimal places, half to even, and
// returns the double nearest to that decimal (CPython's double_round gets
// the same result through correctly rounded dtoa/strtod).
Object* round_to_digits(double x, int64_t ndigits) {
  int e;
  double m = std::frexp(x, &e);
  mpz_t num, den, p10, q, r;
  mpz_inits(num, den, p10, q, r, nullptr);
  mpz_set_d(num, std::ldexp(m, DBL_MANT_DIG));
  e -= DBL_MANT_DIG;
  mpz_set_ui(den, 1);
  if (e > 0) mpz_mul_2exp(num, num, static_cast<mp_bitcnt_t>(e));
  else mpz_mul_2exp(den, den, static_cast<mp_bitcnt_t>(-e));
  mpz_ui_pow_ui(p10, 10, static_cast<unsigned long>(ndigits >= 0 ? ndigits : -ndigits));
  if (ndigits >= 0) mpz_mul(num, num, p10);
  else mpz_mul(den, den, p10);
  // q = round-half-even(num / den)
  mpz_fdiv_qr(q, r, num, den);
  mpz_mul_2exp(r, r, 1);
  int c = mpz_cmp(r, den);
  if (c > 0 || (c == 0 && mpz_odd_p(q))) mpz_add_ui(q, q, 1);
  Object* qi = int_from_mpz(q);
  Object* result = nullptr;
  if (qi) {
    if (ndigits >= 0) {
      Object* p = int_from_mpz(p10);
      if (p) {
        result = int_truediv(qi, p);
        decref(p);
      }
    } else {
      mpz_mul(q, q, p10);
      Object* big = int_from_mpz(q);
      if (big) {
        double d = int_as_double(big);
        if (!(d == -1.0 && error_occurred())) result = float_from_double(d);
        else {
          clear_error();
          set_error(&exc::OverflowError, "rounded value too large to represent");
        }
        decref(big);
      }
    }
    decref(qi);
  }
  mpz_clears(num, den, p10, q, r, nullptr);
  if (result && float_value(result) == 0.0) {
    // Keep the sign of x on zero results.
    double z = std::copysign(0.0, x);
    decref(result);
    result = float_from_double(z);
  }
  return result;
}

Object* float_round(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("__round__", nargs, 0, 1)) return nullptr;
  double x = float_value(self);
  if (nargs == 0 || args[0] == None) {
    double rounded = std::round(x);
    if (std::fabs(x - rounded) == 0.5) rounded = 2.0 * std::round(x / 2.0);
    return int_from_double(rounded);
  }
  ssize ndigits = number_as_ssize(args[0], nullptr);
  if (ndigits == -1 && error_occurred()) return nullptr;
  if (!std::isfinite(x)) return float_from_double(x);
  constexpr int64_t kMaxDigits = static_cast<int64_t>((DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103);
  constexpr int64_t kMinDigits = -static_cast<int64_t>((DBL_MAX_EXP + 1) * 0.30103);
  if (ndigits > kMaxDigits) return float_from_double(x);
  if (ndigits < kMinDigits) return float_from_double(0.0 * x);
  if (x == 0.0) return float_from_double(x);
  return round_to_digits(x, ndigits);
}

Object* float_getformat(Object* cls, Object* arg) {
  if (!is_str(arg)) {
    return format_error(&exc::TypeError, "__getformat__() argument must be str, not %.50s",
                        arg->type->name);
  }
  if (!str_equal_cstr(arg, "double") && !str_equal_cstr(arg, "float")) {
    set_error(&exc::ValueError, "__getformat__() argument 1 must be 'double' or 'float'");
    return nullptr;
  }
  return str_from_cstr("IEEE, little-endian");
}

Object* float_get_real(Object* self, void*) { return float_pos(self); }
Object* float_get_imag(Object*, void*) { return float_from_double(0.0); }

// __format__(format_spec, /) for the built-in types with a mini-language.
Object* float_format_method(Object* self, Object* spec) {
  if (!is_str(spec)) return format_error(&exc::TypeError, "__format__() argument must be str, not %.50s", spec->type->name);
  return float_format_spec(self, spec);
}

MethodDef float_methods[] = {
    {"conjugate", float_conjugate, "conjugate($self, /)\n--\n\n"
     "Return self, the complex conjugate of any float."},
    {"__trunc__", float_trunc, "__trunc__($self, /)\n--\n\n"
     "Return the Integral closest to x between 0 and x."},
    {"__floor__", float_floor_method, "__floor__($self, /)\n--\n\n"
     "Return the floor as an Integral."},
    {"__ceil__", float_ceil_method, "__ceil__($self, /)\n--\n\n"
     "Return the ceiling as an Integral."},
    {"__round__", float_round,
     "__round__($self, ndigits=None, /)\n--\n\n"
     "Return the Integral closest to x, rounding half toward even.\n\n"
     "When an argument is passed, work like built-in round(x, ndigits)."},
    {"as_integer_ratio", float_as_integer_ratio,
     "as_integer_ratio($self, /)\n--\n\n"
     "Return integer ratio.\n\nReturn a pair of integers, whose ratio is exactly equal to the "
     "original float\nand with a positive denominator.\n\nRaise OverflowError on infinities and a "
     "ValueError on NaNs.\n\n>>> (10.0).as_integer_ratio()\n(10, 1)\n>>> (0.0).as_integer_ratio()\n"
     "(0, 1)\n>>> (-.25).as_integer_ratio()\n(-1, 4)"},
    {"fromhex", float_fromhex,
     "fromhex($type, string, /)\n--\n\n"
     "Create a floating-point number from a hexadecimal string.\n\n>>> float.fromhex('0x1.ffffp10')\n"
     "2047.984375\n>>> float.fromhex('-0x1p-1074')\n-5e-324",
     Binding::kClass},
    {"hex", float_hex,
     "hex($self, /)\n--\n\n"
     "Return a hexadecimal representation of a floating-point number.\n\n>>> (-0.1).hex()\n"
     "'-0x1.999999999999ap-4'\n>>> 3.14159.hex()\n'0x1.921f9f01b866ep+1'"},
    {"is_integer", float_is_integer, "is_integer($self, /)\n--\n\n"
     "Return True if the float is an integer."},
    {"__getnewargs__", float_getnewargs, "__getnewargs__($self, /)\n--\n\n"},
    {"__format__", float_format_method,
     "__format__($self, format_spec, /)\n--\n\n"
     "Formats the float according to format_spec."},
    {"__getformat__", float_getformat,
     "__getformat__($type, typestr, /)\n--\n\n"
     "You probably don't want to use this function.\n\n  typestr\n    Must be 'double' or "
     "'float'.\n\nIt exists mainly to be used in Python's test suite.\n\nThis function returns "
     "whichever of 'unknown', 'IEEE, big-endian' or 'IEEE,\nlittle-endian' best describes the "
     "format of floating point numbers used by the\nC type named by typestr.",
     Binding::kClass},
    {},
};

GetSetDef float_getset[] = {
    {"real", float_get_real, nullptr, "the real part of a complex number"},
    {"imag", float_get_imag, nullptr, "the imaginary part of a complex number"},
    {},
};

NumberMethods float_as_number = {
    .nb_add = float_add,
    .nb_subtract = float_sub,
    .nb_multiply = float_mul,
    .nb_remainder = float_rem,
    .nb_divmod = float_divmod,
    .nb_power = float_pow,
    .nb_negative = float_neg,
    .nb_positive = float_pos,
    .nb_absolute = float_abs,
    .nb_bool = float_bool,
    .nb_int = float_trunc,
    .nb_float = float_float,
    .nb_floor_divide = float_floor_div,
    .nb_true_divide = float_div,
};

}  // namespace

Type FloatType{{
    .name = "float",
    .basicsize = sizeof(FloatObject),
    .dealloc = float_dealloc,
    .repr = float_repr,
    .as_number = &float_as_number,
    .hash = float_hash,
    .getattro = generic_getattr,
    .flags = tpflags::kBaseType | tpflags::kMatchSelf,
    .doc = "float(x=0, /)\n--\n\n"
           "Convert a string or number to a floating point number, if possible.",
    .richcompare = float_richcompare,
    .methods = float_methods,
    .getset = float_getset,
    .new_ = float_new,
    .vectorcall = float_vectorcall,
}};

}  // namespace glasspy
