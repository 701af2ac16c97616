// `_operator`: the functions behind the `operator` module (CPython's
// operator.py imports them with `from _operator import *` and adds the
// dunder aliases itself).  Each is a thin call into the object layer's
// protocols (objects/abstract.h), so `operator.add(a, b)` behaves exactly as
// `a + b` does, errors included.  itemgetter, attrgetter and methodcaller
// live in operator_getters.cpp.
#include <string_view>

#include "modules/operator_module.h"
#include "objects/abstract.h"
#include "objects/bytearray.h"
#include "objects/bytes.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/module_object.h"

namespace glasspy {

namespace {

// ---- operators of two operands ---------------------------------------------------------

#define GLASSPY_BINARY_OPERATOR(pyname, call_expr)                          \
  Object* op_##pyname(Object*, Object* const* args, ssize nargs) {          \
    if (!check_positional(#pyname, nargs, 2, 2)) return nullptr;            \
    Object* a = args[0];                                                    \
    Object* b = args[1];                                                    \
    return call_expr;                                                       \
  }

GLASSPY_BINARY_OPERATOR(add, number_add(a, b))
GLASSPY_BINARY_OPERATOR(sub, number_subtract(a, b))
GLASSPY_BINARY_OPERATOR(mul, number_multiply(a, b))
GLASSPY_BINARY_OPERATOR(matmul, number_matrix_multiply(a, b))
GLASSPY_BINARY_OPERATOR(floordiv, number_floor_divide(a, b))
GLASSPY_BINARY_OPERATOR(truediv, number_true_divide(a, b))
GLASSPY_BINARY_OPERATOR(mod, number_remainder(a, b))
GLASSPY_BINARY_OPERATOR(lshift, number_lshift(a, b))
GLASSPY_BINARY_OPERATOR(rshift, number_rshift(a, b))
GLASSPY_BINARY_OPERATOR(and_, number_and(a, b))
GLASSPY_BINARY_OPERATOR(xor, number_xor(a, b))
GLASSPY_BINARY_OPERATOR(or_, number_or(a, b))
GLASSPY_BINARY_OPERATOR(pow, number_power(a, b, None))
GLASSPY_BINARY_OPERATOR(iadd, number_inplace_add(a, b))
GLASSPY_BINARY_OPERATOR(isub, number_inplace_subtract(a, b))
GLASSPY_BINARY_OPERATOR(imul, number_inplace_multiply(a, b))
GLASSPY_BINARY_OPERATOR(imatmul, number_inplace_matrix_multiply(a, b))
GLASSPY_BINARY_OPERATOR(ifloordiv, number_inplace_floor_divide(a, b))
GLASSPY_BINARY_OPERATOR(itruediv, number_inplace_true_divide(a, b))
GLASSPY_BINARY_OPERATOR(imod, number_inplace_remainder(a, b))
GLASSPY_BINARY_OPERATOR(ilshift, number_inplace_lshift(a, b))
GLASSPY_BINARY_OPERATOR(irshift, number_inplace_rshift(a, b))
GLASSPY_BINARY_OPERATOR(iand, number_inplace_and(a, b))
GLASSPY_BINARY_OPERATOR(ixor, number_inplace_xor(a, b))
GLASSPY_BINARY_OPERATOR(ior, number_inplace_or(a, b))
GLASSPY_BINARY_OPERATOR(ipow, number_inplace_power(a, b, None))
GLASSPY_BINARY_OPERATOR(lt, rich_compare(a, b, kLT))
GLASSPY_BINARY_OPERATOR(le, rich_compare(a, b, kLE))
GLASSPY_BINARY_OPERATOR(eq, rich_compare(a, b, kEQ))
GLASSPY_BINARY_OPERATOR(ne, rich_compare(a, b, kNE))
GLASSPY_BINARY_OPERATOR(gt, rich_compare(a, b, kGT))
GLASSPY_BINARY_OPERATOR(ge, rich_compare(a, b, kGE))
GLASSPY_BINARY_OPERATOR(is_, bool_from(a == b))
GLASSPY_BINARY_OPERATOR(is_not, bool_from(a != b))
GLASSPY_BINARY_OPERATOR(getitem, get_item(a, b))

#undef GLASSPY_BINARY_OPERATOR

Object* not_concatenable(Object* a) {
  return format_error(&exc::TypeError, "'%.200s' object can't be concatenated", type_name(a->type));
}

// PySequence_Concat: the sequence slot first, then + between two sequences.
Object* op_concat(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("concat", nargs, 2, 2)) return nullptr;
  Object* a = args[0];
  SequenceMethods* sq = a->type->as_sequence;
  if (sq && sq->sq_concat) return sq->sq_concat(a, args[1]);
  if (is_sequence(a) && is_sequence(args[1])) return number_add(a, args[1]);
  return not_concatenable(a);
}

Object* op_iconcat(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("iconcat", nargs, 2, 2)) return nullptr;
  Object* a = args[0];
  SequenceMethods* sq = a->type->as_sequence;
  if (sq && sq->sq_inplace_concat) return sq->sq_inplace_concat(a, args[1]);
  if (sq && sq->sq_concat) return sq->sq_concat(a, args[1]);
  if (is_sequence(a) && is_sequence(args[1])) return number_inplace_add(a, args[1]);
  return not_concatenable(a);
}

Object* op_contains(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("contains", nargs, 2, 2)) return nullptr;
  int found = sequence_contains(args[0], args[1]);
  return found < 0 ? nullptr : bool_from(found);
}

