// Weak references and proxies (see weakref.h for the list invariants).
//
// A proxy forwards every operation to its referent: each slot unwraps the
// proxies among its operands (ReferenceError once a referent is dead), holds
// a count of the referents while the operation runs (it may run code that
// drops the last strong reference), and applies the generic operation.
#include "objects/weakref.h"

#include <utility>
#include <vector>

#include "objects/abstract.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/genericalias.h"
#include "objects/known_strings.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace glasspy {

namespace {

WeakRefObject* as_wr(Object* o) { return static_cast<WeakRefObject*>(o); }

// ---- the per-object list ------------------------------------------------------

// The basic reference and basic proxy at the front of a list (null when
// absent).  Only an exact weakref.ref counts as the basic reference: a
// subclass instance without callback is an ordinary entry.
void find_basic_refs(WeakRefObject* head, WeakRefObject** ref, WeakRefObject** proxy) {
  *ref = nullptr;
  *proxy = nullptr;
  if (!head || head->wr_callback) return;
  if (head->type == &WeakRefType) {
    *ref = head;
    head = head->wr_next;
  }
  if (head && !head->wr_callback && is_weakref_proxy(head)) *proxy = head;
}

void insert_head(WeakRefObject* wr, WeakRefObject** list) {
  WeakRefObject* next = *list;
  wr->wr_prev = nullptr;
  wr->wr_next = next;
  if (next) next->wr_prev = wr;
  *list = wr;
}

void insert_after(WeakRefObject* wr, WeakRefObject* prev) {
  wr->wr_prev = prev;
  wr->wr_next = prev->wr_next;
  if (prev->wr_next) prev->wr_next->wr_prev = wr;
  prev->wr_next = wr;
}

// Puts a new reference in its place: after the basic ones (the newest of
// the others comes first).
void insert_ordinary(WeakRefObject* wr, WeakRefObject** list) {
  WeakRefObject *ref, *proxy;
  find_basic_refs(*list, &ref, &proxy);
  WeakRefObject* prev = proxy ? proxy : ref;
  if (prev) insert_after(wr, prev);
  else insert_head(wr, list);
}

// Unlinks wr from its referent's list and marks it dead (callback kept).
void unlink_weakref(WeakRefObject* wr) {
  if (!wr->wr_object) return;
  WeakRefObject** list = weakref_list_slot(wr->wr_object);
  if (*list == wr) *list = wr->wr_next;
  if (wr->wr_prev) wr->wr_prev->wr_next = wr->wr_next;
  if (wr->wr_next) wr->wr_next->wr_prev = wr->wr_prev;
  wr->wr_prev = nullptr;
  wr->wr_next = nullptr;
  wr->wr_object = nullptr;
}

// Unlinks wr and drops its callback.
void clear_weakref(WeakRefObject* wr) {
  unlink_weakref(wr);
  clear_ref(wr->wr_callback);
}

Object* weakref_vectorcall(Object* self, Object* const* args, size_t nargsf, Object* kwnames);

// A new, unlinked reference of `type` to ob (type_generic_alloc tracks it).
WeakRefObject* allocate_weakref(Type* type, Object* ob, Object* callback) {
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  WeakRefObject* wr = as_wr(o);
  wr->wr_object = ob;
  wr->wr_callback = xnewref(callback);
  wr->hash = -1;
  wr->wr_prev = nullptr;
  wr->wr_next = nullptr;
  wr->vectorcall = weakref_vectorcall;
  return wr;
}

Object* cannot_weakref(Object* ob) {
  return format_error(&exc::TypeError, "cannot create weak reference to '%s' object", ob->type->name);
}

// weakref.ref.__new__ for `type` (ReferenceType or a subclass).
Object* new_reference_of_type(Type* type, Object* ob, Object* callback) {
  if (!type_supports_weakrefs(ob->type)) return cannot_weakref(ob);
  if (callback == None) callback = nullptr;
  WeakRefObject** list = weakref_list_slot(ob);
  const bool basic = !callback && type == &WeakRefType;
  WeakRefObject *ref, *proxy;
  if (basic) {
    find_basic_refs(*list, &ref, &proxy);
    if (ref) return newref(ref);
  }
  WeakRefObject* wr = allocate_weakref(type, ob, callback);
  if (!wr) return nullptr;
  if (basic) {
    // Allocating may have run code (the collector) that made one meanwhile.
    find_basic_refs(*list, &ref, &proxy);
    if (ref) {
      decref(wr);
      return newref(ref);
    }
    insert_head(wr, list);
  } else {
    insert_ordinary(wr, list);
  }
  return wr;
}

// ---- weakref.ReferenceType ------------------------------------------------------

void weakref_dealloc(Object* self) {
  gc_untrack(self);
  clear_weakref(as_wr(self));
  free_object(self);
}

int weakref_traverse(Object* self, visitproc visit, void* arg) {
  GLASSPY_VISIT(as_wr(self)->wr_callback);
  return 0;
}

int weakref_tp_clear(Object* self) {
  clear_weakref(as_wr(self));
  return 0;
}

Object* weakref_vectorcall(Object* self, Object* const* args, size_t nargsf, Object* kwnames) {
  if (!check_no_kwnames("weakref", kwnames)) return nullptr;
  if (!check_positional("weakref", vectorcall_nargs(nargsf), 0, 0)) return nullptr;
  Object* obj = weakref_get(self);
  return newref(obj ? obj : None);
}

hash_t weakref_hash(Object* self) {
  WeakRefObject* wr = as_wr(self);
  if (wr->hash != -1) return wr->hash;
  if (!wr->wr_object) {
    set_error(&exc::TypeError, "weak object has gone away");
    return -1;
  }
  ObjRef obj = ObjRef::borrow(wr->wr_object);
  wr->hash = object_hash(obj.get());
  return wr->hash;
}

Object* weakref_repr(Object* self) {
  Object* referent = weakref_get(self);
  if (!referent) return str_from_format("<weakref at %p; dead>", self);
  ObjRef obj = ObjRef::borrow(referent);
  Object* name;
  if (lookup_attr(obj.get(), ID(dunder_name), &name) < 0) return nullptr;
  Object* r;
  if (!name || !is_str(name)) {
    r = str_from_format("<weakref at %p; to '%s' at %p>", self, obj->type->name, obj.get());
  } else {
    r = str_from_format("<weakref at %p; to '%s' at %p (%U)>", self, obj->type->name, obj.get(), name);
  }
  xdecref(name);
  return r;
}

// == and != compare the referents while both are alive, else identity.
Object* weakref_richcompare(Object* self, Object* other, int op) {
  if ((op != kEQ && op != kNE) || !is_weakref(self) || !is_weakref(other)) return newref(NotImplemented);
  Object* a = weakref_get(self);
  Object* b = weakref_get(other);
  if (!a || !b) {
    bool same = self == other;
    return bool_from(op == kEQ ? same : !same);
  }
  ObjRef hold_a = ObjRef::borrow(a);
  ObjRef hold_b = ObjRef::borrow(b);
  return rich_compare(a, b, op);
}

// ref(object[, callback]): extra keyword arguments are left to __init__,
// so a subclass may accept its own.
Object* weakref_tp_new(Type* type, Object* args, Object* kwds) {
  ssize nargs = tuple_size(args);
  if (!check_positional("__new__", nargs, 1, 2)) return nullptr;
  return new_reference_of_type(type, tuple_item(args, 0), nargs > 1 ? tuple_item(args, 1) : nullptr);
}

int weakref_tp_init(Object* self, Object* args, Object* kwds) {
  if (!check_no_kwargs("ref", kwds)) return -1;
  if (!check_positional("__init__", tuple_size(args), 1, 2)) return -1;
  return 0;
}

MemberDef weakref_members[] = {
    {"__callback__", MemberType::kObject, offsetof(WeakRefObject, wr_callback), true},
    {},
};

MethodDef weakref_methods[] = {
    MethodDef("__class_getitem__", static_cast<OneArgMethod>(generic_alias_new), "See PEP 585", Binding::kClass),
    {},
};

// ---- proxies ------------------------------------------------------------------------

Object* dead_referent() {
  set_error(&exc::ReferenceError, "weakly-referenced object no longer exists");
  return nullptr;
}

// The referent of a live proxy (new reference), or null + ReferenceError.
Object* proxy_referent(Object* proxy) {
  Object* obj = weakref_get(proxy);
  return obj ? newref(obj) : dead_referent();
}

// An operand as the generic operation should see it: a proxy's referent, or
// any other object itself (new reference; null + ReferenceError).
Object* unwrap(Object* o) { return is_weakref_proxy(o) ? proxy_referent(o) : newref(o); }

#define PROXY_UNARY(NAME, GENERIC)               \
  Object* NAME(Object* proxy) {                  \
    ObjRef obj = ObjRef::steal(unwrap(proxy));   \
    if (!obj) return nullptr;                    \
    return GENERIC(obj.get());                   \
  }

#define PROXY_BINARY(NAME, GENERIC)              \
  Object* NAME(Object* a, Object* b) {           \
    ObjRef x = ObjRef::steal(unwrap(a));         \
    if (!x) return nullptr;                      \
    ObjRef y = ObjRef::steal(unwrap(b));         \
    if (!y) return nullptr;                      \
    return GENERIC(x.get(), y.get());            \
  }

#define PROXY_TERNARY(NAME, GENERIC)             \
  Object* NAME(Object* a, Object* b, Object* c) { \
    ObjRef x = ObjRef::steal(unwrap(a));         \
    if (!x) return nullptr;                      \
    ObjRef y = ObjRef::steal(unwrap(b));         \
    if (!y) return nullptr;                      \
    ObjRef z = ObjRef::steal(unwrap(c));         \
    if (!z) return nullptr;                      \
    return GENERIC(x.get(), y.get(), z.get());   \
  }

PROXY_BINARY(proxy_add, number_add)
PROXY_BINARY(proxy_sub, number_subtract)
PROXY_BINARY(proxy_mul, number_multiply)
PROXY_BINARY(proxy_mod, number_remainder)
PROXY_BINARY(proxy_divmod, number_divmod)
PROXY_TERNARY(proxy_pow, number_power)
PROXY_UNARY(proxy_neg, number_negative)
PROXY_UNARY(proxy_pos, number_positive)
PROXY_UNARY(proxy_abs, number_absolute)
PROXY_UNARY(proxy_invert, number_invert)
PROXY_BINARY(proxy_lshift, number_lshift)
PROXY_BINARY(proxy_rshift, number_rshift)
PROXY_BINARY(proxy_and, number_and)
PROXY_BINARY(proxy_xor, number_xor)
PROXY_BINARY(proxy_or, number_or)
PROXY_UNARY(proxy_int, number_long)
PROXY_UNARY(proxy_float, number_float)
PROXY_BINARY(proxy_iadd, number_inplace_add)
PROXY_BINARY(proxy_isub, number_inplace_subtract)
PROXY_BINARY(proxy_imul, number_inplace_multiply)
PROXY_BINARY(proxy_imod, number_inplace_remainder)
PROXY_TERNARY(proxy_ipow, number_inplace_power)
PROXY_BINARY(proxy_ilshift, number_inplace_lshift)
PROXY_BINARY(proxy_irshift, number_inplace_rshift)
PROXY_BINARY(proxy_iand, number_inplace_and)
PROXY_BINARY(proxy_ixor, number_inplace_xor)
PROXY_BINARY(proxy_ior, number_inplace_or)
PROXY_BINARY(proxy_floordiv, number_floor_divide)
PROXY_BINARY(proxy_truediv, number_true_divide)
PROXY_BINARY(proxy_ifloordiv, number_inplace_floor_divide)
PROXY_BINARY(proxy_itruediv, number_inplace_true_divide)
PROXY_UNARY(proxy_index, number_index)
PROXY_BINARY(proxy_matmul, number_matrix_multiply)
PROXY_BINARY(proxy_imatmul, number_inplace_matrix_multiply)
PROXY_UNARY(proxy_str, object_str)
PROXY_UNARY(proxy_iter, get_iter)
PROXY_BINARY(proxy_getitem, get_item)

#undef PROXY_UNARY
#undef PROXY_BINARY
#undef PROXY_TERNARY

int proxy_bool(Object* proxy) {
  ObjRef obj = ObjRef::steal(proxy_referent(proxy));
  if (!obj) return -1;
  return object_is_true(obj.get());
}

ssize proxy_length(Object* proxy) {
  ObjRef obj = ObjRef::steal(proxy_referent(proxy));
  if (!obj) return -1;
  return object_length(obj.get());
}

int proxy_setitem(Object* proxy, Object* key, Object* value) {
  ObjRef obj = ObjRef::steal(proxy_referent(proxy));
  if (!obj) return -1;
  return value ? set_item(obj.get(), key, value) : del_item(obj.get(), key);
}

// `x in proxy`: only the container is unwrapped.
int proxy_contains(Object* proxy, Object* value) {
  ObjRef obj = ObjRef::steal(proxy_referent(proxy));
  if (!obj) return -1;
  return sequence_contains(obj.get(), value);
}

Object* proxy_getattr(Object* proxy, Object* name) {
  ObjRef obj = ObjRef::steal(proxy_referent(proxy));
  if (!obj) return nullptr;
  return get_attr(obj.get(), name);
}

int proxy_setattr(Object* proxy, Object* name, Object* value) {
  ObjRef obj = ObjRef::steal(proxy_referent(proxy));
  if (!obj) return -1;
  return set_attr(obj.get(), name, value);
}

Object* proxy_richcompare(Object* a, Object* b, int op) {
  ObjRef x = ObjRef::steal(unwrap(a));
  if (!x) return nullptr;
  ObjRef y = ObjRef::steal(unwrap(b));
  if (!y) return nullptr;
  return rich_compare(x.get(), y.get(), op);
}

Object* proxy_iternext(Object* proxy) {
  ObjRef obj = ObjRef::steal(proxy_referent(proxy));
  if (!obj) return nullptr;
  if (!is_iterator(obj.get()))
    return format_error(&exc::TypeError, "Weakref proxy referenced a non-iterator '%.200s' object",
                        obj->type->name);
  return iter_next(obj.get());
}

Object* proxy_call(Object* proxy, Object* args, Object* kwargs) {
  ObjRef obj = ObjRef::steal(proxy_referent(proxy));
  if (!obj) return nullptr;
  return call(obj.get(), args, kwargs);
}

// A dead proxy still has a repr: it shows the None it now stands for.
Object* proxy_repr(Object* proxy) {
  Object* obj = weakref_get(proxy);
  if (!obj) obj = None;
  return str_from_format("<weakproxy at %p to %s at %p>", proxy, obj->type->name, obj);
}

Object* proxy_bytes(Object* proxy) {
  ObjRef obj = ObjRef::steal(proxy_referent(proxy));
  if (!obj) return nullptr;
  return call_method(obj.get(), ID(dunder_bytes));
}

Object* proxy_reversed(Object* proxy) {
  ObjRef obj = ObjRef::steal(proxy_referent(proxy));
  if (!obj) return nullptr;
  return call_method(obj.get(), ID(dunder_reversed));
}

NumberMethods proxy_as_number = {
    .nb_add = proxy_add,
    .nb_subtract = proxy_sub,
    .nb_multiply = proxy_mul,
    .nb_remainder = proxy_mod,
    .nb_divmod = proxy_divmod,
    .nb_power = proxy_pow,
    .nb_negative = proxy_neg,
    .nb_positive = proxy_pos,
    .nb_absolute = proxy_abs,
    .nb_bool = proxy_bool,
    .nb_invert = proxy_invert,
    .nb_lshift = proxy_lshift,
    .nb_rshift = proxy_rshift,
    .nb_and = proxy_and,
    .nb_xor = proxy_xor,
    .nb_or = proxy_or,
    .nb_int = proxy_int,
    .nb_float = proxy_float,
    .nb_inplace_add = proxy_iadd,
    .nb_inplace_subtract = proxy_isub,
    .nb_inplace_multiply = proxy_imul,
    .nb_inplace_remainder = proxy_imod,
    .nb_inplace_power = proxy_ipow,
    .nb_inplace_lshift = proxy_ilshift,
    .nb_inplace_rshift = proxy_irshift,
    .nb_inplace_and = proxy_iand,
    .nb_inplace_xor = proxy_ixor,
    .nb_inplace_or = proxy_ior,
    .nb_floor_divide = proxy_floordiv,
    .nb_true_divide = proxy_truediv,
    .nb_inplace_floor_divide = proxy_ifloordiv,
    .nb_inplace_true_divide = proxy_itruediv,
    .nb_index = proxy_index,
    .nb_matrix_multiply = proxy_matmul,
    .nb_inplace_matrix_multiply = proxy_imatmul,
};

SequenceMethods proxy_as_sequence = {
    .sq_contains = proxy_contains,
};

MappingMethods proxy_as_mapping = {
    .mp_length = proxy_length,
    .mp_subscript = proxy_getitem,
    .mp_ass_subscript = proxy_setitem,
};

MethodDef proxy_methods[] = {
    MethodDef("__bytes__", static_cast<NoArgsMethod>(proxy_bytes)),
    MethodDef("__reversed__", static_cast<NoArgsMethod>(proxy_reversed)),
    {},
};

}  // namespace

