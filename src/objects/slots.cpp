// The slot table (see slots.h): wrappers that expose C++ slots as methods,
// the generic slot functions that run a class's special methods, and the
// update machinery that decides which a class gets.
#include "objects/slots.h"

#include <cstring>

#include "objects/abstract.h"
#include "objects/builtin_function.h"
#include "objects/call.h"
#include "objects/descriptors.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/iterobject.h"
#include "objects/known_strings.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"


namespace glasspy {

namespace {

// ---- argument checks shared by the wrappers ----------------------------------------

bool check_num_args(ssize nargs, ssize n) {
  if (nargs == n) return true;
  format_error(&exc::TypeError, "expected %zd argument%s, got %zd", n, n == 1 ? "" : "s", nargs);
  return false;
}

// PyArg_UnpackTuple with an empty name (note CPython's leading space).
bool check_range(ssize nargs, ssize min, ssize max) {
  if (nargs < min) {
    format_error(&exc::TypeError, " expected %s%zd argument%s, got %zd", min == max ? "" : "at least ", min,
                 min == 1 ? "" : "s", nargs);
    return false;
  }
  if (nargs > max) {
    format_error(&exc::TypeError, " expected %s%zd argument%s, got %zd", min == max ? "" : "at most ", max,
                 max == 1 ? "" : "s", nargs);
    return false;
  }
  return true;
}

// ---- wrappers: call a slot with method-call arguments -------------------------------------

Object* wrap_unaryfunc(Object* self, Object* const* args, ssize nargs, Object*, void* wrapped) {
  if (!check_num_args(nargs, 0)) return nullptr;
  return reinterpret_cast<unaryfunc>(wrapped)(self);
}

Object* wrap_binaryfunc(Object* self, Object* const* args, ssize nargs, Object*, void* wrapped) {
  if (!check_num_args(nargs, 1)) return nullptr;
  return reinterpret_cast<binaryfunc>(wrapped)(self, args[0]);
}

Object* wrap_binaryfunc_l(Object* self, Object* const* args, ssize nargs, Object*, void* wrapped) {
  if (!check_num_args(nargs, 1)) return nullptr;
  return reinterpret_cast<binaryfunc>(wrapped)(self, args[0]);
}

Object* wrap_binaryfunc_r(Object* self, Object* const* args, ssize nargs, Object*, void* wrapped) {
  if (!check_num_args(nargs, 1)) return nullptr;
  return reinterpret_cast<binaryfunc>(wrapped)(args[0], self);
}

Object* wrap_ternaryfunc(Object* self, Object* const* args, ssize nargs, Object*, void* wrapped) {
  if (!check_range(nargs, 1, 2)) return nullptr;
  return reinterpret_cast<ternaryfunc>(wrapped)(self, args[0], nargs > 1 ? args[1] : None);
}

Object* wrap_ternaryfunc_r(Object* self, Object* const* args, ssize nargs, Object*, void* wrapped) {
  if (!check_range(nargs, 1, 2)) return nullptr;
  return reinterpret_cast<ternaryfunc>(wrapped)(args[0], self, nargs > 1 ? args[1] : None);
}

Object* wrap_inquirypred(Object* self, Object* const* args, ssize nargs, Object*, void* wrapped) {
  if (!check_num_args(nargs, 0)) return nullptr;
  int r = reinterpret_cast<inquiry>(wrapped)(self);
  if (r < 0) return nullptr;
  return bool_from(r);
}

Object* wrap_lenfunc(Object* self, Object* const* args, ssize nargs, Object*, void* wrapped) {
  if (!check_num_args(nargs, 0)) return nullptr;
  ssize r = reinterpret_cast<lenfunc>(wrapped)(self);
  if (r == -1 && error_occurred()) return nullptr;
  return int_from_ssize(r);
}

Object* wrap_indexargfunc(Object* self, Object* const* args, ssize nargs, Object*, void* wrapped) {
  if (!check_num_args(nargs, 1)) return nullptr;
  ssize i = number_as_ssize(args[0], &exc::OverflowError);
  if (i == -1 && error_occurred()) return nullptr;
  return reinterpret_cast<ssizeargfunc>(wrapped)(self, i);
}

// A sequence index: negative values count from the end.
bool get_index(Object* self, Object* arg, ssize* out) {
  ssize i = number_as_ssize(arg, &exc::OverflowError);
  if (i == -1 && error_occurred()) return false;
  if (i < 0) {
    SequenceMethods* sq = self->type->as_sequence;
    if (sq && sq->sq_length) {
      ssize n = sq->sq_length(self);
      if (n < 0) return false;
      i += n;
    }
  }
  *out = i;
  return true;
}

Object* wrap_sq_item(Object* self, Object* const* args, ssize nargs, Object*, void* wrapped) {
  if (!check_num_args(nargs, 1)) return nullptr;
  ssize i;
  if (!get_index(self, args[0], &i)) return nullptr;
  return reinterpret_cast<ssizeargfunc>(wrapped)(self, i);
}

Object* wrap_sq_setitem(Object* self, Object* const* args, ssize nargs, Object*, void* wrapped) {
  if (!check_range(nargs, 2, 2)) return nullptr;
  ssize i;
  if (!get_index(self, args[0], &i)) return nullptr;
  if (reinterpret_cast<ssizeobjargproc>(wrapped)(self, i, args[1]) < 0) return nullptr;
  return newref(None);
}

Object* wrap_sq_delitem(Object* self, Object* const* args, ssize nargs, Object*, void* wrapped) {
  if (!check_num_args(nargs, 1)) return nullptr;
  ssize i;
  if (!get_index(self, args[0], &i)) return nullptr;
  if (reinterpret_cast<ssizeobjargproc>(wrapped)(self, i, nullptr) < 0) return nullptr;
  return newref(None);
}

Object* wrap_objobjproc(Object* self, Object* const* args, ssize nargs, Object*, void* wrapped) {
  if (!check_num_args(nargs, 1)) return nullptr;
  int r = reinterpret_cast<objobjproc>(wrapped)(self, args[0]);
  if (r < 0) return nullptr;
  return bool_from(r);
}

Object* wrap_objobjargproc(Object* self, Object* const* args, ssize nargs, Object*, void* wrapped) {
  if (!check_range(nargs, 2, 2)) return nullptr;
  if (reinterpret_cast<objobjargproc>(wrapped)(self, args[0], args[1]) < 0) return nullptr;
  return newref(None);
}

Object* wrap_delitem(Object* self, Object* const* args, ssize nargs, Object*, void* wrapped) {
  if (!check_num_args(nargs, 1)) return nullptr;
  if (reinterpret_cast<objobjargproc>(wrapped)(self, args[0], nullptr) < 0) return nullptr;
  return newref(None);
}

int slot_tp_setattro(Object* self, Object* name, Object* value);

// Rejects calling a __setattr__/__delattr__ that a C++-level override in
// self's class hierarchy replaces ("can't apply this __setattr__ to type
// object").
bool hackcheck(Object* self, setattrofunc func, const char* what) {
  Type* type = self->type;
  Object* mro = type->mro;
  if (!mro) return true;
  Type* defining_type = type;
  for (ssize i = tuple_size(mro) - 1; i >= 0; --i) {
    Type* base = static_cast<Type*>(tuple_item(mro, i));
    if (base->setattro == slot_tp_setattro) continue;
    if (base->setattro == type->setattro) {
      defining_type = base;
      break;
    }
  }
  for (Type* base = defining_type; base; base = base->base) {
    if (base->setattro == func) break;
    if (base->setattro != slot_tp_setattro) {
      format_error(&exc::TypeError, "can't apply this %s to %s object", what, type->name);
      return false;
    }
  }
  return true;
}

Object* wrap_setattr(Object* self, Object* const* args, ssize nargs, Object*, void* wrapped) {
  if (!check_range(nargs, 2, 2)) return nullptr;
  setattrofunc func = reinterpret_cast<setattrofunc>(wrapped);
  if (!hackcheck(self, func, "__setattr__")) return nullptr;
  if (func(self, args[0], args[1]) < 0) return nullptr;
  return newref(None);
}

Object* wrap_delattr(Object* self, Object* const* args, ssize nargs, Object*, void* wrapped) {
  if (!check_num_args(nargs, 1)) return nullptr;
  setattrofunc func = reinterpret_cast<setattrofunc>(wrapped);
  if (!hackcheck(self, func, "__delattr__")) return nullptr;
  if (func(self, args[0], nullptr) < 0) return nullptr;
  return newref(None);
}

Object* wrap_hashfunc(Object* self, Object* const* args, ssize nargs, Object*, void* wrapped) {
  if (!check_num_args(nargs, 0)) return nullptr;
  hash_t h = reinterpret_cast<hashfunc>(wrapped)(self);
  if (h == -1 && error_occurred()) return nullptr;
  return int_from_ssize(h);
}

Object* wrap_call(Object* self, Object* const* args, ssize nargs, Object* kwnames, void* wrapped) {
  Object* tuple = tuple_from_array(args, nargs);
  if (!tuple) return nullptr;
  Object* kwargs = nullptr;
  if (kwnames && tuple_size(kwnames)) {
    kwargs = kwnames_to_dict(args + nargs, kwnames);
    if (!kwargs) {
      decref(tuple);
      return nullptr;
    }
  }
  Object* r = reinterpret_cast<ternaryfunc>(wrapped)(self, tuple, kwargs);
  decref(tuple);
  xdecref(kwargs);
  return r;
}

Object* wrap_init(Object* self, Object* const* args, ssize nargs, Object* kwnames, void* wrapped) {
  Object* tuple = tuple_from_array(args, nargs);
  if (!tuple) return nullptr;
  Object* kwargs = nullptr;
  if (kwnames && tuple_size(kwnames)) {
    kwargs = kwnames_to_dict(args + nargs, kwnames);
    if (!kwargs) {
      decref(tuple);
      return nullptr;
    }
  }
  int r = reinterpret_cast<initproc>(wrapped)(self, tuple, kwargs);
  decref(tuple);
  xdecref(kwargs);
  if (r < 0) return nullptr;
  return newref(None);
}

Object* wrap_del(Object* self, Object* const* args, ssize nargs, Object*, void* wrapped) {
  if (!check_num_args(nargs, 0)) return nullptr;
  reinterpret_cast<destructor>(wrapped)(self);
  return newref(None);
}

template <int Op>
Object* richcmp_wrapper(Object* self, Object* const* args, ssize nargs, Object*, void* wrapped) {
  if (!check_num_args(nargs, 1)) return nullptr;
  return reinterpret_cast<richcmpfunc>(wrapped)(self, args[0], Op);
}

Object* wrap_next(Object* self, Object* const* args, ssize nargs, Object*, void* wrapped) {
  if (!check_num_args(nargs, 0)) return nullptr;
  Object* r = reinterpret_cast<iternextfunc>(wrapped)(self);
  if (!r && !error_occurred()) set_error_none(&exc::StopIteration);
  return r;
}

Object* wrap_descr_get(Object* self, Object* const* args, ssize nargs, Object*, void* wrapped) {
  if (!check_range(nargs, 1, 2)) return nullptr;
  Object* obj = args[0];
  Object* type = nargs > 1 ? args[1] : nullptr;
  if (obj == None) obj = nullptr;
  if (type == None) type = nullptr;
  if (!type && !obj) {
    set_error(&exc::TypeError, "__get__(None, None) is invalid");
    return nullptr;
  }
  return reinterpret_cast<descrgetfunc>(wrapped)(self, obj, type);
}

Object* wrap_descr_set(Object* self, Object* const* args, ssize nargs, Object*, void* wrapped) {
  if (!check_range(nargs, 2, 2)) return nullptr;
  if (reinterpret_cast<descrsetfunc>(wrapped)(self, args[0], args[1]) < 0) return nullptr;
  return newref(None);
}

Object* wrap_descr_delete(Object* self, Object* const* args, ssize nargs, Object*, void* wrapped) {
  if (!check_num_args(nargs, 1)) return nullptr;
  if (reinterpret_cast<descrsetfunc>(wrapped)(self, args[0], nullptr) < 0) return nullptr;
  return newref(None);
}

// ---- generic slots: look the special method up and call it --------------------------------

// _PyType_Lookup on type(self), binding unless the attribute is a method
// descriptor (then *unbound and the caller passes self).  New reference or
// null (an error only if one is set).
Object* lookup_maybe_method(Object* self, Object* name, bool* unbound) {
  Object* res = type_lookup(self->type, name);
  if (!res) return nullptr;
  if (res->type->flags & tpflags::kMethodDescriptor) {
    *unbound = true;
    return newref(res);
  }
  *unbound = false;
  descrgetfunc f = res->type->descr_get;
  if (!f) return newref(res);
  return f(res, self, self->type);
}

Object* lookup_method(Object* self, Object* name, bool* unbound) {
  Object* res = lookup_maybe_method(self, name, unbound);
  if (!res && !error_occurred()) set_error_object(&exc::AttributeError, name);
  return res;
}

// Calls func with args (args[0] is self), dropping self when bound.
Object* vectorcall_unbound(bool unbound, Object* func, Object* const* args, ssize nargs) {
  if (unbound) return vectorcall(func, args, static_cast<size_t>(nargs), nullptr);
  return vectorcall(func, args + 1, static_cast<size_t>(nargs - 1) | kVectorcallArgumentsOffset, nullptr);
}

Object* call_unbound_noarg(bool unbound, Object* func, Object* self) {
  if (unbound) return call_function(func, self);
  return call_no_args(func);
}


// Like call_special, but NotImplemented when the method is missing.
Object* call_special_maybe(Object* name, Object* const* args, ssize nargs) {
  bool unbound;
  Object* func = lookup_maybe_method(args[0], name, &unbound);
  if (!func) {
    if (error_occurred()) return nullptr;
    return newref(NotImplemented);
  }
  Object* r = vectorcall_unbound(unbound, func, args, nargs);
  decref(func);
  return r;
}

// Whether type(right) defines `name` differently from type(left).
int method_is_overloaded(Object* left, Object* right, Object* name) {
  Object* a;
  int r = lookup_attr(right->type, name, &a);
  if (r <= 0) return r;
  Object* b;
  r = lookup_attr(left->type, name, &b);
  if (r <= 0) {
    decref(a);
    return r < 0 ? -1 : 1;
  }
  int ok = rich_compare_bool(a, b, kNE);
  decref(a);
  decref(b);
  return ok;
}

// The binary operator dispatch of a class (CPython's SLOT1BINFULL).
Object* binary_slot(Object* self, Object* other, binaryfunc NumberMethods::*slot, binaryfunc testfunc,
                    Object* opname, Object* ropname) {
  NumberMethods* snb = self->type->as_number;
  NumberMethods* onb = other->type->as_number;
  bool do_other = self->type != other->type && onb && onb->*slot == testfunc;
  if (snb && snb->*slot == testfunc) {
    if (do_other && is_subtype(other->type, self->type)) {
      int ok = method_is_overloaded(self, other, ropname);
      if (ok < 0) return nullptr;
      if (ok) {
        Object* stack[2] = {other, self};
        Object* r = call_special_maybe(ropname, stack, 2);
        if (r != NotImplemented) return r;
        decref(r);
        do_other = false;
      }
    }
    Object* stack[2] = {self, other};
    Object* r = call_special_maybe(opname, stack, 2);
    if (r != NotImplemented || other->type == self->type) return r;
    decref(r);
  }
  if (do_other) {
    Object* stack[2] = {other, self};
    return call_special_maybe(ropname, stack, 2);
  }
  return newref(NotImplemented);
}

#define BINARY_SLOT(fn, field, op, rop)                                                      \
  Object* fn(Object* self, Object* other);                                                   \
  Object* fn(Object* self, Object* other) {                                                  \
    return binary_slot(self, other, &NumberMethods::field, fn, ID(op), ID(rop));             \
  }

BINARY_SLOT(slot_nb_add, nb_add, dunder_add, dunder_radd)
BINARY_SLOT(slot_nb_subtract, nb_subtract, dunder_sub, dunder_rsub)
BINARY_SLOT(slot_nb_multiply, nb_multiply, dunder_mul, dunder_rmul)
BINARY_SLOT(slot_nb_remainder, nb_remainder, dunder_mod, dunder_rmod)
BINARY_SLOT(slot_nb_divmod, nb_divmod, dunder_divmod, dunder_rdivmod)
BINARY_SLOT(slot_nb_lshift, nb_lshift, dunder_lshift, dunder_rlshift)
BINARY_SLOT(slot_nb_rshift, nb_rshift, dunder_rshift, dunder_rrshift)
BINARY_SLOT(slot_nb_and, nb_and, dunder_and, dunder_rand)
BINARY_SLOT(slot_nb_xor, nb_xor, dunder_xor, dunder_rxor)
BINARY_SLOT(slot_nb_or, nb_or, dunder_or, dunder_ror)
BINARY_SLOT(slot_nb_floor_divide, nb_floor_divide, dunder_floordiv, dunder_rfloordiv)
BINARY_SLOT(slot_nb_true_divide, nb_true_divide, dunder_truediv, dunder_rtruediv)
BINARY_SLOT(slot_nb_matrix_multiply, nb_matrix_multiply, dunder_matmul, dunder_rmatmul)
#undef BINARY_SLOT

Object* slot_nb_power(Object* self, Object* other, Object* modulus);

Object* slot_nb_power_binary(Object* self, Object* other);
Object* slot_nb_power_binary(Object* self, Object* other) {
  // Like BINARY_SLOT, with nb_power's ternary signature as the test.
  NumberMethods* snb = self->type->as_number;
  NumberMethods* onb = other->type->as_number;
  bool do_other = self->type != other->type && onb && onb->nb_power == slot_nb_power;
  if (snb && snb->nb_power == slot_nb_power) {
    if (do_other && is_subtype(other->type, self->type)) {
      int ok = method_is_overloaded(self, other, ID(dunder_rpow));
      if (ok < 0) return nullptr;
      if (ok) {
        Object* stack[2] = {other, self};
        Object* r = call_special_maybe(ID(dunder_rpow), stack, 2);
        if (r != NotImplemented) return r;
        decref(r);
        do_other = false;
      }
    }
    Object* stack[2] = {self, other};
    Object* r = call_special_maybe(ID(dunder_pow), stack, 2);
    if (r != NotImplemented || other->type == self->type) return r;
    decref(r);
  }
  if (do_other) {
    Object* stack[2] = {other, self};
    return call_special_maybe(ID(dunder_rpow), stack, 2);
  }
  return newref(NotImplemented);
}

Object* slot_nb_power(Object* self, Object* other, Object* modulus) {
  if (modulus == None) return slot_nb_power_binary(self, other);
  // Three-argument pow does not use __rpow__.
  if (self->type->as_number && self->type->as_number->nb_power == slot_nb_power) {
    Object* stack[3] = {self, other, modulus};
    return call_special(ID(dunder_pow), stack, 3);
  }
  return newref(NotImplemented);
}

#define UNARY_SLOT(fn, name)                 \
  Object* fn(Object* self) {                 \
    Object* stack[1] = {self};               \
    return call_special(ID(name), stack, 1); \
  }
UNARY_SLOT(slot_nb_negative, dunder_neg)
UNARY_SLOT(slot_nb_positive, dunder_pos)
UNARY_SLOT(slot_nb_absolute, dunder_abs)
UNARY_SLOT(slot_nb_invert, dunder_invert)
UNARY_SLOT(slot_nb_int, dunder_int)
UNARY_SLOT(slot_nb_float, dunder_float)
UNARY_SLOT(slot_nb_index, dunder_index)
UNARY_SLOT(slot_tp_str, dunder_str)
UNARY_SLOT(slot_tp_iternext_impl, dunder_next)
#undef UNARY_SLOT

#define INPLACE_SLOT(fn, name)                         \
  Object* fn(Object* self, Object* other) {            \
    Object* stack[2] = {self, other};                  \
    return call_special(ID(name), stack, 2);           \
  }
INPLACE_SLOT(slot_nb_inplace_add, dunder_iadd)
INPLACE_SLOT(slot_nb_inplace_subtract, dunder_isub)
INPLACE_SLOT(slot_nb_inplace_multiply, dunder_imul)
INPLACE_SLOT(slot_nb_inplace_remainder, dunder_imod)
INPLACE_SLOT(slot_nb_inplace_lshift, dunder_ilshift)
INPLACE_SLOT(slot_nb_inplace_rshift, dunder_irshift)
INPLACE_SLOT(slot_nb_inplace_and, dunder_iand)
INPLACE_SLOT(slot_nb_inplace_xor, dunder_ixor)
INPLACE_SLOT(slot_nb_inplace_or, dunder_ior)
INPLACE_SLOT(slot_nb_inplace_floor_divide, dunder_ifloordiv)
INPLACE_SLOT(slot_nb_inplace_true_divide, dunder_itruediv)
INPLACE_SLOT(slot_nb_inplace_matrix_multiply, dunder_imatmul)
INPLACE_SLOT(slot_mp_subscript, dunder_getitem)
#undef INPLACE_SLOT

Object* slot_nb_inplace_power(Object* self, Object* other, Object* unused) {
  Object* stack[2] = {self, other};
  return call_special(ID(dunder_ipow), stack, 2);
}

Object* slot_tp_iternext(Object* self) { return slot_tp_iternext_impl(self); }

int slot_nb_bool(Object* self) {
  bool unbound;
  bool using_len = false;
  Object* func = lookup_maybe_method(self, ID(dunder_bool), &unbound);
  if (!func) {
    if (error_occurred()) return -1;
    func = lookup_maybe_method(self, ID(dunder_len), &unbound);
    if (!func) return error_occurred() ? -1 : 1;
    using_len = true;
  }
  Object* value = call_unbound_noarg(unbound, func, self);
  decref(func);
  if (!value) return -1;
  int result;
  if (using_len || is_bool(value)) {
    result = object_is_true(value);
  } else {
    format_error(&exc::TypeError, "__bool__ should return bool, returned %s", value->type->name);
    result = -1;
  }
  decref(value);
  return result;
}

ssize slot_sq_length(Object* self) {
  Object* stack[1] = {self};
  Object* res = call_special(ID(dunder_len), stack, 1);
  if (!res) return -1;
  Object* index = number_index(res);
  decref(res);
  if (!index) return -1;
  if (int_sign(index) < 0) {
    decref(index);
    set_error(&exc::ValueError, "__len__() should return >= 0");
    return -1;
  }
  ssize len = number_as_ssize(index, &exc::OverflowError);
  decref(index);
  return len;
}

Object* slot_sq_item(Object* self, ssize i) {
  Object* ival = int_from_ssize(i);
  if (!ival) return nullptr;
  Object* stack[2] = {self, ival};
  Object* r = call_special(ID(dunder_getitem), stack, 2);
  decref(ival);
  return r;
}

int slot_sq_ass_item(Object* self, ssize index, Object* value) {
  Object* ival = int_from_ssize(index);
  if (!ival) return -1;
  Object* r;
  if (!value) {
    Object* stack[2] = {self, ival};
    r = call_special(ID(dunder_delitem), stack, 2);
  } else {
    Object* stack[3] = {self, ival, value};
    r = call_special(ID(dunder_setitem), stack, 3);
  }
  decref(ival);
  if (!r) return -1;
  decref(r);
  return 0;
}

int slot_sq_contains(Object* self, Object* value) {
  bool unbound;
  Object* func = lookup_maybe_method(self, ID(dunder_contains), &unbound);
  if (func == None) {
    decref(func);
    format_error(&exc::TypeError, "'%.200s' object is not a container", self->type->name);
    return -1;
  }
  if (func) {
    Object* args[2] = {self, value};
    Object* res = vectorcall_unbound(unbound, func, args, 2);
    decref(func);
    if (!res) return -1;
    int r = object_is_true(res);
    decref(res);
    return r;
  }
  if (error_occurred()) return -1;
  return sequence_contains_by_iteration(self, value);
}

int slot_mp_ass_subscript(Object* self, Object* key, Object* value) {
  Object* r;
  if (!value) {
    Object* stack[2] = {self, key};
    r = call_special(ID(dunder_delitem), stack, 2);
  } else {
    Object* stack[3] = {self, key, value};
    r = call_special(ID(dunder_setitem), stack, 3);
  }
  if (!r) return -1;
  decref(r);
  return 0;
}

Object* slot_tp_repr(Object* self) {
  bool unbound;
  Object* func = lookup_maybe_method(self, ID(dunder_repr), &unbound);
  if (func) {
    Object* r = call_unbound_noarg(unbound, func, self);
    decref(func);
    return r;
  }
  clear_error();
  return str_from_format("<%s object at %p>", self->type->name, static_cast<void*>(self));
}

Object* slot_tp_richcompare(Object* self, Object* other, int op) {
  static Object* const* names[] = {&ID(dunder_lt), &ID(dunder_le), &ID(dunder_eq),
                                   &ID(dunder_ne), &ID(dunder_gt), &ID(dunder_ge)};
  bool unbound;
  Object* func = lookup_maybe_method(self, *names[op], &unbound);
  if (!func) {
    clear_error();
    return newref(NotImplemented);
  }
  Object* stack[2] = {self, other};
  Object* r = vectorcall_unbound(unbound, func, stack, 2);
  decref(func);
  return r;
}

Object* slot_tp_iter(Object* self) {
  bool unbound;
  Object* func = lookup_maybe_method(self, ID(dunder_iter), &unbound);
  if (func == None) {
    decref(func);
    return format_error(&exc::TypeError, "'%.200s' object is not iterable", self->type->name);
  }
  if (func) {
    Object* r = call_unbound_noarg(unbound, func, self);
    decref(func);
    return r;
  }
  if (error_occurred()) return nullptr;
  func = lookup_maybe_method(self, ID(dunder_getitem), &unbound);
  if (!func) {
    if (error_occurred()) return nullptr;
    return format_error(&exc::TypeError, "'%.200s' object is not iterable", self->type->name);
  }
  decref(func);
  return seqiter_new(self);
}

Object* slot_tp_getattro(Object* self, Object* name) {
  Object* stack[2] = {self, name};
  return call_special(ID(dunder_getattribute), stack, 2);
}

Object* call_attribute(Object* self, Object* attr, Object* name) {
  Object* bound = nullptr;
  descrgetfunc f = attr->type->descr_get;
  if (f) {
    bound = f(attr, self, self->type);
    if (!bound) return nullptr;
    attr = bound;
  }
  Object* r = call_function(attr, name);
  xdecref(bound);
  return r;
}

int slot_tp_setattro(Object* self, Object* name, Object* value) {
  Object* r;
  if (!value) {
    Object* stack[2] = {self, name};
    r = call_special(ID(dunder_delattr), stack, 2);
  } else {
    Object* stack[3] = {self, name, value};
    r = call_special(ID(dunder_setattr), stack, 3);
  }
  if (!r) return -1;
  decref(r);
  return 0;
}

Object* slot_tp_descr_get(Object* self, Object* obj, Object* type) {
  Type* tp = self->type;
  Object* get = type_lookup(tp, ID(dunder_get));
  if (!get) {
    // No __get__ after all: stop asking.
    if (tp->descr_get == slot_tp_descr_get) tp->descr_get = nullptr;
    return newref(self);
  }
  return call_function(get, self, obj ? obj : None, type ? type : None);
}

int slot_tp_descr_set(Object* self, Object* target, Object* value) {
  Object* r;
  if (!value) {
    Object* stack[2] = {self, target};
    r = call_special(ID(dunder_delete), stack, 2);
  } else {
    Object* stack[3] = {self, target, value};
    r = call_special(ID(dunder_set), stack, 3);
  }
  if (!r) return -1;
  decref(r);
  return 0;
}

Object* slot_am_unary(Object* self, Object* name, const char* what) {
  bool unbound;
  Object* func = lookup_maybe_method(self, name, &unbound);
  if (func) {
    Object* r = call_unbound_noarg(unbound, func, self);
    decref(func);
    return r;
  }
  if (!error_occurred()) format_error(&exc::AttributeError, "object %.50s does not have %s method", self->type->name, what);
  return nullptr;
}
Object* slot_am_await(Object* self) { return slot_am_unary(self, ID(dunder_await), "__await__"); }
Object* slot_am_aiter(Object* self) { return slot_am_unary(self, ID(dunder_aiter), "__aiter__"); }
Object* slot_am_anext(Object* self) { return slot_am_unary(self, ID(dunder_anext), "__anext__"); }

// ---- the table ------------------------------------------------------------------------

#define TP(field) SlotTable::kType, offsetof(TypeSlots, field)
#define NB(field) SlotTable::kNumber, offsetof(NumberMethods, field)
#define SQ(field) SlotTable::kSequence, offsetof(SequenceMethods, field)
#define MP(field) SlotTable::kMapping, offsetof(MappingMethods, field)
#define AM(field) SlotTable::kAsync, offsetof(AsyncMethods, field)
#define FN(f) reinterpret_cast<void*>(f)

SlotDef slotdefs[] = {
    {"__repr__", TP(repr), FN(slot_tp_repr), wrap_unaryfunc, "__repr__($self, /)\n--\n\nReturn repr(self).", false, nullptr},
    {"__hash__", TP(hash), FN(slot_tp_hash), wrap_hashfunc, "__hash__($self, /)\n--\n\nReturn hash(self).", false, nullptr},
    {"__call__", TP(call), FN(slot_tp_call), wrap_call, "__call__($self, /, *args, **kwargs)\n--\n\nCall self as a function.", true, nullptr},
    {"__str__", TP(str), FN(slot_tp_str), wrap_unaryfunc, "__str__($self, /)\n--\n\nReturn str(self).", false, nullptr},
    {"__getattribute__", TP(getattro), FN(slot_tp_getattr_hook), wrap_binaryfunc, "__getattribute__($self, name, /)\n--\n\nReturn getattr(self, name).", false, nullptr},
    {"__getattr__", TP(getattro), FN(slot_tp_getattr_hook), nullptr, "__getattr__($self, name, /)\n--\n\nImplement getattr(self, name).", false, nullptr},
    {"__setattr__", TP(setattro), FN(slot_tp_setattro), wrap_setattr, "__setattr__($self, name, value, /)\n--\n\nImplement setattr(self, name, value).", false, nullptr},
    {"__delattr__", TP(setattro), FN(slot_tp_setattro), wrap_delattr, "__delattr__($self, name, /)\n--\n\nImplement delattr(self, name).", false, nullptr},
    {"__lt__", TP(richcompare), FN(slot_tp_richcompare), richcmp_wrapper<kLT>, "__lt__($self, value, /)\n--\n\nReturn self<value.", false, nullptr},
    {"__le__", TP(richcompare), FN(slot_tp_richcompare), richcmp_wrapper<kLE>, "__le__($self, value, /)\n--\n\nReturn self<=value.", false, nullptr},
    {"__eq__", TP(richcompare), FN(slot_tp_richcompare), richcmp_wrapper<kEQ>, "__eq__($self, value, /)\n--\n\nReturn self==value.", false, nullptr},
    {"__ne__", TP(richcompare), FN(slot_tp_richcompare), richcmp_wrapper<kNE>, "__ne__($self, value, /)\n--\n\nReturn self!=value.", false, nullptr},
    {"__gt__", TP(richcompare), FN(slot_tp_richcompare), richcmp_wrapper<kGT>, "__gt__($self, value, /)\n--\n\nReturn self>value.", false, nullptr},
    {"__ge__", TP(richcompare), FN(slot_tp_richcompare), richcmp_wrapper<kGE>, "__ge__($self, value, /)\n--\n\nReturn self>=value.", false, nullptr},
    {"__iter__", TP(iter), FN(slot_tp_iter), wrap_unaryfunc, "__iter__($self, /)\n--\n\nImplement iter(self).", false, nullptr},
    {"__next__", TP(iternext), FN(slot_tp_iternext), wrap_next, "__next__($self, /)\n--\n\nImplement next(self).", false, nullptr},
    {"__get__", TP(descr_get), FN(slot_tp_descr_get), wrap_descr_get, "__get__($self, instance, owner=None, /)\n--\n\nReturn an attribute of instance, which is of type owner.", false, nullptr},
    {"__set__", TP(descr_set), FN(slot_tp_descr_set), wrap_descr_set, "__set__($self, instance, value, /)\n--\n\nSet an attribute of instance to value.", false, nullptr},
    {"__delete__", TP(descr_set), FN(slot_tp_descr_set), wrap_descr_delete, "__delete__($self, instance, /)\n--\n\nDelete an attribute of instance.", false, nullptr},
    {"__init__", TP(init), FN(slot_tp_init), wrap_init, "__init__($self, /, *args, **kwargs)\n--\n\nInitialize self.  See help(type(self)) for accurate signature.", true, nullptr},
    {"__new__", TP(new_), FN(slot_tp_new), nullptr, "__new__(type, /, *args, **kwargs)\n--\n\nCreate and return new object.  See help(type) for accurate signature.", false, nullptr},
    {"__del__", TP(finalize), FN(slot_tp_finalize), wrap_del, "__del__($self, /)\n--\n\nCalled when the instance is about to be destroyed.", false, nullptr},
    {"__await__", AM(am_await), FN(slot_am_await), wrap_unaryfunc, "__await__($self, /)\n--\n\nReturn an iterator to be used in await expression.", false, nullptr},
    {"__aiter__", AM(am_aiter), FN(slot_am_aiter), wrap_unaryfunc, "__aiter__($self, /)\n--\n\nReturn an awaitable, that resolves in asynchronous iterator.", false, nullptr},
    {"__anext__", AM(am_anext), FN(slot_am_anext), wrap_unaryfunc, "__anext__($self, /)\n--\n\nReturn a value or raise StopAsyncIteration.", false, nullptr},
    {"__add__", NB(nb_add), FN(slot_nb_add), wrap_binaryfunc_l, "__add__($self, value, /)\n--\n\nReturn self+value.", false, nullptr},
    {"__radd__", NB(nb_add), FN(slot_nb_add), wrap_binaryfunc_r, "__radd__($self, value, /)\n--\n\nReturn value+self.", false, nullptr},
    {"__sub__", NB(nb_subtract), FN(slot_nb_subtract), wrap_binaryfunc_l, "__sub__($self, value, /)\n--\n\nReturn self-value.", false, nullptr},
    {"__rsub__", NB(nb_subtract), FN(slot_nb_subtract), wrap_binaryfunc_r, "__rsub__($self, value, /)\n--\n\nReturn value-self.", false, nullptr},
    {"__mul__", NB(nb_multiply), FN(slot_nb_multiply), wrap_binaryfunc_l, "__mul__($self, value, /)\n--\n\nReturn self*value.", false, nullptr},
    {"__rmul__", NB(nb_multiply), FN(slot_nb_multiply), wrap_binaryfunc_r, "__rmul__($self, value, /)\n--\n\nReturn value*self.", false, nullptr},
    {"__mod__", NB(nb_remainder), FN(slot_nb_remainder), wrap_binaryfunc_l, "__mod__($self, value, /)\n--\n\nReturn self%value.", false, nullptr},
    {"__rmod__", NB(nb_remainder), FN(slot_nb_remainder), wrap_binaryfunc_r, "__rmod__($self, value, /)\n--\n\nReturn value%self.", false, nullptr},
    {"__divmod__", NB(nb_divmod), FN(slot_nb_divmod), wrap_binaryfunc_l, "__divmod__($self, value, /)\n--\n\nReturn divmod(self, value).", false, nullptr},
    {"__rdivmod__", NB(nb_divmod), FN(slot_nb_divmod), wrap_binaryfunc_r, "__rdivmod__($self, value, /)\n--\n\nReturn divmod(value, self).", false, nullptr},
    {"__pow__", NB(nb_power), FN(slot_nb_power), wrap_ternaryfunc, "__pow__($self, value, mod=None, /)\n--\n\nReturn pow(self, value, mod).", false, nullptr},
    {"__rpow__", NB(nb_power), FN(slot_nb_power), wrap_ternaryfunc_r, "__rpow__($self, value, mod=None, /)\n--\n\nReturn pow(value, self, mod).", false, nullptr},
    {"__neg__", NB(nb_negative), FN(slot_nb_negative), wrap_unaryfunc, "__neg__($self, /)\n--\n\n-self", false, nullptr},
    {"__pos__", NB(nb_positive), FN(slot_nb_positive), wrap_unaryfunc, "__pos__($self, /)\n--\n\n+self", false, nullptr},
    {"__abs__", NB(nb_absolute), FN(slot_nb_absolute), wrap_unaryfunc, "__abs__($self, /)\n--\n\nabs(self)", false, nullptr},
    {"__bool__", NB(nb_bool), FN(slot_nb_bool), wrap_inquirypred, "__bool__($self, /)\n--\n\nTrue if self else False", false, nullptr},
    {"__invert__", NB(nb_invert), FN(slot_nb_invert), wrap_unaryfunc, "__invert__($self, /)\n--\n\n~self", false, nullptr},
    {"__lshift__", NB(nb_lshift), FN(slot_nb_lshift), wrap_binaryfunc_l, "__lshift__($self, value, /)\n--\n\nReturn self<<value.", false, nullptr},
    {"__rlshift__", NB(nb_lshift), FN(slot_nb_lshift), wrap_binaryfunc_r, "__rlshift__($self, value, /)\n--\n\nReturn value<<self.", false, nullptr},
    {"__rshift__", NB(nb_rshift), FN(slot_nb_rshift), wrap_binaryfunc_l, "__rshift__($self, value, /)\n--\n\nReturn self>>value.", false, nullptr},
    {"__rrshift__", NB(nb_rshift), FN(slot_nb_rshift), wrap_binaryfunc_r, "__rrshift__($self, value, /)\n--\n\nReturn value>>self.", false, nullptr},
    {"__and__", NB(nb_and), FN(slot_nb_and), wrap_binaryfunc_l, "__and__($self, value, /)\n--\n\nReturn self&value.", false, nullptr},
    {"__rand__", NB(nb_and), FN(slot_nb_and), wrap_binaryfunc_r, "__rand__($self, value, /)\n--\n\nReturn value&self.", false, nullptr},
    {"__xor__", NB(nb_xor), FN(slot_nb_xor), wrap_binaryfunc_l, "__xor__($self, value, /)\n--\n\nReturn self^value.", false, nullptr},
    {"__rxor__", NB(nb_xor), FN(slot_nb_xor), wrap_binaryfunc_r, "__rxor__($self, value, /)\n--\n\nReturn value^self.", false, nullptr},
    {"__or__", NB(nb_or), FN(slot_nb_or), wrap_binaryfunc_l, "__or__($self, value, /)\n--\n\nReturn self|value.", false, nullptr},
    {"__ror__", NB(nb_or), FN(slot_nb_or), wrap_binaryfunc_r, "__ror__($self, value, /)\n--\n\nReturn value|self.", false, nullptr},
    {"__int__", NB(nb_int), FN(slot_nb_int), wrap_unaryfunc, "__int__($self, /)\n--\n\nint(self)", false, nullptr},
    {"__float__", NB(nb_float), FN(slot_nb_float), wrap_unaryfunc, "__float__($self, /)\n--\n\nfloat(self)", false, nullptr},
    {"__iadd__", NB(nb_inplace_add), FN(slot_nb_inplace_add), wrap_binaryfunc, "__iadd__($self, value, /)\n--\n\nReturn self+=value.", false, nullptr},
    {"__isub__", NB(nb_inplace_subtract), FN(slot_nb_inplace_subtract), wrap_binaryfunc, "__isub__($self, value, /)\n--\n\nReturn self-=value.", false, nullptr},
    {"__imul__", NB(nb_inplace_multiply), FN(slot_nb_inplace_multiply), wrap_binaryfunc, "__imul__($self, value, /)\n--\n\nReturn self*=value.", false, nullptr},
    {"__imod__", NB(nb_inplace_remainder), FN(slot_nb_inplace_remainder), wrap_binaryfunc, "__imod__($self, value, /)\n--\n\nReturn self%=value.", false, nullptr},
    {"__ipow__", NB(nb_inplace_power), FN(slot_nb_inplace_power), wrap_ternaryfunc, "__ipow__($self, value, /)\n--\n\nReturn self**=value.", false, nullptr},
    {"__ilshift__", NB(nb_inplace_lshift), FN(slot_nb_inplace_lshift), wrap_binaryfunc, "__ilshift__($self, value, /)\n--\n\nReturn self<<=value.", false, nullptr},
    {"__irshift__", NB(nb_inplace_rshift), FN(slot_nb_inplace_rshift), wrap_binaryfunc, "__irshift__($self, value, /)\n--\n\nReturn self>>=value.", false, nullptr},
    {"__iand__", NB(nb_inplace_and), FN(slot_nb_inplace_and), wrap_binaryfunc, "__iand__($self, value, /)\n--\n\nReturn self&=value.", false, nullptr},
    {"__ixor__", NB(nb_inplace_xor), FN(slot_nb_inplace_xor), wrap_binaryfunc, "__ixor__($self, value, /)\n--\n\nReturn self^=value.", false, nullptr},
    {"__ior__", NB(nb_inplace_or), FN(slot_nb_inplace_or), wrap_binaryfunc, "__ior__($self, value, /)\n--\n\nReturn self|=value.", false, nullptr},
    {"__floordiv__", NB(nb_floor_divide), FN(slot_nb_floor_divide), wrap_binaryfunc_l, "__floordiv__($self, value, /)\n--\n\nReturn self//value.", false, nullptr},
    {"__rfloordiv__", NB(nb_floor_divide), FN(slot_nb_floor_divide), wrap_binaryfunc_r, "__rfloordiv__($self, value, /)\n--\n\nReturn value//self.", false, nullptr},
    {"__truediv__", NB(nb_true_divide), FN(slot_nb_true_divide), wrap_binaryfunc_l, "__truediv__($self, value, /)\n--\n\nReturn self/value.", false, nullptr},
    {"__rtruediv__", NB(nb_true_divide), FN(slot_nb_true_divide), wrap_binaryfunc_r, "__rtruediv__($self, value, /)\n--\n\nReturn value/self.", false, nullptr},
    {"__ifloordiv__", NB(nb_inplace_floor_divide), FN(slot_nb_inplace_floor_divide), wrap_binaryfunc, "__ifloordiv__($self, value, /)\n--\n\nReturn self//=value.", false, nullptr},
    {"__itruediv__", NB(nb_inplace_true_divide), FN(slot_nb_inplace_true_divide), wrap_binaryfunc, "__itruediv__($self, value, /)\n--\n\nReturn self/=value.", false, nullptr},
    {"__index__", NB(nb_index), FN(slot_nb_index), wrap_unaryfunc, "__index__($self, /)\n--\n\nReturn self converted to an integer, if self is suitable for use as an index into a list.", false, nullptr},
    {"__matmul__", NB(nb_matrix_multiply), FN(slot_nb_matrix_multiply), wrap_binaryfunc_l, "__matmul__($self, value, /)\n--\n\nReturn self@value.", false, nullptr},
    {"__rmatmul__", NB(nb_matrix_multiply), FN(slot_nb_matrix_multiply), wrap_binaryfunc_r, "__rmatmul__($self, value, /)\n--\n\nReturn value@self.", false, nullptr},
    {"__imatmul__", NB(nb_inplace_matrix_multiply), FN(slot_nb_inplace_matrix_multiply), wrap_binaryfunc, "__imatmul__($self, value, /)\n--\n\nReturn self@=value.", false, nullptr},
    {"__len__", MP(mp_length), FN(slot_sq_length), wrap_lenfunc, "__len__($self, /)\n--\n\nReturn len(self).", false, nullptr},
    {"__getitem__", MP(mp_subscript), FN(slot_mp_subscript), wrap_binaryfunc, "__getitem__($self, key, /)\n--\n\nReturn self[key].", false, nullptr},
    {"__setitem__", MP(mp_ass_subscript), FN(slot_mp_ass_subscript), wrap_objobjargproc, "__setitem__($self, key, value, /)\n--\n\nSet self[key] to value.", false, nullptr},
    {"__delitem__", MP(mp_ass_subscript), FN(slot_mp_ass_subscript), wrap_delitem, "__delitem__($self, key, /)\n--\n\nDelete self[key].", false, nullptr},
    {"__len__", SQ(sq_length), FN(slot_sq_length), wrap_lenfunc, "__len__($self, /)\n--\n\nReturn len(self).", false, nullptr},
    // Classes defining __add__/__mul__ leave sq_concat/sq_repeat empty: the
    // number slots already give + and * (and sequences fall back to them).
    {"__add__", SQ(sq_concat), nullptr, wrap_binaryfunc, "__add__($self, value, /)\n--\n\nReturn self+value.", false, nullptr},
    {"__mul__", SQ(sq_repeat), nullptr, wrap_indexargfunc, "__mul__($self, value, /)\n--\n\nReturn self*value.", false, nullptr},
    {"__rmul__", SQ(sq_repeat), nullptr, wrap_indexargfunc, "__rmul__($self, value, /)\n--\n\nReturn value*self.", false, nullptr},
    {"__getitem__", SQ(sq_item), FN(slot_sq_item), wrap_sq_item, "__getitem__($self, key, /)\n--\n\nReturn self[key].", false, nullptr},
    {"__setitem__", SQ(sq_ass_item), FN(slot_sq_ass_item), wrap_sq_setitem, "__setitem__($self, key, value, /)\n--\n\nSet self[key] to value.", false, nullptr},
    {"__delitem__", SQ(sq_ass_item), FN(slot_sq_ass_item), wrap_sq_delitem, "__delitem__($self, key, /)\n--\n\nDelete self[key].", false, nullptr},
    {"__contains__", SQ(sq_contains), FN(slot_sq_contains), wrap_objobjproc, "__contains__($self, key, /)\n--\n\nReturn key in self.", false, nullptr},
    {"__iadd__", SQ(sq_inplace_concat), nullptr, wrap_binaryfunc, "__iadd__($self, value, /)\n--\n\nImplement self+=value.", false, nullptr},
    {"__imul__", SQ(sq_inplace_repeat), nullptr, wrap_indexargfunc, "__imul__($self, value, /)\n--\n\nImplement self*=value.", false, nullptr},
    {nullptr, SlotTable::kType, 0, nullptr, nullptr, nullptr, false, nullptr},
};

#undef TP
#undef NB
#undef SQ
#undef MP
#undef AM
#undef FN

inline bool same_slot(const SlotDef& a, const SlotDef& b) { return a.table == b.table && a.offset == b.offset; }

}  // namespace

Object* call_special(Object* name, Object* const* args, ssize nargs) {
  bool unbound;
  Object* func = lookup_method(args[0], name, &unbound);
  if (!func) return nullptr;
  Object* r = vectorcall_unbound(unbound, func, args, nargs);
  decref(func);
  return r;
}

// ---- public: slots read from outside ------------------------------------------------------

hash_t slot_tp_hash(Object* self) {
  bool unbound;
  Object* func = lookup_maybe_method(self, ID(dunder_hash), &unbound);
  if (func == None) {
    decref(func);
    func = nullptr;
  }
  if (!func) {
    if (error_occurred()) return -1;
    return hash_not_implemented(self);
  }
  Object* res = call_unbound_noarg(unbound, func, self);
  decref(func);
  if (!res) return -1;
  if (!is_int(res)) {
    decref(res);
    set_error(&exc::TypeError, "__hash__ method should return an integer");
    return -1;
  }
  // Values that fit are kept (so hash(x) == x.__hash__()); others are
  // reduced as int hashes are.
  hash_t h;
  if (int_is_small(res)) h = as_int(res)->value;
  else h = int_hash(res);
  decref(res);
  return h == -1 ? -2 : h;
}

Object* slot_tp_call(Object* self, Object* args, Object* kwds) {
  bool unbound;
  Object* meth = lookup_method(self, ID(dunder_call), &unbound);
  if (!meth) return nullptr;
  Object* res;
  if (unbound) {
    // Prepend self.
    ssize n = tuple_size(args);
    Object* stack_small[8];
    Object** stack = n + 1 <= 8 ? stack_small : static_cast<Object**>(std::malloc(sizeof(Object*) * (n + 1)));
    if (!stack) {
      decref(meth);
      return no_memory();
    }
    stack[0] = self;
    for (ssize i = 0; i < n; ++i) stack[i + 1] = tuple_item(args, i);
    res = vectorcall_dict(meth, stack, static_cast<size_t>(n + 1), kwds);
    if (stack != stack_small) std::free(stack);
  } else {
    res = call(meth, args, kwds);
  }
  decref(meth);
  return res;
}

Object* slot_tp_getattr_hook(Object* self, Object* name) {
  Type* tp = self->type;
  Object* getattr = type_lookup(tp, ID(dunder_getattr));
  if (!getattr) {
    // No __getattr__: the simpler dispatcher from now on.
    tp->getattro = slot_tp_getattro;
    return slot_tp_getattro(self, name);
  }
  incref(getattr);
  Object* getattribute = type_lookup(tp, ID(dunder_getattribute));
  Object* res;
  if (!getattribute || (is_wrapper_descr(getattribute) &&
                        static_cast<WrapperDescrObject*>(getattribute)->d_wrapped ==
                            reinterpret_cast<void*>(generic_getattr))) {
    res = generic_getattr_suppress(self, name);
    if (!res && !error_occurred()) res = call_attribute(self, getattr, name);
  } else {
    incref(getattribute);
    res = call_attribute(self, getattribute, name);
    decref(getattribute);
    if (!res && error_matches(&exc::AttributeError)) {
      clear_error();
      res = call_attribute(self, getattr, name);
    }
  }
  decref(getattr);
  return res;
}

int slot_tp_init(Object* self, Object* args, Object* kwds) {
  bool unbound;
  Object* meth = lookup_method(self, ID(dunder_init), &unbound);
  if (!meth) return -1;
  Object* res;
  if (unbound) {
    ssize n = tuple_size(args);
    Object* stack_small[8];
    Object** stack = n + 1 <= 8 ? stack_small : static_cast<Object**>(std::malloc(sizeof(Object*) * (n + 1)));
    if (!stack) {
      decref(meth);
      no_memory();
      return -1;
    }
    stack[0] = self;
    for (ssize i = 0; i < n; ++i) stack[i + 1] = tuple_item(args, i);
    res = vectorcall_dict(meth, stack, static_cast<size_t>(n + 1), kwds);
    if (stack != stack_small) std::free(stack);
  } else {
    res = call(meth, args, kwds);
  }
  decref(meth);
  if (!res) return -1;
  if (res != None) {
    format_error(&exc::TypeError, "__init__() should return None, not '%.200s'", res->type->name);
    decref(res);
    return -1;
  }
  decref(res);
  return 0;
}

Object* slot_tp_new(Type* type, Object* args, Object* kwds) {
  Object* func = get_attr(type, ID(dunder_new));
  if (!func) return nullptr;
  ssize n = tuple_size(args);
  Object* stack_small[8];
  Object** stack = n + 1 <= 8 ? stack_small : static_cast<Object**>(std::malloc(sizeof(Object*) * (n + 1)));
  if (!stack) {
    decref(func);
    return no_memory();
  }
  stack[0] = type;
  for (ssize i = 0; i < n; ++i) stack[i + 1] = tuple_item(args, i);
  Object* result = vectorcall_dict(func, stack, static_cast<size_t>(n + 1), kwds);
  if (stack != stack_small) std::free(stack);
  decref(func);
  return result;
}

void slot_tp_finalize(Object* self) {
  // __del__ runs with any pending exception set aside.
  Object* saved = fetch_error();
  bool unbound;
  Object* del = lookup_maybe_method(self, ID(dunder_del), &unbound);
  if (del) {
    Object* res = call_unbound_noarg(unbound, del, self);
    if (!res) write_unraisable(del);
    else decref(res);
    decref(del);
  } else {
    clear_error();
  }
  restore_error(saved);
}

// ---- __new__ of built-in types ----------------------------------------------------------------

namespace {

Object* tp_new_wrapper(Object* self, Object* args, Object* kwds) {
  Type* type = static_cast<Type*>(self);
  if (tuple_size(args) < 1) {
    return format_error(&exc::TypeError, "%s.__new__(): not enough arguments", type->name);
  }
  Object* arg0 = tuple_item(args, 0);
  if (!is_type(arg0)) {
    return format_error(&exc::TypeError, "%s.__new__(X): X is not a type object (%s)", type->name,
                        arg0->type->name);
  }
  Type* subtype = static_cast<Type*>(arg0);
  if (!is_subtype(subtype, type)) {
    return format_error(&exc::TypeError, "%s.__new__(%s): %s is not a subtype of %s", type->name, subtype->name,
                        subtype->name, type->name);
  }
  // Refuse object.__new__(dict) and the like: the most derived static base
  // must use this very __new__.
  Type* staticbase = subtype;
  while (staticbase && staticbase->new_ == slot_tp_new) staticbase = staticbase->base;
  if (staticbase && staticbase->new_ != type->new_) {
    return format_error(&exc::TypeError, "%s.__new__(%s) is not safe, use %s.__new__()", type->name, subtype->name,
                        staticbase->name);
  }
  Object* rest = tuple_get_slice(args, 1, tuple_size(args));
  if (!rest) return nullptr;
  Object* res = type->new_(subtype, rest, kwds);
  decref(rest);
  return res;
}

MethodDef tp_new_methoddef{
    "__new__", tp_new_wrapper,
    "__new__($type, *args, **kwargs)\n--\n\nCreate and return a new object.  See help(type) for accurate signature."};

}  // namespace

Object* tp_new_wrapper_make(Type* type) { return builtin_function_new(&tp_new_methoddef, type, nullptr); }

// ---- installing slots ------------------------------------------------------------------------

void** slot_pointer(Type* t, const SlotDef& def) {
  char* base;
  switch (def.table) {
    case SlotTable::kType: base = reinterpret_cast<char*>(static_cast<TypeSlots*>(t)); break;
    case SlotTable::kNumber: base = reinterpret_cast<char*>(t->as_number); break;
    case SlotTable::kSequence: base = reinterpret_cast<char*>(t->as_sequence); break;
    case SlotTable::kMapping: base = reinterpret_cast<char*>(t->as_mapping); break;
    default: base = reinterpret_cast<char*>(t->as_async); break;
  }
  if (!base) return nullptr;
  return reinterpret_cast<void**>(base + def.offset);
}

int slots_init() {
  for (SlotDef* p = slotdefs; p->name; ++p) {
    p->name_str = str_intern_cstr(p->name);
    if (!p->name_str) return -1;
  }
  return 0;
}

bool is_slot_name(Object* name) {
  for (SlotDef* p = slotdefs; p->name; ++p)
    if (p->name_str == name) return true;
  return false;
}

const char* slot_doc_text(const SlotDef* def) {
  const char* marker = std::strstr(def->doc, "\n--\n\n");
  return marker ? marker + 5 : def->doc;
}

int add_slot_wrappers(Type* t) {
  for (SlotDef* p = slotdefs; p->name; ++p) {
    if (!p->wrapper) continue;
    void** ptr = slot_pointer(t, *p);
    if (!ptr || !*ptr) continue;
    int r = dict_contains(t->dict, p->name_str);
    if (r < 0) return -1;
    if (r > 0) continue;
    if (*ptr == reinterpret_cast<void*>(hash_not_implemented)) {
      if (dict_set_item(t->dict, p->name_str, None) < 0) return -1;
    } else {
      Object* descr = wrapper_descr_new(t, p, *ptr);
      if (!descr) return -1;
      int status = dict_set_item(t->dict, p->name_str, descr);
      decref(descr);
      if (status < 0) return -1;
    }
  }
  return 0;
}

namespace {

// If exactly one slot that `name` maps to is filled in t, that slot.
void** resolve_slotdups(Type* t, Object* name) {
  void** res = nullptr;
  for (SlotDef* p = slotdefs; p->name; ++p) {
    if (p->name_str != name) continue;
    void** ptr = slot_pointer(t, *p);
    if (!ptr || !*ptr) continue;
    if (res) return nullptr;
    res = ptr;
  }
  return res;
}

// Decides the slot for the run of table entries starting at p that share
// one slot; returns the entry after the run.
SlotDef* update_one_slot(Type* type, SlotDef* p) {
  void** ptr = slot_pointer(type, *p);
  SlotDef* first = p;
  if (!ptr) {
    do {
      ++p;
    } while (p->name && same_slot(*p, *first));
    return p;
  }
  void* generic = nullptr;
  void* specific = nullptr;
  bool use_generic = false;
  do {
    // The uncached MRO walk: nothing is cached during class setup.
    Object* descr = nullptr;
    Object* mro = type->mro;
    for (ssize i = 0; mro && i < tuple_size(mro); ++i) {
      Type* base = static_cast<Type*>(tuple_item(mro, i));
      descr = dict_get_item(base->dict, p->name_str);
      if (descr) break;
      if (error_occurred()) clear_error();
    }
    if (!descr) {
      if (ptr == reinterpret_cast<void**>(&type->iternext)) specific = reinterpret_cast<void*>(next_not_implemented);
      continue;
    }
    if (is_wrapper_descr(descr) && static_cast<WrapperDescrObject*>(descr)->d_base->name_str == p->name_str) {
      void** tptr = resolve_slotdups(type, p->name_str);
      if (!tptr || tptr == ptr) generic = p->function;
      WrapperDescrObject* d = static_cast<WrapperDescrObject*>(descr);
      if ((!specific || specific == d->d_wrapped) && d->d_base->wrapper == p->wrapper &&
          is_subtype(type, d->d_type)) {
        specific = d->d_wrapped;
      } else {
        use_generic = true;
      }
    } else if (is_builtin_function(descr) &&
               static_cast<BuiltinFunctionObject*>(descr)->method == &tp_new_methoddef &&
               ptr == reinterpret_cast<void**>(&type->new_)) {
      // A built-in __new__ found through the MRO: call it directly.
      specific = reinterpret_cast<void*>(type->new_);
    } else if (descr == None && ptr == reinterpret_cast<void**>(&type->hash)) {
      // __hash__ = None: unhashable.
      specific = reinterpret_cast<void*>(hash_not_implemented);
    } else {
      use_generic = true;
      generic = p->function;
      if (p->function == reinterpret_cast<void*>(slot_tp_call)) {
        // A generic __call__ does not go through vectorcall.
        type->flags &= ~tpflags::kHaveVectorcall;
      }
    }
  } while ((++p)->name && same_slot(*p, *first));
  if (specific && !use_generic) *ptr = specific;
  else *ptr = generic;
  return p;
}

void update_slots_for(Type* type, SlotDef* const* group_starts, int n) {
  for (int i = 0; i < n; ++i) update_one_slot(type, group_starts[i]);
}

void update_subclasses(Type* type, Object* name, SlotDef* const* starts, int n) {
  update_slots_for(type, starts, n);
  for (ssize i = 0; i < type->num_subclasses; ++i) {
    Type* sub = type->subclasses[i];
    // A subclass defining the name itself is not affected.
    if (sub->dict) {
      int r = dict_contains(sub->dict, name);
      if (r < 0) clear_error();
      if (r > 0) continue;
    }
    update_subclasses(sub, name, starts, n);
  }
}

}  // namespace

void fixup_slot_dispatchers(Type* type) {
  for (SlotDef* p = slotdefs; p->name;) p = update_one_slot(type, p);
}

int update_slot(Type* type, Object* name) {
  SlotDef* starts[16];
  int n = 0;
  for (SlotDef* p = slotdefs; p->name; ++p) {
    if (p->name_str != name) continue;
    // Back up to the first entry of the slot's group.
    SlotDef* q = p;
    while (q > slotdefs && same_slot(*(q - 1), *p)) --q;
    starts[n++] = q;
  }
  if (n == 0) return 0;
  update_subclasses(type, name, starts, n);
  return 0;
}

}  // namespace glasspy