Object* op_countOf(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("countOf", nargs, 2, 2)) return nullptr;
  ssize n = sequence_count(args[0], args[1]);
  return n < 0 ? nullptr : int_from_ssize(n);
}

// PySequence_Index by iteration.
Object* op_indexOf(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("indexOf", nargs, 2, 2)) return nullptr;
  Object* seq = args[0];
  ObjRef it = ObjRef::steal(get_iter(seq));
  if (!it) {
    if (error_matches(&exc::TypeError)) {
      clear_error();
      format_error(&exc::TypeError, "argument of type '%.200s' is not iterable", type_name(seq->type));
    }
    return nullptr;
  }
  for (ssize i = 0;; ++i) {
    Object* item = iter_next(it.get());
    if (!item) break;
    int same = rich_compare_bool(item, args[1], kEQ);
    decref(item);
    if (same < 0) return nullptr;
    if (same) return int_from_ssize(i);
  }
  if (!error_occurred()) set_error(&exc::ValueError, "sequence.index(x): x not in sequence");
  return nullptr;
}

Object* op_setitem(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("setitem", nargs, 3, 3)) return nullptr;
  if (set_item(args[0], args[1], args[2]) < 0) return nullptr;
  return newref(None);
}

Object* op_delitem(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("delitem", nargs, 2, 2)) return nullptr;
  if (del_item(args[0], args[1]) < 0) return nullptr;
  return newref(None);
}

// ---- one operand -------------------------------------------------------------------------

Object* op_neg(Object*, Object* a) { return number_negative(a); }
Object* op_pos(Object*, Object* a) { return number_positive(a); }
Object* op_abs(Object*, Object* a) { return number_absolute(a); }
Object* op_inv(Object*, Object* a) { return number_invert(a); }
Object* op_index(Object*, Object* a) { return number_index(a); }

Object* op_truth(Object*, Object* a) {
  int t = object_is_true(a);
  return t < 0 ? nullptr : bool_from(t);
}

Object* op_not(Object*, Object* a) {
  int t = object_not(a);
  return t < 0 ? nullptr : bool_from(t);
}

// ---- the others ------------------------------------------------------------------------

Object* op_length_hint(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("length_hint", nargs, 1, 2)) return nullptr;
  ssize default_value = 0;
  if (nargs == 2) {
    if (!is_int_exact(args[1])) {
      return format_error(&exc::TypeError, "'%.200s' object cannot be interpreted as an integer",
                          type_name(args[1]->type));
    }
    default_value = int_as_ssize(args[1]);
    if (default_value == -1 && error_occurred()) return nullptr;
  }
  ssize hint = object_length_hint(args[0], default_value);
  if (hint == -1 && error_occurred()) return nullptr;
  return int_from_ssize(hint);
}

Object* op_call(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  if (nargs < 1) return format_error(&exc::TypeError, "call expected at least 1 argument, got %zd", nargs);
  return vectorcall(args[0], args + 1, static_cast<size_t>(nargs - 1), kwnames);
}

// The bytes of a bytes-like object, or false.
bool bytes_view(Object* o, std::string_view* out) {
  if (is_bytes(o)) {
    *out = std::string_view(bytes_data(o), static_cast<size_t>(bytes_size(o)));
    return true;
  }
  if (is_instance_of(o, &ByteArrayType)) {
    *out = bytearray_view(o);
    return true;
  }
  return false;
}

