// The generic object protocols (see abstract.h for the dispatch rules).
#include "objects/abstract.h"

#include <cstring>

#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/genericalias.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/iterobject.h"
#include "objects/known_strings.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"

namespace glasspy {

namespace {

Object* type_error_obj(const char* format, Object* o) {
  return format_error(&exc::TypeError, format, o->type->name);
}

using NbSlot = binaryfunc NumberMethods::*;
using NbTernary = ternaryfunc NumberMethods::*;

inline binaryfunc nb_slot(Object* o, NbSlot slot) {
  NumberMethods* nb = o->type->as_number;
  return nb ? nb->*slot : nullptr;
}

// Both operands' slots, the right one first for a subclass that overrides.
Object* binary_op1(Object* v, Object* w, NbSlot slot) {
  binaryfunc slotv = nb_slot(v, slot);
  binaryfunc slotw = nullptr;
  if (w->type != v->type) {
    slotw = nb_slot(w, slot);
    if (slotw == slotv) slotw = nullptr;
  }
  if (slotv) {
    if (slotw && is_subtype(w->type, v->type)) {
      Object* x = slotw(v, w);
      if (x != NotImplemented) return x;
      decref(x);
      slotw = nullptr;
    }
    Object* x = slotv(v, w);
    if (x != NotImplemented) return x;
    decref(x);
  }
  if (slotw) {
    Object* x = slotw(v, w);
    if (x != NotImplemented) return x;
    decref(x);
  }
  return newref(NotImplemented);
}

Object* binop_type_error(Object* v, Object* w, const char* op_name) {
  return format_error(&exc::TypeError, "unsupported operand type(s) for %.100s: '%.100s' and '%.100s'", op_name,
                      v->type->name, w->type->name);
}

Object* binary_op(Object* v, Object* w, NbSlot slot, const char* op_name) {
  Object* result = binary_op1(v, w, slot);
  if (result == NotImplemented) {
    decref(result);
    return binop_type_error(v, w, op_name);
  }
  return result;
}

Object* binary_iop1(Object* v, Object* w, NbSlot iop_slot, NbSlot op_slot) {
  binaryfunc islot = nb_slot(v, iop_slot);
  if (islot) {
    Object* x = islot(v, w);
    if (x != NotImplemented) return x;
    decref(x);
  }
  return binary_op1(v, w, op_slot);
}

Object* binary_iop(Object* v, Object* w, NbSlot iop_slot, NbSlot op_slot, const char* op_name) {
  Object* result = binary_iop1(v, w, iop_slot, op_slot);
  if (result == NotImplemented) {
    decref(result);
    return binop_type_error(v, w, op_name);
  }
  return result;
}

Object* ternary_op(Object* v, Object* w, Object* z, NbTernary slot, const char* op_name) {
  NumberMethods* mv = v->type->as_number;
  NumberMethods* mw = w->type->as_number;
  ternaryfunc slotv = mv ? mv->*slot : nullptr;
  ternaryfunc slotw = nullptr;
  if (w->type != v->type && mw) {
    slotw = mw->*slot;
    if (slotw == slotv) slotw = nullptr;
  }
  if (slotv) {
    if (slotw && is_subtype(w->type, v->type)) {
      Object* x = slotw(v, w, z);
      if (x != NotImplemented) return x;
      decref(x);
      slotw = nullptr;
    }
    Object* x = slotv(v, w, z);
    if (x != NotImplemented) return x;
    decref(x);
  }
  if (slotw) {
    Object* x = slotw(v, w, z);
    if (x != NotImplemented) return x;
    decref(x);
  }
  NumberMethods* mz = z->type->as_number;
  if (mz) {
    ternaryfunc slotz = mz->*slot;
    if (slotz == slotv || slotz == slotw) slotz = nullptr;
    if (slotz) {
      Object* x = slotz(v, w, z);
      if (x != NotImplemented) return x;
      decref(x);
    }
  }
  if (z == None) {
    return format_error(&exc::TypeError, "unsupported operand type(s) for %.100s: '%.100s' and '%.100s'", op_name,
                        v->type->name, w->type->name);
  }
  return format_error(&exc::TypeError, "unsupported operand type(s) for %.100s: '%.100s', '%.100s', '%.100s'",
                      op_name, v->type->name, w->type->name, z->type->name);
}

Object* sequence_repeat(ssizeargfunc repeatfunc, Object* seq, Object* n) {
  if (!has_index(n)) return type_error_obj("can't multiply sequence by non-int of type '%.200s'", n);
  ssize count = number_as_ssize(n, &exc::OverflowError);
  if (count == -1 && error_occurred()) return nullptr;
  return repeatfunc(seq, count);
}

}  // namespace

// ---- binary operators --------------------------------------------------------------------

Object* number_or(Object* a, Object* b) { return binary_op(a, b, &NumberMethods::nb_or, "|"); }
Object* number_xor(Object* a, Object* b) { return binary_op(a, b, &NumberMethods::nb_xor, "^"); }
Object* number_and(Object* a, Object* b) { return binary_op(a, b, &NumberMethods::nb_and, "&"); }
Object* number_lshift(Object* a, Object* b) { return binary_op(a, b, &NumberMethods::nb_lshift, "<<"); }
Object* number_rshift(Object* a, Object* b) { return binary_op(a, b, &NumberMethods::nb_rshift, ">>"); }
Object* number_subtract(Object* a, Object* b) { return binary_op(a, b, &NumberMethods::nb_subtract, "-"); }
Object* number_divmod(Object* a, Object* b) { return binary_op(a, b, &NumberMethods::nb_divmod, "divmod()"); }
Object* number_matrix_multiply(Object* a, Object* b) {
  return binary_op(a, b, &NumberMethods::nb_matrix_multiply, "@");
}
Object* number_floor_divide(Object* a, Object* b) { return binary_op(a, b, &NumberMethods::nb_floor_divide, "//"); }
Object* number_true_divide(Object* a, Object* b) { return binary_op(a, b, &NumberMethods::nb_true_divide, "/"); }
Object* number_remainder(Object* a, Object* b) { return binary_op(a, b, &NumberMethods::nb_remainder, "%"); }

Object* number_add(Object* v, Object* w) {
  Object* result = binary_op1(v, w, &NumberMethods::nb_add);
  if (result != NotImplemented) return result;
  decref(result);
  SequenceMethods* m = v->type->as_sequence;
  if (m && m->sq_concat) return m->sq_concat(v, w);
  return binop_type_error(v, w, "+");
}

Object* number_multiply(Object* v, Object* w) {
  Object* result = binary_op1(v, w, &NumberMethods::nb_multiply);
  if (result != NotImplemented) return result;
  decref(result);
  SequenceMethods* mv = v->type->as_sequence;
  SequenceMethods* mw = w->type->as_sequence;
  if (mv && mv->sq_repeat) return sequence_repeat(mv->sq_repeat, v, w);
  if (mw && mw->sq_repeat) return sequence_repeat(mw->sq_repeat, w, v);
  return binop_type_error(v, w, "*");
}

Object* number_power(Object* a, Object* b, Object* mod) {
  return ternary_op(a, b, mod, &NumberMethods::nb_power, "** or pow()");
}

Object* number_inplace_or(Object* a, Object* b) {
  return binary_iop(a, b, &NumberMethods::nb_inplace_or, &NumberMethods::nb_or, "|=");
}
Object* number_inplace_xor(Object* a, Object* b) {
  return binary_iop(a, b, &NumberMethods::nb_inplace_xor, &NumberMethods::nb_xor, "^=");
}
Object* number_inplace_and(Object* a, Object* b) {
  return binary_iop(a, b, &NumberMethods::nb_inplace_and, &NumberMethods::nb_and, "&=");
}
Object* number_inplace_lshift(Object* a, Object* b) {
  return binary_iop(a, b, &NumberMethods::nb_inplace_lshift, &NumberMethods::nb_lshift, "<<=");
}
Object* number_inplace_rshift(Object* a, Object* b) {
  return binary_iop(a, b, &NumberMethods::nb_inplace_rshift, &NumberMethods::nb_rshift, ">>=");
}
Object* number_inplace_subtract(Object* a, Object* b) {
  return binary_iop(a, b, &NumberMethods::nb_inplace_subtract, &NumberMethods::nb_subtract, "-=");
}
Object* number_inplace_matrix_multiply(Object* a, Object* b) {
  return binary_iop(a, b, &NumberMethods::nb_inplace_matrix_multiply, &NumberMethods::nb_matrix_multiply, "@=");
}
Object* number_inplace_floor_divide(Object* a, Object* b) {
  return binary_iop(a, b, &NumberMethods::nb_inplace_floor_divide, &NumberMethods::nb_floor_divide, "//=");
}
Object* number_inplace_true_divide(Object* a, Object* b) {
  return binary_iop(a, b, &NumberMethods::nb_inplace_true_divide, &NumberMethods::nb_true_divide, "/=");
}
Object* number_inplace_remainder(Object* a, Object* b) {
  return binary_iop(a, b, &NumberMethods::nb_inplace_remainder, &NumberMethods::nb_remainder, "%=");
}

Object* number_inplace_add(Object* v, Object* w) {
  Object* result = binary_iop1(v, w, &NumberMethods::nb_inplace_add, &NumberMethods::nb_add);
  if (result != NotImplemented) return result;
  decref(result);
  SequenceMethods* m = v->type->as_sequence;
  if (m) {
    binaryfunc func = m->sq_inplace_concat ? m->sq_inplace_concat : m->sq_concat;
    if (func) return func(v, w);
  }
  return binop_type_error(v, w, "+=");
}

Object* number_inplace_multiply(Object* v, Object* w) {
  Object* result = binary_iop1(v, w, &NumberMethods::nb_inplace_multiply, &NumberMethods::nb_multiply);
  if (result != NotImplemented) return result;
  decref(result);
  SequenceMethods* mv = v->type->as_sequence;
  SequenceMethods* mw = w->type->as_sequence;
  if (mv) {
    ssizeargfunc f = mv->sq_inplace_repeat ? mv->sq_inplace_repeat : mv->sq_repeat;
    if (f) return sequence_repeat(f, v, w);
  }
  if (mw && mw->sq_repeat) return sequence_repeat(mw->sq_repeat, w, v);
  return binop_type_error(v, w, "*=");
}

Object* number_inplace_power(Object* v, Object* w, Object* z) {
  NumberMethods* mv = v->type->as_number;
  if (mv && mv->nb_inplace_power) {
    Object* x = mv->nb_inplace_power(v, w, z);
    if (x != NotImplemented) return x;
    decref(x);
  }
  return ternary_op(v, w, z, &NumberMethods::nb_power, "**=");
}

Object* binary_op(BinaryOp op, Object* a, Object* b) {
  switch (op) {
    case BinaryOp::kAdd: return number_add(a, b);
    case BinaryOp::kAnd: return number_and(a, b);
    case BinaryOp::kFloorDivide: return number_floor_divide(a, b);
    case BinaryOp::kLshift: return number_lshift(a, b);
    case BinaryOp::kMatrixMultiply: return number_matrix_multiply(a, b);
    case BinaryOp::kMultiply: return number_multiply(a, b);
    case BinaryOp::kRemainder: return number_remainder(a, b);
    case BinaryOp::kOr: return number_or(a, b);
    case BinaryOp::kPower: return number_power(a, b, None);
    case BinaryOp::kRshift: return number_rshift(a, b);
    case BinaryOp::kSubtract: return number_subtract(a, b);
    case BinaryOp::kTrueDivide: return number_true_divide(a, b);
    case BinaryOp::kXor: return number_xor(a, b);
    case BinaryOp::kInplaceAdd: return number_inplace_add(a, b);
    case BinaryOp::kInplaceAnd: return number_inplace_and(a, b);
    case BinaryOp::kInplaceFloorDivide: return number_inplace_floor_divide(a, b);
    case BinaryOp::kInplaceLshift: return number_inplace_lshift(a, b);
    case BinaryOp::kInplaceMatrixMultiply: return number_inplace_matrix_multiply(a, b);
    case BinaryOp::kInplaceMultiply: return number_inplace_multiply(a, b);
    case BinaryOp::kInplaceRemainder: return number_inplace_remainder(a, b);
    case BinaryOp::kInplaceOr: return number_inplace_or(a, b);
    case BinaryOp::kInplacePower: return number_inplace_power(a, b, None);
    case BinaryOp::kInplaceRshift: return number_inplace_rshift(a, b);
    case BinaryOp::kInplaceSubtract: return number_inplace_subtract(a, b);
    case BinaryOp::kInplaceTrueDivide: return number_inplace_true_divide(a, b);
    case BinaryOp::kInplaceXor: return number_inplace_xor(a, b);
  }
  return bad_internal_call();
}

// ---- unary operators ------------------------------------------------------------------------

Object* number_negative(Object* o) {
  NumberMethods* m = o->type->as_number;
  if (m && m->nb_negative) return m->nb_negative(o);
  return type_error_obj("bad operand type for unary -: '%.200s'", o);
}

Object* number_positive(Object* o) {
  NumberMethods* m = o->type->as_number;
  if (m && m->nb_positive) return m->nb_positive(o);
  return type_error_obj("bad operand type for unary +: '%.200s'", o);
}

Object* number_invert(Object* o) {
  NumberMethods* m = o->type->as_number;
  if (m && m->nb_invert) return m->nb_invert(o);
  return type_error_obj("bad operand type for unary ~: '%.200s'", o);
}

Object* number_absolute(Object* o) {
  NumberMethods* m = o->type->as_number;
  if (m && m->nb_absolute) return m->nb_absolute(o);
  return type_error_obj("bad operand type for abs(): '%.200s'", o);
}

// ---- conversions --------------------------------------------------------------------------

bool has_index(Object* o) {
  NumberMethods* m = o->type->as_number;
  return m && m->nb_index;
}

namespace {

// _PyNumber_Index: an int (possibly a subclass instance).
Object* number_index_any(Object* item) {
  if (is_int(item)) return newref(item);
  if (!has_index(item)) return type_error_obj("'%.200s' object cannot be interpreted as an integer", item);
  Object* result = item->type->as_number->nb_index(item);
  if (!result || is_int_exact(result)) return result;
  if (!is_int(result)) {
    format_error(&exc::TypeError, "__index__ returned non-int (type %.200s)", result->type->name);
    decref(result);
    return nullptr;
  }
  char msg[512];
  std::snprintf(msg, sizeof msg,
                "__index__ returned non-int (type %.200s).  The ability to return an instance of a strict "
                "subclass of int is deprecated, and may be removed in a future version of Python.",
                result->type->name);
  if (warn(&exc::DeprecationWarning, msg) < 0) {
    decref(result);
    return nullptr;
  }
  return result;
}

}  // namespace

Object* number_index(Object* o) {
  Object* r = number_index_any(o);
  if (r && !is_int_exact(r)) {
    Object* exact = int_exact_copy(r);
    decref(r);
    return exact;
  }
  return r;
}

ssize number_as_ssize(Object* item, Type* overflow_exc) {
  Object* value = number_index_any(item);
  if (!value) return -1;
  ssize result;
  if (int_is_small(value)) {
    result = as_int(value)->value;
  } else if (!overflow_exc) {
    result = int_sign(value) < 0 ? PTRDIFF_MIN : PTRDIFF_MAX;
  } else {
    format_error(overflow_exc, "cannot fit '%.200s' into an index-sized integer", item->type->name);
    result = -1;
  }
  decref(value);
  return result;
}

Object* number_long(Object* o) {
  if (is_int_exact(o)) return newref(o);
  NumberMethods* m = o->type->as_number;
  if (m && m->nb_int) {
    Object* result = m->nb_int(o);
    if (!result || is_int_exact(result)) return result;
    if (!is_int(result)) {
      format_error(&exc::TypeError, "__int__ returned non-int (type %.200s)", result->type->name);
      decref(result);
      return nullptr;
    }
    char msg[512];
    std::snprintf(msg, sizeof msg,
                  "__int__ returned non-int (type %.200s).  The ability to return an instance of a strict "
                  "subclass of int is deprecated, and may be removed in a future version of Python.",
                  result->type->name);
    if (warn(&exc::DeprecationWarning, msg) < 0) {
      decref(result);
      return nullptr;
    }
    Object* exact = int_exact_copy(result);
    decref(result);
    return exact;
  }
  if (m && m->nb_index) return number_index(o);
  Object* trunc_func = lookup_special(o, ID(dunder_trunc));
  if (trunc_func) {
    if (warn(&exc::DeprecationWarning, "The delegation of int() to __trunc__ is deprecated.") < 0) {
      decref(trunc_func);
      return nullptr;
    }
    Object* result = call_no_args(trunc_func);
    decref(trunc_func);
    if (!result || is_int_exact(result)) return result;
    if (is_int(result)) {
      Object* exact = int_exact_copy(result);
      decref(result);
      return exact;
    }
    if (!has_index(result)) {
      format_error(&exc::TypeError, "__trunc__ returned non-Integral (type %.200s)", result->type->name);
      decref(result);
      return nullptr;
    }
    Object* r = number_index(result);
    decref(result);
    return r;
  }
  if (error_occurred()) return nullptr;
  if (is_str(o) || is_bytes(o) || is_bytearray(o)) return int_from_string_object(o, 10);
  if (Buffer view; has_buffer(o) && get_buffer(o, &view) == 0) {
    // Other buffers are read as the bytes they hold (errors show those bytes).
    Object* copy = bytes_from_data(view.buf, view.len);
    release_buffer(&view);
    if (!copy) return nullptr;
    Object* r = int_from_string_object(copy, 10);
    decref(copy);
    return r;
  }
  if (error_occurred()) return nullptr;
  return type_error_obj("int() argument must be a string, a bytes-like object or a real number, not '%.200s'", o);
}

Object* number_float(Object* o) { return float_from_object(o); }

// ---- comparison --------------------------------------------------------------------------

namespace {

constexpr int kSwappedOp[] = {kGT, kGE, kEQ, kNE, kLT, kLE};
constexpr const char* kOpStrings[] = {"<", "<=", "==", "!=", ">", ">="};

Object* do_richcompare(Object* v, Object* w, int op) {
  richcmpfunc f;
  bool checked_reverse_op = false;
  if (v->type != w->type && is_subtype(w->type, v->type) && (f = w->type->richcompare)) {
    checked_reverse_op = true;
    Object* res = f(w, v, kSwappedOp[op]);
    if (res != NotImplemented) return res;
    decref(res);
  }
  if ((f = v->type->richcompare)) {
    Object* res = f(v, w, op);
    if (res != NotImplemented) return res;
    decref(res);
  }
  if (!checked_reverse_op && (f = w->type->richcompare)) {
    Object* res = f(w, v, kSwappedOp[op]);
    if (res != NotImplemented) return res;
    decref(res);
  }
  switch (op) {
    case kEQ: return bool_from(v == w);
    case kNE: return bool_from(v != w);
    default:
      return format_error(&exc::TypeError, "'%s' not supported between instances of '%.100s' and '%.100s'",
                          kOpStrings[op], v->type->name, w->type->name);
  }
}

}  // namespace

Object* rich_compare(Object* v, Object* w, int op) {
  if (enter_recursive_call(" in comparison") < 0) return nullptr;
  Object* res = do_richcompare(v, w, op);
  leave_recursive_call();
  return res;
}

int rich_compare_bool(Object* v, Object* w, int op) {
  if (v == w) {
    if (op == kEQ) return 1;
    if (op == kNE) return 0;
  }
  Object* res = rich_compare(v, w, op);
  if (!res) return -1;
  int ok = is_bool(res) ? res == True : object_is_true(res);
  decref(res);
  return ok;
}

int object_is_true(Object* v) {
  if (v == True) return 1;
  if (v == False || v == None) return 0;
  Type* t = v->type;
  ssize res;
  if (t->as_number && t->as_number->nb_bool) {
    res = t->as_number->nb_bool(v);
  } else if (t->as_mapping && t->as_mapping->mp_length) {
    res = t->as_mapping->mp_length(v);
  } else if (t->as_sequence && t->as_sequence->sq_length) {
    res = t->as_sequence->sq_length(v);
  } else {
    return 1;
  }
  return res > 0 ? 1 : static_cast<int>(res);
}

int object_not(Object* v) {
  int r = object_is_true(v);
  return r < 0 ? r : !r;
}

hash_t object_hash(Object* v) {
  Type* tp = v->type;
  if (tp->hash) return tp->hash(v);
  if (!(tp->flags & tpflags::kReady)) {
    if (type_ready(tp) < 0) return -1;
    if (tp->hash) return tp->hash(v);
  }
  return hash_not_implemented(v);
}

// ---- repr / str / format --------------------------------------------------------------

Object* object_repr(Object* v) {
  if (!v->type->repr) return str_from_format("<%s object at %p>", v->type->name, static_cast<void*>(v));
  if (enter_recursive_call(" while getting the repr of an object") < 0) return nullptr;
  Object* res = v->type->repr(v);
  leave_recursive_call();
  if (!res) return nullptr;
  if (!is_str(res)) {
    format_error(&exc::TypeError, "__repr__ returned non-string (type %.200s)", res->type->name);
    decref(res);
    return nullptr;
  }
  return res;
}

Object* object_str(Object* v) {
  if (is_str_exact(v)) return newref(v);
  if (!v->type->str) return object_repr(v);
  if (enter_recursive_call(" while getting the str of an object") < 0) return nullptr;
  Object* res = v->type->str(v);
  leave_recursive_call();
  if (!res) return nullptr;
  if (!is_str(res)) {
    format_error(&exc::TypeError, "__str__ returned non-string (type %.200s)", res->type->name);
    decref(res);
    return nullptr;
  }
  return res;
}

Object* object_ascii(Object* v) {
  Object* repr = object_repr(v);
  if (!repr) return nullptr;
  if (str_is_ascii(repr)) return repr;
  // Non-ASCII characters become \x, \u or \U escapes (backslashreplace).
  StrBuilder b;
  static const char hex[] = "0123456789abcdef";
  for (ssize i = 0; i < str_length(repr); ++i) {
    uint32_t c = str_char_at(repr, i);
    if (c < 128) {
      b.append_char(c);
      continue;
    }
    int digits = c <= 0xFF ? 2 : c <= 0xFFFF ? 4 : 8;
    b.append_char('\\');
    b.append_char(digits == 2 ? 'x' : digits == 4 ? 'u' : 'U');
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) b.append_char(hex[(c >> shift) & 0xF]);
  }
  decref(repr);
  return b.finish();
}

