// `complex` (see complex.h): arithmetic with CPython's algorithms so results
// agree to the last bit, construction from numbers and strings, hashing and
// equality with ints and floats.
#include "objects/complex.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/format_spec.h"
#include "objects/hash.h"
#include "objects/int.h"
#include "objects/known_strings.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "util/number_format.h"
#include "util/unicode.h"

namespace glasspy {

namespace {

struct Cpx {
  double real;
  double imag;
};

constexpr Cpx kOne = {1.0, 0.0};

Cpx c_sum(Cpx a, Cpx b) { return {a.real + b.real, a.imag + b.imag}; }
Cpx c_diff(Cpx a, Cpx b) { return {a.real - b.real, a.imag - b.imag}; }
Cpx c_prod(Cpx a, Cpx b) { return {a.real * b.real - a.imag * b.imag, a.real * b.imag + a.imag * b.real}; }

// Smith's algorithm, as CPython's _Py_c_quot; errno EDOM for a zero divisor.
Cpx c_quot(Cpx a, Cpx b) {
  Cpx r;
  const double abs_breal = b.real < 0 ? -b.real : b.real;
  const double abs_bimag = b.imag < 0 ? -b.imag : b.imag;
  if (abs_breal >= abs_bimag) {
    if (abs_breal == 0.0) {
      errno = EDOM;
      r.real = r.imag = 0.0;
    } else {
      const double ratio = b.imag / b.real;
      const double denom = b.real + b.imag * ratio;
      r.real = (a.real + a.imag * ratio) / denom;
      r.imag = (a.imag - a.real * ratio) / denom;
    }
  } else if (abs_bimag >= abs_breal) {
    const double ratio = b.real / b.imag;
    const double denom = b.real * ratio + b.imag;
    r.real = (a.real * ratio + a.imag) / denom;
    r.imag = (a.imag * ratio - a.real) / denom;
  } else {
    r.real = r.imag = NAN;
  }
  return r;
}

Cpx c_pow(Cpx a, Cpx b) {
  Cpx r;
  if (b.real == 0.0 && b.imag == 0.0) {
    r = kOne;
  } else if (a.real == 0.0 && a.imag == 0.0) {
    if (b.imag != 0.0 || b.real < 0.0) errno = EDOM;
    r.real = 0.0;
    r.imag = 0.0;
  } else {
    double vabs = std::hypot(a.real, a.imag);
    double len = std::pow(vabs, b.real);
    double at = std::atan2(a.imag, a.real);
    double phase = at * b.real;
    if (b.imag != 0.0) {
      len /= std::exp(at * b.imag);
      phase += b.imag * std::log(vabs);
    }
    r.real = len * std::cos(phase);
    r.imag = len * std::sin(phase);
  }
  return r;
}

Cpx c_powu(Cpx x, long n) {
  Cpx r = kOne;
  Cpx p = x;
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = c_prod(r, p);
    mask <<= 1;
    p = c_prod(p, p);
  }
  return r;
}

Cpx c_powi(Cpx x, long n) {
  if (n > 100 || n < -100) return c_pow(x, Cpx{static_cast<double>(n), 0.0});
  if (n > 0) return c_powu(x, n);
  return c_quot(kOne, c_powu(x, -n));
}

Cpx value_of(Object* o) { return {as_complex(o)->real, as_complex(o)->imag}; }

Object* complex_subtype_from_doubles(Type* type, double real, double imag) {
  Object* o = type == &ComplexType ? allocate_object(type, sizeof(ComplexObject)) : type_generic_alloc(type, 0);
  if (!o) return nullptr;
  as_complex(o)->real = real;
  as_complex(o)->imag = imag;
  return o;
}

// Operands of complex arithmetic: complex, float or int.  1 ok, 0 not a
// number (NotImplemented), -1 error.
int to_complex(Object* o, Cpx* out) {
  if (is_complex(o)) {
    *out = value_of(o);
    return 1;
  }
  if (is_int(o)) {
    double d = int_as_double(o);
    if (d == -1.0 && error_occurred()) return -1;
    *out = {d, 0.0};
    return 1;
  }
  if (is_float(o)) {
    *out = {float_value(o), 0.0};
    return 1;
  }
  return 0;
}

#define TO_COMPLEX_BOTH(a, b, x, y)               \
  Cpx x, y;                                       \
  {                                               \
    int ra_ = to_complex(a, &x);                  \
    if (ra_ < 0) return nullptr;                  \
    if (ra_ == 0) return newref(NotImplemented);  \
    int rb_ = to_complex(b, &y);                  \
    if (rb_ < 0) return nullptr;                  \
    if (rb_ == 0) return newref(NotImplemented);  \
  }

Object* complex_add(Object* a, Object* b) {
  TO_COMPLEX_BOTH(a, b, x, y);
  Cpx r = c_sum(x, y);
  return complex_from_doubles(r.real, r.imag);
}

Object* complex_sub(Object* a, Object* b) {
  TO_COMPLEX_BOTH(a, b, x, y);
  Cpx r = c_diff(x, y);
  return complex_from_doubles(r.real, r.imag);
}

Object* complex_mul(Object* a, Object* b) {
  TO_COMPLEX_BOTH(a, b, x, y);
  Cpx r = c_prod(x, y);
  return complex_from_doubles(r.real, r.imag);
}

Object* complex_div(Object* a, Object* b) {
  TO_COMPLEX_BOTH(a, b, x, y);
  errno = 0;
  Cpx r = c_quot(x, y);
  if (errno == EDOM) {
    set_error(&exc::ZeroDivisionError, "complex division by zero");
    return nullptr;
  }
  return complex_from_doubles(r.real, r.imag);
}

Object* complex_pow_slot(Object* a, Object* b, Object* z) {
  TO_COMPLEX_BOTH(a, b, x, exponent);
  if (z != None) {
    set_error(&exc::ValueError, "complex modulo");
    return nullptr;
  }
  errno = 0;
  long int_exponent = static_cast<long>(exponent.real);
  Cpx p;
  if (exponent.imag == 0.0 && exponent.real == static_cast<double>(int_exponent)) p = c_powi(x, int_exponent);
  else p = c_pow(x, exponent);
  if (std::isinf(p.real) || std::isinf(p.imag)) {
    if (errno == 0) errno = ERANGE;
  } else if (errno == ERANGE) {
    errno = 0;
  }
  if (errno == EDOM) {
    set_error(&exc::ZeroDivisionError, "0.0 to a negative or complex power");
    return nullptr;
  }
  if (errno == ERANGE) {
    set_error(&exc::OverflowError, "complex exponentiation");
    return nullptr;
  }
  return complex_from_doubles(p.real, p.imag);
}

Object* complex_neg(Object* a) { return complex_from_doubles(-as_complex(a)->real, -as_complex(a)->imag); }

Object* complex_pos(Object* a) {
  if (a->type == &ComplexType) return newref(a);
  return complex_from_doubles(as_complex(a)->real, as_complex(a)->imag);
}

Object* complex_abs(Object* a) {
  Cpx v = value_of(a);
  double result;
  if (!std::isfinite(v.real) || !std::isfinite(v.imag)) {
    // inf beats nan: hypot's own rule.
    if (std::isinf(v.real) || std::isinf(v.imag)) result = HUGE_VAL;
    else result = NAN;
  } else {
    result = std::hypot(v.real, v.imag);
    if (std::isinf(result)) {
      set_error(&exc::OverflowError, "absolute value too large");
      return nullptr;
    }
  }
  return float_from_double(result);
}

int complex_bool(Object* a) { return as_complex(a)->real != 0.0 || as_complex(a)->imag != 0.0; }

hash_t complex_hash(Object* o) {
  hash_t hr = hash_double(o, as_complex(o)->real);
  hash_t hi = hash_double(o, as_complex(o)->imag);
  uhash_t combined = static_cast<uhash_t>(hr) + static_cast<uhash_t>(kHashImag) * static_cast<uhash_t>(hi);
  if (combined == static_cast<uhash_t>(-1)) combined = static_cast<uhash_t>(-2);
  return static_cast<hash_t>(combined);
}

Object* complex_richcompare(Object* v, Object* w, int op) {
  if ((op != kEQ && op != kNE) || !is_complex(v)) return newref(NotImplemented);
  Cpx i = value_of(v);
  bool equal;
  if (is_int(w)) {
    if (i.imag == 0.0) {
      Object* j = float_from_double(i.real);
      if (!j) return nullptr;
      Object* r = rich_compare(j, w, op);
      decref(j);
      return r;
    }
    equal = false;
  } else if (is_float(w)) {
    equal = i.real == float_value(w) && i.imag == 0.0;
  } else if (is_complex(w)) {
    Cpx j = value_of(w);
    equal = i.real == j.real && i.imag == j.imag;
  } else {
    return newref(NotImplemented);
  }
  return bool_from(equal == (op == kEQ));
}

Object* complex_repr(Object* o) { return str_from_utf8(py_repr_complex(as_complex(o)->real, as_complex(o)->imag)); }

// ---- parsing ----

bool is_space_char(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

// A float at s (Python's syntax without underscores); returns the end, or s.
const char* parse_float_prefix(const char* s, double* out) {
  const char* p = s;
  if (*p == '+' || *p == '-') ++p;
  auto ci_prefix = [&](const char* word) {
    size_t n = std::strlen(word);
    for (size_t k = 0; k < n; ++k)
      if (!p[k] || (p[k] | 0x20) != word[k]) return false;
    return true;
  };
  if (ci_prefix("infinity") || ci_prefix("inf") || ci_prefix("nan")) {
    bool nan = (p[0] | 0x20) == 'n';
    size_t n = nan ? 3 : ci_prefix("infinity") ? 8 : 3;
    double v = nan ? NAN : HUGE_VAL;
    *out = *s == '-' ? -v : v;
    return p + n;
  }
  const char* digits_start = p;
  while (*p >= '0' && *p <= '9') ++p;
  bool have_int = p > digits_start;
  bool have_frac = false;
  if (*p == '.') {
    const char* q = p + 1;
    while (*q >= '0' && *q <= '9') ++q;
    have_frac = q > p + 1;
    if (have_int || have_frac) p = q;
  }
  if (!have_int && !have_frac) return s;
  if (*p == 'e' || *p == 'E') {
    const char* q = p + 1;
    if (*q == '+' || *q == '-') ++q;
    const char* e = q;
    while (*q >= '0' && *q <= '9') ++q;
    if (q > e) p = q;
  }
  std::string text(s, static_cast<size_t>(p - s));
  *out = std::strtod(text.c_str(), nullptr);
  return p;
}

Object* malformed() {
  set_error(&exc::ValueError, "complex() arg is a malformed string");
  return nullptr;
}

Object* cannot_convert(Object* v) {
  format_error(&exc::ValueError, "could not convert string to complex: %R", v);
  return nullptr;
}

Object* complex_from_string(Type* type, Object* v) {
  // Unicode digits and spaces become ASCII; underscores between digits go.
  std::string raw;
  for (ssize k = 0; k < str_length(v); ++k) {
    uint32_t c = str_char_at(v, k);
    if (c < 128) raw.push_back(static_cast<char>(c));
    else if (unicode::is_space(c)) raw.push_back(' ');
    else if (unicode::is_decimal(c)) {
      uint32_t start = c;
      while (start > 0 && unicode::is_decimal(start - 1)) --start;
      raw.push_back(static_cast<char>('0' + (c - start) % 10));
    } else {
      raw.push_back('?');
    }
  }
  // A text with underscores is first checked for their placement (and for
  // embedded NULs); CPython reports those failures differently from the
  // grammar's own.
  std::string text;
  const bool has_underscore = raw.find('_') != std::string::npos;
  for (size_t k = 0; k < raw.size(); ++k) {
    if (raw[k] == '_') {
      bool ok = k > 0 && k + 1 < raw.size() && raw[k - 1] >= '0' && raw[k - 1] <= '9' && raw[k + 1] >= '0' &&
                raw[k + 1] <= '9';
      if (!ok) return cannot_convert(v);
      continue;
    }
    if (raw[k] == '\0' && has_underscore) return cannot_convert(v);
    text.push_back(raw[k]);
  }
  const char* s = text.c_str();
  const char* text_end = s + text.size();
  while (is_space_char(*s)) ++s;
  bool got_bracket = false;
  if (*s == '(') {
    got_bracket = true;
    ++s;
    while (is_space_char(*s)) ++s;
  }
  double x = 0.0, y = 0.0, z;
  const char* end = parse_float_prefix(s, &z);
  if (end != s) {
    s = end;
    if (*s == '+' || *s == '-') {
      x = z;
      end = parse_float_prefix(s, &y);
      if (end != s) {
        s = end;
      } else {
        y = *s == '+' ? 1.0 : -1.0;
        ++s;
      }
      if (!(*s == 'j' || *s == 'J')) return malformed();
      ++s;
    } else if (*s == 'j' || *s == 'J') {
      ++s;
      y = z;
    } else {
      x = z;
    }
  } else {
    if (*s == '+' || *s == '-') {
      y = *s == '+' ? 1.0 : -1.0;
      ++s;
    } else {
      y = 1.0;
    }
    if (!(*s == 'j' || *s == 'J')) return malformed();
    ++s;
  }
  while (is_space_char(*s)) ++s;
  if (got_bracket) {
    if (*s != ')') return malformed();
    ++s;
    while (is_space_char(*s)) ++s;
  }
  if (s != text_end) return malformed();
  return complex_subtype_from_doubles(type, x, y);
}

// __complex__, if defined; null with no error when it is not.
Object* try_complex_special_method(Object* op) {
  Object* f = lookup_special(op, ID(dunder_complex));
  if (!f) return nullptr;
  Object* res = call_no_args(f);
  decref(f);
  if (!res || res->type == &ComplexType) return res;
  if (!is_complex(res)) {
    format_error(&exc::TypeError, "__complex__ returned non-complex (type %.200s)", res->type->name);
    decref(res);
    return nullptr;
  }
  char msg[512];
  std::snprintf(msg, sizeof msg,
                "__complex__ returned non-complex (type %.200s).  The ability to return an instance of a "
                "strict subclass of complex is deprecated, and may be removed in a future version of Python.",
                res->type->name);
  if (warn(&exc::DeprecationWarning, msg) < 0) {
    decref(res);
    return nullptr;
  }
  return res;
}

bool is_number_like(Object* o) {
  NumberMethods* nb = o->type->as_number;
  return nb && (is_complex(o) || nb->nb_float || nb->nb_index);
}

Object* complex_new(Type* type, Object* args, Object* kwds) {
  static const ArgParser parser{"complex", {"real", "imag"}, 0, 2};
  Object* argv[2] = {};
  if (!parse_args_dict(parser, args, kwds, argv)) return nullptr;
  Object* r = argv[0] ? argv[0] : small_int(0);
  Object* i = argv[1];
  if (r->type == &ComplexType && !i && type == &ComplexType) return newref(r);
  if (is_str(r)) {
    if (i) {
      set_error(&exc::TypeError, "complex() can't take second arg if first is a string");
      return nullptr;
    }
    return complex_from_string(type, r);
  }
  if (i && is_str(i)) {
    set_error(&exc::TypeError, "complex() second arg can't be a string");
    return nullptr;
  }
  Object* owned_r = try_complex_special_method(r);
  if (owned_r) {
    r = owned_r;
  } else if (error_occurred()) {
    return nullptr;
  }
  if (!is_number_like(r)) {
    xdecref(owned_r);
    return format_error(&exc::TypeError, "complex() first argument must be a string or a number, not '%.200s'",
                        r->type->name);
  }
  if (i && !is_number_like(i)) {
    xdecref(owned_r);
    return format_error(&exc::TypeError, "complex() second argument must be a number, not '%.200s'",
                        i->type->name);
  }
  Cpx cr{0.0, 0.0}, ci{0.0, 0.0};
  bool cr_is_complex = false, ci_is_complex = false;
  if (is_complex(r)) {
    cr = value_of(r);
    cr_is_complex = true;
  } else {
    // Through __float__ even for float subclasses, as float() does.
    Object* f = number_float(r);
    if (!f) {
      xdecref(owned_r);
      return nullptr;
    }
    cr = {float_value(f), 0.0};
    decref(f);
  }
  xdecref(owned_r);
  if (!i) {
    ci.real = cr.imag;
  } else if (is_complex(i)) {
    ci = value_of(i);
    ci_is_complex = true;
  } else {
    Object* f = number_float(i);
    if (!f) return nullptr;
    ci.real = float_value(f);
    decref(f);
  }
  if (ci_is_complex) cr.real -= ci.imag;
  if (cr_is_complex && i) ci.real += cr.imag;
  return complex_subtype_from_doubles(type, cr.real, ci.real);
}

Object* complex_conjugate(Object* self) { return complex_from_doubles(as_complex(self)->real, -as_complex(self)->imag); }

Object* complex_to_exact(Object* self) {
  if (self->type == &ComplexType) return newref(self);
  return complex_from_doubles(as_complex(self)->real, as_complex(self)->imag);
}

Object* complex_getnewargs(Object* self) {
  Object* re = float_from_double(as_complex(self)->real);
  Object* im = re ? float_from_double(as_complex(self)->imag) : nullptr;
  Object* r = im ? tuple_pack({re, im}) : nullptr;
  xdecref(re);
  xdecref(im);
  return r;
}

// __format__(format_spec, /) for the built-in types with a mini-language.
Object* complex_format_method(Object* self, Object* spec) {
  if (!is_str(spec)) return format_error(&exc::TypeError, "__format__() argument must be str, not %.50s", spec->type->name);
  return complex_format_spec(self, spec);
}

MethodDef complex_methods[] = {
    {"conjugate", complex_conjugate, "conjugate($self, /)\n--\n\n"
     "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j."},
    {"__getnewargs__", complex_getnewargs, "__getnewargs__($self, /)\n--\n\n"},
    {"__complex__", complex_to_exact, "__complex__($self, /)\n--\n\n"
     "Convert this value to exact type complex."},
    {"__format__", complex_format_method,
     "__format__($self, format_spec, /)\n--\n\n"
     "Convert to a string according to format_spec."},
    {},
};

MemberDef complex_members[] = {
    {"real", MemberType::kDouble, offsetof(ComplexObject, real), true, "the real part of a complex number"},
    {"imag", MemberType::kDouble, offsetof(ComplexObject, imag), true, "the imaginary part of a complex number"},
    {},
};

NumberMethods complex_as_number = {
    .nb_add = complex_add,
    .nb_subtract = complex_sub,
    .nb_multiply = complex_mul,
    .nb_power = complex_pow_slot,
    .nb_negative = complex_neg,
    .nb_positive = complex_pos,
    .nb_absolute = complex_abs,
    .nb_bool = complex_bool,
    .nb_true_divide = complex_div,
};

}  // namespace

Object* complex_from_doubles(double real, double imag) {
  return complex_subtype_from_doubles(&ComplexType, real, imag);
}

Object* complex_power_of_doubles(double base, double exponent) {
  Object* a = complex_from_doubles(base, 0.0);
  if (!a) return nullptr;
  Object* b = complex_from_doubles(exponent, 0.0);
  if (!b) {
    decref(a);
    return nullptr;
  }
  Object* r = complex_pow_slot(a, b, None);
  decref(a);
  decref(b);
  return r;
}

Type ComplexType{{
    .name = "complex",
    .basicsize = sizeof(ComplexObject),
    .dealloc = free_object,
    .repr = complex_repr,
    .as_number = &complex_as_number,
    .hash = complex_hash,
    .getattro = generic_getattr,
    .flags = tpflags::kBaseType,
    .doc = "complex(real=0, imag=0)\n--\n\n"
           "Create a complex number from a real part and an optional imaginary part.\n\n"
           "This is equivalent to (real + imag*1j) where imag defaults to 0.",
    .richcompare = complex_richcompare,
    .methods = complex_methods,
    .members = complex_members,
    .new_ = complex_new,
}};

}  // namespace glasspy
