// The `math` module, with CPython's rules for domain and range errors
// ("math domain error" when a finite argument gives a NaN or an infinite
// result at a singularity, "math range error" on overflow) and its integer
// functions on arbitrary-precision ints (factorial, gcd, lcm, isqrt, comb,
// perm) computed with GMP.
#include <cerrno>
#include <cfloat>
#include <cmath>
#include <vector>

#include "modules/math_module.h"
#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/known_strings.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/module_object.h"

namespace glasspy {

namespace {

Object* domain_error() {
  set_error(&exc::ValueError, "math domain error");
  return nullptr;
}

Object* range_error() {
  set_error(&exc::OverflowError, "math range error");
  return nullptr;
}

bool as_double(Object* o, double* out) {
  double x = float_as_double(o);
  if (x == -1.0 && error_occurred()) return false;
  *out = x;
  return true;
}

// math_1: a one-argument libm function with CPython's error rules.
Object* math_1(Object* arg, double (*func)(double), bool can_overflow) {
  double x;
  if (!as_double(arg, &x)) return nullptr;
  double r = func(x);
  if (std::isnan(r) && !std::isnan(x)) return domain_error();
  if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error() : domain_error();
  return float_from_double(r);
}

#define MATH_FUNC_1(name, func, can_overflow) \
  Object* math_##name(Object* module, Object* arg) { return math_1(arg, func, can_overflow); }

double c_sqrt(double x) { return std::sqrt(x); }
double c_exp(double x) { return std::exp(x); }
double c_expm1(double x) { return std::expm1(x); }
double c_sin(double x) { return std::sin(x); }
double c_cos(double x) { return std::cos(x); }
double c_tan(double x) { return std::tan(x); }
double c_asin(double x) { return std::asin(x); }
double c_acos(double x) { return std::acos(x); }
double c_atan(double x) { return std::atan(x); }
double c_sinh(double x) { return std::sinh(x); }
double c_cosh(double x) { return std::cosh(x); }
double c_tanh(double x) { return std::tanh(x); }
double c_asinh(double x) { return std::asinh(x); }
double c_acosh(double x) { return std::acosh(x); }
double c_atanh(double x) { return std::atanh(x); }
double c_fabs(double x) { return std::fabs(x); }
double c_erf(double x) { return std::erf(x); }
double c_erfc(double x) { return std::erfc(x); }
double c_cbrt(double x) { return std::cbrt(x); }
double c_exp2(double x) { return std::exp2(x); }

MATH_FUNC_1(sqrt, c_sqrt, false)
MATH_FUNC_1(exp, c_exp, true)
MATH_FUNC_1(exp2, c_exp2, true)
MATH_FUNC_1(expm1, c_expm1, true)
MATH_FUNC_1(sin, c_sin, false)
MATH_FUNC_1(cos, c_cos, false)
MATH_FUNC_1(tan, c_tan, false)
MATH_FUNC_1(asin, c_asin, false)
MATH_FUNC_1(acos, c_acos, false)
MATH_FUNC_1(atan, c_atan, false)
MATH_FUNC_1(sinh, c_sinh, true)
MATH_FUNC_1(cosh, c_cosh, true)
MATH_FUNC_1(tanh, c_tanh, false)
MATH_FUNC_1(asinh, c_asinh, false)
MATH_FUNC_1(acosh, c_acosh, false)
MATH_FUNC_1(atanh, c_atanh, false)
MATH_FUNC_1(fabs, c_fabs, false)
MATH_FUNC_1(erf, c_erf, false)
MATH_FUNC_1(erfc, c_erfc, false)
MATH_FUNC_1(cbrt, c_cbrt, false)

Object* math_gamma(Object* module, Object* arg) {
  double x;
  if (!as_double(arg, &x)) return nullptr;
  if (std::isnan(x)) return float_from_double(x);
  if (std::isinf(x)) {
    if (x > 0) return float_from_double(x);
    return domain_error();
  }
  if (x == std::floor(x) && x <= 0) return domain_error();
  double r = std::tgamma(x);
  if (std::isinf(r)) return range_error();
  return float_from_double(r);
}

Object* math_lgamma(Object* module, Object* arg) {
  double x;
  if (!as_double(arg, &x)) return nullptr;
  if (std::isnan(x) || std::isinf(x)) return float_from_double(std::fabs(x));
  if (x == std::floor(x) && x <= 0) return domain_error();
  double r = std::lgamma(x);
  if (std::isinf(r)) return range_error();
  return float_from_double(r);
}

// log of a positive int or float (CPython's loghelper).
bool log_of(Object* arg, double (*func)(double), double* out) {
  if (is_int(arg)) {
    if (int_sign(arg) <= 0) {
      domain_error();
      return false;
    }
    double x = int_as_double(arg);
    if (x == -1.0 && error_occurred()) {
      if (!error_matches(&exc::OverflowError)) return false;
      clear_error();
      // Too big for a double: log(m * 2**e) = log(m) + e*log(2).
      int64_t e;
      double m = int_frexp(arg, &e);
      *out = func(m) + func(2.0) * static_cast<double>(e);
      return true;
    }
    *out = func(x);
    return true;
  }
  double x;
  if (!as_double(arg, &x)) return false;
  if (std::isfinite(x)) {
    if (x <= 0) {
      domain_error();
      return false;
    }
    *out = func(x);
    return true;
  }
  if (std::isnan(x) || x > 0) {
    *out = x;
    return true;
  }
  domain_error();
  return false;
}

double c_log(double x) { return std::log(x); }
double c_log2(double x) { return std::log2(x); }
double c_log10(double x) { return std::log10(x); }

Object* math_log(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("log", nargs, 1, 2)) return nullptr;
  double num;
  if (!log_of(args[0], c_log, &num)) return nullptr;
  if (nargs == 1) return float_from_double(num);
  double den;
  if (!log_of(args[1], c_log, &den)) return nullptr;
  if (den == 0) {
    set_error(&exc::ZeroDivisionError, "float division by zero");
    return nullptr;
  }
  return float_from_double(num / den);
}

Object* math_log2(Object* module, Object* arg) {
  double r;
  if (!log_of(arg, c_log2, &r)) return nullptr;
  return float_from_double(r);
}

Object* math_log10(Object* module, Object* arg) {
  double r;
  if (!log_of(arg, c_log10, &r)) return nullptr;
  return float_from_double(r);
}

Object* math_log1p(Object* module, Object* arg) {
  double x;
  if (!as_double(arg, &x)) return nullptr;
  if (x <= -1.0) return domain_error();
  return float_from_double(std::log1p(x));
}

Object* math_pow(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("pow", nargs, 2, 2)) return nullptr;
  double x, y;
  if (!as_double(args[0], &x) || !as_double(args[1], &y)) return nullptr;
  double r;
  int err = 0;
  if (!std::isfinite(x) || !std::isfinite(y)) {
    if (std::isnan(x)) {
      r = y == 0. ? 1. : x;
    } else if (std::isnan(y)) {
      r = x == 1. ? 1. : y;
    } else if (std::isinf(x)) {
      bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
      if (y > 0.) r = odd_y ? x : std::fabs(x);
      else if (y == 0.) r = 1.;
      else r = odd_y ? std::copysign(0., x) : 0.;
    } else {
      if (std::fabs(x) == 1.0) r = 1.;
      else if (y > 0. && std::fabs(x) > 1.0) r = y;
      else if (y < 0. && std::fabs(x) < 1.0) r = -y;
      else r = 0.;
    }
  } else {
    r = std::pow(x, y);
    if (!std::isfinite(r)) {
      if (std::isnan(r)) err = EDOM;
      else if (x == 0.) err = EDOM;
      else err = ERANGE;
    }
  }
  if (err == EDOM) return domain_error();
  if (err == ERANGE && std::fabs(r) >= 1.5) return range_error();
  return float_from_double(r);
}

