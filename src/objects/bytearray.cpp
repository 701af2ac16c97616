// `bytearray` (see bytearray.h): the storage and its resize policy,
// construction (__init__ like CPython's: str with an encoding, a count, a
// bytes-like object, an iterable of ints), the mutable sequence protocol
// (item and slice assignment, extended slices, deletion), the list-like
// methods, comparisons against any bytes-like object, repr, pickling and
// the iterator.  The text-like methods are bytes_methods.cpp's, shared
// with bytes.
#include "objects/iterobject.h"
#include "objects/bytearray.h"

#include "objects/buffer.h"

#include <cstdlib>
#include <cstring>
#include <limits>
#include <string>

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/bytes_methods.h"
#include "objects/call.h"
#include "objects/complex.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/instance_size.h"
#include "objects/int.h"
#include "objects/iterator_pickling.h"
#include "objects/known_strings.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/slice.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "util/py_repr.h"

namespace glasspy {

namespace {

constexpr ssize kMaxSize = std::numeric_limits<ssize>::max();

bool can_resize(ByteArrayObject* b) {
  if (b->exports > 0) {
    set_error(&exc::BufferError, "Existing exports of data: object cannot be re-sized");
    return false;
  }
  return true;
}

// A value 0..255 from an index-like object ("byte must be in range(0, 256)").
bool byte_value(Object* arg, int* value) {
  Object* index = number_index(arg);
  if (!index) return false;
  int overflow = 0;
  int64_t v = int_as_i64_overflow(index, &overflow);
  decref(index);
  if (overflow || v < 0 || v >= 256) {
    set_error(&exc::ValueError, "byte must be in range(0, 256)");
    return false;
  }
  *value = static_cast<int>(v);
  return true;
}

}  // namespace

int bytearray_resize(Object* self, ssize requested) {
  ByteArrayObject* b = as_bytearray(self);
  if (requested < 0) {
    format_error(&exc::ValueError, "Can only resize to positive sizes, got %zd", requested);
    return -1;
  }
  if (requested == b->size) return 0;
  if (!can_resize(b)) return -1;
  size_t alloc = static_cast<size_t>(b->alloc);
  const size_t offset = static_cast<size_t>(b->start - b->bytes);
  const size_t size = static_cast<size_t>(requested);
  if (size + offset + 1 <= alloc) {
    if (size < alloc / 2) {
      alloc = size + 1;  // a big shrink: the exact size
    } else {
      b->size = requested;  // a small shrink: keep the buffer
      b->start[size] = '\0';
      return 0;
    }
  } else if (static_cast<double>(size) <= static_cast<double>(alloc) * 1.125) {
    alloc = size + (size >> 3) + (size < 9 ? 3 : 6);  // moderate growth
  } else {
    alloc = size + 1;  // a big jump: the exact size
  }
  if (alloc > static_cast<size_t>(kMaxSize)) {
    no_memory();
    return -1;
  }
  char* fresh;
  if (offset > 0) {
    fresh = static_cast<char*>(std::malloc(alloc));
    if (!fresh) {
      no_memory();
      return -1;
    }
    std::memcpy(fresh, b->start, std::min(size, static_cast<size_t>(b->size)));
    std::free(b->bytes);
  } else {
    fresh = static_cast<char*>(std::realloc(b->bytes, alloc));
    if (!fresh) {
      no_memory();
      return -1;
    }
  }
  b->bytes = b->start = fresh;
  b->size = requested;
  b->alloc = static_cast<ssize>(alloc);
  b->bytes[size] = '\0';
  return 0;
}

Object* bytearray_from_data(const char* data, ssize n) {
  if (n < 0) return bad_internal_call();
  Object* o = allocate_object(&ByteArrayType, sizeof(ByteArrayObject));
  if (!o) return nullptr;
  ByteArrayObject* b = as_bytearray(o);
  b->size = 0;
  b->alloc = 0;
  b->bytes = b->start = nullptr;
  b->exports = 0;
  if (n > 0) {
    b->bytes = b->start = static_cast<char*>(std::malloc(static_cast<size_t>(n) + 1));
    if (!b->bytes) {
      decref(o);
      return no_memory();
    }
    if (data) std::memcpy(b->bytes, data, static_cast<size_t>(n));
    b->bytes[n] = '\0';
    b->alloc = n + 1;
    b->size = n;
  }
  return o;
}

namespace {

// Replaces [lo, hi) by `data` (the CPython setslice_linear algorithm,
// including the advance of `start` when bytes go from the front).
int set_slice_linear(Object* self, ssize lo, ssize hi, const char* data, ssize len) {
  ByteArrayObject* b = as_bytearray(self);
  const ssize avail = hi - lo;
  const ssize growth = len - avail;
  int result = 0;
  if (growth < 0) {
    if (!can_resize(b)) return -1;
    if (lo == 0) {
      b->start -= growth;  // drop the front by moving the logical start
    } else {
      std::memmove(b->start + lo + len, b->start + hi, static_cast<size_t>(b->size - hi));
    }
    if (bytearray_resize(self, b->size + growth) < 0) {
      if (lo == 0) {
        b->start += growth;
        return -1;
      }
      b->size += growth;
      result = -1;
    }
  } else if (growth > 0) {
    if (b->size > kMaxSize - growth) {
      no_memory();
      return -1;
    }
    if (bytearray_resize(self, b->size + growth) < 0) return -1;
    std::memmove(b->start + lo + len, b->start + hi, static_cast<size_t>(b->size - lo - len));
  }
  if (len > 0) std::memcpy(b->start + lo, data, static_cast<size_t>(len));
  return result;
}

// self[lo:hi] = values (a bytes-like object) or del when values is null.
int set_slice(Object* self, ssize lo, ssize hi, Object* values) {
  std::string copy;
  if (values) {
    // Any simple contiguous buffer.
    std::string_view v;
    if (!has_buffer(values) || !bytes_like_view(values, &v)) {
      if (error_occurred() && !error_matches(reinterpret_cast<Object*>(&exc::BufferError))) return -1;
      clear_error();
      format_error(&exc::TypeError, "can't set bytearray slice from %.100s", values->type->name);
      return -1;
    }
    copy.assign(v);  // values may be self
  }
  const ssize size = bytearray_size(self);
  if (lo < 0) lo = 0;
  if (hi < lo) hi = lo;
  if (hi > size) hi = size;
  return set_slice_linear(self, lo, hi, copy.data(), static_cast<ssize>(copy.size()));
}

void bytearray_dealloc(Object* self) {
  std::free(as_bytearray(self)->bytes);
  free_object(self);
}

ssize bytearray_length(Object* self) { return bytearray_size(self); }

Object* bytearray_concat(Object* a, Object* b) {
  // Either side may be any buffer exporter (memoryview, array).
  std::string_view va, vb;
  if (!has_buffer(a) || !has_buffer(b)) {
    return format_error(&exc::TypeError, "can't concat %.100s to %.100s", b->type->name, a->type->name);
  }
  if (!bytes_like_view(a, &va) || !bytes_like_view(b, &vb)) {
    // A view that cannot give simple contiguous bytes cannot be concatenated.
    if (!error_matches(reinterpret_cast<Object*>(&exc::BufferError))) return nullptr;
    clear_error();
    return format_error(&exc::TypeError, "can't concat %.100s to %.100s", b->type->name, a->type->name);
  }
  Object* r = bytearray_from_data(nullptr, static_cast<ssize>(va.size() + vb.size()));
  if (!r) return nullptr;
  std::memcpy(bytearray_data(r), va.data(), va.size());
  std::memcpy(bytearray_data(r) + va.size(), vb.data(), vb.size());
  return r;
}

Object* bytearray_iconcat(Object* self, Object* other) {
  if (!has_buffer(other)) {
    return format_error(&exc::TypeError, "can't concat %.100s to %.100s", other->type->name, self->type->name);
  }
  std::string_view v;
  if (!bytes_like_view(other, &v)) {
    if (!error_matches(reinterpret_cast<Object*>(&exc::BufferError))) return nullptr;
    clear_error();
    return format_error(&exc::TypeError, "can't concat %.100s to %.100s", other->type->name, self->type->name);
  }
  // CPython holds a buffer of `other` while it grows self, so `b += b`
  // finds b exported and refuses to resize (unless there is nothing to add).
  if (other == self && !v.empty()) {
    set_error(&exc::BufferError, "Existing exports of data: object cannot be re-sized");
    return nullptr;
  }
  std::string copy(v);
  const ssize size = bytearray_size(self);
  if (size > kMaxSize - static_cast<ssize>(copy.size())) return no_memory();
  if (bytearray_resize(self, size + static_cast<ssize>(copy.size())) < 0) return nullptr;
  std::memcpy(bytearray_data(self) + size, copy.data(), copy.size());
  return newref(self);
}

Object* bytearray_repeat(Object* self, ssize count) {
  if (count < 0) count = 0;
  const ssize size = bytearray_size(self);
  if (count > 0 && size > kMaxSize / count) return no_memory();
  const ssize total = size * count;
  Object* r = bytearray_from_data(nullptr, total);
  if (!r || total == 0) return r;
  // Doubling copies: log2(count) memcpy calls rather than count.
  char* dst = bytearray_data(r);
  std::memcpy(dst, bytearray_data(self), static_cast<size_t>(size));
  for (ssize done = size; done < total;) {
    ssize chunk = done <= total - done ? done : total - done;
    std::memcpy(dst + done, dst, static_cast<size_t>(chunk));
    done += chunk;
  }
  return r;
}

Object* bytearray_irepeat(Object* self, ssize count) {
  if (count < 0) count = 0;
  const ssize size = bytearray_size(self);
  if (count > 0 && size > kMaxSize / count) return no_memory();
  const ssize total = size * count;
  if (bytearray_resize(self, total) < 0) return nullptr;
  char* buf = bytearray_data(self);
  for (ssize done = size; done < total;) {
    ssize chunk = done <= total - done ? done : total - done;
    std::memcpy(buf + done, buf, static_cast<size_t>(chunk));
    done += chunk;
  }
  return newref(self);
}

Object* bytearray_item(Object* self, ssize i) {
  if (i < 0 || i >= bytearray_size(self)) {
    set_error(&exc::IndexError, "bytearray index out of range");
    return nullptr;
  }
  return int_from_i64(static_cast<unsigned char>(bytearray_data(self)[i]));
}

int bytearray_contains(Object* self, Object* arg) {
  if (has_index(arg)) {
    int value;
    if (!byte_value(arg, &value)) return -1;
    return bytearray_view(self).find(static_cast<char>(value)) != std::string_view::npos;
  }
  std::string_view needle;
  if (!bytes_like_view(arg, &needle)) return -1;
  std::string copy(needle);
  return bytearray_view(self).find(copy) != std::string_view::npos;
}

Object* bytearray_subscript(Object* self, Object* index) {
  if (has_index(index)) {
    ssize i = number_as_ssize(index, &exc::IndexError);
    if (i == -1 && error_occurred()) return nullptr;
    if (i < 0) i += bytearray_size(self);
    return bytearray_item(self, i);
  }
  if (is_slice(index)) {
    ssize start, stop, step;
    if (slice_unpack(index, &start, &stop, &step) < 0) return nullptr;
    ssize n = slice_adjust_indices(bytearray_size(self), &start, &stop, step);
    if (n <= 0) return bytearray_from_data("", 0);
    if (step == 1) return bytearray_from_data(bytearray_data(self) + start, n);
    Object* r = bytearray_from_data(nullptr, n);
    if (!r) return nullptr;
    const char* src = bytearray_data(self);
    char* dst = bytearray_data(r);
    for (ssize i = 0, cur = start; i < n; ++i, cur += step) dst[i] = src[cur];
    return r;
  }
  return format_error(&exc::TypeError, "bytearray indices must be integers or slices, not %.200s",
                      index->type->name);
}

int bytearray_ass_subscript(Object* self, Object* index, Object* values) {
  ssize start, stop, step, slicelen;
  if (has_index(index)) {
    ssize i = number_as_ssize(index, &exc::IndexError);
    if (i == -1 && error_occurred()) return -1;
    // The value first: its __index__ may change the size (as CPython).
    int value = -1;
    if (values && !byte_value(values, &value)) return -1;
    if (i < 0) i += bytearray_size(self);
    if (i < 0 || i >= bytearray_size(self)) {
      set_error(&exc::IndexError, "bytearray index out of range");
      return -1;
    }
    if (values) {
      bytearray_data(self)[i] = static_cast<char>(value);
      return 0;
    }
    start = i;
    stop = i + 1;
    step = 1;
    slicelen = 1;
  } else if (is_slice(index)) {
    if (slice_unpack(index, &start, &stop, &step) < 0) return -1;
    slicelen = slice_adjust_indices(bytearray_size(self), &start, &stop, step);
  } else {
    format_error(&exc::TypeError, "bytearray indices must be integers or slices, not %.200s", index->type->name);
    return -1;
  }

  std::string data;
  if (values) {
    if (values == self || !is_bytearray(values)) {
      NumberMethods* nb = values->type->as_number;
      const bool number = (nb && (nb->nb_index || nb->nb_int || nb->nb_float)) || is_complex(values);
      if (number || is_str(values)) {
        set_error(&exc::TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        return -1;
      }
      Object* copy = call_function(&ByteArrayType, values);
      if (!copy) return -1;
      int r = bytearray_ass_subscript(self, index, copy);
      decref(copy);
      return r;
    }
    data.assign(bytearray_view(values));
  }
  const ssize needed = static_cast<ssize>(data.size());
  // b[5:2] = ... inserts before 5, not before 2.
  if ((step < 0 && start < stop) || (step > 0 && start > stop)) stop = start;
  if (step == 1) return set_slice_linear(self, start, stop, data.data(), needed);
  char* buf = bytearray_data(self);
  if (needed == 0) {
    // Delete an extended slice: close the gaps left to right.
    if (!can_resize(as_bytearray(self))) return -1;
    if (slicelen == 0) return 0;
    if (step < 0) {
      stop = start + 1;
      start = stop + step * (slicelen - 1) - 1;
      step = -step;
    }
    const ssize size = bytearray_size(self);
    size_t cur = static_cast<size_t>(start);
    for (ssize i = 0; i < slicelen; cur += static_cast<size_t>(step), ++i) {
      ssize lim = step - 1;
      if (cur + static_cast<size_t>(step) >= static_cast<size_t>(size)) lim = size - static_cast<ssize>(cur) - 1;
      std::memmove(buf + cur - i, buf + cur + 1, static_cast<size_t>(lim));
    }
    cur = static_cast<size_t>(start) + static_cast<size_t>(slicelen) * static_cast<size_t>(step);
    if (cur < static_cast<size_t>(size)) std::memmove(buf + cur - slicelen, buf + cur, static_cast<size_t>(size) - cur);
    return bytearray_resize(self, size - slicelen);
  }
  if (needed != slicelen) {
    format_error(&exc::ValueError, "attempt to assign bytes of size %zd to extended slice of size %zd", needed,
                 slicelen);
    return -1;
  }
  size_t cur = static_cast<size_t>(start);
  for (ssize i = 0; i < slicelen; cur += static_cast<size_t>(step), ++i) buf[cur] = data[static_cast<size_t>(i)];
  return 0;
}

Object* bytearray_richcompare(Object* a, Object* b, int op) {
  // Any contiguous buffer on either side compares by its bytes.
  if (!has_buffer(a) || !has_buffer(b)) return newref(NotImplemented);
  std::string_view x, y;
  if (!bytes_like_view(a, &x) || !bytes_like_view(b, &y)) {
    clear_error();
    return newref(NotImplemented);
  }
  if (x.size() != y.size() && (op == kEQ || op == kNE)) return bool_from(op == kNE);
  int c = x.compare(y);
  bool r;
  switch (op) {
    case kLT: r = c < 0; break;
    case kLE: r = c <= 0; break;
    case kEQ: r = c == 0; break;
    case kNE: r = c != 0; break;
    case kGT: r = c > 0; break;
    default: r = c >= 0; break;
  }
  return bool_from(r);
}

Object* bytearray_repr(Object* self) {
  std::string text = self->type->name;
  size_t dot = text.rfind('.');
  if (dot != std::string::npos) text = text.substr(dot + 1);
  text += "(";
  text += py_repr_bytearray_contents(bytearray_view(self));
  text += ")";
  return str_from_utf8(text);
}

Object* bytearray_mod(Object* v, Object* w) {
  if (!is_bytearray(v)) return newref(NotImplemented);
  return bytes_percent_format(v, w);
}

// PyType_GenericNew: an empty bytearray whatever the arguments (__init__
// reads them).
Object* bytearray_new(Type* type, Object*, Object*) { return type_generic_alloc(type, 0); }

// __init__(source=b'', encoding=None, errors=None)
int bytearray_get_buffer(Object* o, Buffer* view, bool) {
  ByteArrayObject* b = as_bytearray(o);
  static char empty[1] = {0};
  view->buf = b->start ? b->start : empty;
  view->len = b->size;
  view->readonly = false;
  ++b->exports;
  return 0;
}

void bytearray_release_buffer(Object* o, Buffer*) { --as_bytearray(o)->exports; }

const BufferProcs bytearray_buffer_procs{bytearray_get_buffer, bytearray_release_buffer};

int bytearray_init(Object* self, Object* args, Object* kwds) {
  static const ArgParser parser{"bytearray", {"source", "encoding", "errors"}, 0, 3};
  Object* argv[3] = {};
  if (!parse_args_dict(parser, args, kwds, argv)) return -1;
  for (int k = 1; k < 3; ++k) {
    if (argv[k] && !is_str(argv[k])) {
      format_error(&exc::TypeError, "bytearray() argument '%s' must be str, not %.50s", k == 1 ? "encoding" : "errors",
                   argument_type_name(argv[k]));
      return -1;
    }
  }
  Object* arg = argv[0];
  Object* encoding = argv[1];
  Object* errors = argv[2];
  if (bytearray_size(self) != 0 && bytearray_resize(self, 0) < 0) return -1;
  if (!arg) {
    if (encoding || errors) {
      set_error(&exc::TypeError, encoding ? "encoding without a string argument" : "errors without a string argument");
      return -1;
    }
    return 0;
  }
  if (is_str(arg)) {
    if (!encoding) {
      set_error(&exc::TypeError, "string argument without an encoding");
      return -1;
    }
    Object* encoded = str_encode(arg, encoding, errors);
    if (!encoded) return -1;
    Object* r = bytearray_iconcat(self, encoded);
    decref(encoded);
    if (!r) return -1;
    decref(r);
    return 0;
  }
  if (encoding || errors) {
    set_error(&exc::TypeError, encoding ? "encoding without a string argument" : "errors without a string argument");
    return -1;
  }
  if (has_index(arg)) {
    ssize count = number_as_ssize(arg, &exc::OverflowError);
    if (count == -1 && error_occurred()) {
      if (!error_matches(&exc::TypeError)) return -1;
      clear_error();
    } else {
      if (count < 0) {
        set_error(&exc::ValueError, "negative count");
        return -1;
      }
      if (count > 0) {
        if (bytearray_resize(self, count) < 0) return -1;
        std::memset(bytearray_data(self), 0, static_cast<size_t>(count));
      }
      return 0;
    }
  }
  if (is_bytes(arg) || is_bytearray(arg)) {
    std::string_view v;
    bytes_like_view(arg, &v);
    std::string copy(v);
    if (bytearray_resize(self, static_cast<ssize>(copy.size())) < 0) return -1;
    if (!copy.empty()) std::memcpy(bytearray_data(self), copy.data(), copy.size());
    return 0;
  }
  if (is_list_exact(arg) || is_tuple_exact(arg)) {
    const bool list = is_list(arg);
    const ssize n = list ? list_size(arg) : tuple_size(arg);
    bool slow = false;
    if (bytearray_resize(self, n) < 0) return -1;
    for (ssize i = 0; i < n; ++i) {
      Object* item = list ? list_item(arg, i) : tuple_item(arg, i);
      if (!is_int_exact(item)) {
        if (bytearray_size(self) != 0 && bytearray_resize(self, 0) < 0) return -1;
        slow = true;
        break;
      }
      int value;
      if (!byte_value(item, &value)) return -1;
      bytearray_data(self)[i] = static_cast<char>(value);
    }
    if (!slow) return 0;
  }
  Object* it = get_iter(arg);
  if (!it) {
    if (error_matches(&exc::TypeError)) {
      clear_error();
      format_error(&exc::TypeError, "cannot convert '%.200s' object to bytearray", arg->type->name);
    }
    return -1;
  }
  while (Object* item = iter_next(it)) {
    int value;
    bool ok = byte_value(item, &value);
    decref(item);
    ByteArrayObject* b = as_bytearray(self);
    if (ok) {
      if (b->size + 1 < b->alloc) {
        ++b->size;
        b->start[b->size] = '\0';
      } else if (bytearray_resize(self, b->size + 1) < 0) {
        ok = false;
      }
    }
    if (!ok) {
      decref(it);
      return -1;
    }
    bytearray_data(self)[bytearray_size(self) - 1] = static_cast<char>(value);
  }
  decref(it);
  return error_occurred() ? -1 : 0;
}

// ---- methods ----

Object* bytearray_append(Object* self, Object* item) {
  int value;
  if (!byte_value(item, &value)) return nullptr;
  const ssize n = bytearray_size(self);
  if (n == kMaxSize) {
    set_error(&exc::OverflowError, "cannot add more objects to bytearray");
    return nullptr;
  }
  if (bytearray_resize(self, n + 1) < 0) return nullptr;
  bytearray_data(self)[n] = static_cast<char>(value);
  return newref(None);
}

Object* bytearray_extend(Object* self, Object* iterable) {
  if (has_buffer(iterable)) {
    const ssize n = bytearray_size(self);
    if (set_slice(self, n, n, iterable) < 0) return nullptr;
    return newref(None);
  }
  Object* it = get_iter(iterable);
  if (!it) {
    if (error_matches(&exc::TypeError)) {
      clear_error();
      format_error(&exc::TypeError, "can't extend bytearray with %.100s", iterable->type->name);
    }
    return nullptr;
  }
  ssize buf_size = object_length_hint(iterable, 32);
  if (buf_size == -1) {
    decref(it);
    return nullptr;
  }
  Object* buffer = bytearray_from_data(nullptr, buf_size);
  if (!buffer) {
    decref(it);
    return nullptr;
  }
  ssize len = 0;
  while (Object* item = iter_next(it)) {
    int value;
    bool ok = byte_value(item, &value);
    decref(item);
    if (!ok) {
      decref(it);
      decref(buffer);
      return nullptr;
    }
    bytearray_data(buffer)[len++] = static_cast<char>(value);
    if (len >= buf_size) {
      ssize addition = len >> 1;
      buf_size = addition > kMaxSize - len - 1 ? kMaxSize : len + addition + 1;
      if (bytearray_resize(buffer, buf_size) < 0) {
        decref(it);
        decref(buffer);
        return nullptr;
      }
    }
  }
  decref(it);
  if (error_occurred() || bytearray_resize(buffer, len) < 0) {
    decref(buffer);
    return nullptr;
  }
  const ssize n = bytearray_size(self);
  int r = set_slice(self, n, n, buffer);
  decref(buffer);
  if (r < 0) return nullptr;
  return newref(None);
}

Object* bytearray_insert(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("insert", nargs, 2, 2)) return nullptr;
  ssize where;
  if (!arg_to_ssize(args[0], &where)) return nullptr;
  int value;
  if (!byte_value(args[1], &value)) return nullptr;
  const ssize n = bytearray_size(self);
  if (n == kMaxSize) {
    set_error(&exc::OverflowError, "cannot add more objects to bytearray");
    return nullptr;
  }
  if (bytearray_resize(self, n + 1) < 0) return nullptr;
  char* buf = bytearray_data(self);
  if (where < 0) {
    where += n;
    if (where < 0) where = 0;
  }
  if (where > n) where = n;
  std::memmove(buf + where + 1, buf + where, static_cast<size_t>(n - where));
  buf[where] = static_cast<char>(value);
  return newref(None);
}

Object* bytearray_pop(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("pop", nargs, 0, 1)) return nullptr;
  ssize index = -1;
  if (nargs && !arg_to_ssize(args[0], &index)) return nullptr;
  const ssize n = bytearray_size(self);
  if (n == 0) {
    set_error(&exc::IndexError, "pop from empty bytearray");
    return nullptr;
  }
  if (index < 0) index += n;
  if (index < 0 || index >= n) {
    set_error(&exc::IndexError, "pop index out of range");
    return nullptr;
  }
  if (!can_resize(as_bytearray(self))) return nullptr;
  char* buf = bytearray_data(self);
  unsigned char value = static_cast<unsigned char>(buf[index]);
  std::memmove(buf + index, buf + index + 1, static_cast<size_t>(n - index));
  if (bytearray_resize(self, n - 1) < 0) return nullptr;
  return int_from_i64(value);
}

Object* bytearray_remove(Object* self, Object* item) {
  int value;
  if (!byte_value(item, &value)) return nullptr;
  const ssize n = bytearray_size(self);
  char* buf = bytearray_data(self);
  const void* found = std::memchr(buf, value, static_cast<size_t>(n));
  if (!found) {
    set_error(&exc::ValueError, "value not found in bytearray");
    return nullptr;
  }
  if (!can_resize(as_bytearray(self))) return nullptr;
  ssize where = static_cast<const char*>(found) - buf;
  std::memmove(buf + where, buf + where + 1, static_cast<size_t>(n - where));
  if (bytearray_resize(self, n - 1) < 0) return nullptr;
  return newref(None);
}

Object* bytearray_reverse(Object* self) {
  char* buf = bytearray_data(self);
  for (ssize i = 0, j = bytearray_size(self) - 1; i < j; ++i, --j) std::swap(buf[i], buf[j]);
  return newref(None);
}

Object* bytearray_clear(Object* self) {
  if (bytearray_resize(self, 0) < 0) return nullptr;
  return newref(None);
}

Object* bytearray_copy(Object* self) { return bytearray_from_data(bytearray_data(self), bytearray_size(self)); }

Object* bytearray_alloc_method(Object* self) { return int_from_ssize(as_bytearray(self)->alloc); }

Object* bytearray_sizeof(Object* self) {
  return int_from_ssize(self->type->basicsize - managed_dict_slot_size(self->type) + as_bytearray(self)->alloc);
}

Object* common_reduce(Object* self, int protocol) {
  Object* state = object_getstate_for(self, false);
  if (!state) return nullptr;
  Object* args;
  if (bytearray_size(self) == 0) {
    args = tuple_new(0);
  } else if (protocol < 3) {
    // str-based, for Python 2 compatibility, as CPython does.
    Object* encoding = str_from_cstr("latin-1");
    Object* text = encoding ? bytes_decode_view(bytearray_view(self), encoding, nullptr) : nullptr;
    args = text ? tuple_pack({text, encoding}) : nullptr;
    xdecref(text);
    xdecref(encoding);
  } else {
    Object* b = bytes_from_data(bytearray_data(self), bytearray_size(self));
    args = b ? tuple_pack({b}) : nullptr;
    xdecref(b);
  }
  Object* r = args ? tuple_pack({self->type, args, state}) : nullptr;
  xdecref(args);
  decref(state);
  return r;
}

Object* bytearray_reduce(Object* self) { return common_reduce(self, 0); }

Object* bytearray_reduce_ex(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("__reduce_ex__", nargs, 0, 1)) return nullptr;
  int protocol = 0;
  if (nargs && !arg_to_int(args[0], &protocol)) return nullptr;
  return common_reduce(self, protocol);
}

