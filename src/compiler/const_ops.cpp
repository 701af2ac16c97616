// Python arithmetic on constants.  Ints are computed with GMP; conversions of
// ints to float round to nearest-even as PyLong_AsDouble does, and int / int
// is correctly rounded as CPython's long_true_divide is.  Float and complex
// operations follow floatobject.c and complexobject.c step for step where
// the step changes the result (floor division's snapping, the sign of zero
// remainders, Smith-style complex division, integer complex powers by
// repeated squaring).
#include "compiler/const_ops.h"

#include <cmath>

#include "util/unicode.h"

namespace glasspy::const_ops {

using K = Constant::Kind;
using ast::operator_;
using ast::unaryop;

bool is_int(const Constant& v) { return v.kind() == K::Int || v.kind() == K::Bool; }

size_t num_bits(const Constant& v) {
  mpz_class a = abs(v.int_value());
  if (a == 0) return 0;
  return mpz_sizeinbase(a.get_mpz_t(), 2);
}

size_t length(const Constant& v) {
  switch (v.kind()) {
    case K::Str: return unicode::count_code_points(v.text());
    case K::Bytes: return v.text().size();
    case K::Tuple:
    case K::FrozenSet: return v.items().size();
    default: return 0;
  }
}

namespace {

// PyLong_AsDouble: round half to even; false on overflow.
bool int_to_double(const mpz_class& v, double& out) {
  mpz_class a = abs(v);
  size_t bits = a == 0 ? 0 : mpz_sizeinbase(a.get_mpz_t(), 2);
  if (bits <= 53) {
    out = v.get_d();
    return true;
  }
  size_t shift = bits - 54;
  mpz_class top = a >> shift;
  mpz_class low = a - (top << shift);
  uint64_t t = top.get_ui();
  uint64_t mant = t >> 1;
  bool round_bit = t & 1;
  bool sticky = low != 0;
  if (round_bit && (sticky || (mant & 1))) ++mant;
  double d = std::ldexp(static_cast<double>(mant), static_cast<int>(shift + 1));
  if (std::isinf(d)) return false;
  out = sgn(v) < 0 ? -d : d;
  return true;
}

// Correctly rounded a / b for ints (b != 0).
bool int_true_divide(const mpz_class& a, const mpz_class& b, double& out) {
  mpz_class A = abs(a), B = abs(b);
  bool negative = (sgn(a) < 0) != (sgn(b) < 0);
  if (A == 0) {
    out = negative ? -0.0 : 0.0;
    return true;
  }
  size_t abits = mpz_sizeinbase(A.get_mpz_t(), 2), bbits = mpz_sizeinbase(B.get_mpz_t(), 2);
  if (abits <= 53 && bbits <= 53) {
    out = a.get_d() / b.get_d();
    return true;
  }
  long shift = 55 + static_cast<long>(bbits) - static_cast<long>(abits);
  mpz_class num = A, den = B;
  if (shift >= 0) num <<= shift;
  else den <<= -shift;
  mpz_class q, r;
  mpz_fdiv_qr(q.get_mpz_t(), r.get_mpz_t(), num.get_mpz_t(), den.get_mpz_t());
  size_t qbits = mpz_sizeinbase(q.get_mpz_t(), 2);
  size_t extra = qbits - 53;
  mpz_class mant = q >> extra;
  mpz_class rem = q - (mant << extra);
  mpz_class half = mpz_class(1) << (extra - 1);
  bool sticky = r != 0;
  if (rem > half || (rem == half && (sticky || mpz_odd_p(mant.get_mpz_t())))) ++mant;
  double d = std::ldexp(mant.get_d(), static_cast<int>(extra) - static_cast<int>(shift));
  if (std::isinf(d)) return false;
  out = negative ? -d : d;
  return true;
}

bool to_double(const Constant& v, double& out) {
  if (is_int(v)) return int_to_double(v.int_value(), out);
  if (v.kind() == K::Float) {
    out = v.real();
    return true;
  }
  return false;
}

struct Cx {
  double re, im;
};

bool to_complex(const Constant& v, Cx& out) {
  if (v.kind() == K::Complex) {
    out = {v.real(), v.imag()};
    return true;
  }
  double d;
  if (!to_double(v, d)) return false;
  out = {d, 0.0};
  return true;
}

Cx c_prod(Cx a, Cx b) { return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }

bool c_quot(Cx a, Cx b, Cx& r) {
  double abs_br = b.re < 0 ? -b.re : b.re;
  double abs_bi = b.im < 0 ? -b.im : b.im;
  if (abs_br >= abs_bi) {
    if (abs_br == 0.0) return false;
    double ratio = b.im / b.re;
    double denom = b.re + b.im * ratio;
    r = {(a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom};
  } else if (abs_bi >= abs_br) {
    double ratio = b.re / b.im;
    double denom = b.re * ratio + b.im;
    r = {(a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom};
  } else {
    r = {NAN, NAN};
  }
  return true;
}

bool c_pow(Cx a, Cx b, Cx& r) {
  if (b.re == 0. && b.im == 0.) {
    r = {1., 0.};
    return true;
  }
  if (a.re == 0. && a.im == 0.) {
    if (b.im != 0. || b.re < 0.) return false;
    r = {0., 0.};
    return true;
  }
  double vabs = std::hypot(a.re, a.im);
  double len = std::pow(vabs, b.re);
  double at = std::atan2(a.im, a.re);
  double phase = at * b.re;
  if (b.im != 0.0) {
    len /= std::exp(at * b.im);
    phase += b.im * std::log(vabs);
  }
  r = {len * std::cos(phase), len * std::sin(phase)};
  return true;
}

Cx c_powu(Cx x, long n) {
  Cx r{1., 0.}, p = x;
  long mask = 1;
  while (mask > 0 && n >= mask) {
    if (n & mask) r = c_prod(r, p);
    mask <<= 1;
    p = c_prod(p, p);
  }
  return r;
}

std::optional<Constant> complex_result(Cx r) {
  if (std::isinf(r.re) || std::isinf(r.im)) return std::nullopt;  // OverflowError
  return Constant::complex(r.re, r.im);
}

std::optional<Constant> float_result(double d) {
  return Constant::floating(d);
}

bool is_odd_integer(double x) { return std::fmod(std::fabs(x), 2.0) == 1.0; }

std::optional<Constant> float_pow(double iv, double iw) {
  if (iw == 0) return Constant::floating(1.0);
  if (std::isnan(iv)) return Constant::floating(iv);
  if (std::isnan(iw)) return Constant::floating(iv == 1.0 ? 1.0 : iw);
  if (std::isinf(iw)) {
    iv = std::fabs(iv);
    if (iv == 1.0) return Constant::floating(1.0);
    if ((iw > 0.0) == (iv > 1.0)) return Constant::floating(std::fabs(iw));
    return Constant::floating(0.0);
  }
  if (std::isinf(iv)) {
    bool odd = is_odd_integer(iw);
    if (iw > 0.) return Constant::floating(odd ? iv : std::fabs(iv));
    return Constant::floating(odd ? std::copysign(0.0, iv) : 0.0);
  }
  if (iv == 0.0) {
    bool odd = is_odd_integer(iw);
    if (iw < 0.0) return std::nullopt;  // ZeroDivisionError
    return Constant::floating(odd ? iv : 0.0);
  }
  bool negate = false;
  if (iv < 0.0) {
    if (iw != std::floor(iw)) {
      Cx r;
      if (!c_pow(Cx{iv, 0.0}, Cx{iw, 0.0}, r)) return std::nullopt;
      return complex_result(r);
    }
    iv = -iv;
    negate = is_odd_integer(iw);
  }
  if (iv == 1.0) return Constant::floating(negate ? -1.0 : 1.0);
  double ix = std::pow(iv, iw);
  if (std::isinf(ix)) return std::nullopt;  // OverflowError
  return Constant::floating(negate ? -ix : ix);
}

std::optional<Constant> float_binary(operator_ op, double a, double b) {
  switch (op) {
    case operator_::Add: return float_result(a + b);
    case operator_::Sub: return float_result(a - b);
    case operator_::Mult: return float_result(a * b);
    case operator_::Div:
      if (b == 0.0) return std::nullopt;
      return float_result(a / b);
    case operator_::FloorDiv:
    case operator_::Mod: {
      if (b == 0.0) return std::nullopt;
      double mod = std::fmod(a, b);
      double div = (a - mod) / b;
      if (mod) {
        if ((b < 0) != (mod < 0)) {
          mod += b;
          div -= 1.0;
        }
      } else {
        mod = std::copysign(0.0, b);
      }
      double floordiv;
      if (div) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
      } else {
        floordiv = std::copysign(0.0, a / b);
      }
      return float_result(op == operator_::Mod ? mod : floordiv);
    }
    case operator_::Pow:
      return float_pow(a, b);
    default:
      return std::nullopt;
  }
}

std::optional<Constant> complex_binary(operator_ op, Cx a, Cx b) {
  switch (op) {
    case operator_::Add: return complex_result({a.re + b.re, a.im + b.im});
    case operator_::Sub: return complex_result({a.re - b.re, a.im - b.im});
    case operator_::Mult: return complex_result(c_prod(a, b));
    case operator_::Div: {
      Cx r;
      if (!c_quot(a, b, r)) return std::nullopt;
      return complex_result(r);
    }
    case operator_::Pow: {
      Cx r;
      if (b.im == 0. && b.re == std::floor(b.re) && std::fabs(b.re) <= 100.0) {
        long n = static_cast<long>(b.re);
        if (n > 0) {
          r = c_powu(a, n);
        } else {
          if (!c_quot(Cx{1., 0.}, c_powu(a, -n), r)) return std::nullopt;
        }
      } else if (!c_pow(a, b, r)) {
        return std::nullopt;
      }
      return complex_result(r);
    }
    default:
      return std::nullopt;
  }
}

std::optional<Constant> int_binary(operator_ op, const Constant& lc, const Constant& rc) {
  mpz_class a = lc.int_value(), b = rc.int_value();
  bool both_bool = lc.kind() == K::Bool && rc.kind() == K::Bool;
  mpz_class r;
  switch (op) {
    case operator_::Add: r = a + b; break;
    case operator_::Sub: r = a - b; break;
    case operator_::Mult: r = a * b; break;
    case operator_::Div: {
      if (b == 0) return std::nullopt;
      double d;
      if (!int_true_divide(a, b, d)) return std::nullopt;
      return Constant::floating(d);
    }
    case operator_::FloorDiv:
      if (b == 0) return std::nullopt;
      mpz_fdiv_q(r.get_mpz_t(), a.get_mpz_t(), b.get_mpz_t());
      break;
    case operator_::Mod:
      if (b == 0) return std::nullopt;
      mpz_fdiv_r(r.get_mpz_t(), a.get_mpz_t(), b.get_mpz_t());
      break;
    case operator_::Pow: {
      if (sgn(b) < 0) {
        double x, y;
        if (!int_to_double(a, x) || !int_to_double(b, y)) return std::nullopt;
        return float_pow(x, y);
      }
      if (a == 0) {
        r = b == 0 ? 1 : 0;
        break;
      }
      if (a == 1) {
        r = 1;
        break;
      }
      if (a == -1) {
        r = mpz_odd_p(b.get_mpz_t()) ? -1 : 1;
        break;
      }
      if (!b.fits_ulong_p() || b.get_ui() > 100000) return std::nullopt;
      mpz_pow_ui(r.get_mpz_t(), a.get_mpz_t(), b.get_ui());
      break;
    }
    case operator_::LShift:
      if (sgn(b) < 0) return std::nullopt;
      if (a == 0) {
        r = 0;
        break;
      }
      if (!b.fits_ulong_p() || b.get_ui() > 100000) return std::nullopt;
      mpz_mul_2exp(r.get_mpz_t(), a.get_mpz_t(), b.get_ui());
      break;
    case operator_::RShift:
      if (sgn(b) < 0) return std::nullopt;
      if (!b.fits_ulong_p()) {
        r = sgn(a) < 0 ? -1 : 0;
        break;
      }
      mpz_fdiv_q_2exp(r.get_mpz_t(), a.get_mpz_t(), b.get_ui());
      break;
    case operator_::BitOr:
      r = a | b;
      if (both_bool) return Constant::boolean(r != 0);
      break;
    case operator_::BitXor:
      r = a ^ b;
      if (both_bool) return Constant::boolean(r != 0);
      break;
    case operator_::BitAnd:
      r = a & b;
      if (both_bool) return Constant::boolean(r != 0);
      break;
    default:
      return std::nullopt;
  }
  return Constant::integer(r);
}

std::optional<Constant> repeat(const Constant& seq, const Constant& count) {
  mpz_class n = count.int_value();
  if (!n.fits_slong_p()) return std::nullopt;
  long k = n.get_si();
  if (k < 0) k = 0;
  if (seq.kind() == K::Tuple) {
    std::vector<Constant> items;
    for (long i = 0; i < k; ++i) items.insert(items.end(), seq.items().begin(), seq.items().end());
    return Constant::tuple(std::move(items));
  }
  if (seq.kind() == K::Str || seq.kind() == K::Bytes) {
    std::string out;
    out.reserve(seq.text().size() * static_cast<size_t>(k));
    for (long i = 0; i < k; ++i) out += seq.text();
    return seq.kind() == K::Str ? Constant::str(out) : Constant::bytes(out);
  }
  return std::nullopt;
}

}  // namespace

std::optional<Constant> unary(unaryop op, const Constant& v) {
  if (op == unaryop::Not) return Constant::boolean(!v.truthy());
  if (is_int(v)) {
    mpz_class a = v.int_value();
    switch (op) {
      case unaryop::Invert: return Constant::integer(mpz_class(-a - 1));
      case unaryop::UAdd: return Constant::integer(a);
      case unaryop::USub: return Constant::integer(mpz_class(-a));
      default: return std::nullopt;
    }
  }
  if (v.kind() == K::Float) {
    if (op == unaryop::UAdd) return v;
    if (op == unaryop::USub) return Constant::floating(-v.real());
    return std::nullopt;
  }
  if (v.kind() == K::Complex) {
    if (op == unaryop::UAdd) return v;
    if (op == unaryop::USub) return Constant::complex(-v.real(), -v.imag());
    return std::nullopt;
  }
  return std::nullopt;
}

std::optional<Constant> binary(operator_ op, const Constant& l, const Constant& r) {
  K lk = l.kind(), rk = r.kind();
  bool ln = is_int(l) || lk == K::Float || lk == K::Complex;
  bool rn = is_int(r) || rk == K::Float || rk == K::Complex;
  if (ln && rn) {
    if (is_int(l) && is_int(r)) return int_binary(op, l, r);
    if (lk == K::Complex || rk == K::Complex) {
      Cx a, b;
      if (!to_complex(l, a) || !to_complex(r, b)) return std::nullopt;
      return complex_binary(op, a, b);
    }
    double a, b;
    if (!to_double(l, a) || !to_double(r, b)) return std::nullopt;
    return float_binary(op, a, b);
  }
  if (op == operator_::Add && lk == rk) {
    if (lk == K::Str) return Constant::str(l.text() + r.text());
    if (lk == K::Bytes) return Constant::bytes(l.text() + r.text());
    if (lk == K::Tuple) {
      std::vector<Constant> items = l.items();
      items.insert(items.end(), r.items().begin(), r.items().end());
      return Constant::tuple(std::move(items));
    }
  }
  if (op == operator_::Mult) {
    if (is_int(r) && (lk == K::Str || lk == K::Bytes || lk == K::Tuple)) return repeat(l, r);
    if (is_int(l) && (rk == K::Str || rk == K::Bytes || rk == K::Tuple)) return repeat(r, l);
  }
  return std::nullopt;
}

std::optional<Constant> subscript(const Constant& c, const Constant& index) {
  if (!is_int(index)) return std::nullopt;
  mpz_class i = index.int_value();
  size_t n = length(c);
  if (c.kind() != K::Str && c.kind() != K::Bytes && c.kind() != K::Tuple) return std::nullopt;
  if (sgn(i) < 0) i += static_cast<unsigned long>(n);
  if (sgn(i) < 0 || i >= static_cast<unsigned long>(n)) return std::nullopt;
  size_t k = i.get_ui();
  switch (c.kind()) {
    case K::Tuple:
      return c.items()[k];
    case K::Bytes:
      return Constant::integer(static_cast<int64_t>(static_cast<unsigned char>(c.text()[k])));
    case K::Str: {
      size_t pos = 0;
      const std::string& s = c.text();
      for (size_t j = 0; j < k; ++j) unicode::decode_utf8(s, pos, true);
      size_t start = pos;
      unicode::decode_utf8(s, pos, true);
      return Constant::str(s.substr(start, pos - start));
    }
    default:
      return std::nullopt;
  }
}

}  // namespace glasspy::const_ops