Object* object_format(Object* obj, Object* spec) {
  if (spec && !is_str(spec)) {
    return format_error(&exc::TypeError, "Format specifier must be a string, not %.200s", spec->type->name);
  }
  if (!spec || str_length(spec) == 0) {
    if (is_str_exact(obj)) return newref(obj);
    if (is_int_exact(obj)) return object_str(obj);
  }
  if (!spec) spec = empty_str();
  Object* meth = lookup_special(obj, ID(dunder_format));
  if (!meth) {
    if (!error_occurred()) format_error(&exc::TypeError, "Type %.100s doesn't define __format__", obj->type->name);
    return nullptr;
  }
  Object* result = call_function(meth, spec);
  decref(meth);
  if (result && !is_str(result)) {
    format_error(&exc::TypeError, "__format__ must return a str, not %.200s", result->type->name);
    decref(result);
    return nullptr;
  }
  return result;
}

// ---- attributes -----------------------------------------------------------------------------

namespace {

// AttributeError gets name and obj (for "Did you mean" suggestions later).
void set_attribute_error_context(Object* v, Object* name) {
  Object* e = current_error();
  if (!e || !is_instance_of(e, &exc::AttributeError)) return;
  AttributeErrorObject* ae = static_cast<AttributeErrorObject*>(e);
  setref(ae->name, newref(name));
  setref(ae->obj, newref(v));
}

}  // namespace

