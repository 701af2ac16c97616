// `_codecs`, part one: the codec registry and the error handlers.
//
// The registry is a list of search functions and a cache from normalized
// encoding name to the CodecInfo (a 4-tuple) the first of them answered.  As
// CPython imports the `encodings` package at startup, this registry imports
// it the first time it is used, so its search function is registered
// before the first lookup.  str.encode and bytes.decode reach the registry
// through the hook of objects/codecs.h for the encodings the built-in codecs
// do not handle.  The standard error handlers are built-in functions kept in
// the objects layer's handler registry, where register_error adds others.
#include <string>

#include "modules/codecs_module.h"
#include "modules/native_type_support.h"
#include "objects/builtin_function.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/call.h"
#include "objects/codecs.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "util/unicode.h"
#include "util/unicode_names.h"
#include "vm/import.h"
#include "vm/module_object.h"

namespace glasspy {

namespace {

Object* search_path = nullptr;   // list of search functions
Object* search_cache = nullptr;  // normalized name -> codec info
bool encodings_imported = false;

bool registry_ready() {
  if (!search_path) search_path = list_new(0);
  if (!search_cache) search_cache = dict_new();
  return search_path && search_cache;
}

// codecs' own normalization: ASCII lower case, spaces and hyphens to '_'.
Object* normalized_name(Object* encoding) {
  std::string name = str_to_std(encoding);
  for (char& c : name) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    else if (c == ' ' || c == '-') c = '_';
  }
  return str_from_utf8(name);
}

// CPython imports the encodings package at startup; here it is imported on
// the registry's first use.
bool ensure_encodings() {
  if (encodings_imported) return true;
  encodings_imported = true;
  ObjRef name = ObjRef::steal(str_from_cstr("encodings"));
  if (!name) return false;
  Object* m = import_module_level(name.get(), nullptr, nullptr, nullptr, 0);
  if (!m) {
    encodings_imported = false;
    return false;
  }
  decref(m);
  return true;
}

// codecs.lookup: new reference or null.
Object* codec_lookup(Object* encoding) {
  if (!is_str(encoding))
    return format_error(&exc::TypeError, "lookup() argument must be str, not %.50s", encoding->type->name);
  if (!codec_name_ok(encoding)) return nullptr;
  if (!registry_ready() || !ensure_encodings()) return nullptr;
  ObjRef key = ObjRef::steal(normalized_name(encoding));
  if (!key) return nullptr;
  if (Object* hit = dict_get_item(search_cache, key.get())) return newref(hit);
  if (error_occurred()) return nullptr;
  for (ssize i = 0; i < list_size(search_path); ++i) {
    Object* fn = list_item(search_path, i);
    Object* info = call_function(fn, key.get());
    if (!info) return nullptr;
    if (info == None) {
      decref(info);
      continue;
    }
    if (!is_tuple(info) || tuple_size(info) != 4) {
      decref(info);
      return format_error(&exc::TypeError, "codec search functions must return 4-tuples");
    }
    if (dict_set_item(search_cache, key.get(), info) < 0) {
      decref(info);
      return nullptr;
    }
    return info;
  }
  return format_error(&exc::LookupError, "unknown encoding: %U", encoding);
}

// A codec's failure is re-raised, when its exception carries nothing but its
// message, as the same type saying which codec failed and caused by the
// original: TypeError("encoding with 'utf-8' codec failed (TypeError: ...)").
void wrap_codec_error(int index, Object* encoding) {
  Object* original = current_error();
  Type* t = original->type;
  const Type& base = exc::BaseException;
  BaseExceptionObject* e = static_cast<BaseExceptionObject*>(original);
  if (t->init != base.init || t->new_ != base.new_ || t->basicsize != base.basicsize ||
      (e->dict && dict_size(e->dict) > 0))
    return;
  Object* caught = fetch_error();
  Object* text = object_str(caught);
  if (!text) {
    clear_error();
    restore_error(caught);
    return;
  }
  format_error(t, "%s with '%U' codec failed (%s: %U)", index == 0 ? "encoding" : "decoding", encoding,
               t->name, text);
  decref(text);
  Object* wrapped = fetch_error();
  if (!wrapped) {
    restore_error(caught);
    return;
  }
  exception_set_context(wrapped, newref(caught));
  exception_set_cause(wrapped, caught);
  restore_error(wrapped);
}

// Calls info[index](obj, errors) and returns the first item of its answer.
Object* run_codec(Object* info, int index, Object* obj, Object* errors, Object* encoding) {
  Object* fn = tuple_item(info, index);
  Object* result = errors ? call_function(fn, obj, errors) : call_function(fn, obj);
  if (!result) {
    wrap_codec_error(index, encoding);
    return nullptr;
  }
  if (!is_tuple(result) || tuple_size(result) != 2) {
    decref(result);
    return format_error(&exc::TypeError, index == 0 ? "encoder must return a tuple (object, integer)"
                                                    : "decoder must return a tuple (object, integer)");
  }
  Object* value = newref(tuple_item(result, 0));
  decref(result);
  return value;
}

// The codec of a text encoding, for str.encode / bytes.decode.
Object* text_codec(Object* encoding, bool decoding) {
  Object* info = codec_lookup(encoding);
  if (!info) return nullptr;
  Object* is_text = get_attr_cstr(info, "_is_text_encoding");
  if (!is_text) {
    if (error_matches(&exc::AttributeError)) clear_error();
    else {
      decref(info);
      return nullptr;
    }
    return info;
  }
  int truth = object_is_true(is_text);
  decref(is_text);
  if (truth <= 0) {
    decref(info);
    if (truth == 0)
      format_error(&exc::LookupError,
                   "'%U' is not a text encoding; use codecs.%s() to handle arbitrary codecs", encoding,
                   decoding ? "decode" : "encode");
    return nullptr;
  }
  return info;
}

Object* registry_encode(Object* s, Object* encoding, Object* errors) {
  ObjRef info = ObjRef::steal(text_codec(encoding, false));
  if (!info) return nullptr;
  Object* r = run_codec(info.get(), 0, s, errors, encoding);
  if (r && !is_bytes(r)) {
    if (is_bytearray(r)) {
      Object* b = bytes_from_data(byteslike_view(r).data(), static_cast<ssize>(byteslike_view(r).size()));
      decref(r);
      return b;
    }
    format_error(&exc::TypeError,
                 "'%U' encoder returned '%.400s' instead of 'bytes'; use codecs.encode() to encode to "
                 "arbitrary types",
                 encoding, r->type->name);
    decref(r);
    return nullptr;
  }
  return r;
}

Object* registry_decode(Object* b, Object* encoding, Object* errors) {
  ObjRef info = ObjRef::steal(text_codec(encoding, true));
  if (!info) return nullptr;
  Object* r = run_codec(info.get(), 1, b, errors, encoding);
  if (r && !is_str(r)) {
    format_error(&exc::TypeError,
                 "'%U' decoder returned '%.400s' instead of 'str'; use codecs.decode() to decode to "
                 "arbitrary types",
                 encoding, r->type->name);
    decref(r);
    return nullptr;
  }
  return r;
}

// ---- module functions: the registry ----

Object* codecs_register(Object*, Object* fn) {
  if (!is_callable(fn)) return format_error(&exc::TypeError, "argument must be callable");
  if (!registry_ready() || list_append(search_path, fn) < 0) return nullptr;
  return newref(None);
}

Object* codecs_unregister(Object*, Object* fn) {
  if (!registry_ready()) return nullptr;
  for (ssize i = 0; i < list_size(search_path); ++i) {
    if (list_item(search_path, i) == fn) {
      if (list_set_slice(search_path, i, i + 1, nullptr) < 0) return nullptr;
      dict_clear(search_cache);
      break;
    }
  }
  return newref(None);
}

Object* codecs_lookup_function(Object*, Object* encoding) { return codec_lookup(encoding); }

Object* codecs_forget(Object*, Object* encoding) {
  if (!is_str(encoding))
    return format_error(&exc::TypeError, "_forget_codec() argument must be str, not %.50s", encoding->type->name);
  if (!registry_ready()) return nullptr;
  ObjRef key = ObjRef::steal(normalized_name(encoding));
  if (!key) return nullptr;
  if (dict_get_item(search_cache, key.get()) && dict_del_item(search_cache, key.get()) < 0) return nullptr;
  return newref(None);
}

// codecs.encode / codecs.decode(obj, encoding='utf-8', errors='strict').
Object* encode_or_decode(const char* fname, int index, Object* const* args, ssize nargs, Object* kwnames) {
  ArgParser parser{fname, {"obj", "encoding", "errors"}, 1, 3};
  Object* a[3];
  if (!parse_args(parser, args, nargs, kwnames, a)) return nullptr;
  for (int i = 1; i < 3; ++i) {
    if (a[i] && !is_str(a[i]))
      return format_error(&exc::TypeError, "%s() argument %d must be str, not %.50s", fname, i + 1,
                          a[i]->type->name);
    if (a[i] && !codec_name_ok(a[i])) return nullptr;
  }
  ObjRef encoding = a[1] ? ObjRef::borrow(a[1]) : ObjRef::steal(str_from_cstr("utf-8"));
  if (!encoding) return nullptr;
  ObjRef info = ObjRef::steal(codec_lookup(encoding.get()));
  if (!info) return nullptr;
  return run_codec(info.get(), index, a[0], a[2], encoding.get());
}

Object* codecs_encode(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return encode_or_decode("encode", 0, args, nargs, kwnames);
}
Object* codecs_decode(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return encode_or_decode("decode", 1, args, nargs, kwnames);
}

Object* codecs_register_error(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("register_error", nargs, 2, 2)) return nullptr;
  if (!is_str(args[0]))
    return format_error(&exc::TypeError, "register_error() argument 1 must be str, not %.50s",
                        args[0]->type->name);
  if (!is_callable(args[1])) return format_error(&exc::TypeError, "handler must be callable");
  Object* registry = codec_error_registry();
  if (!registry || dict_set_item(registry, args[0], args[1]) < 0) return nullptr;
  return newref(None);
}