// ---- iterator ----

struct ByteArrayIterObject : Object {
  ssize index;
  Object* seq;  // null once exhausted
};

void bytearrayiter_dealloc(Object* o) {
  gc_untrack(o);
  xdecref(static_cast<ByteArrayIterObject*>(o)->seq);
  free_object(o);
}

int bytearrayiter_traverse(Object* o, visitproc visit, void* arg) {
  GLASSPY_VISIT(static_cast<ByteArrayIterObject*>(o)->seq);
  return 0;
}

Object* bytearrayiter_next(Object* o) {
  ByteArrayIterObject* it = static_cast<ByteArrayIterObject*>(o);
  Object* seq = it->seq;
  if (!seq) return nullptr;
  if (it->index < bytearray_size(seq))
    return int_from_i64(static_cast<unsigned char>(bytearray_data(seq)[it->index++]));
  it->seq = nullptr;
  decref(seq);
  return nullptr;
}

Object* bytearrayiter_length_hint(Object* o) {
  ByteArrayIterObject* it = static_cast<ByteArrayIterObject*>(o);
  ssize n = it->seq ? bytearray_size(it->seq) - it->index : 0;
  return int_from_ssize(n < 0 ? 0 : n);
}

Object* iter_self(Object* o) { return newref(o); }

Object* bytearrayiter_reduce(Object* o) {
  ByteArrayIterObject* it = static_cast<ByteArrayIterObject*>(o);
  if (!it->seq) return iter_of_reduce(tuple_new(0));
  return iterator_reduce_at("iter", it->seq, it->index);
}