Object* get_attr(Object* v, Object* name) {
  if (!is_str(name)) {
    return format_error(&exc::TypeError, "attribute name must be string, not '%.200s'", name->type->name);
  }
  Type* tp = v->type;
  Object* result;
  if (tp->getattro) {
    result = tp->getattro(v, name);
  } else {
    result = format_error(&exc::AttributeError, "'%.50s' object has no attribute '%U'", tp->name, name);
  }
  if (!result) set_attribute_error_context(v, name);
  return result;
}

Object* get_attr_cstr(Object* v, const char* name) {
  Object* n = str_intern_cstr(name);
  if (!n) return nullptr;
  Object* r = get_attr(v, n);
  decref(n);
  return r;
}

int lookup_attr(Object* v, Object* name, Object** result) {
  Type* tp = v->type;
  if (!is_str(name)) {
    *result = nullptr;
    format_error(&exc::TypeError, "attribute name must be string, not '%.200s'", name->type->name);
    return -1;
  }
  if (tp->getattro == generic_getattr) {
    *result = generic_getattr_suppress(v, name);
    if (*result) return 1;
    return error_occurred() ? -1 : 0;
  }
  if (tp->getattro == type_getattro) {
    // Types: a miss is an AttributeError from type_getattro; clear it.
    *result = type_getattro(v, name);
  } else if (tp->getattro) {
    *result = tp->getattro(v, name);
  } else {
    *result = nullptr;
    return 0;
  }
  if (*result) return 1;
  if (!error_matches(&exc::AttributeError)) return -1;
  clear_error();
  return 0;
}