Object* codecs_lookup_error_function(Object*, Object* name) {
  if (!is_str(name))
    return format_error(&exc::TypeError, "lookup_error() argument must be str, not %.50s", name->type->name);
  if (!codec_name_ok(name)) return nullptr;
  return codec_lookup_error(name);
}

// ---- the standard error handlers ----

enum class ErrorKind { kEncode, kDecode, kTranslate, kOther };

ErrorKind kind_of(Object* exc) {
  if (is_instance_of(exc, &exc::UnicodeEncodeError)) return ErrorKind::kEncode;
  if (is_instance_of(exc, &exc::UnicodeDecodeError)) return ErrorKind::kDecode;
  if (is_instance_of(exc, &exc::UnicodeTranslateError)) return ErrorKind::kTranslate;
  return ErrorKind::kOther;
}

Object* wrong_exception(Object* exc) {
  return format_error(&exc::TypeError, "don't know how to handle %.200s in error callback", exc->type->name);
}

UnicodeErrorObject* as_unicode_error(Object* exc) { return static_cast<UnicodeErrorObject*>(exc); }

// The failing range of the exception, clamped as CPython's accessors do.
void error_range(Object* exc, ssize* start, ssize* end, ssize length) {
  UnicodeErrorObject* u = as_unicode_error(exc);
  *start = u->start < 0 ? 0 : u->start > length ? length : u->start;
  *end = u->end < *start ? *start : u->end > length ? length : u->end;
  if (*end == *start && *start < length && u->end > u->start) *end = *start + 1;
}