Object* rounding(Object* number, Object* name, double (*func)(double), const char* missing) {
  if (!is_float_exact(number)) {
    Object* method = lookup_special(number, name);
    if (method) {
      Object* result = call_no_args(method);
      decref(method);
      return result;
    }
    if (error_occurred()) return nullptr;
    if (missing) return format_error(&exc::TypeError, missing, number->type->name);
  }
  double x;
  if (!as_double(number, &x)) return nullptr;
  return int_from_double(func(x));
}

double c_floor(double x) { return std::floor(x); }
double c_ceil(double x) { return std::ceil(x); }

Object* math_floor(Object* module, Object* arg) {
  static Object* name = str_intern_cstr("__floor__");
  return rounding(arg, name, c_floor, nullptr);
}

Object* math_ceil(Object* module, Object* arg) {
  static Object* name = str_intern_cstr("__ceil__");
  return rounding(arg, name, c_ceil, nullptr);
}

Object* math_trunc(Object* module, Object* arg) {
  if (is_float_exact(arg)) return int_from_double(std::trunc(float_value(arg)));
  Object* method = lookup_special(arg, ID(dunder_trunc));
  if (!method) {
    if (!error_occurred()) format_error(&exc::TypeError, "type %.100s doesn't define __trunc__ method", arg->type->name);
    return nullptr;
  }
  Object* r = call_no_args(method);
  decref(method);
  return r;
}

