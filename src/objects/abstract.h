// The generic protocols the VM calls: operators, comparison, truth, hashing,
// containers, iteration, attributes, conversion.  Each works on any object
// by dispatching through type slots with CPython's rules:
//
//  - Binary operators try the left operand's slot, then the right's; the
//    right operand goes first when its type is a proper subclass of the
//    left's and overrides the slot.  A slot returning NotImplemented passes;
//    when both pass: TypeError "unsupported operand type(s) for +: 'int' and
//    'str'".  In-place operators try the in-place slot of the left operand
//    first.  Sequence concatenation/repetition are the fallback for + and *.
//  - Rich comparison likewise tries the reflected operation first for a
//    subclass; == and != fall back to identity; the others raise TypeError
//    "'<' not supported between instances of 'int' and 'str'".
//
// All functions return new references (or -1/0/1 ints), null/-1 on error.
#pragma once

#include "objects/object.h"

namespace glasspy {

// ---- numbers ------------------------------------------------------------------
Object* number_add(Object* a, Object* b);
Object* number_subtract(Object* a, Object* b);
Object* number_multiply(Object* a, Object* b);
Object* number_matrix_multiply(Object* a, Object* b);
Object* number_floor_divide(Object* a, Object* b);
Object* number_true_divide(Object* a, Object* b);
Object* number_remainder(Object* a, Object* b);
Object* number_divmod(Object* a, Object* b);
Object* number_power(Object* a, Object* b, Object* mod);  // mod None for a ** b
Object* number_lshift(Object* a, Object* b);
Object* number_rshift(Object* a, Object* b);
Object* number_and(Object* a, Object* b);
Object* number_xor(Object* a, Object* b);
Object* number_or(Object* a, Object* b);

Object* number_inplace_add(Object* a, Object* b);
Object* number_inplace_subtract(Object* a, Object* b);
Object* number_inplace_multiply(Object* a, Object* b);
Object* number_inplace_matrix_multiply(Object* a, Object* b);
Object* number_inplace_floor_divide(Object* a, Object* b);
Object* number_inplace_true_divide(Object* a, Object* b);
Object* number_inplace_remainder(Object* a, Object* b);
Object* number_inplace_power(Object* a, Object* b, Object* mod);
Object* number_inplace_lshift(Object* a, Object* b);
Object* number_inplace_rshift(Object* a, Object* b);
Object* number_inplace_and(Object* a, Object* b);
Object* number_inplace_xor(Object* a, Object* b);
Object* number_inplace_or(Object* a, Object* b);

Object* number_negative(Object* a);
Object* number_positive(Object* a);
Object* number_absolute(Object* a);
Object* number_invert(Object* a);

// The binary operators the BINARY_OP instruction numbers (CPython's NB_*).
enum class BinaryOp : int {
  kAdd = 0, kAnd = 1, kFloorDivide = 2, kLshift = 3, kMatrixMultiply = 4, kMultiply = 5,
  kRemainder = 6, kOr = 7, kPower = 8, kRshift = 9, kSubtract = 10, kTrueDivide = 11,
  kXor = 12, kInplaceAdd = 13, kInplaceAnd = 14, kInplaceFloorDivide = 15,
  kInplaceLshift = 16, kInplaceMatrixMultiply = 17, kInplaceMultiply = 18,
  kInplaceRemainder = 19, kInplaceOr = 20, kInplacePower = 21, kInplaceRshift = 22,
  kInplaceSubtract = 23, kInplaceTrueDivide = 24, kInplaceXor = 25,
};
Object* binary_op(BinaryOp op, Object* a, Object* b);

// operator.index(o): an exact int (new reference) or TypeError "'str' object
// cannot be interpreted as an integer".
Object* number_index(Object* o);
// PyNumber_AsSsize_t: index(o) as ssize; on overflow raises `overflow_exc`
// ("cannot fit 'int' into an index-sized integer") or clamps when null.
ssize number_as_ssize(Object* o, Type* overflow_exc);
// int(o) (PyNumber_Long: __int__, __index__, __trunc__, str/bytes parsing).
Object* number_long(Object* o);
// float(o) (PyNumber_Float).
Object* number_float(Object* o);
bool has_index(Object* o);

// ---- comparison, truth, hash -----------------------------------------------------
Object* rich_compare(Object* a, Object* b, int op);
// 1 / 0 / -1; identity implies equality for kEQ/kNE (PyObject_RichCompareBool).
int rich_compare_bool(Object* a, Object* b, int op);
// 1 / 0 / -1.
int object_is_true(Object* o);
int object_not(Object* o);
// -1 with TypeError "unhashable type: 'list'".
hash_t object_hash(Object* o);

// ---- repr and str -------------------------------------------------------------
Object* object_repr(Object* o);
Object* object_str(Object* o);
Object* object_ascii(Object* o);
// format(o, spec) (spec a str or null).
Object* object_format(Object* o, Object* spec);

// ---- attributes ------------------------------------------------------------------
Object* get_attr(Object* o, Object* name);
Object* get_attr_cstr(Object* o, const char* name);
// _PyObject_LookupAttr: 1 with *result (new reference), 0 if AttributeError
// (cleared), -1 on another error.
int lookup_attr(Object* o, Object* name, Object** result);
int set_attr(Object* o, Object* name, Object* value);
int set_attr_cstr(Object* o, const char* name, Object* value);
int del_attr(Object* o, Object* name);
// 1 / 0 / -1.
int has_attr(Object* o, Object* name);
// _PyObject_GetMethod: *method gets the function (unbound) and the result is
// 1 when the caller must pass `o` as first argument, or the bound attribute
// and 0.  null *method on error.
int get_method(Object* o, Object* name, Object** method);

// ---- containers ------------------------------------------------------------------
// True if the type has a length slot (sq_length or mp_length).
bool has_len_slot(Object* o);
// len(o): -1 with TypeError "object of type 'int' has no len()".
ssize object_length(Object* o);
// operator.length_hint.
ssize object_length_hint(Object* o, ssize default_value);
Object* get_item(Object* o, Object* key);
int set_item(Object* o, Object* key, Object* value);
int del_item(Object* o, Object* key);
// o[i] for sequences with an integer index.
Object* sequence_get_item(Object* o, ssize i);
// `item in container`: 1 / 0 / -1.
int sequence_contains(Object* container, Object* item);
// The fallback `in`: iterate and compare.
int sequence_contains_by_iteration(Object* container, Object* item);
Object* sequence_tuple(Object* o);
Object* sequence_list(Object* o);
// Sequence counting/index by iteration (operator.countOf / indexOf).
ssize sequence_count(Object* seq, Object* item);
bool is_sequence(Object* o);
bool is_mapping(Object* o);
// The items of a mapping as a list of pairs (PyMapping_Items).
Object* mapping_items(Object* o);
Object* mapping_keys(Object* o);

// ---- iteration -------------------------------------------------------------------
// iter(o): TypeError "'int' object is not iterable".
Object* get_iter(Object* o);
// next(it): the next item; null at the end with *no* error set, or null with
// an error.  StopIteration raised by __next__ is cleared (end).
Object* iter_next(Object* it);
bool is_iterator(Object* o);

// ---- types ----------------------------------------------------------------------
// isinstance / issubclass, with __instancecheck__ / __subclasscheck__ and
// tuples: 1 / 0 / -1.
int object_isinstance(Object* inst, Object* cls);
int object_issubclass(Object* derived, Object* cls);
// The plain checks (type.__instancecheck__ / __subclasscheck__).
int object_real_isinstance(Object* inst, Object* cls);
int object_real_issubclass(Object* derived, Object* cls);

// dir(o)'s underlying list (object.__dir__ / type.__dir__).
Object* object_dir(Object* o);

}  // namespace glasspy