// Compares in time that depends on the length of b only, not on where the
// first difference is (for comparing secrets such as HMAC digests).
bool equal_in_constant_time(std::string_view a, std::string_view b) {
  const std::string_view& left = a.size() == b.size() ? a : b;
  unsigned char result = a.size() == b.size() ? 0 : 1;
  for (size_t i = 0; i < b.size(); ++i) result |= static_cast<unsigned char>(left[i] ^ b[i]);
  return result == 0;
}

Object* op_compare_digest(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("_compare_digest", nargs, 2, 2)) return nullptr;
  Object* a = args[0];
  Object* b = args[1];
  if (is_str(a) && is_str(b)) {
    if (!str_is_ascii(a) || !str_is_ascii(b)) {
      set_error(&exc::TypeError, "comparing strings with non-ASCII characters is not supported");
      return nullptr;
    }
    ssize la, lb;
    const char* da = str_as_utf8(a, &la);
    const char* db = str_as_utf8(b, &lb);
    if (!da || !db) return nullptr;
    return bool_from(equal_in_constant_time(std::string_view(da, static_cast<size_t>(la)),
                                            std::string_view(db, static_cast<size_t>(lb))));
  }
  std::string_view va, vb;
  bool a_ok = bytes_view(a, &va), b_ok = bytes_view(b, &vb);
  if (!a_ok && !b_ok) {
    return format_error(&exc::TypeError, "unsupported operand types(s) or combination of types: '%.100s' and '%.100s'",
                        type_name(a->type), type_name(b->type));
  }
  if (!a_ok || !b_ok) {
    return format_error(&exc::TypeError, "a bytes-like object is required, not '%.100s'",
                        type_name((a_ok ? b : a)->type));
  }
  return bool_from(equal_in_constant_time(va, vb));
}