Object* math_copysign(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("copysign", nargs, 2, 2)) return nullptr;
  double x, y;
  if (!as_double(args[0], &x) || !as_double(args[1], &y)) return nullptr;
  return float_from_double(std::copysign(x, y));
}

Object* math_nextafter(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("nextafter", nargs, 2, 2)) return nullptr;
  double x, y;
  if (!as_double(args[0], &x) || !as_double(args[1], &y)) return nullptr;
  return float_from_double(std::nextafter(x, y));
}

// The gap between |x| and the next float away from zero; at the largest
// finite float, the gap below it.
Object* math_ulp(Object* module, Object* arg) {
  double x;
  if (!as_double(arg, &x)) return nullptr;
  if (std::isnan(x)) return float_from_double(x);
  x = std::fabs(x);
  if (std::isinf(x)) return float_from_double(x);
  double above = std::nextafter(x, HUGE_VAL);
  if (std::isinf(above)) return float_from_double(x - std::nextafter(x, -HUGE_VAL));
  return float_from_double(above - x);
}

Object* math_fmod(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("fmod", nargs, 2, 2)) return nullptr;
  double x, y;
  if (!as_double(args[0], &x) || !as_double(args[1], &y)) return nullptr;
  if (std::isinf(y) && std::isfinite(x)) return float_from_double(x);
  double r = std::fmod(x, y);
  if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) return domain_error();
  return float_from_double(r);
}

Object* math_remainder(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("remainder", nargs, 2, 2)) return nullptr;
  double x, y;
  if (!as_double(args[0], &x) || !as_double(args[1], &y)) return nullptr;
  if (std::isnan(x)) return float_from_double(x);
  if (std::isnan(y)) return float_from_double(y);
  if (std::isinf(x) || y == 0.0) return domain_error();
  if (std::isinf(y)) return float_from_double(x);
  return float_from_double(std::remainder(x, y));
}

Object* math_atan2(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("atan2", nargs, 2, 2)) return nullptr;
  double y, x;
  if (!as_double(args[0], &y) || !as_double(args[1], &x)) return nullptr;
  return float_from_double(std::atan2(y, x));
}

Object* math_hypot(Object* module, Object* const* args, ssize nargs) {
  std::vector<double> v;
  for (ssize i = 0; i < nargs; ++i) {
    double x;
    if (!as_double(args[i], &x)) return nullptr;
    v.push_back(std::fabs(x));
  }
  if (v.empty()) return float_from_double(0.0);
  if (v.size() == 1) return float_from_double(v[0]);
  if (v.size() == 2) return float_from_double(std::hypot(v[0], v[1]));
  bool found_nan = false;
  double max = 0;
  for (double x : v) {
    if (std::isinf(x)) return float_from_double(x);
    if (std::isnan(x)) found_nan = true;
    if (x > max) max = x;
  }
  if (found_nan) return float_from_double(NAN);
  if (max == 0) return float_from_double(0.0);
  long double sum = 0;
  for (double x : v) {
    long double s = static_cast<long double>(x) / max;
    sum += s * s;
  }
  return float_from_double(static_cast<double>(std::sqrt(sum) * max));
}

Object* math_degrees(Object* module, Object* arg) {
  double x;
  if (!as_double(arg, &x)) return nullptr;
  return float_from_double(x * (180.0 / M_PI));
}

Object* math_radians(Object* module, Object* arg) {
  double x;
  if (!as_double(arg, &x)) return nullptr;
  return float_from_double(x * (M_PI / 180.0));
}