// ---- the interface --------------------------------------------------------------

Object* weakref_new(Object* ob, Object* callback) { return new_reference_of_type(&WeakRefType, ob, callback); }

Object* weakproxy_new(Object* ob, Object* callback) {
  if (!type_supports_weakrefs(ob->type)) return cannot_weakref(ob);
  if (callback == None) callback = nullptr;
  WeakRefObject** list = weakref_list_slot(ob);
  WeakRefObject *ref, *proxy;
  find_basic_refs(*list, &ref, &proxy);
  if (!callback && proxy) return newref(proxy);
  Type* type = is_callable(ob) ? &WeakCallableProxyType : &WeakProxyType;
  WeakRefObject* wr = allocate_weakref(type, ob, callback);
  if (!wr) return nullptr;
  find_basic_refs(*list, &ref, &proxy);
  if (!callback) {
    // Allocating may have run code (the collector) that made one meanwhile.
    if (proxy) {
      decref(wr);
      return newref(proxy);
    }
    if (ref) insert_after(wr, ref);
    else insert_head(wr, list);
  } else {
    insert_ordinary(wr, list);
  }
  return wr;
}

ssize weakref_count(Object* o) {
  WeakRefObject** list = weakref_list_slot(o);
  if (!list) return 0;
  ssize n = 0;
  for (WeakRefObject* wr = *list; wr; wr = wr->wr_next) ++n;
  return n;
}

