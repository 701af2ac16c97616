// `memoryview` (see memoryview.h).
#include "objects/memoryview.h"

#include "objects/abstract.h"
#include "objects/bytearray.h"
#include "objects/bytes.h"
#include "objects/bytes_methods.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/hash.h"
#include "objects/int.h"
#include "objects/iterobject.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/weakref.h"

namespace glasspy {

namespace {

Object* released_error() {
  set_error(&exc::ValueError, "operation forbidden on released memoryview object");
  return nullptr;
}

// Checks the view is live; false + ValueError otherwise.
bool check_live(MemoryViewObject* v) {
  if (v->obj) return true;
  released_error();
  return false;
}

unsigned char* exporter_data(Object* obj) {
  return reinterpret_cast<unsigned char*>(is_bytearray(obj) ? bytearray_data(obj) : bytes_data(obj));
}

unsigned char* item_pointer(MemoryViewObject* v, ssize i) { return exporter_data(v->obj) + v->start + i * v->step; }

bool is_contiguous(MemoryViewObject* v) { return v->step == 1 || v->length <= 1; }

// A new view of obj's items [start, start + length*step).
Object* make_view(Object* obj, ssize start, ssize length, ssize step, bool readonly) {
  Object* o = allocate_object(&MemoryViewType, sizeof(MemoryViewObject));
  if (!o) return nullptr;
  MemoryViewObject* v = as_memoryview(o);
  v->obj = newref(obj);
  if (is_bytearray(obj)) ++as_bytearray(obj)->exports;
  v->start = start;
  v->length = length;
  v->step = step;
  v->readonly = readonly;
  v->hash = -1;
  v->weaklist = nullptr;
  return o;
}

void release_view(MemoryViewObject* v) {
  Object* obj = v->obj;
  if (!obj) return;
  v->obj = nullptr;
  if (is_bytearray(obj)) --as_bytearray(obj)->exports;
  decref(obj);
}

void memoryview_dealloc(Object* self) {
  clear_weakrefs_if_any(self);
  release_view(as_memoryview(self));
  free_object(self);
}

Object* memoryview_repr(Object* self) {
  if (!as_memoryview(self)->obj) return str_from_format("<released memory at %p>", self);
  return str_from_format("<memory at %p>", self);
}

ssize memoryview_length(Object* self) {
  MemoryViewObject* v = as_memoryview(self);
  if (!check_live(v)) return -1;
  return v->length;
}

Object* memoryview_item(Object* self, ssize i) {
  MemoryViewObject* v = as_memoryview(self);
  if (!check_live(v)) return nullptr;
  if (i < 0) i += v->length;
  if (i < 0 || i >= v->length) {
    set_error(&exc::IndexError, "index out of bounds on dimension 1");
    return nullptr;
  }
  return int_from_i64(*item_pointer(v, i));
}

Object* memoryview_subscript(Object* self, Object* key) {
  MemoryViewObject* v = as_memoryview(self);
  if (!check_live(v)) return nullptr;
  if (is_slice(key)) {
    ssize start, stop, step;
    if (slice_unpack(key, &start, &stop, &step) < 0) return nullptr;
    ssize n = slice_adjust_indices(v->length, &start, &stop, step);
    return make_view(v->obj, v->start + start * v->step, n, v->step * step, v->readonly);
  }
  if (has_index(key)) {
    ssize i = number_as_ssize(key, &exc::IndexError);
    if (i == -1 && error_occurred()) return nullptr;
    return memoryview_item(self, i);
  }
  set_error(&exc::TypeError, "memoryview: invalid slice key");
  return nullptr;
}

// One item's new value: an int in 0..255.
bool byte_of(Object* value, unsigned char* out) {
  if (!is_int(value) && !has_index(value)) {
    set_error(&exc::TypeError, "memoryview: invalid type for format 'B'");
    return false;
  }
  ssize x = number_as_ssize(value, nullptr);
  if (x == -1 && error_occurred()) {
    if (!error_matches(&exc::OverflowError)) return false;
    clear_error();
    x = -1;
  }
  if (x < 0 || x > 255) {
    set_error(&exc::ValueError, "memoryview: invalid value for format 'B'");
    return false;
  }
  *out = static_cast<unsigned char>(x);
  return true;
}

int memoryview_ass_subscript(Object* self, Object* key, Object* value) {
  MemoryViewObject* v = as_memoryview(self);
  if (!check_live(v)) return -1;
  if (v->readonly) {
    set_error(&exc::TypeError, "cannot modify read-only memory");
    return -1;
  }
  if (!value) {
    set_error(&exc::TypeError, "cannot delete memory");
    return -1;
  }
  if (is_slice(key)) {
    ssize start, stop, step;
    if (slice_unpack(key, &start, &stop, &step) < 0) return -1;
    ssize n = slice_adjust_indices(v->length, &start, &stop, step);
    std::string src;
    if (is_memoryview(value)) {
      if (!memoryview_copy_bytes(value, &src)) return -1;
    } else {
      std::string_view sv;
      if (!bytes_like_view(value, &sv)) return -1;
      src.assign(sv);
    }
    if (static_cast<ssize>(src.size()) != n) {
      set_error(&exc::ValueError, "memoryview assignment: lvalue and rvalue have different structures");
      return -1;
    }
    for (ssize k = 0; k < n; ++k) *item_pointer(v, start + k * step) = static_cast<unsigned char>(src[k]);
    return 0;
  }
  if (has_index(key)) {
    ssize i = number_as_ssize(key, &exc::IndexError);
    if (i == -1 && error_occurred()) return -1;
    if (i < 0) i += v->length;
    if (i < 0 || i >= v->length) {
      set_error(&exc::IndexError, "index out of bounds on dimension 1");
      return -1;
    }
    unsigned char b;
    if (!byte_of(value, &b)) return -1;
    *item_pointer(v, i) = b;
    return 0;
  }
  set_error(&exc::TypeError, "memoryview: invalid slice key");
  return -1;
}

hash_t memoryview_hash(Object* self) {
  MemoryViewObject* v = as_memoryview(self);
  if (v->hash != -1) return v->hash;
  if (!check_live(v)) return -1;
  if (!v->readonly) {
    set_error(&exc::ValueError, "cannot hash writable memoryview object");
    return -1;
  }
  std::string data;
  if (!memoryview_copy_bytes(self, &data)) return -1;
  v->hash = hash_bytes(data.data(), static_cast<ssize>(data.size()));
  return v->hash;
}

// == compares the items with another view or a bytes-like object; a
// released view equals only itself.
Object* memoryview_richcompare(Object* self, Object* other, int op) {
  if (op != kEQ && op != kNE) return newref(NotImplemented);
  bool equal;
  if (self == other) {
    equal = true;
  } else if (!as_memoryview(self)->obj || (is_memoryview(other) && !as_memoryview(other)->obj)) {
    equal = false;
  } else {
    std::string a, b;
    memoryview_copy_bytes(self, &a);
    if (is_memoryview(other)) {
      memoryview_copy_bytes(other, &b);
    } else if (is_bytes(other) || is_bytearray(other)) {
      b.assign(byteslike_view(other));
    } else {
      return newref(NotImplemented);
    }
    equal = a == b;
  }
  return bool_from(op == kEQ ? equal : !equal);
}

Object* memoryview_iter(Object* self) {
  if (!check_live(as_memoryview(self))) return nullptr;
  return seqiter_new(self);
}

Object* memoryview_tobytes(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  Object* order = nullptr;
  static const ArgParser parser{"tobytes", {"order"}, 0, 1};
  if (!parse_args(parser, args, nargs, kwnames, &order)) return nullptr;
  if (order && order != None) {
    if (!is_str(order)) {
      return format_error(&exc::TypeError, "tobytes() argument 'order' must be str or None, not %.50s",
                          order->type->name);
    }
    if (!str_equal_cstr(order, "C") && !str_equal_cstr(order, "F") && !str_equal_cstr(order, "A"))
      return format_error(&exc::ValueError, "order must be 'C', 'F' or 'A'");
  }
  std::string data;
  if (!memoryview_copy_bytes(self, &data)) return nullptr;
  return bytes_from_data(data.data(), static_cast<ssize>(data.size()));
}

Object* memoryview_tolist(Object* self) {
  MemoryViewObject* v = as_memoryview(self);
  if (!check_live(v)) return nullptr;
  Object* list = list_new(v->length);
  if (!list) return nullptr;
  for (ssize i = 0; i < v->length; ++i) {
    Object* item = int_from_i64(*item_pointer(v, i));
    if (!item) {
      decref(list);
      return nullptr;
    }
    as_list(list)->items[i] = item;
  }
  return list;
}

// hex() formats the items as bytes.hex does.
Object* memoryview_hex(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  std::string data;
  if (!memoryview_copy_bytes(self, &data)) return nullptr;
  Object* b = bytes_from_data(data.data(), static_cast<ssize>(data.size()));
  if (!b) return nullptr;
  Object* r = bytes_hex(b, args, nargs, kwnames);
  decref(b);
  return r;
}

Object* memoryview_toreadonly(Object* self) {
  MemoryViewObject* v = as_memoryview(self);
  if (!check_live(v)) return nullptr;
  return make_view(v->obj, v->start, v->length, v->step, true);
}

Object* memoryview_release(Object* self) {
  release_view(as_memoryview(self));
  return newref(None);
}

Object* memoryview_enter(Object* self) {
  if (!check_live(as_memoryview(self))) return nullptr;
  return newref(self);
}

Object* memoryview_exit(Object* self, Object* const*, ssize) { return memoryview_release(self); }

Object* memoryview_new(Type*, Object* args, Object* kwargs) {
  Object* object = nullptr;
  static const ArgParser parser{"memoryview", {"object"}, 1, 1};
  if (!parse_args_dict(parser, args, kwargs, &object)) return nullptr;
  return memoryview_from_object(object);
}

// ---- attributes ----

Object* live_exporter(Object* self) {
  MemoryViewObject* v = as_memoryview(self);
  return check_live(v) ? v->obj : nullptr;
}

Object* get_obj(Object* self, void*) {
  Object* obj = live_exporter(self);
  return obj ? newref(obj) : nullptr;
}
Object* get_nbytes(Object* self, void*) {
  return live_exporter(self) ? int_from_i64(as_memoryview(self)->length) : nullptr;
}
Object* get_readonly(Object* self, void*) {
  return live_exporter(self) ? bool_from(as_memoryview(self)->readonly) : nullptr;
}
Object* get_itemsize(Object* self, void*) { return live_exporter(self) ? int_from_i64(1) : nullptr; }
Object* get_format(Object* self, void*) { return live_exporter(self) ? str_from_cstr("B") : nullptr; }
Object* get_ndim(Object* self, void*) { return live_exporter(self) ? int_from_i64(1) : nullptr; }
Object* one_tuple(ssize n) {
  Object* x = int_from_i64(n);
  if (!x) return nullptr;
  Object* t = tuple_pack({x});
  decref(x);
  return t;
}
Object* get_shape(Object* self, void*) {
  return live_exporter(self) ? one_tuple(as_memoryview(self)->length) : nullptr;
}
Object* get_strides(Object* self, void*) {
  return live_exporter(self) ? one_tuple(as_memoryview(self)->step) : nullptr;
}
Object* get_suboffsets(Object* self, void*) { return live_exporter(self) ? newref(empty_tuple()) : nullptr; }
Object* get_contiguous(Object* self, void*) {
  return live_exporter(self) ? bool_from(is_contiguous(as_memoryview(self))) : nullptr;
}

SequenceMethods memoryview_as_sequence = {
    .sq_length = memoryview_length,
    .sq_item = memoryview_item,
};

MappingMethods memoryview_as_mapping = {
    .mp_length = memoryview_length,
    .mp_subscript = memoryview_subscript,
    .mp_ass_subscript = memoryview_ass_subscript,
};

MethodDef memoryview_methods[] = {
    MethodDef("release", static_cast<NoArgsMethod>(memoryview_release), "Release the underlying buffer exposed by the memoryview object."),
    MethodDef("tobytes", static_cast<FastKeywordsMethod>(memoryview_tobytes), "Return the data in the buffer as a byte string."),
    MethodDef("hex", static_cast<FastKeywordsMethod>(memoryview_hex), "Return the data in the buffer as a str of hexadecimal numbers."),
    MethodDef("tolist", static_cast<NoArgsMethod>(memoryview_tolist), "Return the data in the buffer as a list of elements."),
    MethodDef("toreadonly", static_cast<NoArgsMethod>(memoryview_toreadonly), "Return a readonly version of the memoryview."),
    MethodDef("__enter__", static_cast<NoArgsMethod>(memoryview_enter)),
    MethodDef("__exit__", static_cast<FastMethod>(memoryview_exit)),
    {},
};

GetSetDef memoryview_getset[] = {
    {"obj", get_obj, nullptr, "The underlying object of the memoryview."},
    {"nbytes", get_nbytes, nullptr, "The amount of space in bytes that the array would use in\n a contiguous representation."},
    {"readonly", get_readonly, nullptr, "A bool indicating whether the memory is read only."},
    {"itemsize", get_itemsize, nullptr, "The size in bytes of each element of the memoryview."},
    {"format", get_format, nullptr, "A string containing the format (in struct module style)\n for each element in the view."},
    {"ndim", get_ndim, nullptr, "An integer indicating how many dimensions of a multi-dimensional\n array the memory represents."},
    {"shape", get_shape, nullptr, "A tuple of ndim integers giving the shape of the memory\n as an N-dimensional array."},
    {"strides", get_strides, nullptr, "A tuple of ndim integers giving the size in bytes to access\n each element for each dimension of the array."},
    {"suboffsets", get_suboffsets, nullptr, "A tuple of integers used internally for PIL-style arrays."},
    {"c_contiguous", get_contiguous, nullptr, "A bool indicating whether the memory is C contiguous."},
    {"f_contiguous", get_contiguous, nullptr, "A bool indicating whether the memory is Fortran contiguous."},
    {"contiguous", get_contiguous, nullptr, "A bool indicating whether the memory is contiguous."},
    {},
};

}  // namespace

Object* memoryview_from_object(Object* obj) {
  if (is_memoryview(obj)) {
    MemoryViewObject* v = as_memoryview(obj);
    if (!check_live(v)) return nullptr;
    return make_view(v->obj, v->start, v->length, v->step, v->readonly);
  }
  if (is_bytes(obj)) return make_view(obj, 0, bytes_size(obj), 1, true);
  if (is_bytearray(obj)) return make_view(obj, 0, bytearray_size(obj), 1, false);
  return format_error(&exc::TypeError, "memoryview: a bytes-like object is required, not '%.200s'", obj->type->name);
}

bool memoryview_copy_bytes(Object* view, std::string* out) {
  MemoryViewObject* v = as_memoryview(view);
  if (!check_live(v)) return false;
  out->resize(static_cast<size_t>(v->length));
  for (ssize i = 0; i < v->length; ++i) (*out)[i] = static_cast<char>(*item_pointer(v, i));
  return true;
}

Type MemoryViewType{{
    .name = "memoryview",
    .basicsize = sizeof(MemoryViewObject),
    .dealloc = memoryview_dealloc,
    .repr = memoryview_repr,
    .as_sequence = &memoryview_as_sequence,
    .as_mapping = &memoryview_as_mapping,
    .hash = memoryview_hash,
    .getattro = generic_getattr,
    .flags = tpflags::kSequence,
    .doc = "memoryview(object)\n--\n\nCreate a new memoryview object which references the given object.",
    .richcompare = memoryview_richcompare,
    .weaklistoffset = offsetof(MemoryViewObject, weaklist),
    .iter = memoryview_iter,
    .methods = memoryview_methods,
    .getset = memoryview_getset,
    .new_ = memoryview_new,
}};

}  // namespace glasspy