Object* bytearrayiter_setstate(Object* o, Object* state) {
  ByteArrayIterObject* it = static_cast<ByteArrayIterObject*>(o);
  ssize index;
  if (!iterator_state_index(state, &index)) return nullptr;
  if (it->seq) {
    ssize size = bytearray_size(it->seq);
    it->index = index < 0 ? 0 : (index > size ? size : index);
  }
  return newref(None);
}

MethodDef bytearrayiter_methods[] = {
    {"__length_hint__", bytearrayiter_length_hint, "How many items the iterator has left, as far as it knows."},
    {"__reduce__", bytearrayiter_reduce, "What pickle and copy need to rebuild this object."},
    {"__setstate__", bytearrayiter_setstate, "Restores the position pickle saved."},
    {},
};

Object* bytearray_iter(Object* seq) {
  Object* o = allocate_object(&ByteArrayIterType, sizeof(ByteArrayIterObject));
  if (!o) return nullptr;
  static_cast<ByteArrayIterObject*>(o)->index = 0;
  static_cast<ByteArrayIterObject*>(o)->seq = newref(seq);
  gc_track(o);
  return o;
}

MethodDef bytearray_methods[] = {
    {"__alloc__", bytearray_alloc_method, "B.__alloc__() -> int\n\nReturn the number of bytes actually allocated."},
    {"__reduce__", bytearray_reduce, "__reduce__($self, /)\n--\n\n"
     "What pickle and copy need to rebuild this object."},
    {"__reduce_ex__", bytearray_reduce_ex, "__reduce_ex__($self, proto=0, /)\n--\n\n"
     "What pickle and copy need to rebuild this object."},
    {"__sizeof__", bytearray_sizeof, "__sizeof__($self, /)\n--\n\n"
     "Returns the size of the bytearray object in memory, in bytes."},
    {"append", bytearray_append, "append($self, item, /)\n--\n\n"
     "Append a single item to the end of the bytearray.\n\n  item\n    The item to be appended."},
    {"capitalize", bytes_capitalize, "B.capitalize() -> copy of B\n\nReturn a copy of B with only its first character capitalized (ASCII)\nand the rest lower-cased."},
    {"center", bytes_center,
     "center($self, width, fillchar=b' ', /)\n--\n\n"
     "Return a centered string of length width.\n\nPadding is done using the specified fill character."},
    {"clear", bytearray_clear, "clear($self, /)\n--\n\n"
     "Remove all items from the bytearray."},
    {"copy", bytearray_copy, "copy($self, /)\n--\n\n"
     "Return a copy of B."},
    {"count", bytes_count, "B.count(sub[, start[, end]]) -> int\n\nReturn the number of non-overlapping occurrences of subsection sub in\nbytes B[start:end].  Optional arguments start and end are interpreted\nas in slice notation."},
    {"decode", bytes_decode,
     "decode($self, /, encoding='utf-8', errors='strict')\n--\n\n"
     "Decode the bytearray using the codec registered for encoding.\n\n  encoding\n    The encoding with which to decode the bytearray.\n  errors\n    The error handling scheme to use for the handling of decoding errors.\n    The default is 'strict' meaning that decoding errors raise a\n    UnicodeDecodeError. Other possible values are 'ignore' and 'replace'\n    as well as any other name registered with codecs.register_error that\n    can handle UnicodeDecodeErrors."},
    {"endswith", bytes_endswith, "B.endswith(suffix[, start[, end]]) -> bool\n\nReturn True if B ends with the specified suffix, False otherwise.\nWith optional start, test B beginning at that position.\nWith optional end, stop comparing B at that position.\nsuffix can also be a tuple of bytes to try."},
    {"expandtabs", bytes_expandtabs, "expandtabs($self, /, tabsize=8)\n--\n\n"
     "Return a copy where all tab characters are expanded using spaces.\n\nIf tabsize is not given, a tab size of 8 characters is assumed."},
    {"extend", bytearray_extend,
     "extend($self, iterable_of_ints, /)\n--\n\n"
     "Append all the items from the iterator or sequence to the end of the bytearray.\n\n  iterable_of_ints\n    The iterable of items to append."},
    {"find", bytes_find, "B.find(sub[, start[, end]]) -> int\n\nReturn the lowest index in B where subsection sub is found,\nsuch that sub is contained within B[start,end].  Optional\narguments start and end are interpreted as in slice notation.\n\nReturn -1 on failure."},
    {"fromhex", bytes_fromhex, "fromhex($type, string, /)\n--\n\n"
     "Create a bytearray object from a string of hexadecimal numbers.\n\nSpaces between two numbers are accepted.\nExample: bytearray.fromhex('B9 01EF') -> bytearray(b'\\\\xb9\\\\x01\\\\xef')", Binding::kClass},
    {"hex", bytes_hex,
     "hex($self, /, sep=<unrepresentable>, bytes_per_sep=1)\n--\n\n"
     "Create a string of hexadecimal numbers from a bytearray object.\n\n  sep\n    An optional single character or byte to separate hex bytes.\n  bytes_per_sep\n    How many bytes between separators.  Positive values count from the\n    right, negative values count from the left.\n\nExample:\n>>> value = bytearray([0xb9, 0x01, 0xef])\n>>> value.hex()\n'b901ef'\n>>> value.hex(':')\n'b9:01:ef'\n>>> value.hex(':', 2)\n'b9:01ef'\n>>> value.hex(':', -2)\n'b901:ef'"},
    {"index", bytes_index, "B.index(sub[, start[, end]]) -> int\n\nReturn the lowest index in B where subsection sub is found,\nsuch that sub is contained within B[start,end].  Optional\narguments start and end are interpreted as in slice notation.\n\nRaises ValueError when the subsection is not found."},
    {"insert", bytearray_insert, "insert($self, index, item, /)\n--\n\n"
     "Insert a single item into the bytearray before the given index.\n\n  index\n    The index where the value is to be inserted.\n  item\n    The item to be inserted."},
    {"isalnum", bytes_isalnum, "B.isalnum() -> bool\n\nReturn True if all characters in B are alphanumeric\nand there is at least one character in B, False otherwise."},
    {"isalpha", bytes_isalpha, "B.isalpha() -> bool\n\nReturn True if all characters in B are alphabetic\nand there is at least one character in B, False otherwise."},
    {"isascii", bytes_isascii, "B.isascii() -> bool\n\nReturn True if B is empty or all characters in B are ASCII,\nFalse otherwise."},
    {"isdigit", bytes_isdigit, "B.isdigit() -> bool\n\nReturn True if all characters in B are digits\nand there is at least one character in B, False otherwise."},
    {"islower", bytes_islower, "B.islower() -> bool\n\nReturn True if all cased characters in B are lowercase and there is\nat least one cased character in B, False otherwise."},
    {"isspace", bytes_isspace, "B.isspace() -> bool\n\nReturn True if all characters in B are whitespace\nand there is at least one character in B, False otherwise."},
    {"istitle", bytes_istitle, "B.istitle() -> bool\n\nReturn True if B is a titlecased string and there is at least one\ncharacter in B, i.e. uppercase characters may only follow uncased\ncharacters and lowercase characters only cased ones. Return False\notherwise."},
    {"isupper", bytes_isupper, "B.isupper() -> bool\n\nReturn True if all cased characters in B are uppercase and there is\nat least one cased character in B, False otherwise."},
    {"join", bytes_join,
     "join($self, iterable_of_bytes, /)\n--\n\n"
     "Concatenate any number of bytes/bytearray objects.\n\nThe bytearray whose method is called is inserted in between each pair.\n\nThe result is returned as a new bytearray object."},
    {"ljust", bytes_ljust,
     "ljust($self, width, fillchar=b' ', /)\n--\n\n"
     "Return a left-justified string of length width.\n\nPadding is done using the specified fill character."},
    {"lower", bytes_lower, "B.lower() -> copy of B\n\nReturn a copy of B with all ASCII characters converted to lowercase."},
    {"lstrip", bytes_lstrip, "lstrip($self, bytes=None, /)\n--\n\n"
     "Strip leading bytes contained in the argument.\n\nIf the argument is omitted or None, strip leading ASCII whitespace."},
    {"maketrans", bytes_maketrans, "maketrans(frm, to, /)\n--\n\nReturn a translation table useable for the bytes or bytearray translate method.\n\nThe returned table will be one where each byte in frm is mapped to the byte at\nthe same position in to.\n\nThe bytes objects frm and to must be of the same length.", Binding::kStatic},
    {"partition", bytes_partition, "partition($self, sep, /)\n--\n\n"
     "Partition the bytearray into three parts using the given separator.\n\nThis will search for the separator sep in the bytearray. If the separator is\nfound, returns a 3-tuple containing the part before the separator, the\nseparator itself, and the part after it as new bytearray objects.\n\nIf the separator is not found, returns a 3-tuple containing the copy of the\noriginal bytearray object and two empty bytearray objects."},
    {"pop", bytearray_pop, "pop($self, index=-1, /)\n--\n\n"
     "Remove and return a single item from B.\n\n  index\n    The index from where to remove the item.\n    -1 (the default value) means remove the last item.\n\nIf no index argument is given, will pop the last item."},
    {"remove", bytearray_remove, "remove($self, value, /)\n--\n\n"
     "Remove the first occurrence of a value in the bytearray.\n\n  value\n    The value to remove."},
    {"replace", bytes_replace,
     "replace($self, old, new, count=-1, /)\n--\n\n"
     "Return a copy with all occurrences of substring old replaced by new.\n\n  count\n    Maximum number of occurrences to replace.\n    -1 (the default value) means replace all occurrences.\n\nIf the optional argument count is given, only the first count occurrences are\nreplaced."},
    {"removeprefix", bytes_removeprefix, "removeprefix($self, prefix, /)\n--\n\n"
     "Return a bytearray with the given prefix string removed if present.\n\nIf the bytearray starts with the prefix string, return\nbytearray[len(prefix):].  Otherwise, return a copy of the original\nbytearray."},
    {"removesuffix", bytes_removesuffix, "removesuffix($self, suffix, /)\n--\n\n"
     "Return a bytearray with the given suffix string removed if present.\n\nIf the bytearray ends with the suffix string and that suffix is not\nempty, return bytearray[:-len(suffix)].  Otherwise, return a copy of\nthe original bytearray."},
    {"reverse", bytearray_reverse, "reverse($self, /)\n--\n\n"
     "Reverse the order of the values in B in place."},
    {"rfind", bytes_rfind, "B.rfind(sub[, start[, end]]) -> int\n\nReturn the highest index in B where subsection sub is found,\nsuch that sub is contained within B[start,end].  Optional\narguments start and end are interpreted as in slice notation.\n\nReturn -1 on failure."},
    {"rindex", bytes_rindex, "B.rindex(sub[, start[, end]]) -> int\n\nReturn the highest index in B where subsection sub is found,\nsuch that sub is contained within B[start,end].  Optional\narguments start and end are interpreted as in slice notation.\n\nRaise ValueError when the subsection is not found."},
    {"rjust", bytes_rjust,
     "rjust($self, width, fillchar=b' ', /)\n--\n\n"
     "Return a right-justified string of length width.\n\nPadding is done using the specified fill character."},
    {"rpartition", bytes_rpartition, "rpartition($self, sep, /)\n--\n\n"
     "Partition the bytearray into three parts using the given separator.\n\nThis will search for the separator sep in the bytearray, starting at the end.\nIf the separator is found, returns a 3-tuple containing the part before the\nseparator, the separator itself, and the part after it as new bytearray\nobjects.\n\nIf the separator is not found, returns a 3-tuple containing two empty bytearray\nobjects and the copy of the original bytearray object."},
    {"rsplit", bytes_rsplit,
     "rsplit($self, /, sep=None, maxsplit=-1)\n--\n\n"
     "Return a list of the sections in the bytearray, using sep as the delimiter.\n\n  sep\n    The delimiter according which to split the bytearray.\n    None (the default value) means split on ASCII whitespace characters\n    (space, tab, return, newline, formfeed, vertical tab).\n  maxsplit\n    Maximum number of splits to do.\n    -1 (the default value) means no limit.\n\nSplitting is done starting at the end of the bytearray and working to the front."},
    {"rstrip", bytes_rstrip, "rstrip($self, bytes=None, /)\n--\n\n"
     "Strip trailing bytes contained in the argument.\n\nIf the argument is omitted or None, strip trailing ASCII whitespace."},
    {"split", bytes_split,
     "split($self, /, sep=None, maxsplit=-1)\n--\n\n"
     "Return a list of the sections in the bytearray, using sep as the delimiter.\n\n  sep\n    The delimiter according which to split the bytearray.\n    None (the default value) means split on ASCII whitespace characters\n    (space, tab, return, newline, formfeed, vertical tab).\n  maxsplit\n    Maximum number of splits to do.\n    -1 (the default value) means no limit."},
    {"splitlines", bytes_splitlines,
     "splitlines($self, /, keepends=False)\n--\n\n"
     "Return a list of the lines in the bytearray, breaking at line boundaries.\n\nLine breaks are not included in the resulting list unless keepends is given and\ntrue."},
    {"startswith", bytes_startswith, "B.startswith(prefix[, start[, end]]) -> bool\n\nReturn True if B starts with the specified prefix, False otherwise.\nWith optional start, test B beginning at that position.\nWith optional end, stop comparing B at that position.\nprefix can also be a tuple of bytes to try."},
    {"strip", bytes_strip, "strip($self, bytes=None, /)\n--\n\n"
     "Strip leading and trailing bytes contained in the argument.\n\nIf the argument is omitted or None, strip leading and trailing ASCII whitespace."},
    {"swapcase", bytes_swapcase, "B.swapcase() -> copy of B\n\nReturn a copy of B with uppercase ASCII characters converted\nto lowercase ASCII and vice versa."},
    {"title", bytes_title, "B.title() -> copy of B\n\nReturn a titlecased version of B, i.e. ASCII words start with uppercase\ncharacters, all remaining cased characters have lowercase."},
    {"translate", bytes_translate,
     "translate($self, table, /, delete=b'')\n--\n\n"
     "Return a copy with each character mapped by the given translation table.\n\n  table\n    Translation table, which must be a bytes object of length 256.\n\nAll characters occurring in the optional argument delete are removed.\nThe remaining characters are mapped through the given translation table."},
    {"upper", bytes_upper, "B.upper() -> copy of B\n\nReturn a copy of B with all ASCII characters converted to uppercase."},
    {"zfill", bytes_zfill, "zfill($self, width, /)\n--\n\n"
     "Pad a numeric string with zeros on the left, to fill a field of the given width.\n\nThe original string is never truncated."},
    {},
};