int set_attr(Object* v, Object* name, Object* value) {
  Type* tp = v->type;
  if (!is_str(name)) {
    format_error(&exc::TypeError, "attribute name must be string, not '%.200s'", name->type->name);
    return -1;
  }
  incref(name);
  str_intern_in_place(&name);
  int err;
  if (tp->setattro) {
    err = tp->setattro(v, name, value);
  } else if (!tp->getattro) {
    format_error(&exc::TypeError, "'%.100s' object has no attributes (%s .%U)", tp->name,
                 value ? "assign to" : "del", name);
    err = -1;
  } else {
    format_error(&exc::TypeError, "'%.100s' object has only read-only attributes (%s .%U)", tp->name,
                 value ? "assign to" : "del", name);
    err = -1;
  }
  decref(name);
  return err;
}

int set_attr_cstr(Object* v, const char* name, Object* value) {
  Object* n = str_intern_cstr(name);
  if (!n) return -1;
  int r = set_attr(v, n, value);
  decref(n);
  return r;
}

int del_attr(Object* v, Object* name) { return set_attr(v, name, nullptr); }

int has_attr(Object* v, Object* name) {
  Object* r;
  int found = lookup_attr(v, name, &r);
  xdecref(r);
  return found;
}

int get_method(Object* obj, Object* name, Object** method) {
  Type* tp = obj->type;
  if (tp->getattro != generic_getattr || !is_str(name)) {
    *method = get_attr(obj, name);
    return 0;
  }
  Object* descr = type_lookup(tp, name);
  descrgetfunc f = nullptr;
  bool meth_found = false;
  if (descr) {
    incref(descr);
    if (descr->type->flags & tpflags::kMethodDescriptor) {
      meth_found = true;
    } else {
      f = descr->type->descr_get;
      if (f && descr->type->descr_set) {
        *method = f(descr, obj, tp);
        decref(descr);
        return 0;
      }
    }
  }
  Object** slot = object_dict_slot(obj);
  Object* dict = slot ? *slot : nullptr;
  if (dict) {
    incref(dict);
    Object* attr = dict_get_item(dict, name);
    if (attr) {
      *method = newref(attr);
      decref(dict);
      xdecref(descr);
      return 0;
    }
    decref(dict);
    if (error_occurred()) {
      xdecref(descr);
      *method = nullptr;
      return 0;
    }
  }
  if (meth_found) {
    *method = descr;
    return 1;
  }
  if (f) {
    *method = f(descr, obj, tp);
    decref(descr);
    return 0;
  }
  if (descr) {
    *method = descr;
    return 0;
  }
  format_error(&exc::AttributeError, "'%.50s' object has no attribute '%U'", tp->name, name);
  set_attribute_error_context(obj, name);
  *method = nullptr;
  return 0;
}