void weakref_clear_ref(WeakRefObject* wr) { unlink_weakref(wr); }

void clear_weakrefs_no_callbacks(Object* o) {
  WeakRefObject** list = weakref_list_slot(o);
  if (!list) return;
  while (*list) unlink_weakref(*list);
}

void weakref_call_callback(WeakRefObject* wr, Object* callback) {
  Object* r = call_function(callback, static_cast<Object*>(wr));
  if (r) decref(r);
  else write_unraisable(callback);
}

void clear_weakrefs(Object* o) {
  WeakRefObject** list = weakref_list_slot(o);
  if (!list) return;
  // The basic reference and proxy have no callback: clearing is all.
  for (int i = 0; i < 2 && *list && !(*list)->wr_callback; ++i) clear_weakref(*list);
  if (!*list) return;
  Object* saved = fetch_error();
  if (!(*list)->wr_next) {
    WeakRefObject* wr = *list;
    Object* callback = std::exchange(wr->wr_callback, nullptr);
    clear_weakref(wr);
    if (callback) {
      // A reference being deallocated (count zero) gets no call.
      if (wr->refcnt > 0) weakref_call_callback(wr, callback);
      decref(callback);
    }
  } else {
    // Every reference is dead before the first callback runs; references and
    // callbacks are held until the last callback has returned.
    std::vector<std::pair<WeakRefObject*, Object*>> pending;
    while (WeakRefObject* wr = *list) {
      Object* callback = std::exchange(wr->wr_callback, nullptr);
      if (wr->refcnt > 0) {
        incref(wr);
        pending.emplace_back(wr, callback);
      } else {
        xdecref(callback);
      }
      clear_weakref(wr);
    }
    for (auto& [wr, callback] : pending) {
      if (callback) weakref_call_callback(wr, callback);
    }
    for (auto& [wr, callback] : pending) {
      decref(wr);
      xdecref(callback);
    }
  }
  restore_error(saved);
}