ssize error_object_length(Object* exc) {
  Object* o = as_unicode_error(exc)->object;
  if (!o) return 0;
  if (is_str(o)) return str_length(o);
  if (is_bytes(o) || is_bytearray(o)) return static_cast<ssize>(byteslike_view(o).size());
  return 0;
}

Object* answer(Object* replacement, ssize pos) {
  if (!replacement) return nullptr;
  Object* p = int_from_ssize(pos);
  if (!p) {
    decref(replacement);
    return nullptr;
  }
  return tuple_steal({replacement, p});
}

Object* strict_errors(Object*, Object* exc) {
  if (!is_instance_of(exc, &exc::BaseException)) return format_error(&exc::TypeError, "codec must pass exception instance");
  restore_error(newref(exc));
  return nullptr;
}

Object* ignore_errors(Object*, Object* exc) {
  if (kind_of(exc) == ErrorKind::kOther) return wrong_exception(exc);
  ssize start, end;
  error_range(exc, &start, &end, error_object_length(exc));
  return answer(newref(empty_str()), end);
}

Object* replace_errors(Object*, Object* exc) {
  ErrorKind kind = kind_of(exc);
  if (kind == ErrorKind::kOther) return wrong_exception(exc);
  ssize start, end;
  error_range(exc, &start, &end, error_object_length(exc));
  StrBuilder out;
  if (kind == ErrorKind::kDecode) out.append_char(0xFFFD);
  else
    for (ssize i = start; i < end; ++i) out.append_char(kind == ErrorKind::kEncode ? '?' : 0xFFFD);
  return answer(out.finish(), end);
}