// ---- containers --------------------------------------------------------------------------

bool has_len_slot(Object* o) {
  Type* t = o->type;
  return (t->as_sequence && t->as_sequence->sq_length) || (t->as_mapping && t->as_mapping->mp_length);
}

ssize object_length(Object* o) {
  SequenceMethods* m = o->type->as_sequence;
  if (m && m->sq_length) return m->sq_length(o);
  MappingMethods* mp = o->type->as_mapping;
  if (mp && mp->mp_length) return mp->mp_length(o);
  type_error_obj("object of type '%.200s' has no len()", o);
  return -1;
}

ssize object_length_hint(Object* o, ssize default_value) {
  if (has_len_slot(o)) {
    ssize res = object_length(o);
    if (res >= 0) return res;
    if (!error_matches(&exc::TypeError)) return -1;
    clear_error();
  }
  Object* hint = lookup_special(o, ID(dunder_length_hint));
  if (!hint) {
    if (error_occurred()) return -1;
    return default_value;
  }
  Object* result = call_no_args(hint);
  decref(hint);
  if (!result) {
    if (error_matches(&exc::TypeError)) {
      clear_error();
      return default_value;
    }
    return -1;
  }
  if (result == NotImplemented) {
    decref(result);
    return default_value;
  }
  if (!is_int(result)) {
    format_error(&exc::TypeError, "__length_hint__ must be an integer, not %.100s", result->type->name);
    decref(result);
    return -1;
  }
  ssize res = int_as_ssize(result);
  decref(result);
  if (res < 0 && error_occurred()) return -1;
  if (res < 0) {
    set_error(&exc::ValueError, "__length_hint__() should return >= 0");
    return -1;
  }
  return res;
}