NumberMethods bytearray_as_number = {
    .nb_remainder = bytearray_mod,
};

SequenceMethods bytearray_as_sequence = {
    .sq_length = bytearray_length,
    .sq_concat = bytearray_concat,
    .sq_repeat = bytearray_repeat,
    .sq_item = bytearray_item,
    .sq_contains = bytearray_contains,
    .sq_inplace_concat = bytearray_iconcat,
    .sq_inplace_repeat = bytearray_irepeat,
};

MappingMethods bytearray_as_mapping = {
    .mp_length = bytearray_length,
    .mp_subscript = bytearray_subscript,
    .mp_ass_subscript = bytearray_ass_subscript,
};

}  // namespace

Type ByteArrayType{{
    .name = "bytearray",
    .basicsize = sizeof(ByteArrayObject),
    .dealloc = bytearray_dealloc,
    .repr = bytearray_repr,
    .as_number = &bytearray_as_number,
    .as_sequence = &bytearray_as_sequence,
    .as_mapping = &bytearray_as_mapping,
    .hash = hash_not_implemented,
    .str = bytearray_repr,
    .getattro = generic_getattr,
    .flags = tpflags::kBaseType | tpflags::kMatchSelf,
    .doc = "bytearray(iterable_of_ints) -> bytearray\nbytearray(string, encoding[, errors]) -> bytearray\n"
           "bytearray(bytes_or_buffer) -> mutable copy of bytes_or_buffer\nbytearray(int) -> bytes array of size "
           "given by the parameter initialized with null bytes\nbytearray() -> empty bytes array\n\n"
           "Construct a mutable bytearray object from:\n  - an iterable yielding integers in range(256)\n"
           "  - a text string encoded using the specified encoding\n  - a bytes or a buffer object\n"
           "  - any object implementing the buffer API.\n  - an integer",
    .richcompare = bytearray_richcompare,
    .iter = bytearray_iter,
    .methods = bytearray_methods,
    .init = bytearray_init,
    .new_ = bytearray_new,
    .as_buffer = &bytearray_buffer_procs,
}};

Type ByteArrayIterType{{
    .name = "bytearray_iterator",
    .basicsize = sizeof(ByteArrayIterObject),
    .dealloc = bytearrayiter_dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .traverse = bytearrayiter_traverse,
    .iter = iter_self,
    .iternext = bytearrayiter_next,
    .methods = bytearrayiter_methods,
}};

}  // namespace glasspy