void append_escape(StrBuilder& out, uint32_t c) {
  static const char hex[] = "0123456789abcdef";
  int digits = c <= 0xFF ? 2 : c <= 0xFFFF ? 4 : 8;
  out.append_char('\\');
  out.append_char(digits == 2 ? 'x' : digits == 4 ? 'u' : 'U');
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out.append_char(hex[(c >> shift) & 0xF]);
}

Object* backslashreplace_errors(Object*, Object* exc) {
  ErrorKind kind = kind_of(exc);
  if (kind == ErrorKind::kOther) return wrong_exception(exc);
  Object* o = as_unicode_error(exc)->object;
  ssize start, end;
  error_range(exc, &start, &end, error_object_length(exc));
  StrBuilder out;
  for (ssize i = start; i < end; ++i)
    append_escape(out, kind == ErrorKind::kDecode ? static_cast<unsigned char>(byteslike_view(o)[i])
                                                  : str_char_at(o, i));
  return answer(out.finish(), end);
}

Object* xmlcharrefreplace_errors(Object*, Object* exc) {
  if (kind_of(exc) != ErrorKind::kEncode) return wrong_exception(exc);
  Object* o = as_unicode_error(exc)->object;
  ssize start, end;
  error_range(exc, &start, &end, error_object_length(exc));
  std::string out;
  for (ssize i = start; i < end; ++i) out += "&#" + std::to_string(str_char_at(o, i)) + ";";
  return answer(str_from_utf8(out), end);
}

Object* namereplace_errors(Object*, Object* exc) {
  if (kind_of(exc) != ErrorKind::kEncode) return wrong_exception(exc);
  Object* o = as_unicode_error(exc)->object;
  ssize start, end;
  error_range(exc, &start, &end, error_object_length(exc));
  StrBuilder out;
  for (ssize i = start; i < end; ++i) {
    uint32_t c = str_char_at(o, i);
    std::string name;
    if (unicode::unicode_name(c, name)) out.append_ascii("\\N{" + name + "}");
    else append_escape(out, c);
  }
  return answer(out.finish(), end);
}