Object* get_item(Object* o, Object* key) {
  MappingMethods* m = o->type->as_mapping;
  if (m && m->mp_subscript) return m->mp_subscript(o, key);
  SequenceMethods* ms = o->type->as_sequence;
  if (ms && ms->sq_item) {
    if (has_index(key)) {
      ssize i = number_as_ssize(key, &exc::IndexError);
      if (i == -1 && error_occurred()) return nullptr;
      return sequence_get_item(o, i);
    }
    return type_error_obj("sequence index must be integer, not '%.200s'", key);
  }
  if (is_type(o)) {
    // type[int] is special-cased; str[int] and the like are not allowed.
    if (o == &TypeType) return generic_alias_new(o, key);
    Object* meth;
    if (lookup_attr(o, ID(dunder_class_getitem), &meth) < 0) return nullptr;
    if (meth && meth != None) {
      Object* r = call_function(meth, key);
      decref(meth);
      return r;
    }
    xdecref(meth);
    return format_error(&exc::TypeError, "type '%.200s' is not subscriptable", static_cast<Type*>(o)->name);
  }
  return type_error_obj("'%.200s' object is not subscriptable", o);
}

Object* sequence_get_item(Object* s, ssize i) {
  SequenceMethods* m = s->type->as_sequence;
  if (m && m->sq_item) {
    if (i < 0 && m->sq_length) {
      ssize l = m->sq_length(s);
      if (l < 0) return nullptr;
      i += l;
    }
    return m->sq_item(s, i);
  }
  if (s->type->as_mapping && s->type->as_mapping->mp_subscript) return type_error_obj("%.200s is not a sequence", s);
  return type_error_obj("'%.200s' object does not support indexing", s);
}

namespace {

int sequence_set_item(Object* s, ssize i, Object* v, bool deleting) {
  SequenceMethods* m = s->type->as_sequence;
  if (m && m->sq_ass_item) {
    if (i < 0 && m->sq_length) {
      ssize l = m->sq_length(s);
      if (l < 0) return -1;
      i += l;
    }
    return m->sq_ass_item(s, i, v);
  }
  if (s->type->as_mapping && s->type->as_mapping->mp_ass_subscript) {
    type_error_obj("%.200s is not a sequence", s);
    return -1;
  }
  type_error_obj(deleting ? "'%.200s' object doesn't support item deletion"
                          : "'%.200s' object does not support item assignment",
                 s);
  return -1;
}

}  // namespace

