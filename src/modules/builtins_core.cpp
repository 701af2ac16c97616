// Built-in functions about objects in general: len, repr, ascii, id, hash,
// callable, getattr/setattr/delattr/hasattr, isinstance/issubclass, chr,
// ord, bin/oct/hex, format, dir (Python/bltinmodule.c).
#include <string>

#include "modules/builtins_module.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/call.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "vm/eval.h"

namespace glasspy {

namespace {

Object* builtin_len(Object* module, Object* obj) {
  ssize n = object_length(obj);
  if (n < 0) return nullptr;
  return int_from_ssize(n);
}

Object* builtin_repr(Object* module, Object* obj) { return object_repr(obj); }
Object* builtin_ascii(Object* module, Object* obj) { return object_ascii(obj); }

Object* builtin_id(Object* module, Object* obj) {
  return int_from_u64(static_cast<uint64_t>(reinterpret_cast<uintptr_t>(obj)));
}

Object* builtin_hash(Object* module, Object* obj) {
  hash_t h = object_hash(obj);
  if (h == -1) return nullptr;
  return int_from_i64(h);
}

Object* builtin_callable(Object* module, Object* obj) { return bool_from(is_callable(obj)); }

bool check_attr_name(Object* name) {
  if (!is_str(name)) {
    format_error(&exc::TypeError, "attribute name must be string, not '%.200s'", name->type->name);
    return false;
  }
  return true;
}

Object* builtin_getattr(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("getattr", nargs, 2, 3)) return nullptr;
  Object* obj = args[0];
  Object* name = args[1];
  if (!check_attr_name(name)) return nullptr;
  if (nargs > 2) {
    Object* result;
    if (lookup_attr(obj, name, &result) == 0) return newref(args[2]);
    return result;
  }
  return get_attr(obj, name);
}

Object* builtin_setattr(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("setattr", nargs, 3, 3)) return nullptr;
  if (set_attr(args[0], args[1], args[2]) < 0) return nullptr;
  return newref(None);
}

Object* builtin_delattr(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("delattr", nargs, 2, 2)) return nullptr;
  if (del_attr(args[0], args[1]) < 0) return nullptr;
  return newref(None);
}

Object* builtin_hasattr(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("hasattr", nargs, 2, 2)) return nullptr;
  if (!check_attr_name(args[1])) return nullptr;
  Object* v;
  int r = lookup_attr(args[0], args[1], &v);
  if (r < 0) return nullptr;
  xdecref(v);
  return bool_from(r == 1);
}

Object* builtin_isinstance(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("isinstance", nargs, 2, 2)) return nullptr;
  int r = object_isinstance(args[0], args[1]);
  if (r < 0) return nullptr;
  return bool_from(r);
}

Object* builtin_issubclass(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("issubclass", nargs, 2, 2)) return nullptr;
  int r = object_issubclass(args[0], args[1]);
  if (r < 0) return nullptr;
  return bool_from(r);
}

Object* builtin_chr(Object* module, Object* arg) {
  int overflow;
  Object* i = number_index(arg);
  if (!i) return nullptr;
  int64_t v = int_as_i64_overflow(i, &overflow);
  decref(i);
  if (overflow || v < 0 || v > 0x10FFFF) {
    if (overflow) {
      set_error(&exc::OverflowError, "Python int too large to convert to C int");
      return nullptr;
    }
    set_error(&exc::ValueError, "chr() arg not in range(0x110000)");
    return nullptr;
  }
  return str_from_char(static_cast<uint32_t>(v));
}

Object* builtin_ord(Object* module, Object* c) {
  if (is_bytes(c) || is_bytearray(c)) {
    std::string_view b;
    bytes_like_view(c, &b);
    if (b.size() == 1) return int_from_i64(static_cast<unsigned char>(b[0]));
    return format_error(&exc::TypeError, "ord() expected a character, but string of length %zd found",
                        static_cast<ssize>(b.size()));
  }
  if (is_str(c)) {
    if (str_length(c) == 1) return int_from_i64(str_char_at(c, 0));
    return format_error(&exc::TypeError, "ord() expected a character, but string of length %zd found",
                        str_length(c));
  }
  return format_error(&exc::TypeError, "ord() expected string of length 1, but %.200s found", c->type->name);
}