Object* math_isfinite(Object* module, Object* arg) {
  double x;
  if (!as_double(arg, &x)) return nullptr;
  return bool_from(std::isfinite(x));
}

Object* math_isinf(Object* module, Object* arg) {
  double x;
  if (!as_double(arg, &x)) return nullptr;
  return bool_from(std::isinf(x));
}

Object* math_isnan(Object* module, Object* arg) {
  double x;
  if (!as_double(arg, &x)) return nullptr;
  return bool_from(std::isnan(x));
}

Object* math_isclose(Object* module, Object* const* args, ssize nargs, Object* kwnames) {
  static ArgParser parser{"isclose", {"a", "b", "rel_tol", "abs_tol"}, 2, 2};
  Object* out[4];
  if (!parse_args(parser, args, nargs, kwnames, out)) return nullptr;
  double a, b, rel_tol = 1e-09, abs_tol = 0.0;
  if (!as_double(out[0], &a) || !as_double(out[1], &b)) return nullptr;
  if (out[2] && !as_double(out[2], &rel_tol)) return nullptr;
  if (out[3] && !as_double(out[3], &abs_tol)) return nullptr;
  if (rel_tol < 0.0 || abs_tol < 0.0) {
    set_error(&exc::ValueError, "tolerances must be non-negative");
    return nullptr;
  }
  if (a == b) return bool_from(true);
  if (std::isinf(a) || std::isinf(b)) return bool_from(false);
  double diff = std::fabs(b - a);
  return bool_from((diff <= std::fabs(rel_tol * b)) || (diff <= std::fabs(rel_tol * a)) || (diff <= abs_tol));
}

Object* math_modf(Object* module, Object* arg) {
  double x;
  if (!as_double(arg, &x)) return nullptr;
  if (std::isinf(x)) {
    Object* a = float_from_double(std::copysign(0., x));
    Object* b = float_from_double(x);
    Object* t = (a && b) ? tuple_pack({a, b}) : nullptr;
    xdecref(a);
    xdecref(b);
    return t;
  }
  double ip;
  double fp = std::modf(x, &ip);
  Object* a = float_from_double(fp);
  Object* b = float_from_double(ip);
  Object* t = (a && b) ? tuple_pack({a, b}) : nullptr;
  xdecref(a);
  xdecref(b);
  return t;
}

Object* math_frexp(Object* module, Object* arg) {
  double x;
  if (!as_double(arg, &x)) return nullptr;
  int e = 0;
  double m = (std::isnan(x) || std::isinf(x) || x == 0) ? x : std::frexp(x, &e);
  Object* a = float_from_double(m);
  Object* b = int_from_i64(e);
  Object* t = (a && b) ? tuple_pack({a, b}) : nullptr;
  xdecref(a);
  xdecref(b);
  return t;
}

Object* math_ldexp(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("ldexp", nargs, 2, 2)) return nullptr;
  double x;
  if (!as_double(args[0], &x)) return nullptr;
  if (!is_int(args[1])) {
    set_error(&exc::TypeError, "Expected an int as second argument to ldexp.");
    return nullptr;
  }
  int overflow;
  int64_t e = int_as_i64_overflow(args[1], &overflow);
  if (overflow) e = overflow > 0 ? INT32_MAX : INT32_MIN;
  if (e > INT32_MAX) e = INT32_MAX;
  if (e < INT32_MIN) e = INT32_MIN;
  if (x == 0. || !std::isfinite(x)) return float_from_double(x);
  double r = std::ldexp(x, static_cast<int>(e));
  if (std::isinf(r)) return range_error();
  return float_from_double(r);
}

// ---- integer functions ----------------------------------------------------------

// The argument as an mpz (through __index__); false with an error.
bool index_mpz(Object* o, mpz_t out) {
  Object* i = number_index(o);
  if (!i) return false;
  int_to_mpz(i, out);
  decref(i);
  return true;
}

Object* from_mpz(mpz_t v) {
  Object* r = int_from_mpz(v);
  mpz_clear(v);
  return r;
}

