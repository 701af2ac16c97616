// The built-in text codecs: UTF-8, ASCII and Latin-1 both ways, with the
// standard error handlers (strict, ignore, replace, surrogateescape,
// surrogatepass for UTF-8, backslashreplace, and for encoding
// xmlcharrefreplace and namereplace).  str.encode, bytes.decode and
// str(b, encoding) come here; other encodings go to the codec registry of
// `_codecs` through the hook it installs (objects/codecs.h).  A handler name
// other than the standard ones is looked up in the error handler registry
// kept here and called with the UnicodeError, as CPython's codecs do.
//
// Error positions and reasons follow CPython's codecs exactly, so the
// UnicodeDecodeError / UnicodeEncodeError messages match.
#include <cstdint>
#include <cstring>
#include <string>

#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/call.h"
#include "objects/codecs.h"
#include "objects/dict.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "util/unicode.h"
#include "util/unicode_names.h"

namespace glasspy {

namespace {

enum class Codec { kUtf8, kAscii, kLatin1 };
enum class Handler { kStrict, kIgnore, kReplace, kSurrogateEscape, kSurrogatePass, kBackslashReplace,
                     kXmlCharRefReplace, kNameReplace, kUnknown };

// CPython normalizes case and separators before looking an encoding up.
std::string normalize(std::string_view name) {
  std::string out;
  for (char c : name) {
    if (c == '-' || c == ' ') out.push_back('_');
    else out.push_back(static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c));
  }
  return out;
}

CodecRegistryCall registry_encode = nullptr;
CodecRegistryCall registry_decode = nullptr;
Object* error_registry = nullptr;

// False when the built-in codecs do not know the encoding (no error set).
bool find_codec(Object* encoding, Codec* codec) {
  if (!encoding) {
    *codec = Codec::kUtf8;
    return true;
  }
  std::string name = normalize(str_to_std(encoding));
  if (name == "utf_8" || name == "utf8" || name == "u8" || name == "utf" || name == "utf8_ucs2" ||
      name == "utf8_ucs4" || name == "cp65001") {
    *codec = Codec::kUtf8;
  } else if (name == "ascii" || name == "us_ascii" || name == "646" || name == "us" || name == "ansi_x3.4_1968" ||
             name == "ansi_x3_4_1968" || name == "iso646_us" || name == "cp367" || name == "csascii" ||
             name == "ibm367" || name == "iso_ir_6") {
    *codec = Codec::kAscii;
  } else if (name == "latin_1" || name == "latin1" || name == "latin" || name == "l1" || name == "iso_8859_1" ||
             name == "iso8859_1" || name == "8859" || name == "cp819" || name == "iso_ir_100" ||
             name == "iso_8859_1:1987" || name == "csisolatin1" || name == "ibm819") {
    *codec = Codec::kLatin1;
  } else {
    return false;
  }
  return true;
}

Handler find_handler(Object* errors) {
  if (!errors) return Handler::kStrict;
  std::string name = str_to_std(errors);
  if (name == "strict") return Handler::kStrict;
  if (name == "ignore") return Handler::kIgnore;
  if (name == "replace") return Handler::kReplace;
  if (name == "surrogateescape") return Handler::kSurrogateEscape;
  if (name == "surrogatepass") return Handler::kSurrogatePass;
  if (name == "backslashreplace") return Handler::kBackslashReplace;
  if (name == "xmlcharrefreplace") return Handler::kXmlCharRefReplace;
  if (name == "namereplace") return Handler::kNameReplace;
  return Handler::kUnknown;
}

const char* codec_name(Codec c) {
  switch (c) {
    case Codec::kUtf8: return "utf-8";
    case Codec::kAscii: return "ascii";
    default: return "latin-1";
  }
}

void unknown_handler(Object* errors) { format_error(&exc::LookupError, "unknown error handler name '%U'", errors); }

constexpr char kHex[] = "0123456789abcdef";

void append_hex_escape(StrBuilder& out, uint32_t c) {
  int digits = c <= 0xFF ? 2 : c <= 0xFFFF ? 4 : 8;
  out.append_char('\\');
  out.append_char(digits == 2 ? 'x' : digits == 4 ? 'u' : 'U');
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out.append_char(kHex[(c >> shift) & 0xF]);
}

// ---- decoding ----

// Handles the bad bytes [start, end) for a decoder; false with the error set.
bool decode_error(Codec codec, Handler handler, Object* errors, const char* data, ssize len, ssize start, ssize end,
                  const char* reason, StrBuilder& out, ssize* next) {
  *next = end;
  switch (handler) {
    case Handler::kStrict:
      set_unicode_decode_error(codec_name(codec), data, len, start, end, reason);
      return false;
    case Handler::kIgnore:
      return true;
    case Handler::kReplace:
      out.append_char(0xFFFD);
      return true;
    case Handler::kSurrogateEscape:
      for (ssize i = start; i < end; ++i) {
        unsigned char b = static_cast<unsigned char>(data[i]);
        if (b < 128) {
          set_unicode_decode_error(codec_name(codec), data, len, start, end, reason);
          return false;
        }
        out.append_char(0xDC00 + b);
      }
      return true;
    case Handler::kBackslashReplace:
      for (ssize i = start; i < end; ++i) append_hex_escape(out, static_cast<unsigned char>(data[i]));
      return true;
    case Handler::kSurrogatePass: {
      // Only UTF-8's three-byte form of a surrogate (ED A0..BF 80..BF) passes;
      // any other bad input raises the decoder's own error.
      const unsigned char* b = reinterpret_cast<const unsigned char*>(data) + start;
      if (codec == Codec::kUtf8 && start + 3 <= len && b[0] == 0xED && (b[1] & 0xE0) == 0xA0 && (b[2] & 0xC0) == 0x80) {
        out.append_char(0xD000u | ((b[1] & 0x3Fu) << 6) | (b[2] & 0x3Fu));
        *next = start + 3;
        return true;
      }
      set_unicode_decode_error(codec_name(codec), data, len, start, end, reason);
      return false;
    }
    case Handler::kUnknown: {
      set_unicode_decode_error(codec_name(codec), data, len, start, end, reason);
      Object* replacement;
      if (!codec_call_error_handler(errors, fetch_error(), false, len, &replacement, next)) return false;
      out.append_str(replacement);
      decref(replacement);
      return true;
    }
    default:
      // xmlcharrefreplace / namereplace only encode.
      set_unicode_decode_error(codec_name(codec), data, len, start, end, reason);
      {
        Object* e = fetch_error();
        decref(e);
      }
      format_error(&exc::TypeError, "don't know how to handle UnicodeDecodeError in error callback");
      return false;
  }
}

// Length of the leading run of ASCII bytes, a word at a time.
ssize ascii_prefix(const unsigned char* s, ssize len) {
  ssize i = 0;
  for (; i + 8 <= len; i += 8) {
    uint64_t word;
    std::memcpy(&word, s + i, 8);
    if (word & 0x8080808080808080ull) break;
  }
  while (i < len && s[i] < 0x80) ++i;
  return i;
}

Object* decode(Codec codec, Handler handler, Object* errors, const char* data, ssize len, bool final = true,
               ssize* consumed = nullptr) {
  // Whole-input fast paths: Latin-1 takes every byte, and ASCII text is
  // the same in all three codecs; both are one copy into a narrow str.
  if (codec == Codec::kLatin1 || ascii_prefix(reinterpret_cast<const unsigned char*>(data), len) == len) {
    if (consumed) *consumed = len;
    return str_from_kind_data(1, data, len);
  }
  ssize next;
  StrBuilder out;
  out.reserve(static_cast<size_t>(len));
  const unsigned char* s = reinterpret_cast<const unsigned char*>(data);
  ssize i = 0;
  while (i < len) {
    unsigned char c = s[i];
    if (c < 0x80) {
      out.append_char(c);
      ++i;
      continue;
    }
    if (codec == Codec::kLatin1) {
      out.append_char(c);
      ++i;
      continue;
    }
    if (codec == Codec::kAscii) {
      if (!decode_error(codec, handler, errors, data, len, i, i + 1, "ordinal not in range(128)", out, &next))
        return nullptr;
      i = next;
      continue;
    }
    // UTF-8: the same validation as the strict decoder in str.cpp.
    int n;
    uint32_t cp;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      n = 1;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 2;
      cp = c & 0x0F;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) {
        hi = 0x9F;  // surrogates; the surrogatepass handler takes them back
        // A surrogate cut by the end of a chunk waits for the rest, whatever the handler.
        if (!final && i + 2 == len && s[i + 1] >= 0xA0 && s[i + 1] <= 0xBF) break;
      }
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 3;
      cp = c & 0x07;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      if (!decode_error(codec, handler, errors, data, len, i, i + 1, "invalid start byte", out, &next)) return nullptr;
      i = next;
      continue;
    }
    ssize j = i + 1;
    const char* reason = nullptr;
    for (int k = 0; k < n; ++k, ++j) {
      if (j >= len) {
        reason = "unexpected end of data";
        break;
      }
      unsigned char cc = s[j];
      unsigned char l = k == 0 ? lo : 0x80, h = k == 0 ? hi : 0xBF;
      if (cc < l || cc > h) {
        reason = "invalid continuation byte";
        break;
      }
      cp = (cp << 6) | (cc & 0x3F);
    }
    if (reason) {
      ssize end = j >= len && reason[0] == 'u' ? len : j;
      if (!final && reason[0] == 'u') break;  // the rest may come with the next chunk
      if (!decode_error(codec, handler, errors, data, len, i, end, reason, out, &next)) return nullptr;
      i = next;
      continue;
    }
    out.append_char(cp);
    i = j;
  }
  if (consumed) *consumed = i;
  return out.finish();
}