Object* format_number(Object* arg, int base) {
  Object* i = number_index(arg);
  if (!i) return nullptr;
  Object* r = int_format_base(i, base);
  decref(i);
  return r;
}

Object* builtin_bin(Object* module, Object* arg) { return format_number(arg, 2); }
Object* builtin_oct(Object* module, Object* arg) { return format_number(arg, 8); }
Object* builtin_hex(Object* module, Object* arg) { return format_number(arg, 16); }

Object* builtin_format(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("format", nargs, 1, 2)) return nullptr;
  Object* spec = nargs > 1 ? args[1] : nullptr;
  if (spec && !is_str(spec)) {
    return format_error(&exc::TypeError, "format() argument 2 must be str, not %.200s",
                        spec == None ? "None" : spec->type->name);
  }
  return object_format(args[0], spec);
}

Object* builtin_dir(Object* module, Object* const* args, ssize nargs) {
  if (!check_positional("dir", nargs, 0, 1)) return nullptr;
  if (nargs == 0) {
    Object* locals = current_locals();
    if (!locals) return nullptr;
    Object* keys = is_dict(locals) ? dict_keys_list(locals) : mapping_keys(locals);
    decref(locals);
    if (!keys) return nullptr;
    if (!is_list(keys)) {
      Object* l = sequence_list(keys);
      decref(keys);
      keys = l;
      if (!keys) return nullptr;
    }
    if (list_sort(keys, nullptr, false) < 0) {
      decref(keys);
      return nullptr;
    }
    return keys;
  }
  Object* result = object_dir(args[0]);
  if (!result) return nullptr;
  Object* l = sequence_list(result);
  decref(result);
  if (!l) return nullptr;
  if (list_sort(l, nullptr, false) < 0) {
    decref(l);
    return nullptr;
  }
  return l;
}

}  // namespace

MethodDef builtins_core_functions[] = {
    MethodDef("len", static_cast<OneArgMethod>(builtin_len), "len($module, obj, /)\n--\n\nReturn the number of items in a container."),
    MethodDef("repr", static_cast<OneArgMethod>(builtin_repr), "repr($module, obj, /)\n--\n\n"),
    MethodDef("ascii", static_cast<OneArgMethod>(builtin_ascii), "ascii($module, obj, /)\n--\n\n"),
    MethodDef("id", static_cast<OneArgMethod>(builtin_id), "id($module, obj, /)\n--\n\n"),
    MethodDef("hash", static_cast<OneArgMethod>(builtin_hash), "hash($module, obj, /)\n--\n\n"),
    MethodDef("callable", static_cast<OneArgMethod>(builtin_callable), "callable($module, obj, /)\n--\n\n"),
    MethodDef("getattr", static_cast<FastMethod>(builtin_getattr)),
    MethodDef("setattr", static_cast<FastMethod>(builtin_setattr), "setattr($module, obj, name, value, /)\n--\n\n"),
    MethodDef("delattr", static_cast<FastMethod>(builtin_delattr), "delattr($module, obj, name, /)\n--\n\n"),
    MethodDef("hasattr", static_cast<FastMethod>(builtin_hasattr), "hasattr($module, obj, name, /)\n--\n\n"),
    MethodDef("isinstance", static_cast<FastMethod>(builtin_isinstance),
              "isinstance($module, obj, class_or_tuple, /)\n--\n\n"),
    MethodDef("issubclass", static_cast<FastMethod>(builtin_issubclass),
              "issubclass($module, cls, class_or_tuple, /)\n--\n\n"),
    MethodDef("chr", static_cast<OneArgMethod>(builtin_chr), "chr($module, i, /)\n--\n\n"),
    MethodDef("ord", static_cast<OneArgMethod>(builtin_ord), "ord($module, c, /)\n--\n\n"),
    MethodDef("bin", static_cast<OneArgMethod>(builtin_bin), "bin($module, number, /)\n--\n\n"),
    MethodDef("oct", static_cast<OneArgMethod>(builtin_oct), "oct($module, number, /)\n--\n\n"),
    MethodDef("hex", static_cast<OneArgMethod>(builtin_hex), "hex($module, number, /)\n--\n\n"),
    MethodDef("format", static_cast<FastMethod>(builtin_format), "format($module, value, format_spec='', /)\n--\n\n"),
    MethodDef("dir", static_cast<FastMethod>(builtin_dir)),
    {},
};

}  // namespace glasspy