Object* math_factorial(Object* module, Object* arg) {
  if (is_float(arg)) {
    set_error(&exc::TypeError, "'float' object cannot be interpreted as an integer");
    return nullptr;
  }
  Object* i = number_index(arg);
  if (!i) return nullptr;
  int overflow;
  int64_t n = int_as_i64_overflow(i, &overflow);
  decref(i);
  if (overflow > 0 || n > 100000000) {
    set_error(&exc::OverflowError, "factorial() argument should not exceed 9223372036854775807");
    return nullptr;
  }
  if (overflow < 0 || n < 0) {
    set_error(&exc::ValueError, "factorial() not defined for negative values");
    return nullptr;
  }
  mpz_t r;
  mpz_init(r);
  mpz_fac_ui(r, static_cast<unsigned long>(n));
  return from_mpz(r);
}

Object* math_gcd(Object* module, Object* const* args, ssize nargs) {
  mpz_t acc;
  mpz_init_set_ui(acc, 0);
  for (ssize i = 0; i < nargs; ++i) {
    mpz_t v;
    if (!index_mpz(args[i], v)) {
      mpz_clear(acc);
      return nullptr;
    }
    mpz_gcd(acc, acc, v);
    mpz_clear(v);
  }
  return from_mpz(acc);
}

Object* math_lcm(Object* module, Object* const* args, ssize nargs) {
  mpz_t acc;
  mpz_init_set_ui(acc, 1);
  for (ssize i = 0; i < nargs; ++i) {
    mpz_t v;
    if (!index_mpz(args[i], v)) {
      mpz_clear(acc);
      return nullptr;
    }
    mpz_lcm(acc, acc, v);
    mpz_clear(v);
  }
  return from_mpz(acc);
}

Object* math_isqrt(Object* module, Object* arg) {
  mpz_t v;
  if (!index_mpz(arg, v)) return nullptr;
  if (mpz_sgn(v) < 0) {
    mpz_clear(v);
    set_error(&exc::ValueError, "isqrt() argument must be nonnegative");
    return nullptr;
  }
  mpz_sqrt(v, v);
  return from_mpz(v);
}

Object* math_comb(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("comb", nargs, 2, 2)) return nullptr;
  mpz_t n, k;
  if (!index_mpz(args[0], n)) return nullptr;
  if (!index_mpz(args[1], k)) {
    mpz_clear(n);
    return nullptr;
  }
  if (mpz_sgn(n) < 0 || mpz_sgn(k) < 0) {
    set_error(&exc::ValueError, mpz_sgn(n) < 0 ? "n must be a non-negative integer" : "k must be a non-negative integer");
    mpz_clear(n);
    mpz_clear(k);
    return nullptr;
  }
  mpz_t r;
  mpz_init(r);
  if (mpz_cmp(k, n) <= 0 && mpz_fits_ulong_p(k)) mpz_bin_ui(r, n, mpz_get_ui(k));
  mpz_clear(n);
  mpz_clear(k);
  return from_mpz(r);
}

Object* math_perm(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("perm", nargs, 1, 2)) return nullptr;
  mpz_t n, k;
  if (!index_mpz(args[0], n)) return nullptr;
  if (nargs == 1 || args[1] == None) {
    mpz_init_set(k, n);
  } else if (!index_mpz(args[1], k)) {
    mpz_clear(n);
    return nullptr;
  }
  if (mpz_sgn(n) < 0 || mpz_sgn(k) < 0) {
    set_error(&exc::ValueError, mpz_sgn(n) < 0 ? "n must be a non-negative integer" : "k must be a non-negative integer");
    mpz_clear(n);
    mpz_clear(k);
    return nullptr;
  }
  mpz_t r;
  mpz_init_set_ui(r, 0);
  if (mpz_cmp(k, n) <= 0) {
    mpz_set_ui(r, 1);
    mpz_t f;
    mpz_init_set(f, n);
    for (unsigned long i = 0; i < mpz_get_ui(k); ++i) {
      mpz_mul(r, r, f);
      mpz_sub_ui(f, f, 1);
    }
    mpz_clear(f);
  }
  mpz_clear(n);
  mpz_clear(k);
  return from_mpz(r);
}

Object* math_prod(Object* module, Object* const* args, ssize nargs, Object* kwnames) {
  static ArgParser parser{"prod", {"", "start"}, 1, 1};
  Object* out[2];
  if (!parse_args(parser, args, nargs, kwnames, out)) return nullptr;
  Object* result = out[1] ? newref(out[1]) : int_from_i64(1);
  Object* it = get_iter(out[0]);
  if (!it) {
    decref(result);
    return nullptr;
  }
  for (;;) {
    Object* item = iter_next(it);
    if (!item) break;
    Object* r = number_multiply(result, item);
    decref(item);
    decref(result);
    result = r;
    if (!result) break;
  }
  decref(it);
  if (error_occurred()) {
    xdecref(result);
    return nullptr;
  }
  return result;
}

