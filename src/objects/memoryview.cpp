// `memoryview` (see memoryview.h), after CPython's Objects/memoryobject.c.
//
// Design: memoryview(obj) takes one export of obj's memory (the buffer
// protocol, buffer.h) into a ManagedBuffer, which every view derived from
// it (slices, casts, memoryview(m), toreadonly) shares; the export ends
// when the last of those views is released or dies, so a bytearray stays
// locked against resizing exactly as long as CPython keeps it locked.  A
// view describes its items on top of that memory: the address of the first
// item, a native struct format character with its item size, and ndim
// shapes and strides (in bytes, possibly negative after a reversed slice).
// Items are read and written through unpack_item / pack_item, which give
// CPython's values and its "invalid type/value for format" errors.
//
// Invariants: a released view has mbuf == null and every operation but
// repr, release and the context manager raises "operation forbidden on
// released memoryview object"; release() fails while the view itself has
// exports (buffers handed out to others through the protocol).
#include "objects/memoryview.h"

#include <cmath>
#include <gmp.h>
#include <limits>
#include <cstring>
#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/gc.h"
#include "objects/int.h"
#include "objects/known_strings.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/weakref.h"

namespace glasspy {

namespace {

constexpr int kMaxDims = 64;  // PyBUF_MAX_NDIM

struct ManagedBuffer {
  ssize views;
  Buffer buffer;
};

// `size` is 3 * ndim, as CPython's ob_size (shape, strides and suboffsets),
// so object.__sizeof__ reports CPython's figure for every view.
struct MemoryViewObject : VarObject {
  ManagedBuffer* mbuf;  // null once released
  char* start;          // address of the first item
  ssize itemsize;
  ssize nbytes;  // product(shape) * itemsize
  int ndim;
  bool readonly;
  char format;     // the native struct character
  bool at_prefix;  // the format was given as "@X" (kept in .format)
  ssize exports;   // buffers exported from this view
  hash_t hash;     // -1 until computed
  Object* weakreflist;
  ssize dims[2];  // shape[ndim] then strides[ndim]; allocated for ndim
  ssize* shape() { return dims; }
  ssize* strides() { return dims + ndim; }
};

MemoryViewObject* as_view(Object* o) { return static_cast<MemoryViewObject*>(o); }

const char* const kReleasedMessage = "operation forbidden on released memoryview object";

bool check_released(MemoryViewObject* v) {
  if (v->mbuf) return true;
  set_error(&exc::ValueError, kReleasedMessage);
  return false;
}

void mbuf_decref(ManagedBuffer* m) {
  if (--m->views > 0) return;
  release_buffer(&m->buffer);
  delete m;
}

// The item size of a native single-character format, or 0.
ssize native_itemsize(char f) {
  switch (f) {
    case 'c': case 'b': case 'B': case '?': return 1;
    case 'h': case 'H': return sizeof(short);
    case 'i': case 'I': return sizeof(int);
    case 'l': case 'L': return sizeof(long);
    case 'q': case 'Q': return sizeof(long long);
    case 'n': case 'N': return sizeof(ssize);
    case 'f': return sizeof(float);
    case 'd': return sizeof(double);
    case 'P': return sizeof(void*);
    default: return 0;
  }
}

// Allocates a view with room for ndim dimensions, sharing `mbuf`.
MemoryViewObject* new_view(ManagedBuffer* mbuf, int ndim) {
  size_t extra = ndim > 1 ? sizeof(ssize) * 2 * static_cast<size_t>(ndim - 1) : 0;
  Object* o = allocate_object(&MemoryViewType, sizeof(MemoryViewObject) + extra);
  if (!o) return nullptr;
  MemoryViewObject* v = as_view(o);
  v->mbuf = mbuf;
  ++mbuf->views;
  v->ndim = ndim;
  v->size = 3 * static_cast<ssize>(ndim);
  v->hash = -1;
  return v;
}

bool is_c_contiguous(MemoryViewObject* v) {
  ssize expected = v->itemsize;
  for (int d = v->ndim - 1; d >= 0; --d) {
    if (v->shape()[d] > 1 && v->strides()[d] != expected) return false;
    if (v->shape()[d] == 0) return true;
    expected *= v->shape()[d];
  }
  return true;
}

bool is_f_contiguous(MemoryViewObject* v) {
  ssize expected = v->itemsize;
  for (int d = 0; d < v->ndim; ++d) {
    if (v->shape()[d] > 1 && v->strides()[d] != expected) return false;
    if (v->shape()[d] == 0) return true;
    expected *= v->shape()[d];
  }
  return true;
}

std::string format_string(MemoryViewObject* v) {
  std::string f;
  if (v->at_prefix) f += '@';
  f += v->format;
  return f;
}

// ---- items ------------------------------------------------------------------------

template <class T>
T load(const char* p) {
  T value;
  std::memcpy(&value, p, sizeof value);
  return value;
}

template <class T>
void store(char* p, T value) {
  std::memcpy(p, &value, sizeof value);
}

Object* unpack_item(char format, const char* p) {
  switch (format) {
    case 'B': return int_from_i64(load<unsigned char>(p));
    case 'b': return int_from_i64(load<signed char>(p));
    case 'c': return bytes_from_data(p, 1);
    case '?': return bool_from(load<unsigned char>(p) != 0);
    case 'h': return int_from_i64(load<short>(p));
    case 'H': return int_from_i64(load<unsigned short>(p));
    case 'i': return int_from_i64(load<int>(p));
    case 'I': return int_from_i64(load<unsigned int>(p));
    case 'l': return int_from_i64(load<long>(p));
    case 'L': return int_from_u64(load<unsigned long>(p));
    case 'q': return int_from_i64(load<long long>(p));
    case 'Q': return int_from_u64(load<unsigned long long>(p));
    case 'n': return int_from_i64(load<ssize>(p));
    case 'N': return int_from_u64(load<size_t>(p));
    case 'f': return float_from_double(load<float>(p));
    case 'd': return float_from_double(load<double>(p));
    case 'P': return int_from_u64(reinterpret_cast<uintptr_t>(load<void*>(p)));
    default:
      format_error(&exc::NotImplementedError, "memoryview: format %c not supported", format);
      return nullptr;
  }
}

int invalid_type(char format) {
  format_error(&exc::TypeError, "memoryview: invalid type for format '%c'", format);
  return -1;
}

int invalid_value(char format) {
  format_error(&exc::ValueError, "memoryview: invalid value for format '%c'", format);
  return -1;
}

// An integer item: the value of an index-like object within [lo, hi].
template <class T>
int pack_integer(char format, Object* item, char* p, bool is_unsigned) {
  if (!is_int(item) && !item->type->as_number) return invalid_type(format);
  Object* index = number_index(item);
  if (!index) {
    if (error_matches(reinterpret_cast<Object*>(&exc::TypeError))) {
      clear_error();
      return invalid_type(format);
    }
    return -1;
  }
  int overflow = 0;
  int64_t v = int_as_i64_overflow(index, &overflow);
  if (is_unsigned) {
    if (overflow < 0 || (overflow == 0 && v < 0)) {
      decref(index);
      return invalid_value(format);
    }
    uint64_t u = static_cast<uint64_t>(v);
    if (overflow > 0) {
      Object* limit = int_from_u64(UINT64_MAX);
      int too_big = limit ? rich_compare_bool(index, limit, kGT) : -1;
      xdecref(limit);
      if (too_big != 0) {
        decref(index);
        return too_big < 0 ? -1 : invalid_value(format);
      }
      // Between 2**63 and 2**64 - 1: the low 64 bits are the value.
      mpz_t m;
      int_to_mpz(index, m);
      u = static_cast<uint64_t>(mpz_get_ui(m));
      mpz_clear(m);
    }
    decref(index);
    if (u > static_cast<uint64_t>(std::numeric_limits<T>::max())) return invalid_value(format);
    store<T>(p, static_cast<T>(u));
    return 0;
  }
  decref(index);
  if (overflow != 0 || v < static_cast<int64_t>(std::numeric_limits<T>::min()) ||
      v > static_cast<int64_t>(std::numeric_limits<T>::max()))
    return invalid_value(format);
  store<T>(p, static_cast<T>(v));
  return 0;
}

int pack_item(char format, Object* item, char* p) {
  switch (format) {
    case 'B': return pack_integer<unsigned char>(format, item, p, true);
    case 'b': return pack_integer<signed char>(format, item, p, false);
    case 'h': return pack_integer<short>(format, item, p, false);
    case 'H': return pack_integer<unsigned short>(format, item, p, true);
    case 'i': return pack_integer<int>(format, item, p, false);
    case 'I': return pack_integer<unsigned int>(format, item, p, true);
    case 'l': return pack_integer<long>(format, item, p, false);
    case 'L': return pack_integer<unsigned long>(format, item, p, true);
    case 'q': return pack_integer<long long>(format, item, p, false);
    case 'Q': return pack_integer<unsigned long long>(format, item, p, true);
    case 'n': return pack_integer<ssize>(format, item, p, false);
    case 'N': return pack_integer<size_t>(format, item, p, true);
    case 'P': return pack_integer<uintptr_t>(format, item, p, true);
    case 'c':
      if (!is_bytes(item)) return invalid_type(format);
      if (bytes_size(item) != 1) return invalid_value(format);
      *p = bytes_data(item)[0];
      return 0;
    case '?': {
      int truth = object_is_true(item);
      if (truth < 0) return -1;
      *p = static_cast<char>(truth);
      return 0;
    }
    case 'f':
    case 'd': {
      double d;
      if (is_float(item)) {
        d = float_as_double(item);
      } else {
        Object* f = item->type->as_number && (item->type->as_number->nb_float || item->type->as_number->nb_index)
                        ? number_float(item)
                        : nullptr;
        if (!f) {
          if (!error_occurred() || error_matches(reinterpret_cast<Object*>(&exc::TypeError))) {
            clear_error();
            return invalid_type(format);
          }
          return -1;
        }
        d = float_as_double(f);
        decref(f);
      }
      if (format == 'f') {
        // A plain C conversion, as in CPython 3.11: too large becomes inf.
        store<float>(p, static_cast<float>(d));
      } else {
        store<double>(p, d);
      }
      return 0;
    }
    default:
      format_error(&exc::NotImplementedError, "memoryview: format %c not supported", format);
      return -1;
  }
}

// Appends every item in C order, as bytes, to `out`.
void copy_c_order(MemoryViewObject* v, int dim, const char* base, std::string& out) {
  if (v->ndim == 0) {
    out.append(base, static_cast<size_t>(v->itemsize));
    return;
  }
  for (ssize i = 0; i < v->shape()[dim]; ++i) {
    const char* p = base + i * v->strides()[dim];
    if (dim == v->ndim - 1) {
      out.append(p, static_cast<size_t>(v->itemsize));
    } else {
      copy_c_order(v, dim + 1, p, out);
    }
  }
}

// Fortran order: the first index varies fastest.
void copy_f_order(MemoryViewObject* v, std::string& out) {
  std::vector<ssize> index(static_cast<size_t>(v->ndim), 0);
  ssize total = 1;
  for (int d = 0; d < v->ndim; ++d) total *= v->shape()[d];
  for (ssize k = 0; k < total; ++k) {
    const char* p = v->start;
    for (int d = 0; d < v->ndim; ++d) p += index[static_cast<size_t>(d)] * v->strides()[d];
    out.append(p, static_cast<size_t>(v->itemsize));
    for (int d = 0; d < v->ndim; ++d) {
      if (++index[static_cast<size_t>(d)] < v->shape()[d]) break;
      index[static_cast<size_t>(d)] = 0;
    }
  }
}

std::string contents(MemoryViewObject* v) {
  std::string out;
  out.reserve(static_cast<size_t>(v->nbytes));
  copy_c_order(v, 0, v->start, out);
  return out;
}

Object* to_list(MemoryViewObject* v, int dim, const char* base) {
  if (v->ndim == 0) return unpack_item(v->format, base);
  Object* list = list_new(v->shape()[dim]);
  if (!list) return nullptr;
  for (ssize i = 0; i < v->shape()[dim]; ++i) {
    const char* p = base + i * v->strides()[dim];
    Object* item = dim == v->ndim - 1 ? unpack_item(v->format, p) : to_list(v, dim + 1, p);
    if (!item) {
      decref(list);
      return nullptr;
    }
    list_set_item(list, i, item);
  }
  return list;
}

// ---- construction -----------------------------------------------------------------

MemoryViewObject* view_of_export(Object* obj) {
  auto* mbuf = new ManagedBuffer{0, Buffer{}};
  if (get_buffer(obj, &mbuf->buffer) < 0) {
    delete mbuf;
    if (error_matches(reinterpret_cast<Object*>(&exc::TypeError)) && !has_buffer(obj)) {
      clear_error();
      format_error(&exc::TypeError, "memoryview: a bytes-like object is required, not '%.200s'",
                   obj->type->name);
    }
    return nullptr;
  }
  MemoryViewObject* v = new_view(mbuf, 1);
  if (!v) {
    mbuf->views = 1;
    mbuf_decref(mbuf);
    return nullptr;
  }
  v->start = mbuf->buffer.buf;
  v->itemsize = 1;
  v->nbytes = mbuf->buffer.len;
  v->readonly = mbuf->buffer.readonly;
  v->format = 'B';
  v->shape()[0] = mbuf->buffer.len;
  v->strides()[0] = 1;
  return v;
}

// A view with the same memory as `v` and room for `ndim` dimensions.
MemoryViewObject* derived_view(MemoryViewObject* v, int ndim) {
  MemoryViewObject* r = new_view(v->mbuf, ndim);
  if (!r) return nullptr;
  r->start = v->start;
  r->itemsize = v->itemsize;
  r->nbytes = v->nbytes;
  r->readonly = v->readonly;
  r->format = v->format;
  r->at_prefix = v->at_prefix;
  return r;
}

MemoryViewObject* copy_view(MemoryViewObject* v) {
  MemoryViewObject* r = derived_view(v, v->ndim);
  if (!r) return nullptr;
  for (int d = 0; d < v->ndim; ++d) {
    r->shape()[d] = v->shape()[d];
    r->strides()[d] = v->strides()[d];
  }
  return r;
}

}  // namespace

Object* memoryview_from_object(Object* obj) {
  if (is_memoryview(obj)) {
    MemoryViewObject* v = as_view(obj);
    if (!check_released(v)) return nullptr;
    return copy_view(v);
  }
  return view_of_export(obj);
}

Object* memoryview_to_bytes(Object* o) {
  MemoryViewObject* v = as_view(o);
  if (!check_released(v)) return nullptr;
  std::string data = contents(v);
  return bytes_from_data(data.data(), static_cast<ssize>(data.size()));
}

namespace {

// ---- the type's slots -------------------------------------------------------------

Object* memoryview_new(Type*, Object* args, Object* kwargs) {
  static const ArgParser parser{"memoryview", {"object"}, 1, 1};
  Object* argv[1] = {};
  if (!parse_args_dict(parser, args, kwargs, argv)) return nullptr;
  return memoryview_from_object(argv[0]);
}

void memoryview_dealloc(Object* o) {
  MemoryViewObject* v = as_view(o);
  clear_weakrefs_if_any(o);
  if (v->mbuf) mbuf_decref(v->mbuf);
  free_object(o);
}

Object* memoryview_repr(Object* o) {
  const char* fmt = as_view(o)->mbuf ? "<memory at %p>" : "<released memory at %p>";
  return str_from_format(fmt, static_cast<void*>(o));
}

ssize memoryview_length(Object* o) {
  MemoryViewObject* v = as_view(o);
  if (!check_released(v)) return -1;
  // CPython 3.11 counts a 0-dim view as one item (3.12 made it an error).
  return v->ndim == 0 ? 1 : v->shape()[0];
}

// Parses an integer index key: true with *out, false if `key` is no index.
bool index_key(Object* key, ssize* out, bool* error) {
  *error = false;
  if (!is_int(key) && !(key->type->as_number && key->type->as_number->nb_index)) return false;
  Object* index = number_index(key);
  if (!index) {
    *error = true;
    return true;
  }
  ssize i = int_as_ssize(index);
  decref(index);
  if (i == -1 && error_occurred()) {
    // CPython clamps with PyNumber_AsSsize_t(key, IndexError).
    if (error_matches(reinterpret_cast<Object*>(&exc::OverflowError))) {
      clear_error();
      format_error(&exc::IndexError, "cannot fit '%.200s' into an index-sized integer", key->type->name);
    }
    *error = true;
    return true;
  }
  *out = i;
  return true;
}

// The address of item i (negative counts from the end) of a 1-D view;
// null with CPython's error for other dimensions or a bad index.
char* item_address_1d(MemoryViewObject* v, ssize i) {
  if (v->ndim == 0) {
    set_error(&exc::TypeError, "invalid indexing of 0-dim memory");
    return nullptr;
  }
  if (v->ndim > 1) {
    set_error(&exc::NotImplementedError, "multi-dimensional sub-views are not implemented");
    return nullptr;
  }
  ssize len = v->shape()[0];
  if (i < 0) i += len;
  if (i < 0 || i >= len) {
    set_error(&exc::IndexError, "index out of bounds on dimension 1");
    return nullptr;
  }
  return v->start + i * v->strides()[0];
}

// The address of the item that an index key selects (1-D views) or that a
// tuple of indices selects (any view); null with an error.
char* item_address(MemoryViewObject* v, Object* key) {
  if (is_tuple(key)) {
    ssize n = tuple_size(key);
    if (n < v->ndim) {
      set_error(&exc::NotImplementedError, "sub-views are not implemented");
      return nullptr;
    }
    if (n > v->ndim) {
      format_error(&exc::TypeError, "cannot index %d-dimension view with %zd-element tuple", v->ndim, n);
      return nullptr;
    }
    char* p = v->start;
    for (ssize d = 0; d < n; ++d) {
      ssize i;
      bool error;
      if (!index_key(tuple_item(key, d), &i, &error)) {
        set_error(&exc::TypeError, "memoryview: invalid slice key");
        return nullptr;
      }
      if (error) return nullptr;
      ssize len = v->shape()[d];
      if (i < 0) i += len;
      if (i < 0 || i >= len) {
        format_error(&exc::IndexError, "index out of bounds on dimension %zd", d + 1);
        return nullptr;
      }
      p += i * v->strides()[d];
    }
    return p;
  }
  ssize i;
  bool error;
  if (!index_key(key, &i, &error)) return nullptr;
  if (error) return nullptr;
  return item_address_1d(v, i);
}

bool is_index_key(Object* key) {
  return is_int(key) || (key->type->as_number && key->type->as_number->nb_index);
}

bool all_indices(Object* key) {
  for (ssize d = 0; d < tuple_size(key); ++d)
    if (!is_index_key(tuple_item(key, d))) return false;
  return true;
}

bool all_slices(Object* key) {
  for (ssize d = 0; d < tuple_size(key); ++d)
    if (!is_slice(tuple_item(key, d))) return false;
  return true;
}

Object* memoryview_subscript(Object* o, Object* key) {
  MemoryViewObject* v = as_view(o);
  if (!check_released(v)) return nullptr;
  if (v->ndim == 0) {
    if (key == Ellipsis) return newref(o);
    if (is_tuple(key) && tuple_size(key) == 0) return unpack_item(v->format, v->start);
    set_error(&exc::TypeError, "invalid indexing of 0-dim memory");
    return nullptr;
  }
  if (is_index_key(key)) {
    char* p = item_address(v, key);
    return p ? unpack_item(v->format, p) : nullptr;
  }
  if (is_slice(key)) {
    ssize start, stop, step;
    if (slice_unpack(key, &start, &stop, &step) < 0) return nullptr;
    MemoryViewObject* r = copy_view(v);
    if (!r) return nullptr;
    ssize len = slice_adjust_indices(v->shape()[0], &start, &stop, step);
    r->start = v->start + start * v->strides()[0];
    r->shape()[0] = len;
    r->strides()[0] = v->strides()[0] * step;
    r->nbytes = r->itemsize * len;
    for (int d = 1; d < r->ndim; ++d) r->nbytes *= r->shape()[d];
    return r;
  }
  // Unlike a 0-dim view, an n-dim view rejects `...` as a key.
  if (is_tuple(key)) {
    if (all_indices(key)) {
      char* p = item_address(v, key);
      return p ? unpack_item(v->format, p) : nullptr;
    }
    if (all_slices(key)) {
      set_error(&exc::NotImplementedError, "multi-dimensional slicing is not implemented");
      return nullptr;
    }
  }
  set_error(&exc::TypeError, "memoryview: invalid slice key");
  return nullptr;
}

int memoryview_ass_subscript(Object* o, Object* key, Object* value) {
  MemoryViewObject* v = as_view(o);
  if (!check_released(v)) return -1;
  if (v->readonly) {
    set_error(&exc::TypeError, "cannot modify read-only memory");
    return -1;
  }
  if (!value) {
    set_error(&exc::TypeError, "cannot delete memory");
    return -1;
  }
  if (v->ndim == 0) {
    if (key == Ellipsis || (is_tuple(key) && tuple_size(key) == 0)) return pack_item(v->format, value, v->start);
    set_error(&exc::TypeError, "invalid indexing of 0-dim memory");
    return -1;
  }
  if (is_index_key(key) || (is_tuple(key) && all_indices(key))) {
    if (!is_tuple(key) && v->ndim > 1) {
      set_error(&exc::NotImplementedError, "sub-views are not implemented");
      return -1;
    }
    char* p = item_address(v, key);
    if (!p) return -1;
    return pack_item(v->format, value, p);
  }
  if (is_slice(key) && v->ndim == 1) {
    // A memoryview source is read through its own shape and strides (it
    // need not be contiguous); any other exporter gives its bytes.
    MemoryViewObject* source = is_memoryview(value) ? as_view(value) : nullptr;
    Buffer src{};
    if (source ? !check_released(source) : get_buffer(value, &src) < 0) return -1;
    ssize start, stop, step;
    if (slice_unpack(key, &start, &stop, &step) < 0) {
      if (!source) release_buffer(&src);
      return -1;
    }
    ssize len = slice_adjust_indices(v->shape()[0], &start, &stop, step);
    // The right side must have the same structure: same format and length.
    char src_format = source ? source->format : 'B';
    ssize src_items = source ? (source->ndim == 1 ? source->shape()[0] : -1) : src.len;
    if (src_format != v->format || src_items != len) {
      if (!source) release_buffer(&src);
      set_error(&exc::ValueError, "memoryview assignment: lvalue and rvalue have different structures");
      return -1;
    }
    std::string data = source ? contents(source) : std::string(src.buf, static_cast<size_t>(src.len));
    if (!source) release_buffer(&src);
    for (ssize k = 0; k < len; ++k) {
      std::memcpy(v->start + (start + k * step) * v->strides()[0], data.data() + k * v->itemsize,
                  static_cast<size_t>(v->itemsize));
    }
    return 0;
  }
  if (is_slice(key) || (is_tuple(key) && all_slices(key))) {
    set_error(&exc::NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
    return -1;
  }
  set_error(&exc::TypeError, "memoryview: invalid slice key");
  return -1;
}

// == and != against a memoryview or any exporter: equal shapes and equal
// unpacked values (so 'h' and 'H' views of the same bytes may be equal).
Object* memoryview_richcompare(Object* a, Object* b, int op) {
  if (op != kEQ && op != kNE) return newref(NotImplemented);
  MemoryViewObject* v = as_view(a);
  bool equal;
  // Identity decides only for released views: a live view compares its
  // items, so a view holding a NaN is not equal to itself.
  if (!v->mbuf || (is_memoryview(b) && !as_view(b)->mbuf)) {
    equal = a == b;
  } else {
    Object* other = is_memoryview(b) ? newref(b) : (has_buffer(b) ? memoryview_from_object(b) : nullptr);
    if (!other) {
      if (error_occurred()) return nullptr;
      return newref(NotImplemented);
    }
    MemoryViewObject* w = as_view(other);
    equal = v->ndim == w->ndim;
    for (int d = 0; equal && d < v->ndim; ++d) equal = v->shape()[d] == w->shape()[d];
    if (equal) {
      if (v->format == w->format && (v->format == 'B' || v->format == 'b' || v->format == 'c')) {
        equal = contents(v) == contents(w);
      } else {
        Object* left = to_list(v, 0, v->start);
        Object* right = left ? to_list(w, 0, w->start) : nullptr;
        int r = right ? rich_compare_bool(left, right, kEQ) : -1;
        xdecref(left);
        xdecref(right);
        if (r < 0) {
          decref(other);
          return nullptr;
        }
        equal = r == 1;
      }
    }
    decref(other);
  }
  return bool_from(equal == (op == kEQ));
}

hash_t memoryview_hash(Object* o) {
  MemoryViewObject* v = as_view(o);
  if (v->hash != -1) return v->hash;
  if (!check_released(v)) return -1;
  if (!v->readonly) {
    set_error(&exc::ValueError, "cannot hash writable memoryview object");
    return -1;
  }
  if (v->format != 'B' && v->format != 'b' && v->format != 'c') {
    set_error(&exc::ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    return -1;
  }
  // The hash of the object the memory came from when it is hashable (as
  // CPython computes it for bytes: the same value either way).
  std::string data = contents(v);
  Object* bytes = bytes_from_data(data.data(), static_cast<ssize>(data.size()));
  if (!bytes) return -1;
  hash_t h = object_hash(bytes);
  decref(bytes);
  v->hash = h;
  return h;
}

int memoryview_get_buffer(Object* o, Buffer* view, bool writable) {
  MemoryViewObject* v = as_view(o);
  if (!check_released(v)) return -1;
  if (writable && v->readonly) {
    set_error(&exc::BufferError, "memoryview: underlying buffer is not writable");
    return -1;
  }
  if (!is_c_contiguous(v)) {
    set_error(&exc::BufferError, "memoryview: underlying buffer is not C-contiguous");
    return -1;
  }
  view->buf = v->start;
  view->len = v->nbytes;
  view->readonly = v->readonly;
  ++v->exports;
  return 0;
}

void memoryview_release_buffer(Object* o, Buffer*) { --as_view(o)->exports; }

const BufferProcs memoryview_buffer_procs{memoryview_get_buffer, memoryview_release_buffer};

// ---- methods ----------------------------------------------------------------------

Object* memoryview_release(Object* o) {
  MemoryViewObject* v = as_view(o);
  if (!v->mbuf) return newref(None);
  if (v->exports > 0) {
    format_error(&exc::BufferError, "memoryview has %zd exported buffer%s", v->exports,
                 v->exports == 1 ? "" : "s");
    return nullptr;
  }
  ManagedBuffer* m = v->mbuf;
  v->mbuf = nullptr;
  mbuf_decref(m);
  return newref(None);
}

Object* memoryview_enter(Object* o) {
  if (!check_released(as_view(o))) return nullptr;
  return newref(o);
}

Object* memoryview_exit(Object* o, Object* const*, ssize) { return memoryview_release(o); }

Object* memoryview_tobytes(Object* o, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgParser parser{"tobytes", {"order"}, 0, 1};
  Object* argv[1] = {};
  if (!parse_args(parser, args, nargs, kwnames, argv)) return nullptr;
  MemoryViewObject* v = as_view(o);
  if (!check_released(v)) return nullptr;
  char order = 'C';
  if (argv[0] && argv[0] != None) {
    if (!is_str(argv[0])) {
      format_error(&exc::TypeError, "tobytes() argument 'order' must be str or None, not %.50s",
                   argv[0]->type->name);
      return nullptr;
    }
    std::string s = str_to_std(argv[0]);
    if (s != "C" && s != "F" && s != "A") {
      set_error(&exc::ValueError, "order must be 'C', 'F' or 'A'");
      return nullptr;
    }
    order = s[0];
  }
  std::string data;
  if (order == 'F' || (order == 'A' && is_f_contiguous(v) && !is_c_contiguous(v))) {
    copy_f_order(v, data);
  } else {
    data = contents(v);
  }
  return bytes_from_data(data.data(), static_cast<ssize>(data.size()));
}

Object* memoryview_tolist(Object* o) {
  MemoryViewObject* v = as_view(o);
  if (!check_released(v)) return nullptr;
  return to_list(v, 0, v->start);
}

Object* memoryview_hex(Object* o, Object* const* args, ssize nargs, Object* kwnames) {
  MemoryViewObject* v = as_view(o);
  if (!check_released(v)) return nullptr;
  Object* bytes = memoryview_to_bytes(o);
  if (!bytes) return nullptr;
  Object* name = str_from_cstr("hex");
  Object* method = name ? get_attr(bytes, name) : nullptr;
  xdecref(name);
  Object* r = method ? vectorcall(method, args, static_cast<size_t>(nargs), kwnames) : nullptr;
  xdecref(method);
  decref(bytes);
  return r;
}

Object* memoryview_toreadonly(Object* o) {
  MemoryViewObject* v = as_view(o);
  if (!check_released(v)) return nullptr;
  MemoryViewObject* r = copy_view(v);
  if (r) r->readonly = true;
  return r;
}

Object* memoryview_cast(Object* o, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgParser parser{"cast", {"format", "shape"}, 1, 2};
  Object* argv[2] = {};
  if (!parse_args(parser, args, nargs, kwnames, argv)) return nullptr;
  MemoryViewObject* v = as_view(o);
  if (!check_released(v)) return nullptr;
  if (!is_str(argv[0])) {
    format_error(&exc::TypeError, "memoryview: format argument must be a string");
    return nullptr;
  }
  Object* shape = argv[1];
  if (shape && !is_tuple(shape) && !is_list(shape)) {
    set_error(&exc::TypeError, "shape must be a list or a tuple");
    return nullptr;
  }
  if (!is_c_contiguous(v)) {
    set_error(&exc::TypeError, "memoryview: casts are restricted to C-contiguous views");
    return nullptr;
  }
  for (int d = 0; (shape || v->ndim != 1) && d < v->ndim; ++d) {
    if (v->shape()[d] == 0 || v->strides()[d] == 0) {
      set_error(&exc::TypeError, "memoryview: cannot cast view with zeros in shape or strides");
      return nullptr;
    }
  }
  std::string fmt = str_to_std(argv[0]);
  bool at = !fmt.empty() && fmt[0] == '@';
  std::string bare = at ? fmt.substr(1) : fmt;
  ssize itemsize = bare.size() == 1 ? native_itemsize(bare[0]) : 0;
  if (itemsize == 0) {
    set_error(&exc::ValueError,
              "memoryview: destination format must be a native single character format prefixed with an "
              "optional '@'");
    return nullptr;
  }
  char f = bare[0];
  auto byte_format = [](char c) { return c == 'B' || c == 'b' || c == 'c'; };
  if (!byte_format(v->format) && !byte_format(f)) {
    set_error(&exc::TypeError, "memoryview: cannot cast between two non-byte formats");
    return nullptr;
  }
  ssize ndim = shape ? (is_tuple(shape) ? tuple_size(shape) : list_size(shape)) : 1;
  if (ndim < 0) return nullptr;
  if (ndim > kMaxDims) {
    format_error(&exc::ValueError, "memoryview: number of dimensions must not exceed %d", kMaxDims);
    return nullptr;
  }
  if (v->ndim != 1 && ndim != 1) {
    set_error(&exc::TypeError, "memoryview: cast must be 1D -> ND or ND -> 1D");
    return nullptr;
  }
  std::vector<ssize> dims;
  if (shape) {
    Object* items = sequence_tuple(shape);
    if (!items) return nullptr;
    ssize product = 1;
    for (ssize d = 0; d < ndim; ++d) {
      Object* item = tuple_item(items, d);
      if (!is_int(item)) {
        decref(items);
        set_error(&exc::TypeError, "memoryview.cast(): elements of shape must be integers");
        return nullptr;
      }
      ssize x = int_as_ssize(item);
      if (x == -1 && error_occurred()) {
        decref(items);
        return nullptr;
      }
      if (x <= 0) {
        decref(items);
        set_error(&exc::ValueError, "memoryview.cast(): elements of shape must be integers > 0");
        return nullptr;
      }
      if (product > std::numeric_limits<ssize>::max() / x) {
        decref(items);
        set_error(&exc::ValueError, "memoryview.cast(): product(shape) > SSIZE_MAX");
        return nullptr;
      }
      product *= x;
      dims.push_back(x);
    }
    decref(items);
    if (product * itemsize != v->nbytes) {
      set_error(&exc::TypeError, "memoryview: product(shape) * itemsize != buffer size");
      return nullptr;
    }
  } else {
    if (v->nbytes % itemsize != 0) {
      set_error(&exc::TypeError, "memoryview: length is not a multiple of itemsize");
      return nullptr;
    }
    dims.push_back(v->nbytes / itemsize);
  }
  MemoryViewObject* r = derived_view(v, static_cast<int>(ndim));
  if (!r) return nullptr;
  r->format = f;
  r->at_prefix = at;
  r->itemsize = itemsize;
  ssize stride = itemsize;
  for (ssize d = ndim - 1; d >= 0; --d) {
    r->shape()[d] = dims[static_cast<size_t>(d)];
    r->strides()[d] = stride;
    stride *= dims[static_cast<size_t>(d)];
  }
  return r;
}

// ---- attributes -------------------------------------------------------------------

Object* ssize_tuple(const ssize* values, int n) {
  Object* t = tuple_new(n);
  if (!t) return nullptr;
  for (int i = 0; i < n; ++i) {
    Object* x = int_from_i64(values[i]);
    if (!x) {
      decref(t);
      return nullptr;
    }
    tuple_set_item(t, i, x);
  }
  return t;
}

#define VIEW_GETTER(NAME, EXPR)                  \
  Object* NAME(Object* o, void*) {               \
    MemoryViewObject* v = as_view(o);            \
    if (!check_released(v)) return nullptr;      \
    return EXPR;                                 \
  }

VIEW_GETTER(get_obj, newref(v->mbuf->buffer.obj))
VIEW_GETTER(get_nbytes, int_from_i64(v->nbytes))
VIEW_GETTER(get_readonly, bool_from(v->readonly))
VIEW_GETTER(get_itemsize, int_from_i64(v->itemsize))
VIEW_GETTER(get_format, str_from_utf8(format_string(v)))
VIEW_GETTER(get_ndim, int_from_i64(v->ndim))
VIEW_GETTER(get_shape, ssize_tuple(v->shape(), v->ndim))
VIEW_GETTER(get_strides, ssize_tuple(v->strides(), v->ndim))
VIEW_GETTER(get_suboffsets, tuple_new(0))
VIEW_GETTER(get_c_contiguous, bool_from(is_c_contiguous(v)))
VIEW_GETTER(get_f_contiguous, bool_from(is_f_contiguous(v)))
VIEW_GETTER(get_contiguous, bool_from(is_c_contiguous(v) || is_f_contiguous(v)))

#undef VIEW_GETTER

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
    {"c_contiguous", get_c_contiguous, nullptr, "A bool indicating whether the memory is C contiguous."},
    {"f_contiguous", get_f_contiguous, nullptr, "A bool indicating whether the memory is Fortran contiguous."},
    {"contiguous", get_contiguous, nullptr, "A bool indicating whether the memory is contiguous."},
    {},
};

MethodDef memoryview_methods[] = {
    MethodDef("release", static_cast<NoArgsMethod>(memoryview_release),
              "release($self, /)\n--\n\nRelease the underlying buffer exposed by the memoryview object."),
    MethodDef("tobytes", static_cast<FastKeywordsMethod>(memoryview_tobytes),
              "tobytes($self, /, order='C')\n--\n\nReturn the data in the buffer as a byte string."),
    MethodDef("hex", static_cast<FastKeywordsMethod>(memoryview_hex),
              "hex($self, /, sep=<unrepresentable>, bytes_per_sep=1)\n--\n\nReturn the data in the buffer as "
              "a str of hexadecimal numbers."),
    MethodDef("tolist", static_cast<NoArgsMethod>(memoryview_tolist),
              "tolist($self, /)\n--\n\nReturn the data in the buffer as a list of elements."),
    MethodDef("cast", static_cast<FastKeywordsMethod>(memoryview_cast),
              "cast($self, /, format, shape=<unrepresentable>)\n--\n\nCast a memoryview to a new format or "
              "shape."),
    MethodDef("toreadonly", static_cast<NoArgsMethod>(memoryview_toreadonly),
              "toreadonly($self, /)\n--\n\nReturn a readonly version of the memoryview."),
    MethodDef("__enter__", static_cast<NoArgsMethod>(memoryview_enter)),
    MethodDef("__exit__", static_cast<FastMethod>(memoryview_exit)),
    {},
};

MappingMethods memoryview_as_mapping = {
    .mp_length = memoryview_length,
    .mp_subscript = memoryview_subscript,
    .mp_ass_subscript = memoryview_ass_subscript,
};

// The sequence form of indexing (reversed() and the abstract API use it).
Object* memoryview_item(Object* o, ssize i) {
  MemoryViewObject* v = as_view(o);
  if (!check_released(v)) return nullptr;
  char* p = item_address_1d(v, i);
  return p ? unpack_item(v->format, p) : nullptr;
}

SequenceMethods memoryview_as_sequence = {
    .sq_length = memoryview_length,
    .sq_item = memoryview_item,
};

// ---- iteration ----------------------------------------------------------------------

struct MemoryIterObject : Object {
  Object* view;  // null when exhausted
  ssize index;
};

Object* memoryview_iter(Object* o) {
  MemoryViewObject* v = as_view(o);
  if (!check_released(v)) return nullptr;
  if (v->ndim == 0) {
    set_error(&exc::TypeError, "invalid indexing of 0-dim memory");
    return nullptr;
  }
  if (v->ndim != 1) {
    set_error(&exc::NotImplementedError, "multi-dimensional sub-views are not implemented");
    return nullptr;
  }
  Object* it = allocate_object(&MemoryIterType, sizeof(MemoryIterObject));
  if (!it) return nullptr;
  static_cast<MemoryIterObject*>(it)->view = newref(o);
  gc_track(it);
  return it;
}

Object* memoryiter_iter(Object* o) { return newref(o); }

Object* memoryiter_next(Object* o) {
  auto* it = static_cast<MemoryIterObject*>(o);
  if (!it->view) return nullptr;
  MemoryViewObject* v = as_view(it->view);
  if (!check_released(v)) return nullptr;
  if (it->index >= v->shape()[0]) {
    clear_ref(it->view);
    return nullptr;
  }
  const char* p = v->start + it->index * v->strides()[0];
  ++it->index;
  return unpack_item(v->format, p);
}

void memoryiter_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(static_cast<MemoryIterObject*>(o)->view);
  free_object(o);
}

int memoryiter_traverse(Object* o, visitproc visit, void* arg) {
  Object* view = static_cast<MemoryIterObject*>(o)->view;
  return view ? visit(view, arg) : 0;
}

int memoryiter_clear(Object* o) {
  clear_ref(static_cast<MemoryIterObject*>(o)->view);
  return 0;
}

}  // namespace

Type MemoryViewType{{
    .name = "memoryview",
    // What CPython reports (its object is larger than ours); views are
    // allocated by new_view with their real size, never from this figure.
    .basicsize = 144,
    // Variable-sized like CPython's (shape and strides follow the object):
    // this is also what makes pickling refuse it with CPython's message.
    .itemsize = sizeof(ssize),
    .dealloc = memoryview_dealloc,
    .repr = memoryview_repr,
    .as_sequence = &memoryview_as_sequence,
    .as_mapping = &memoryview_as_mapping,
    .hash = memoryview_hash,
    .getattro = generic_getattr,
    .doc = "memoryview(object)\n--\n\nCreate a new memoryview object which references the given object.",
    .richcompare = memoryview_richcompare,
    .weaklistoffset = offsetof(MemoryViewObject, weakreflist),
    .iter = memoryview_iter,
    .methods = memoryview_methods,
    .getset = memoryview_getset,
    .new_ = memoryview_new,
    .as_buffer = &memoryview_buffer_procs,
}};

Type MemoryIterType{{
    .name = "memory_iterator",
    .basicsize = sizeof(MemoryIterObject),
    .dealloc = memoryiter_dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .traverse = memoryiter_traverse,
    .clear = memoryiter_clear,
    .iter = memoryiter_iter,
    .iternext = memoryiter_next,
}};

}  // namespace glasspy