Object* surrogateescape_errors(Object*, Object* exc) {
  ErrorKind kind = kind_of(exc);
  Object* o = as_unicode_error(exc)->object;
  ssize start, end;
  if (kind == ErrorKind::kDecode) {
    error_range(exc, &start, &end, error_object_length(exc));
    StrBuilder out;
    std::string_view data = byteslike_view(o);
    ssize i = start;
    for (; i < end && i < start + 4; ++i) {
      unsigned char b = static_cast<unsigned char>(data[i]);
      if (b < 128) break;
      out.append_char(0xDC00 + b);
    }
    if (i == start) {
      restore_error(newref(exc));
      return nullptr;
    }
    return answer(out.finish(), i);
  }
  if (kind == ErrorKind::kEncode) {
    error_range(exc, &start, &end, error_object_length(exc));
    std::string out;
    for (ssize i = start; i < end; ++i) {
      uint32_t c = str_char_at(o, i);
      if (c < 0xDC80 || c > 0xDCFF) {
        restore_error(newref(exc));
        return nullptr;
      }
      out.push_back(static_cast<char>(c - 0xDC00));
    }
    return answer(bytes_from_data(out.data(), static_cast<ssize>(out.size())), end);
  }
  return wrong_exception(exc);
}

// The Unicode form an exception's codec names: 8 for UTF-8, 16 or 32 with
// its byte order; 0 for any other codec.
int unicode_form(Object* exc, bool* big_endian) {
  Object* enc = as_unicode_error(exc)->encoding;
  std::string name = enc && is_str(enc) ? str_to_std(enc) : "";
  for (char& c : name) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c == '_') c = '-';
  }
  *big_endian = false;
  if (name == "utf-8" || name == "utf8") return 8;
  int bits = name.rfind("utf-16", 0) == 0 ? 16 : name.rfind("utf-32", 0) == 0 ? 32 : 0;
  if (!bits) return 0;
  std::string rest = name.substr(6);
  if (rest == "-be") *big_endian = true;
  else if (rest != "" && rest != "-le") return 0;
  return bits;
}

Object* surrogatepass_errors(Object*, Object* exc) {
  ErrorKind kind = kind_of(exc);
  if (kind != ErrorKind::kEncode && kind != ErrorKind::kDecode) return wrong_exception(exc);
  bool be;
  int form = unicode_form(exc, &be);
  if (!form) {
    restore_error(newref(exc));
    return nullptr;
  }
  Object* o = as_unicode_error(exc)->object;
  ssize start, end;
  error_range(exc, &start, &end, error_object_length(exc));
  if (kind == ErrorKind::kEncode) {
    std::string out;
    for (ssize i = start; i < end; ++i) {
      uint32_t c = str_char_at(o, i);
      if (c < 0xD800 || c > 0xDFFF) {
        restore_error(newref(exc));
        return nullptr;
      }
      if (form == 8) {
        out.push_back(static_cast<char>(0xE0 | (c >> 12)));
        out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
      } else {
        int width = form / 8;
        for (int k = 0; k < width; ++k) {
          int shift = be ? (width - 1 - k) * 8 : k * 8;
          out.push_back(static_cast<char>((c >> shift) & 0xFF));
        }
      }
    }
    return answer(bytes_from_data(out.data(), static_cast<ssize>(out.size())), end);
  }
  std::string_view data = byteslike_view(o);
  ssize width = form == 8 ? 3 : form / 8;
  uint32_t c = 0xFFFFFFFF;
  if (start + width <= static_cast<ssize>(data.size())) {
    const unsigned char* p = reinterpret_cast<const unsigned char*>(data.data()) + start;
    if (form == 8) {
      if ((p[0] & 0xF0) == 0xE0 && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80)
        c = ((p[0] & 0x0Fu) << 12) | ((p[1] & 0x3Fu) << 6) | (p[2] & 0x3Fu);
    } else {
      c = 0;
      for (ssize k = 0; k < width; ++k) c |= static_cast<uint32_t>(p[k]) << (be ? (width - 1 - k) * 8 : k * 8);
    }
  }
  if (c < 0xD800 || c > 0xDFFF) {
    restore_error(newref(exc));
    return nullptr;
  }
  Object* s = str_from_char(c);
  return answer(s, start + width);
}