// ---- encoding ----

// Appends the UTF-8 of the characters of a kind-sized buffer up to the first
// surrogate; returns where it stopped (n when there is none).  Writes into
// room sized for the worst case, then trims: no per-byte capacity checks.
template <typename Unit>
ssize utf8_encode_until_surrogate(const Unit* p, ssize n, std::string& out) {
  const size_t base = out.size();
  out.resize(base + static_cast<size_t>(n) * (sizeof(Unit) == 1 ? 2 : sizeof(Unit) == 2 ? 3 : 4));
  char* w = out.data() + base;
  ssize i = 0;
  for (; i < n; ++i) {
    const uint32_t c = p[i];
    if (c < 0x80) {
      *w++ = static_cast<char>(c);
    } else if (c < 0x800) {
      *w++ = static_cast<char>(0xC0 | (c >> 6));
      *w++ = static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      if (c >= 0xD800 && c <= 0xDFFF) break;
      *w++ = static_cast<char>(0xE0 | (c >> 12));
      *w++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      *w++ = static_cast<char>(0x80 | (c & 0x3F));
    } else {
      *w++ = static_cast<char>(0xF0 | (c >> 18));
      *w++ = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      *w++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      *w++ = static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  out.resize(static_cast<size_t>(w - out.data()));
  return i;
}

Object* encode(Codec codec, Handler handler, Object* errors, Object* str) {
  const ssize n = str_length(str);
  // Whole-string fast paths: ASCII text is its own encoding in all three
  // codecs, as is one-byte text in Latin-1, and a cached UTF-8 form is exact.
  if (str_is_ascii(str) || (codec == Codec::kLatin1 && str_kind(str) == 1))
    return bytes_from_data(static_cast<const char*>(str_data(str)), n);
  if (codec == Codec::kUtf8 && as_str(str)->utf8) return bytes_from_data(as_str(str)->utf8, as_str(str)->utf8_length);
  const uint32_t limit = codec == Codec::kAscii ? 0x80 : codec == Codec::kLatin1 ? 0x100 : 0x110000;
  std::string out;
  out.reserve(static_cast<size_t>(n));
  ssize i = 0;
  if (codec == Codec::kUtf8) {
    // Everything before the first surrogate, without per-character dispatch.
    switch (str_kind(str)) {
      case 1: i = utf8_encode_until_surrogate(static_cast<const uint8_t*>(str_data(str)), n, out); break;
      case 2: i = utf8_encode_until_surrogate(static_cast<const uint16_t*>(str_data(str)), n, out); break;
      default: i = utf8_encode_until_surrogate(static_cast<const uint32_t*>(str_data(str)), n, out); break;
    }
  }
  while (i < n) {
    uint32_t c = str_char_at(str, i);
    bool bad = c >= limit || (codec == Codec::kUtf8 && c >= 0xD800 && c <= 0xDFFF);
    if (!bad) {
      if (codec == Codec::kUtf8) unicode::append_utf8(out, c);
      else out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    // The run of characters this encoder cannot take.
    ssize end = i + 1;
    while (end < n) {
      uint32_t d = str_char_at(str, end);
      bool dbad = d >= limit || (codec == Codec::kUtf8 && d >= 0xD800 && d <= 0xDFFF);
      if (!dbad) break;
      ++end;
    }
    const char* reason = codec == Codec::kAscii    ? "ordinal not in range(128)"
                         : codec == Codec::kLatin1 ? "ordinal not in range(256)"
                                                   : "surrogates not allowed";
    switch (handler) {
      case Handler::kStrict:
        set_unicode_encode_error(codec_name(codec), str, i, end, reason);
        return nullptr;
      case Handler::kIgnore:
        break;
      case Handler::kReplace:
        for (ssize k = i; k < end; ++k) out.push_back('?');
        break;
      case Handler::kSurrogateEscape:
        for (ssize k = i; k < end; ++k) {
          uint32_t d = str_char_at(str, k);
          if (d < 0xDC80 || d > 0xDCFF) {
            set_unicode_encode_error(codec_name(codec), str, i, end, reason);
            return nullptr;
          }
          out.push_back(static_cast<char>(d - 0xDC00));
        }
        break;
      case Handler::kSurrogatePass:
        if (codec != Codec::kUtf8) {
          set_unicode_encode_error(codec_name(codec), str, i, end, reason);
          return nullptr;
        }
        for (ssize k = i; k < end; ++k) unicode::append_utf8(out, str_char_at(str, k));
        break;
      case Handler::kBackslashReplace:
        for (ssize k = i; k < end; ++k) {
          uint32_t d = str_char_at(str, k);
          int digits = d <= 0xFF ? 2 : d <= 0xFFFF ? 4 : 8;
          out.push_back('\\');
          out.push_back(digits == 2 ? 'x' : digits == 4 ? 'u' : 'U');
          for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out.push_back(kHex[(d >> shift) & 0xF]);
        }
        break;
      case Handler::kXmlCharRefReplace:
        for (ssize k = i; k < end; ++k) {
          out += "&#";
          out += std::to_string(str_char_at(str, k));
          out += ";";
        }
        break;
      case Handler::kNameReplace:
        for (ssize k = i; k < end; ++k) {
          uint32_t d = str_char_at(str, k);
          std::string name;
          if (unicode::unicode_name(d, name)) {
            out += "\\N{" + name + "}";
          } else {
            int digits = d <= 0xFF ? 2 : d <= 0xFFFF ? 4 : 8;
            out.push_back('\\');
            out.push_back(digits == 2 ? 'x' : digits == 4 ? 'u' : 'U');
            for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out.push_back(kHex[(d >> shift) & 0xF]);
          }
        }
        break;
      case Handler::kUnknown: {
        set_unicode_encode_error(codec_name(codec), str, i, end, reason);
        Object* replacement;
        ssize next;
        if (!codec_call_error_handler(errors, fetch_error(), true, n, &replacement, &next)) return nullptr;
        std::string_view raw;
        if (is_bytes(replacement)) {
          raw = byteslike_view(replacement);
          out.append(raw.data(), raw.size());
        } else {
          for (ssize k = 0, rn = str_length(replacement); k < rn; ++k) {
            uint32_t d = str_char_at(replacement, k);
            if (d >= limit || (codec == Codec::kUtf8 && d >= 0xD800 && d <= 0xDFFF)) {
              decref(replacement);
              set_unicode_encode_error(codec_name(codec), str, i, end, reason);
              return nullptr;
            }
            if (codec == Codec::kUtf8) unicode::append_utf8(out, d);
            else out.push_back(static_cast<char>(d));
          }
        }
        decref(replacement);
        i = next;
        continue;
      }
    }
    i = end;
  }
  return bytes_from_data(out.data(), static_cast<ssize>(out.size()));
}

bool check_str_arg(Object* o, const char* fname, const char* argname) {
  if (!o || is_str(o)) return true;
  format_error(&exc::TypeError, "%s() argument '%s' must be str, not %.50s", fname, argname,
               o == None ? "None" : o->type->name);
  return false;
}

}  // namespace

bool codec_name_ok(Object* name) {
  if (!name) return true;
  const ssize n = str_length(name);
  for (ssize i = 0; i < n; ++i) {
    if (str_char_at(name, i) == 0) {
      set_error(&exc::ValueError, "embedded null character");
      return false;
    }
  }
  return true;
}

Object* str_decode_object(Object* obj, Object* encoding, Object* errors) {
  if (!check_str_arg(encoding, "str", "encoding") || !check_str_arg(errors, "str", "errors")) return nullptr;
  if (!codec_name_ok(encoding) || !codec_name_ok(errors)) return nullptr;
  if (is_str(obj)) {
    set_error(&exc::TypeError, "decoding str is not supported");
    return nullptr;
  }
  std::string_view data;
  // Any failure to get a simple buffer (none at all, or a non-contiguous
  // one) reads as the wrong kind of object, as in CPython.
  if (!has_buffer(obj) || !bytes_like_view(obj, &data)) {
    clear_error();
    return format_error(&exc::TypeError, "decoding to str: need a bytes-like object, %.80s found", obj->type->name);
  }
  return bytes_decode_view(data, encoding, errors);
}

Object* bytes_decode_view(std::string_view data, Object* encoding, Object* errors) {
  if (!codec_name_ok(encoding) || !codec_name_ok(errors)) return nullptr;
  // Nothing to decode gives '' before the encoding is even looked up.
  if (data.empty()) return newref(empty_str());
  Codec codec;
  if (!find_codec(encoding, &codec)) {
    if (!registry_decode) return format_error(&exc::LookupError, "unknown encoding: %U", encoding);
    Object* b = bytes_from_data(data.data(), static_cast<ssize>(data.size()));
    if (!b) return nullptr;
    Object* r = registry_decode(b, encoding, errors);
    decref(b);
    return r;
  }
  return decode(codec, find_handler(errors), errors, data.data(), static_cast<ssize>(data.size()));
}

Object* str_encode(Object* s, Object* encoding, Object* errors) {
  if (!codec_name_ok(encoding) || !codec_name_ok(errors)) return nullptr;
  Codec codec;
  if (!find_codec(encoding, &codec)) {
    if (!registry_encode) return format_error(&exc::LookupError, "unknown encoding: %U", encoding);
    return registry_encode(s, encoding, errors);
  }
  return encode(codec, find_handler(errors), errors, s);
}

static Codec to_codec(BuiltinCodec c) {
  return c == BuiltinCodec::kUtf8 ? Codec::kUtf8 : c == BuiltinCodec::kAscii ? Codec::kAscii : Codec::kLatin1;
}

Object* builtin_codec_decode(BuiltinCodec codec, std::string_view data, Object* errors, bool final,
                             ssize* consumed) {
  *consumed = static_cast<ssize>(data.size());
  return decode(to_codec(codec), find_handler(errors), errors, data.data(), static_cast<ssize>(data.size()), final,
                consumed);
}

Object* builtin_codec_encode(BuiltinCodec codec, Object* s, Object* errors) {
  return encode(to_codec(codec), find_handler(errors), errors, s);
}

Object* codec_error_registry() {
  if (!error_registry) error_registry = dict_new();
  return error_registry;
}

Object* codec_lookup_error(Object* name) {
  Object* registry = codec_error_registry();
  if (!registry) return nullptr;
  Object* handler = dict_get_item(registry, name);
  if (handler) return newref(handler);
  if (!error_occurred()) unknown_handler(name);
  return nullptr;
}

bool codec_call_error_handler(Object* errors, Object* exc, bool encoding, ssize length, Object** replacement,
                              ssize* newpos) {
  if (!errors || str_equal_cstr(errors, "strict")) {
    restore_error(exc);
    return false;
  }
  Object* handler = codec_lookup_error(errors);
  if (!handler) {
    decref(exc);
    return false;
  }
  Object* result = call_function(handler, exc);
  decref(handler);
  decref(exc);
  if (!result) return false;
  bool shaped = is_tuple(result) && tuple_size(result) == 2 && is_int(tuple_item(result, 1));
  Object* rep = shaped ? tuple_item(result, 0) : nullptr;
  if (!shaped || !(is_str(rep) || (encoding && is_bytes(rep)))) {
    decref(result);
    format_error(&exc::TypeError, encoding ? "encoding error handler must return (str/bytes, int) tuple"
                                           : "decoding error handler must return (str, int) tuple");
    return false;
  }
  ssize pos = int_as_ssize(tuple_item(result, 1));
  if (pos == -1 && error_occurred()) {
    decref(result);
    return false;
  }
  if (pos < 0) pos += length;
  if (pos < 0 || pos > length) {
    decref(result);
    format_error(&exc::IndexError, "position %zd from error handler out of bounds", pos);
    return false;
  }
  *replacement = newref(rep);
  *newpos = pos;
  decref(result);
  return true;
}

void set_codec_registry_calls(CodecRegistryCall encode_call, CodecRegistryCall decode_call) {
  registry_encode = encode_call;
  registry_decode = decode_call;
}

}  // namespace glasspy