int set_item(Object* o, Object* key, Object* value) {
  MappingMethods* m = o->type->as_mapping;
  if (m && m->mp_ass_subscript) return m->mp_ass_subscript(o, key, value);
  if (o->type->as_sequence) {
    if (has_index(key)) {
      ssize i = number_as_ssize(key, &exc::IndexError);
      if (i == -1 && error_occurred()) return -1;
      return sequence_set_item(o, i, value, false);
    }
    if (o->type->as_sequence->sq_ass_item) {
      type_error_obj("sequence index must be integer, not '%.200s'", key);
      return -1;
    }
  }
  type_error_obj("'%.200s' object does not support item assignment", o);
  return -1;
}

int del_item(Object* o, Object* key) {
  MappingMethods* m = o->type->as_mapping;
  if (m && m->mp_ass_subscript) return m->mp_ass_subscript(o, key, nullptr);
  if (o->type->as_sequence) {
    if (has_index(key)) {
      ssize i = number_as_ssize(key, &exc::IndexError);
      if (i == -1 && error_occurred()) return -1;
      return sequence_set_item(o, i, nullptr, true);
    }
    if (o->type->as_sequence->sq_ass_item) {
      type_error_obj("sequence index must be integer, not '%.200s'", key);
      return -1;
    }
  }
  type_error_obj("'%.200s' object does not support item deletion", o);
  return -1;
}

int sequence_contains_by_iteration(Object* seq, Object* obj) {
  Object* it = get_iter(seq);
  if (!it) {
    if (error_matches(&exc::TypeError)) {
      clear_error();
      type_error_obj("argument of type '%.200s' is not iterable", seq);
    }
    return -1;
  }
  for (;;) {
    Object* item = iter_next(it);
    if (!item) {
      decref(it);
      return error_occurred() ? -1 : 0;
    }
    int cmp = rich_compare_bool(item, obj, kEQ);
    decref(item);
    if (cmp != 0) {
      decref(it);
      return cmp;
    }
  }
}

int sequence_contains(Object* seq, Object* obj) {
  SequenceMethods* sqm = seq->type->as_sequence;
  if (sqm && sqm->sq_contains) return sqm->sq_contains(seq, obj);
  return sequence_contains_by_iteration(seq, obj);
}

ssize sequence_count(Object* seq, Object* obj) {
  Object* it = get_iter(seq);
  if (!it) {
    if (error_matches(&exc::TypeError)) {
      clear_error();
      type_error_obj("argument of type '%.200s' is not iterable", seq);
    }
    return -1;
  }
  ssize n = 0;
  for (;;) {
    Object* item = iter_next(it);
    if (!item) break;
    int cmp = rich_compare_bool(item, obj, kEQ);
    decref(item);
    if (cmp < 0) {
      decref(it);
      return -1;
    }
    if (cmp > 0) ++n;
  }
  decref(it);
  return error_occurred() ? -1 : n;
}

Object* sequence_list(Object* v) { return list_from_iterable(v); }

Object* sequence_tuple(Object* v) { return tuple_from_iterable(v); }

bool is_sequence(Object* s) {
  if (is_dict(s)) return false;
  return s->type->as_sequence && s->type->as_sequence->sq_item;
}

bool is_mapping(Object* o) { return o->type->as_mapping && o->type->as_mapping->mp_subscript; }

namespace {

Object* method_output_as_list(Object* o, Object* meth) {
  Object* output = call_method(o, meth);
  if (!output) return nullptr;
  Object* it = get_iter(output);
  if (!it) {
    if (error_matches(&exc::TypeError)) {
      clear_error();
      format_error(&exc::TypeError, "%.200s.%U() returned a non-iterable (type %.200s)", o->type->name, meth,
                   output->type->name);
    }
    decref(output);
    return nullptr;
  }
  decref(output);
  Object* result = sequence_list(it);
  decref(it);
  return result;
}

}  // namespace

Object* mapping_keys(Object* o) {
  if (is_dict_exact(o)) return dict_keys_list(o);
  return method_output_as_list(o, ID(keys));
}

Object* mapping_items(Object* o) {
  if (is_dict_exact(o)) return dict_items_list(o);
  return method_output_as_list(o, ID(items));
}

// ---- iteration ----------------------------------------------------------------------------

bool is_iterator(Object* o) {
  iternextfunc f = o->type->iternext;
  return f && f != next_not_implemented;
}

Object* get_iter(Object* o) {
  getiterfunc f = o->type->iter;
  if (!f) {
    if (is_sequence(o)) return seqiter_new(o);
    return type_error_obj("'%.200s' object is not iterable", o);
  }
  Object* res = f(o);
  if (res && !is_iterator(res)) {
    format_error(&exc::TypeError, "iter() returned non-iterator of type '%.100s'", res->type->name);
    decref(res);
    return nullptr;
  }
  return res;
}

Object* iter_next(Object* it) {
  Object* result = it->type->iternext(it);
  if (!result && error_matches(&exc::StopIteration)) clear_error();
  return result;
}

// ---- isinstance / issubclass ----------------------------------------------------------------