// Exactly rounded sum of floats (Shewchuk's algorithm, as math.fsum).
Object* math_fsum(Object* module, Object* seq) {
  Object* it = get_iter(seq);
  if (!it) return nullptr;
  std::vector<double> partials;
  double special_sum = 0.0, inf_sum = 0.0;
  for (;;) {
    Object* item = iter_next(it);
    if (!item) break;
    double x;
    bool ok = as_double(item, &x);
    decref(item);
    if (!ok) {
      decref(it);
      return nullptr;
    }
    double xsave = x;
    size_t i = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double yr = hi - x;
      double lo = y - yr;
      if (lo != 0.0) partials[i++] = lo;
      x = hi;
    }
    partials.resize(i);
    if (x != 0.0) {
      if (!std::isfinite(x)) {
        if (std::isfinite(xsave)) {
          decref(it);
          set_error(&exc::OverflowError, "intermediate overflow in fsum");
          return nullptr;
        }
        if (std::isinf(xsave)) inf_sum += xsave;
        special_sum += xsave;
        partials.clear();
      } else {
        partials.push_back(x);
      }
    }
  }
  decref(it);
  if (error_occurred()) return nullptr;
  if (special_sum != 0.0) {
    if (std::isnan(inf_sum)) {
      set_error(&exc::ValueError, "-inf + inf in fsum");
      return nullptr;
    }
    return float_from_double(special_sum);
  }
  double hi = 0.0;
  if (!partials.empty()) {
    size_t n = partials.size();
    hi = partials[--n];
    double lo = 0;
    while (n > 0) {
      double x = hi;
      double y = partials[--n];
      hi = x + y;
      double yr = hi - x;
      lo = y - yr;
      if (lo != 0.0) break;
    }
    // Round half-even: correct when the remaining partials push past the tie.
    if (n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0))) {
      double y = lo * 2.0;
      double x = hi + y;
      double yr = x - hi;
      if (y == yr) hi = x;
    }
  }
  return float_from_double(hi);
}

Object* math_dist(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("dist", nargs, 2, 2)) return nullptr;
  Object* p = sequence_tuple(args[0]);
  Object* q = p ? sequence_tuple(args[1]) : nullptr;
  if (!q) {
    xdecref(p);
    return nullptr;
  }
  if (tuple_size(p) != tuple_size(q)) {
    decref(p);
    decref(q);
    set_error(&exc::ValueError, "both points must have the same number of dimensions");
    return nullptr;
  }
  std::vector<Object*> diffs;
  Object* result = nullptr;
  for (ssize i = 0; i < tuple_size(p); ++i) {
    double a, b;
    if (!as_double(tuple_item(p, i), &a) || !as_double(tuple_item(q, i), &b)) goto done;
    Object* d = float_from_double(std::fabs(a - b));
    if (!d) goto done;
    diffs.push_back(d);
  }
  result = math_hypot(module, diffs.data(), static_cast<ssize>(diffs.size()));
done:
  for (Object* d : diffs) decref(d);
  decref(p);
  decref(q);
  return result;
}

