// `_struct`: Struct objects, their unpack iterator and the module-level
// functions behind struct.py (the format language is struct_format.cpp).
//
// A Struct keeps its parsed layout in a heap-allocated StructLayout (the
// object's memory is raw, so the C++ member is built in __new__ and
// destroyed in dealloc).  As in CPython, __new__ makes an empty Struct
// (format '', size -1) and __init__ parses, so subclasses can pass their own
// format.  The module functions look formats up in a small cache of Struct
// objects, emptied when it reaches 100 entries or by _clearcache().
#include <cstring>
#include <new>

#include "modules/native_type_support.h"
#include "modules/struct_format.h"
#include "modules/struct_module.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/gc.h"
#include "objects/weakref.h"
#include "objects/type.h"
#include "vm/module_object.h"

namespace glasspy {

namespace {

Object* struct_error = nullptr;  // struct.error, created with the module
Object* struct_cache = nullptr;  // format -> Struct
constexpr ssize kMaxCache = 100;

Type* error_type() { return reinterpret_cast<Type*>(struct_error); }

struct StructObject : Object {
  StructLayout* layout;
  Object* format;  // str
  Object* weakreflist;
};

StructObject* as_struct(Object* o) { return static_cast<StructObject*>(o); }

extern Type StructType;
extern Type UnpackIterType;

Object* struct_new(Type* type, Object*, Object*) {
  Object* o = type_generic_alloc(type, 0);
  if (!o) return nullptr;
  StructObject* s = as_struct(o);
  s->layout = new (std::nothrow) StructLayout;
  s->format = str_from_cstr("");
  if (!s->layout || !s->format) {
    decref(o);
    return nullptr;
  }
  s->layout->size = -1;
  return o;
}

void struct_dealloc(Object* o) {
  StructObject* s = as_struct(o);
  if (s->weakreflist) clear_weakrefs(o);
  delete s->layout;
  xdecref(s->format);
  free_object(o);
}

// Struct.__init__(format): str or bytes.
int struct_init(Object* self, Object* args, Object* kwds) {
  ArgParser parser{"Struct", {"format"}, 1, 1};
  Object* a[1];
  if (!parse_args_dict(parser, args, kwds, a)) return -1;
  Object* format = a[0];
  std::string_view text;
  ObjRef format_str;
  if (is_str(format)) {
    ssize len;
    const char* utf8 = str_as_utf8(format, &len);
    if (!utf8) return -1;
    text = std::string_view(utf8, static_cast<size_t>(len));
    format_str = ObjRef::borrow(format);
  } else if (is_bytes(format)) {
    text = bytes_view(format);
    format_str = ObjRef::steal(str_from_utf8(text));
    if (!format_str) return -1;
  } else {
    format_error(&exc::TypeError, "Struct() argument 1 must be a str or bytes object, not %.200s",
                 type_name(format->type));
    return -1;
  }
  StructLayout layout;
  if (struct_parse(text, error_type(), &layout) < 0) return -1;
  StructObject* s = as_struct(self);
  *s->layout = std::move(layout);
  setref(s->format, format_str.release());
  return 0;
}

Object* struct_pack_method(Object* self, Object* const* args, ssize nargs) {
  const StructLayout& layout = *as_struct(self)->layout;
  if (nargs != layout.nitems) {
    return format_error(error_type(), "pack expected %zd items for packing (got %zd)", layout.nitems, nargs);
  }
  Object* result = bytes_new_uninitialized(layout.size);
  if (!result) return nullptr;
  std::memset(bytes_data(result), 0, static_cast<size_t>(layout.size));
  if (struct_pack(layout, args, bytes_data(result), error_type()) < 0) {
    decref(result);
    return nullptr;
  }
  return result;
}

Object* struct_pack_into_method(Object* self, Object* const* args, ssize nargs) {
  const StructLayout& layout = *as_struct(self)->layout;
  if (nargs != layout.nitems + 2) {
    if (nargs == 0) return format_error(error_type(), "pack_into expected buffer argument");
    if (nargs == 1) return format_error(error_type(), "pack_into expected offset argument");
    return format_error(error_type(), "pack_into expected %zd items for packing (got %zd)", layout.nitems,
                        nargs - 2);
  }
  Buffer view;
  if (get_buffer(args[0], &view, true) < 0) {
    clear_error();
    return format_error(&exc::TypeError, "argument must be read-write bytes-like object, not %.50s",
                        type_name(args[0]->type));
  }
  ssize offset;
  if (!arg_to_ssize(args[1], &offset)) {
    release_buffer(&view);
    return nullptr;
  }
  if (offset < 0) {
    if (offset + layout.size > 0) {
      release_buffer(&view);
      return format_error(error_type(), "no space to pack %zd bytes at offset %zd", layout.size, offset);
    }
    if (offset + view.len < 0) {
      release_buffer(&view);
      return format_error(error_type(), "offset %zd out of range for %zd-byte buffer", offset, view.len);
    }
    offset += view.len;
  }
  if (view.len - offset < layout.size) {
    Object* r = format_error(error_type(),
                             "pack_into requires a buffer of at least %zu bytes for packing %zd bytes at offset %zd "
                             "(actual buffer size is %zd)",
                             static_cast<size_t>(layout.size) + static_cast<size_t>(offset), layout.size, offset,
                             view.len);
    release_buffer(&view);
    return r;
  }
  // Packed in place, as CPython does: an item that fails leaves the ones
  // before it written.
  std::memset(view.buf + offset, 0, static_cast<size_t>(layout.size));
  int ok = struct_pack(layout, args + 2, view.buf + offset, error_type());
  release_buffer(&view);
  if (ok < 0) return nullptr;
  return newref(None);
}

// The buffer check shared by unpack and iter_unpack.
bool get_read_buffer(Object* o, Buffer* view) { return get_buffer(o, view, false) == 0; }

Object* struct_unpack_method(Object* self, Object* buffer) {
  const StructLayout& layout = *as_struct(self)->layout;
  Buffer view;
  if (!get_read_buffer(buffer, &view)) return nullptr;
  if (view.len != layout.size) {
    release_buffer(&view);
    return format_error(error_type(), "unpack requires a buffer of %zd bytes", layout.size);
  }
  Object* r = struct_unpack(layout, view.buf);
  release_buffer(&view);
  return r;
}

Object* unpack_from_impl(Object* self, Object* buffer, Object* offset_arg) {
  const StructLayout& layout = *as_struct(self)->layout;
  ssize offset = 0;
  if (offset_arg && !arg_to_ssize(offset_arg, &offset)) return nullptr;
  Buffer view;
  if (!get_read_buffer(buffer, &view)) return nullptr;
  if (offset < 0) {
    if (offset + layout.size > 0) {
      release_buffer(&view);
      return format_error(error_type(), "not enough data to unpack %zd bytes at offset %zd", layout.size, offset);
    }
    if (offset + view.len < 0) {
      release_buffer(&view);
      return format_error(error_type(), "offset %zd out of range for %zd-byte buffer", offset, view.len);
    }
    offset += view.len;
  }
  if (view.len - offset < layout.size) {
    Object* r = format_error(error_type(),
                             "unpack_from requires a buffer of at least %zu bytes for unpacking %zd bytes at offset "
                             "%zd (actual buffer size is %zd)",
                             static_cast<size_t>(layout.size) + static_cast<size_t>(offset), layout.size, offset,
                             view.len);
    release_buffer(&view);
    return r;
  }
  Object* r = struct_unpack(layout, view.buf + offset);
  release_buffer(&view);
  return r;
}

Object* struct_unpack_from_method(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  ArgParser parser{"unpack_from", {"buffer", "offset"}, 1, 2};
  Object* a[2];
  if (!parse_args(parser, args, nargs, kwnames, a)) return nullptr;
  return unpack_from_impl(self, a[0], a[1]);
}

// ---- unpack_iterator

struct UnpackIterObject : Object {
  Object* so;  // the Struct
  Buffer view;
  ssize index;  // byte offset of the next record
};

UnpackIterObject* as_iter(Object* o) { return static_cast<UnpackIterObject*>(o); }

void iter_dealloc(Object* o) {
  gc_untrack(o);
  UnpackIterObject* it = as_iter(o);
  xdecref(it->so);
  release_buffer(&it->view);
  free_object(o);
}

int iter_traverse(Object* o, visitproc visit, void* arg) {
  UnpackIterObject* it = as_iter(o);
  if (it->so) {
    int r = visit(it->so, arg);
    if (r) return r;
  }
  if (it->view.obj) return visit(it->view.obj, arg);
  return 0;
}

Object* iter_next(Object* o) {
  UnpackIterObject* it = as_iter(o);
  if (!it->so) return nullptr;
  const StructLayout& layout = *as_struct(it->so)->layout;
  if (it->index >= it->view.len) {
    release_buffer(&it->view);
    clear_ref(it->so);
    return nullptr;
  }
  Object* r = struct_unpack(layout, it->view.buf + it->index);
  it->index += layout.size;
  return r;
}

Object* iter_length_hint(Object* o) {
  UnpackIterObject* it = as_iter(o);
  ssize n = 0;
  if (it->so) n = (it->view.len - it->index) / as_struct(it->so)->layout->size;
  return int_from_ssize(n);
}

MethodDef iter_methods[] = {
    MethodDef("__length_hint__", static_cast<NoArgsMethod>(iter_length_hint)),
    {},
};

Type UnpackIterType{{
    .name = "_struct.unpack_iterator",
    .basicsize = sizeof(UnpackIterObject),
    .dealloc = iter_dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC,
    .traverse = iter_traverse,
    .iter = return_self,
    .iternext = iter_next,
    .methods = iter_methods,
}};

Object* struct_iter_unpack_method(Object* self, Object* buffer) {
  const StructLayout& layout = *as_struct(self)->layout;
  if (layout.size == 0) return format_error(error_type(), "cannot iteratively unpack with a struct of length 0");
  if (type_ready(&UnpackIterType) < 0) return nullptr;
  Buffer view;
  if (!get_read_buffer(buffer, &view)) return nullptr;
  if (view.len % layout.size != 0) {
    release_buffer(&view);
    return format_error(error_type(), "iterative unpacking requires a buffer of a multiple of %zd bytes",
                        layout.size);
  }
  Object* o = type_generic_alloc(&UnpackIterType, 0);
  if (!o) {
    release_buffer(&view);
    return nullptr;
  }
  UnpackIterObject* it = as_iter(o);
  it->so = newref(self);
  it->view = view;
  it->index = 0;
  return o;
}

Object* struct_sizeof(Object* self) {
  const StructLayout& layout = *as_struct(self)->layout;
  return int_from_ssize(self->type->basicsize + static_cast<ssize>(sizeof(StructLayout)) +
                        static_cast<ssize>(layout.codes.size() * sizeof(StructCode)));
}

Object* struct_get_format(Object* self, void*) { return newref(as_struct(self)->format); }
Object* struct_get_size(Object* self, void*) { return int_from_ssize(as_struct(self)->layout->size); }

MethodDef struct_methods[] = {
    MethodDef("iter_unpack", static_cast<OneArgMethod>(struct_iter_unpack_method),
              "Return an iterator yielding tuples unpacked from the buffer, record by record."),
    MethodDef("pack", static_cast<FastMethod>(struct_pack_method),
              "Return a bytes object containing the values packed by this Struct's format."),
    MethodDef("pack_into", static_cast<FastMethod>(struct_pack_into_method),
              "Pack the values into a writable buffer starting at offset."),
    MethodDef("unpack", static_cast<OneArgMethod>(struct_unpack_method),
              "Return a tuple containing the values unpacked from the buffer."),
    MethodDef("unpack_from", static_cast<FastKeywordsMethod>(struct_unpack_from_method),
              "Return a tuple containing the values unpacked from the buffer, starting at offset."),
    MethodDef("__sizeof__", static_cast<NoArgsMethod>(struct_sizeof), "S.__sizeof__() -> size of S in memory, in bytes"),
    {},
};

GetSetDef struct_getset[] = {
    {"format", struct_get_format, nullptr, "struct format string"},
    {"size", struct_get_size, nullptr, "struct size in bytes"},
    {},
};

Type StructType{{
    .name = "_struct.Struct",
    .basicsize = sizeof(StructObject),
    .dealloc = struct_dealloc,
    .getattro = generic_getattr,
    .setattro = generic_setattr,
    .flags = tpflags::kBaseType,
    .doc = "Struct(format)\n--\n\nCreate a compiled struct object.",
    .weaklistoffset = offsetof(StructObject, weakreflist),
    .methods = struct_methods,
    .getset = struct_getset,
    .init = struct_init,
    .new_ = struct_new,
}};

// ---- module functions

// The cached Struct for a format (new reference), made on first use.
Object* cached_struct(Object* format) {
  if (!is_str(format) && !is_bytes(format)) {
    return format_error(&exc::TypeError, "Struct() argument 1 must be a str or bytes object, not %.200s",
                        type_name(format->type));
  }
  Object* found = dict_get_item(struct_cache, format);
  if (found) return newref(found);
  if (error_occurred()) return nullptr;
  Object* s = call_function(static_cast<Object*>(&StructType), format);
  if (!s) return nullptr;
  if (dict_size(struct_cache) >= kMaxCache) dict_clear(struct_cache);
  if (dict_set_item(struct_cache, format, s) < 0) {
    decref(s);
    return nullptr;
  }
  return s;
}

Object* module_calcsize(Object*, Object* format) {
  ObjRef s = ObjRef::steal(cached_struct(format));
  if (!s) return nullptr;
  return int_from_ssize(as_struct(s.get())->layout->size);
}

Object* module_pack(Object*, Object* const* args, ssize nargs) {
  if (nargs == 0) return format_error(&exc::TypeError, "missing format argument");
  ObjRef s = ObjRef::steal(cached_struct(args[0]));
  if (!s) return nullptr;
  return struct_pack_method(s.get(), args + 1, nargs - 1);
}

Object* module_pack_into(Object*, Object* const* args, ssize nargs) {
  if (nargs == 0) return format_error(&exc::TypeError, "missing format argument");
  ObjRef s = ObjRef::steal(cached_struct(args[0]));
  if (!s) return nullptr;
  return struct_pack_into_method(s.get(), args + 1, nargs - 1);
}

Object* module_unpack(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("unpack", nargs, 2, 2)) return nullptr;
  ObjRef s = ObjRef::steal(cached_struct(args[0]));
  if (!s) return nullptr;
  return struct_unpack_method(s.get(), args[1]);
}

Object* module_unpack_from(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  ArgParser parser{"unpack_from", {"", "buffer", "offset"}, 2, 3};
  Object* a[3];
  if (!parse_args(parser, args, nargs, kwnames, a)) return nullptr;
  ObjRef s = ObjRef::steal(cached_struct(a[0]));
  if (!s) return nullptr;
  return unpack_from_impl(s.get(), a[1], a[2]);
}

Object* module_iter_unpack(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("iter_unpack", nargs, 2, 2)) return nullptr;
  ObjRef s = ObjRef::steal(cached_struct(args[0]));
  if (!s) return nullptr;
  return struct_iter_unpack_method(s.get(), args[1]);
}