namespace {

// cls.__bases__ if it is a tuple, else null (error set only on failure).
Object* abstract_get_bases(Object* cls) {
  Object* bases;
  lookup_attr(cls, ID(dunder_bases), &bases);
  if (bases && !is_tuple(bases)) {
    decref(bases);
    return nullptr;
  }
  return bases;
}

int abstract_issubclass(Object* derived, Object* cls) {
  Object* bases = nullptr;
  ssize n;
  for (;;) {
    if (derived == cls) {
      xdecref(bases);
      return 1;
    }
    Object* next = abstract_get_bases(derived);
    xdecref(bases);
    bases = next;
    if (!bases) return error_occurred() ? -1 : 0;
    n = tuple_size(bases);
    if (n == 0) {
      decref(bases);
      return 0;
    }
    if (n == 1) {
      derived = tuple_item(bases, 0);
      continue;
    }
    break;
  }
  int r = 0;
  for (ssize i = 0; i < n; ++i) {
    r = abstract_issubclass(tuple_item(bases, i), cls);
    if (r != 0) break;
  }
  decref(bases);
  return r;
}

bool check_class(Object* cls, const char* error) {
  Object* bases = abstract_get_bases(cls);
  if (!bases) {
    if (!error_occurred()) set_error(&exc::TypeError, error);
    return false;
  }
  decref(bases);
  return true;
}

int object_isinstance_impl(Object* inst, Object* cls) {
  int retval = 0;
  Object* icls;
  if (is_type(cls)) {
    retval = is_instance_of(inst, static_cast<Type*>(cls));
    if (retval == 0) {
      retval = lookup_attr(inst, ID(dunder_class), &icls);
      if (icls) {
        if (icls != inst->type && is_type(icls)) {
          retval = is_subtype(static_cast<Type*>(icls), static_cast<Type*>(cls));
        } else {
          retval = 0;
        }
        decref(icls);
      }
    }
  } else {
    if (!check_class(cls, "isinstance() arg 2 must be a type, a tuple of types, or a union")) return -1;
    retval = lookup_attr(inst, ID(dunder_class), &icls);
    if (icls) {
      retval = abstract_issubclass(icls, cls);
      decref(icls);
    }
  }
  return retval;
}

int recursive_issubclass(Object* derived, Object* cls) {
  if (is_type(cls) && is_type(derived)) return is_subtype(static_cast<Type*>(derived), static_cast<Type*>(cls));
  if (!check_class(derived, "issubclass() arg 1 must be a class")) return -1;
  if (!check_class(cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union")) return -1;
  return abstract_issubclass(derived, cls);
}

int call_checker(Object* checker, Object* arg, const char* where) {
  if (enter_recursive_call(where) < 0) {
    decref(checker);
    return -1;
  }
  Object* res = call_function(checker, arg);
  leave_recursive_call();
  decref(checker);
  if (!res) return -1;
  int ok = object_is_true(res);
  decref(res);
  return ok;
}

}  // namespace

int object_isinstance(Object* inst, Object* cls) {
  if (inst->type == cls) return 1;
  if (is_type_exact(cls)) return object_isinstance_impl(inst, cls);
  if (is_union(cls)) cls = union_args(cls);
  if (is_tuple(cls)) {
    if (enter_recursive_call(" in __instancecheck__") < 0) return -1;
    int r = 0;
    for (ssize i = 0; i < tuple_size(cls); ++i) {
      r = object_isinstance(inst, tuple_item(cls, i));
      if (r != 0) break;
    }
    leave_recursive_call();
    return r;
  }
  Object* checker = lookup_special(cls, ID(dunder_instancecheck));
  if (checker) return call_checker(checker, inst, " in __instancecheck__");
  if (error_occurred()) return -1;
  return object_isinstance_impl(inst, cls);
}

int object_issubclass(Object* derived, Object* cls) {
  if (is_type_exact(cls)) {
    if (derived == cls) return 1;
    return recursive_issubclass(derived, cls);
  }
  if (is_union(cls)) cls = union_args(cls);
  if (is_tuple(cls)) {
    if (enter_recursive_call(" in __subclasscheck__") < 0) return -1;
    int r = 0;
    for (ssize i = 0; i < tuple_size(cls); ++i) {
      r = object_issubclass(derived, tuple_item(cls, i));
      if (r != 0) break;
    }
    leave_recursive_call();
    return r;
  }
  Object* checker = lookup_special(cls, ID(dunder_subclasscheck));
  if (checker) return call_checker(checker, derived, " in __subclasscheck__");
  if (error_occurred()) return -1;
  return recursive_issubclass(derived, cls);
}

int object_real_isinstance(Object* inst, Object* cls) { return object_isinstance_impl(inst, cls); }
int object_real_issubclass(Object* derived, Object* cls) { return recursive_issubclass(derived, cls); }

Object* object_dir(Object* obj) {
  Object* dirfunc = lookup_special(obj, ID(dunder_dir));
  if (!dirfunc) {
    if (!error_occurred()) set_error(&exc::TypeError, "object does not provide __dir__");
    return nullptr;
  }
  Object* result = call_no_args(dirfunc);
  decref(dirfunc);
  if (!result) return nullptr;
  Object* sorted = sequence_list(result);
  decref(result);
  if (!sorted) return nullptr;
  if (list_sort(sorted, nullptr, false) < 0) {
    decref(sorted);
    return nullptr;
  }
  return sorted;
}

}  // namespace glasspy