MethodDef math_functions[] = {
    MethodDef("sqrt", static_cast<OneArgMethod>(math_sqrt)),
    MethodDef("exp", static_cast<OneArgMethod>(math_exp)),
    MethodDef("exp2", static_cast<OneArgMethod>(math_exp2)),
    MethodDef("expm1", static_cast<OneArgMethod>(math_expm1)),
    MethodDef("sin", static_cast<OneArgMethod>(math_sin)),
    MethodDef("cos", static_cast<OneArgMethod>(math_cos)),
    MethodDef("tan", static_cast<OneArgMethod>(math_tan)),
    MethodDef("asin", static_cast<OneArgMethod>(math_asin)),
    MethodDef("acos", static_cast<OneArgMethod>(math_acos)),
    MethodDef("atan", static_cast<OneArgMethod>(math_atan)),
    MethodDef("sinh", static_cast<OneArgMethod>(math_sinh)),
    MethodDef("cosh", static_cast<OneArgMethod>(math_cosh)),
    MethodDef("tanh", static_cast<OneArgMethod>(math_tanh)),
    MethodDef("asinh", static_cast<OneArgMethod>(math_asinh)),
    MethodDef("acosh", static_cast<OneArgMethod>(math_acosh)),
    MethodDef("atanh", static_cast<OneArgMethod>(math_atanh)),
    MethodDef("fabs", static_cast<OneArgMethod>(math_fabs)),
    MethodDef("erf", static_cast<OneArgMethod>(math_erf)),
    MethodDef("erfc", static_cast<OneArgMethod>(math_erfc)),
    MethodDef("cbrt", static_cast<OneArgMethod>(math_cbrt)),
    MethodDef("gamma", static_cast<OneArgMethod>(math_gamma)),
    MethodDef("lgamma", static_cast<OneArgMethod>(math_lgamma)),
    MethodDef("log", static_cast<FastMethod>(math_log)),
    MethodDef("log2", static_cast<OneArgMethod>(math_log2)),
    MethodDef("log10", static_cast<OneArgMethod>(math_log10)),
    MethodDef("log1p", static_cast<OneArgMethod>(math_log1p)),
    MethodDef("pow", static_cast<FastMethod>(math_pow)),
    MethodDef("floor", static_cast<OneArgMethod>(math_floor)),
    MethodDef("ceil", static_cast<OneArgMethod>(math_ceil)),
    MethodDef("trunc", static_cast<OneArgMethod>(math_trunc)),
    MethodDef("copysign", static_cast<FastMethod>(math_copysign)),
    MethodDef("fmod", static_cast<FastMethod>(math_fmod)),
    MethodDef("nextafter", static_cast<FastMethod>(math_nextafter)),
    MethodDef("ulp", static_cast<OneArgMethod>(math_ulp)),
    MethodDef("remainder", static_cast<FastMethod>(math_remainder)),
    MethodDef("atan2", static_cast<FastMethod>(math_atan2)),
    MethodDef("hypot", static_cast<FastMethod>(math_hypot)),
    MethodDef("dist", static_cast<FastMethod>(math_dist)),
    MethodDef("degrees", static_cast<OneArgMethod>(math_degrees)),
    MethodDef("radians", static_cast<OneArgMethod>(math_radians)),
    MethodDef("isfinite", static_cast<OneArgMethod>(math_isfinite)),
    MethodDef("isinf", static_cast<OneArgMethod>(math_isinf)),
    MethodDef("isnan", static_cast<OneArgMethod>(math_isnan)),
    MethodDef("isclose", static_cast<FastKeywordsMethod>(math_isclose)),
    MethodDef("modf", static_cast<OneArgMethod>(math_modf)),
    MethodDef("frexp", static_cast<OneArgMethod>(math_frexp)),
    MethodDef("ldexp", static_cast<FastMethod>(math_ldexp)),
    MethodDef("factorial", static_cast<OneArgMethod>(math_factorial)),
    MethodDef("gcd", static_cast<FastMethod>(math_gcd)),
    MethodDef("lcm", static_cast<FastMethod>(math_lcm)),
    MethodDef("isqrt", static_cast<OneArgMethod>(math_isqrt)),
    MethodDef("comb", static_cast<FastMethod>(math_comb)),
    MethodDef("perm", static_cast<FastMethod>(math_perm)),
    MethodDef("prod", static_cast<FastKeywordsMethod>(math_prod)),
    MethodDef("fsum", static_cast<OneArgMethod>(math_fsum)),
    {},
};

}  // namespace

Object* math_module_create() {
  Object* m = module_new_cstr("math");
  if (!m) return nullptr;
  as_module(m)->md_builtin = true;
  if (module_add_functions(m, math_functions) < 0) {
    decref(m);
    return nullptr;
  }
  const struct {
    const char* name;
    double value;
  } constants[] = {{"pi", M_PI}, {"e", M_E}, {"tau", 2 * M_PI}, {"inf", INFINITY}, {"nan", NAN}};
  for (const auto& c : constants) {
    Object* v = float_from_double(c.value);
    if (!v || module_add_object(m, c.name, v) < 0) {
      xdecref(v);
      decref(m);
      return nullptr;
    }
    decref(v);
  }
  return m;
}

}  // namespace glasspy