MethodDef operator_functions[] = {
    MethodDef("abs", static_cast<OneArgMethod>(op_abs), "Returns abs(a)."),
    MethodDef("add", static_cast<FastMethod>(op_add), "Returns a + b."),
    MethodDef("and_", static_cast<FastMethod>(op_and_), "Returns a & b."),
    MethodDef("call", static_cast<FastKeywordsMethod>(op_call), "Returns obj(*args, **kwargs)."),
    MethodDef("concat", static_cast<FastMethod>(op_concat), "Returns a + b for sequences a and b."),
    MethodDef("contains", static_cast<FastMethod>(op_contains), "Returns b in a (note the order)."),
    MethodDef("countOf", static_cast<FastMethod>(op_countOf), "Counts the items of a equal to b."),
    MethodDef("delitem", static_cast<FastMethod>(op_delitem), "Does del a[b]."),
    MethodDef("eq", static_cast<FastMethod>(op_eq), "Returns a == b."),
    MethodDef("floordiv", static_cast<FastMethod>(op_floordiv), "Returns a // b."),
    MethodDef("ge", static_cast<FastMethod>(op_ge), "Returns a >= b."),
    MethodDef("getitem", static_cast<FastMethod>(op_getitem), "Returns a[b]."),
    MethodDef("gt", static_cast<FastMethod>(op_gt), "Returns a > b."),
    MethodDef("iadd", static_cast<FastMethod>(op_iadd), "Does a += b and returns a."),
    MethodDef("iand", static_cast<FastMethod>(op_iand), "Does a &= b and returns a."),
    MethodDef("iconcat", static_cast<FastMethod>(op_iconcat), "Does a += b for sequences and returns a."),
    MethodDef("ifloordiv", static_cast<FastMethod>(op_ifloordiv), "Does a //= b and returns a."),
    MethodDef("ilshift", static_cast<FastMethod>(op_ilshift), "Does a <<= b and returns a."),
    MethodDef("imatmul", static_cast<FastMethod>(op_imatmul), "Does a @= b and returns a."),
    MethodDef("imod", static_cast<FastMethod>(op_imod), "Does a %= b and returns a."),
    MethodDef("imul", static_cast<FastMethod>(op_imul), "Does a *= b and returns a."),
    MethodDef("index", static_cast<OneArgMethod>(op_index), "Returns a as an int (a.__index__())."),
    MethodDef("indexOf", static_cast<FastMethod>(op_indexOf), "The position of the first item of a equal to b."),
    MethodDef("inv", static_cast<OneArgMethod>(op_inv), "Returns ~a."),
    MethodDef("invert", static_cast<OneArgMethod>(op_inv), "Returns ~a."),
    MethodDef("ior", static_cast<FastMethod>(op_ior), "Does a |= b and returns a."),
    MethodDef("ipow", static_cast<FastMethod>(op_ipow), "Does a **= b and returns a."),
    MethodDef("irshift", static_cast<FastMethod>(op_irshift), "Does a >>= b and returns a."),
    MethodDef("is_", static_cast<FastMethod>(op_is_), "Returns a is b."),
    MethodDef("is_not", static_cast<FastMethod>(op_is_not), "Returns a is not b."),
    MethodDef("isub", static_cast<FastMethod>(op_isub), "Does a -= b and returns a."),
    MethodDef("itruediv", static_cast<FastMethod>(op_itruediv), "Does a /= b and returns a."),
    MethodDef("ixor", static_cast<FastMethod>(op_ixor), "Does a ^= b and returns a."),
    MethodDef("le", static_cast<FastMethod>(op_le), "Returns a <= b."),
    MethodDef("length_hint", static_cast<FastMethod>(op_length_hint),
              "An estimate of len(obj) (its __len__, else its __length_hint__, else default)."),
    MethodDef("lshift", static_cast<FastMethod>(op_lshift), "Returns a << b."),
    MethodDef("lt", static_cast<FastMethod>(op_lt), "Returns a < b."),
    MethodDef("matmul", static_cast<FastMethod>(op_matmul), "Returns a @ b."),
    MethodDef("mod", static_cast<FastMethod>(op_mod), "Returns a % b."),
    MethodDef("mul", static_cast<FastMethod>(op_mul), "Returns a * b."),
    MethodDef("ne", static_cast<FastMethod>(op_ne), "Returns a != b."),
    MethodDef("neg", static_cast<OneArgMethod>(op_neg), "Returns -a."),
    MethodDef("not_", static_cast<OneArgMethod>(op_not), "Returns not a."),
    MethodDef("or_", static_cast<FastMethod>(op_or_), "Returns a | b."),
    MethodDef("pos", static_cast<OneArgMethod>(op_pos), "Returns +a."),
    MethodDef("pow", static_cast<FastMethod>(op_pow), "Returns a ** b."),
    MethodDef("rshift", static_cast<FastMethod>(op_rshift), "Returns a >> b."),
    MethodDef("setitem", static_cast<FastMethod>(op_setitem), "Does a[b] = c."),
    MethodDef("sub", static_cast<FastMethod>(op_sub), "Returns a - b."),
    MethodDef("truediv", static_cast<FastMethod>(op_truediv), "Returns a / b."),
    MethodDef("truth", static_cast<OneArgMethod>(op_truth), "Returns True if a is true, else False."),
    MethodDef("xor", static_cast<FastMethod>(op_xor), "Returns a ^ b."),
    MethodDef("_compare_digest", static_cast<FastMethod>(op_compare_digest),
              "Compares two str (ASCII) or two bytes-like objects in time independent of their contents."),
    {},
};

constexpr const char* kOperatorDoc =
    "The operators of Python as functions: operator.add(x, y) is x + y.  Each function is also\n"
    "available under its special-method name (__add__).";

}  // namespace

Object* operator_module_create() {
  Type* types[] = {&OperatorItemgetterType, &OperatorAttrgetterType, &OperatorMethodcallerType};
  for (Type* t : types) {
    if (type_ready(t) < 0) return nullptr;
  }
  Object* m = module_new_cstr("_operator");
  if (!m) return nullptr;
  as_module(m)->md_builtin = true;
  Object* doc = str_from_cstr(kOperatorDoc);
  int ok = doc ? module_add_object(m, "__doc__", doc) : -1;
  xdecref(doc);
  if (ok < 0 || module_add_functions(m, operator_functions) < 0 ||
      module_add_object(m, "itemgetter", static_cast<Object*>(&OperatorItemgetterType)) < 0 ||
      module_add_object(m, "attrgetter", static_cast<Object*>(&OperatorAttrgetterType)) < 0 ||
      module_add_object(m, "methodcaller", static_cast<Object*>(&OperatorMethodcallerType)) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace glasspy