Object* module_clearcache(Object*) {
  dict_clear(struct_cache);
  return newref(None);
}

MethodDef struct_functions[] = {
    MethodDef("_clearcache", static_cast<NoArgsMethod>(module_clearcache), "Clear the internal cache."),
    MethodDef("calcsize", static_cast<OneArgMethod>(module_calcsize),
              "Return size in bytes of the struct described by the format string."),
    MethodDef("iter_unpack", static_cast<FastMethod>(module_iter_unpack),
              "Return an iterator yielding tuples unpacked from the buffer according to the format."),
    MethodDef("pack", static_cast<FastMethod>(module_pack),
              "Return a bytes object containing the values packed according to the format string."),
    MethodDef("pack_into", static_cast<FastMethod>(module_pack_into),
              "Pack the values according to the format string into a writable buffer at offset."),
    MethodDef("unpack", static_cast<FastMethod>(module_unpack),
              "Return a tuple containing the values unpacked according to the format string."),
    MethodDef("unpack_from", static_cast<FastKeywordsMethod>(module_unpack_from),
              "Return a tuple containing the values unpacked according to the format string, from offset."),
    {},
};

const char kStructDoc[] =
    "Packing of Python values into bytes laid out as C structs, and back.\n"
    "A format string describes the layout: an optional byte order, size and\n"
    "alignment prefix, then format characters with optional repeat counts.\n";

}  // namespace

Object* struct_module_create() {
  if (type_ready(&StructType) < 0 || type_ready(&UnpackIterType) < 0) return nullptr;
  if (!struct_error) {
    struct_error = new_exception_type("struct", "error", static_cast<Object*>(&exc::Exception));
    if (!struct_error) return nullptr;
  }
  if (!struct_cache) {
    struct_cache = dict_new();
    if (!struct_cache) return nullptr;
  }
  Object* m = module_new_cstr("_struct");
  if (!m) return nullptr;
  as_module(m)->md_builtin = true;
  ObjRef doc = ObjRef::steal(str_from_cstr(kStructDoc));
  if (!doc || module_add_object(m, "__doc__", doc.get()) < 0 || module_add_functions(m, struct_functions) < 0 ||
      module_add_object(m, "Struct", static_cast<Object*>(&StructType)) < 0 ||
      module_add_object(m, "error", struct_error) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace glasspy