Type WeakRefType{{
    .name = "weakref.ReferenceType",
    .basicsize = sizeof(WeakRefObject),
    .dealloc = weakref_dealloc,
    .vectorcall_offset = offsetof(WeakRefObject, vectorcall),
    .repr = weakref_repr,
    .hash = weakref_hash,
    .call = vectorcall_with_tuple,
    .flags = tpflags::kHaveGC | tpflags::kBaseType | tpflags::kHaveVectorcall,
    .traverse = weakref_traverse,
    .clear = weakref_tp_clear,
    .richcompare = weakref_richcompare,
    .methods = weakref_methods,
    .members = weakref_members,
    .init = weakref_tp_init,
    .new_ = weakref_tp_new,
}};

Type WeakProxyType{{
    .name = "weakref.ProxyType",
    .basicsize = sizeof(WeakRefObject),
    .dealloc = weakref_dealloc,
    .repr = proxy_repr,
    .as_number = &proxy_as_number,
    .as_sequence = &proxy_as_sequence,
    .as_mapping = &proxy_as_mapping,
    .str = proxy_str,
    .getattro = proxy_getattr,
    .setattro = proxy_setattr,
    .flags = tpflags::kHaveGC,
    .traverse = weakref_traverse,
    .clear = weakref_tp_clear,
    .richcompare = proxy_richcompare,
    .iter = proxy_iter,
    .iternext = proxy_iternext,
    .methods = proxy_methods,
}};

Type WeakCallableProxyType{{
    .name = "weakref.CallableProxyType",
    .basicsize = sizeof(WeakRefObject),
    .dealloc = weakref_dealloc,
    .repr = proxy_repr,
    .as_number = &proxy_as_number,
    .as_sequence = &proxy_as_sequence,
    .as_mapping = &proxy_as_mapping,
    .call = proxy_call,
    .str = proxy_str,
    .getattro = proxy_getattr,
    .setattro = proxy_setattr,
    .flags = tpflags::kHaveGC,
    .traverse = weakref_traverse,
    .clear = weakref_tp_clear,
    .richcompare = proxy_richcompare,
    .iter = proxy_iter,
    .iternext = proxy_iternext,
}};

}  // namespace glasspy