MethodDef error_handlers[] = {
    MethodDef("strict_errors", static_cast<OneArgMethod>(strict_errors),
              "Implements the 'strict' error handling, which raises a UnicodeError on coding errors."),
    MethodDef("ignore_errors", static_cast<OneArgMethod>(ignore_errors),
              "Implements the 'ignore' error handling, which ignores malformed data and continues."),
    MethodDef("replace_errors", static_cast<OneArgMethod>(replace_errors),
              "Implements the 'replace' error handling, which replaces malformed data with a replacement marker."),
    MethodDef("backslashreplace_errors", static_cast<OneArgMethod>(backslashreplace_errors),
              "Implements the 'backslashreplace' error handling, which replaces malformed data with a backslashed "
              "escape sequence."),
    MethodDef("xmlcharrefreplace_errors", static_cast<OneArgMethod>(xmlcharrefreplace_errors),
              "Implements the 'xmlcharrefreplace' error handling, which replaces an unencodable character with the "
              "appropriate XML character reference."),
    MethodDef("namereplace_errors", static_cast<OneArgMethod>(namereplace_errors),
              "Implements the 'namereplace' error handling, which replaces an unencodable character with a \\N{...} "
              "escape sequence."),
    MethodDef("surrogateescape", static_cast<OneArgMethod>(surrogateescape_errors),
              "Implements the 'surrogateescape' error handling."),
    MethodDef("surrogatepass", static_cast<OneArgMethod>(surrogatepass_errors),
              "Implements the 'surrogatepass' error handling."),
    {},
};

const char* const kHandlerNames[] = {"strict",           "ignore",      "replace",         "backslashreplace",
                                     "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass"};

MethodDef registry_functions[] = {
    MethodDef("register", static_cast<OneArgMethod>(codecs_register), "Register a codec search function."),
    MethodDef("unregister", static_cast<OneArgMethod>(codecs_unregister), "Unregister a codec search function."),
    MethodDef("lookup", static_cast<OneArgMethod>(codecs_lookup_function),
              "Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."),
    MethodDef("_forget_codec", static_cast<OneArgMethod>(codecs_forget),
              "Purge the named codec from the internal codec lookup cache"),
    MethodDef("encode", static_cast<FastKeywordsMethod>(codecs_encode),
              "Encodes obj using the codec registered for encoding."),
    MethodDef("decode", static_cast<FastKeywordsMethod>(codecs_decode),
              "Decodes obj using the codec registered for encoding."),
    MethodDef("register_error", static_cast<FastMethod>(codecs_register_error),
              "Register the specified error handler under the name errors."),
    MethodDef("lookup_error", static_cast<OneArgMethod>(codecs_lookup_error_function),
              "lookup_error(errors) -> handler"),
    {},
};

// The standard handlers, registered once under their names.
bool register_standard_handlers(Object* m) {
  Object* registry = codec_error_registry();
  ObjRef module_name = ObjRef::steal(str_from_cstr("_codecs"));
  if (!registry || !module_name) return false;
  for (size_t i = 0; i < sizeof kHandlerNames / sizeof kHandlerNames[0]; ++i) {
    if (dict_get_item_cstr(registry, kHandlerNames[i])) continue;
    ObjRef fn = ObjRef::steal(builtin_function_new(&error_handlers[i], m, module_name.get()));
    if (!fn || dict_set_item_cstr(registry, kHandlerNames[i], fn.get()) < 0) return false;
  }
  return true;
}

}  // namespace

void codecs_install_registry_hook() { set_codec_registry_calls(registry_encode, registry_decode); }

Object* codecs_module_create() {
  if (!registry_ready()) return nullptr;
  Object* m = module_new_cstr("_codecs");
  if (!m) return nullptr;
  as_module(m)->md_builtin = true;
  if (module_add_functions(m, registry_functions) < 0 || module_add_functions(m, codecs_codec_functions) < 0 ||
      !register_standard_handlers(m)) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace glasspy
