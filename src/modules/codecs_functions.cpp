// `_codecs`, part two: the codec functions the modules of the encodings
// package call.  Each takes its input and an error handler name and answers
// (result, length consumed); the decoders taking `final` stop before an
// incomplete sequence at the end when it is false, so the incremental
// decoders of codecs.py can feed them chunk by chunk.
//
// UTF-8, ASCII and Latin-1 are the object layer's built-in codecs
// (objects/codecs.h); the UTF-16/32 forms, the escape codecs and the charmap
// (one-byte table) codecs are written here.  Every error goes through
// codec_call_error_handler, so the standard and registered handlers behave
// alike, with CPython's codec names, positions and reasons.
#include <string>

#include "modules/codecs_module.h"
#include "modules/native_type_support.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/call.h"
#include "objects/codecs.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "util/unicode.h"
#include "util/unicode_names.h"

namespace glasspy {

namespace {

constexpr char kHex[] = "0123456789abcdef";

Object* result_pair(Object* value, ssize consumed) {
  if (!value) return nullptr;
  return tuple_steal({value, int_from_ssize(consumed)});
}

// errors: a str, or None / omitted (strict).  Borrowed or null in *out.
bool errors_arg(const char* fname, Object* const* args, ssize nargs, ssize index, Object** out) {
  *out = nullptr;
  if (nargs <= index || args[index] == None) return true;
  if (!is_str(args[index])) {
    format_error(&exc::TypeError, "%s() argument %zd must be str or None, not %.50s", fname, index + 1,
                 args[index]->type->name);
    return false;
  }
  if (!codec_name_ok(args[index])) return false;
  *out = args[index];
  return true;
}

bool final_arg(Object* const* args, ssize nargs, ssize index, bool fallback, bool* out) {
  *out = fallback;
  if (nargs <= index) return true;
  int t = object_is_true(args[index]);
  if (t < 0) return false;
  *out = t != 0;
  return true;
}

bool str_arg(const char* fname, Object* o) {
  if (is_str(o)) return true;
  format_error(&exc::TypeError, "%s() argument 1 must be str, not %.50s", fname, o->type->name);
  return false;
}

bool data_arg(const char* fname, Object* o, std::string_view* out) {
  if (is_str(o)) {
    format_error(&exc::TypeError, "a bytes-like object is required, not 'str'");
    return false;
  }
  return bytes_like_view(o, out);
}

// The escape codecs and readbuffer_encode also take a str (its UTF-8).
bool bytes_like_view_or_str(Object* o, std::string_view* out) {
  if (is_str(o)) {
    ssize len;
    const char* p = str_as_utf8(o, &len);
    if (!p) return false;
    *out = std::string_view(p, static_cast<size_t>(len));
    return true;
  }
  return bytes_like_view(o, out);
}

// A decoding error at [start, end): runs the handler, appends its
// replacement and moves *next to where decoding resumes.
bool decode_failure(const char* codec, std::string_view data, ssize start, ssize end, const char* reason,
                    Object* errors, StrBuilder& out, ssize* next) {
  set_unicode_decode_error(codec, data.data(), static_cast<ssize>(data.size()), start, end, reason);
  Object* replacement;
  if (!codec_call_error_handler(errors, fetch_error(), false, static_cast<ssize>(data.size()), &replacement, next))
    return false;
  out.append_str(replacement);
  decref(replacement);
  return true;
}

// An encoding error at [start, end) of s: the handler's replacement (str or
// bytes, new reference) and where encoding resumes.
bool encode_failure(const char* codec, Object* s, ssize start, ssize end, const char* reason, Object* errors,
                    Object** replacement, ssize* next) {
  set_unicode_encode_error(codec, s, start, end, reason);
  return codec_call_error_handler(errors, fetch_error(), true, str_length(s), replacement, next);
}

// ---- UTF-8, ASCII, Latin-1 ----

template <BuiltinCodec codec, bool kHasFinal>
Object* builtin_decode(Object*, Object* const* args, ssize nargs) {
  const char* fname = codec == BuiltinCodec::kUtf8 ? "utf_8_decode"
                      : codec == BuiltinCodec::kAscii ? "ascii_decode"
                                                      : "latin_1_decode";
  if (!check_positional(fname, nargs, 1, kHasFinal ? 3 : 2)) return nullptr;
  std::string_view data;
  Object* errors;
  bool final;
  if (!data_arg(fname, args[0], &data) || !errors_arg(fname, args, nargs, 1, &errors) ||
      !final_arg(args, nargs, 2, !kHasFinal, &final))
    return nullptr;
  ssize consumed;
  Object* s = builtin_codec_decode(codec, data, errors, final, &consumed);
  return result_pair(s, consumed);
}

template <BuiltinCodec codec>
Object* builtin_encode(Object*, Object* const* args, ssize nargs) {
  const char* fname = codec == BuiltinCodec::kUtf8 ? "utf_8_encode"
                      : codec == BuiltinCodec::kAscii ? "ascii_encode"
                                                      : "latin_1_encode";
  if (!check_positional(fname, nargs, 1, 2)) return nullptr;
  Object* errors;
  if (!str_arg(fname, args[0]) || !errors_arg(fname, args, nargs, 1, &errors)) return nullptr;
  return result_pair(builtin_codec_encode(codec, args[0], errors), str_length(args[0]));
}

// ---- UTF-16 and UTF-32 ----

// byteorder: -1 little-endian, 1 big-endian, 0 read a BOM (then set to the
// order found; without a BOM little-endian, the native order here).
Object* decode_wide(int width, int* byteorder, std::string_view data, Object* errors, bool final, ssize* consumed) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(data.data());
  const ssize n = static_cast<ssize>(data.size());
  ssize i = 0;
  StrBuilder out;
  if (*byteorder == 0) {
    if (n < width) {
      if (!final || n == 0) {
        *consumed = 0;
        return newref(empty_str());
      }
    } else if (width == 2 && p[0] == 0xFF && p[1] == 0xFE) {
      *byteorder = -1;
      i = 2;
    } else if (width == 2 && p[0] == 0xFE && p[1] == 0xFF) {
      *byteorder = 1;
      i = 2;
    } else if (width == 4 && p[0] == 0xFF && p[1] == 0xFE && p[2] == 0 && p[3] == 0) {
      *byteorder = -1;
      i = 4;
    } else if (width == 4 && p[0] == 0 && p[1] == 0 && p[2] == 0xFE && p[3] == 0xFF) {
      *byteorder = 1;
      i = 4;
    }
  }
  const bool be = *byteorder == 1;
  const char* codec = width == 2 ? (be ? "utf-16-be" : "utf-16-le") : (be ? "utf-32-be" : "utf-32-le");
  auto read = [&](ssize at) {
    uint32_t v = 0;
    for (int k = 0; k < width; ++k) v |= static_cast<uint32_t>(p[at + k]) << (be ? (width - 1 - k) * 8 : k * 8);
    return v;
  };
  ssize next;
  while (i < n) {
    const char* reason = nullptr;
    ssize end = 0;
    if (n - i < width) {
      if (!final) break;
      reason = "truncated data";
      end = n;
    } else if (width == 2) {
      uint32_t u = read(i);
      if (u < 0xD800 || u > 0xDFFF) {
        out.append_char(u);
        i += 2;
        continue;
      }
      if (u >= 0xDC00) {
        reason = "illegal encoding";
        end = i + 2;
      } else if (n - i < 4) {
        if (!final) break;
        reason = "unexpected end of data";
        end = n;
      } else {
        uint32_t low = read(i + 2);
        if (low >= 0xDC00 && low <= 0xDFFF) {
          out.append_char(0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
          i += 4;
          continue;
        }
        reason = "illegal UTF-16 surrogate";
        end = i + 2;
      }
    } else {
      uint32_t c = read(i);
      if (c > 0x10FFFF) reason = "code point not in range(0x110000)";
      else if (c >= 0xD800 && c <= 0xDFFF) reason = "code point in surrogate code point range(0xd800, 0xe000)";
      else {
        out.append_char(c);
        i += 4;
        continue;
      }
      end = i + 4;
    }
    if (!decode_failure(codec, data, i, end, reason, errors, out, &next)) return nullptr;
    i = next;
  }
  *consumed = i;
  return out.finish();
}

Object* encode_wide(int width, int byteorder, Object* s, Object* errors) {
  const char* codec = width == 2 ? (byteorder == 0 ? "utf-16" : byteorder < 0 ? "utf-16-le" : "utf-16-be")
                                 : (byteorder == 0 ? "utf-32" : byteorder < 0 ? "utf-32-le" : "utf-32-be");
  const bool be = byteorder == 1;
  std::string out;
  auto put_unit = [&](uint32_t v) {
    for (int k = 0; k < width; ++k) out.push_back(static_cast<char>((v >> (be ? (width - 1 - k) * 8 : k * 8)) & 0xFF));
  };
  auto put = [&](uint32_t c) {
    if (width == 2 && c >= 0x10000) {
      put_unit(0xD800 + ((c - 0x10000) >> 10));
      put_unit(0xDC00 + ((c - 0x10000) & 0x3FF));
    } else {
      put_unit(c);
    }
  };
  if (byteorder == 0) put_unit(0xFEFF);
  const ssize n = str_length(s);
  for (ssize i = 0; i < n;) {
    uint32_t c = str_char_at(s, i);
    if (c < 0xD800 || c > 0xDFFF) {
      put(c);
      ++i;
      continue;
    }
    ssize end = i + 1;
    while (end < n && str_char_at(s, end) >= 0xD800 && str_char_at(s, end) <= 0xDFFF) ++end;
    Object* replacement;
    ssize next;
    if (!encode_failure(codec, s, i, end, "surrogates not allowed", errors, &replacement, &next)) return nullptr;
    if (is_bytes(replacement)) {
      std::string_view raw = byteslike_view(replacement);
      if (raw.size() % width != 0) {
        decref(replacement);
        set_unicode_encode_error(codec, s, i, end, "surrogates not allowed");
        return nullptr;
      }
      out.append(raw);
    } else {
      for (ssize k = 0; k < str_length(replacement); ++k) {
        uint32_t d = str_char_at(replacement, k);
        if (d >= 0x80) {
          decref(replacement);
          set_unicode_encode_error(codec, s, i, end, "surrogates not allowed");
          return nullptr;
        }
        put(d);
      }
    }
    decref(replacement);
    i = next;
  }
  return bytes_from_data(out.data(), static_cast<ssize>(out.size()));
}

// utf_16_decode, utf_16_le_decode...: (data, errors=None, final=False).
template <int kWidth, int kOrder>
Object* wide_decode(Object*, Object* const* args, ssize nargs) {
  const char* fname = kWidth == 2 ? (kOrder == 0 ? "utf_16_decode" : kOrder < 0 ? "utf_16_le_decode" : "utf_16_be_decode")
                                  : (kOrder == 0 ? "utf_32_decode" : kOrder < 0 ? "utf_32_le_decode" : "utf_32_be_decode");
  if (!check_positional(fname, nargs, 1, 3)) return nullptr;
  std::string_view data;
  Object* errors;
  bool final;
  if (!data_arg(fname, args[0], &data) || !errors_arg(fname, args, nargs, 1, &errors) ||
      !final_arg(args, nargs, 2, false, &final))
    return nullptr;
  int order = kOrder;
  ssize consumed;
  Object* s = decode_wide(kWidth, &order, data, errors, final, &consumed);
  return result_pair(s, consumed);
}

// utf_16_ex_decode / utf_32_ex_decode: (data, errors=None, byteorder=0,
// final=False) -> (str, consumed, byteorder).
template <int kWidth>
Object* wide_ex_decode(Object*, Object* const* args, ssize nargs) {
  const char* fname = kWidth == 2 ? "utf_16_ex_decode" : "utf_32_ex_decode";
  if (!check_positional(fname, nargs, 1, 4)) return nullptr;
  std::string_view data;
  Object* errors;
  bool final;
  if (!data_arg(fname, args[0], &data) || !errors_arg(fname, args, nargs, 1, &errors) ||
      !final_arg(args, nargs, 3, false, &final))
    return nullptr;
  int order = 0;
  if (nargs > 2) {
    ssize v = int_as_ssize(args[2]);
    if (v == -1 && error_occurred()) return nullptr;
    order = v < 0 ? -1 : v > 0 ? 1 : 0;
  }
  ssize consumed;
  Object* s = decode_wide(kWidth, &order, data, errors, final, &consumed);
  if (!s) return nullptr;
  return tuple_steal({s, int_from_ssize(consumed), int_from_ssize(order)});
}

// utf_16_encode(str, errors=None, byteorder=0), utf_16_le_encode(str, errors=None)...
template <int kWidth, int kOrder>
Object* wide_encode(Object*, Object* const* args, ssize nargs) {
  const char* fname = kWidth == 2 ? (kOrder == 0 ? "utf_16_encode" : kOrder < 0 ? "utf_16_le_encode" : "utf_16_be_encode")
                                  : (kOrder == 0 ? "utf_32_encode" : kOrder < 0 ? "utf_32_le_encode" : "utf_32_be_encode");
  if (!check_positional(fname, nargs, 1, kOrder == 0 ? 3 : 2)) return nullptr;
  Object* errors;
  if (!str_arg(fname, args[0]) || !errors_arg(fname, args, nargs, 1, &errors)) return nullptr;
  int order = kOrder;
  if (nargs > 2) {
    ssize v = int_as_ssize(args[2]);
    if (v == -1 && error_occurred()) return nullptr;
    order = v < 0 ? -1 : v > 0 ? 1 : 0;
  }
  return result_pair(encode_wide(kWidth, order, args[0], errors), str_length(args[0]));
}

// ---- the escape codecs ----

int hex_value(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// unicode_escape_decode(data, errors=None, final=True): the escapes of a
// Python string literal over Latin-1 text.
Object* unicode_escape_decode(Object*, Object* const* args, ssize nargs) {
  const char* fname = "unicode_escape_decode";
  if (!check_positional(fname, nargs, 1, 3)) return nullptr;
  std::string_view data;
  Object* errors;
  bool final;
  if (!bytes_like_view_or_str(args[0], &data) || !errors_arg(fname, args, nargs, 1, &errors) ||
      !final_arg(args, nargs, 2, true, &final))
    return nullptr;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(data.data());
  const ssize n = static_cast<ssize>(data.size());
  StrBuilder out;
  ssize i = 0, next;
  while (i < n) {
    if (p[i] != '\\') {
      out.append_char(p[i++]);
      continue;
    }
    const ssize start = i;
    const char* reason = nullptr;
    ssize end = 0;
    if (i + 1 >= n) {
      if (!final) break;
      reason = "\\ at end of string";
      end = n;
    } else {
      unsigned char e = p[i + 1];
      i += 2;
      switch (e) {
        case '\n': continue;
        case '\\': case '\'': case '"': out.append_char(e); continue;
        case 'a': out.append_char(7); continue;
        case 'b': out.append_char(8); continue;
        case 't': out.append_char(9); continue;
        case 'n': out.append_char(10); continue;
        case 'v': out.append_char(11); continue;
        case 'f': out.append_char(12); continue;
        case 'r': out.append_char(13); continue;
        case 'x': case 'u': case 'U': {
          int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
          uint32_t v = 0;
          int k = 0;
          for (; k < digits && i < n && hex_value(p[i]) >= 0; ++k, ++i) v = v * 16 + hex_value(p[i]);
          if (k < digits) {
            if (!final && i >= n) {
              i = start;
              goto stop;
            }
            reason = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape"
                                                              : "truncated \\UXXXXXXXX escape";
          } else if (v > 0x10FFFF) {
            reason = "illegal Unicode character";
          } else {
            out.append_char(v);
            continue;
          }
          end = i;
          break;
        }
        case 'N': {
          reason = "malformed \\N character escape";
          if (i < n && p[i] == '{') {
            ssize name_start = ++i;
            while (i < n && p[i] != '}') ++i;
            if (i >= n && !final) {
              i = start;
              goto stop;
            }
            if (i > name_start && i < n) {
              ++i;
              int32_t cp = unicode::lookup_unicode_name(
                  std::string_view(data.data() + name_start, static_cast<size_t>(i - 1 - name_start)));
              if (cp >= 0) {
                out.append_char(static_cast<uint32_t>(cp));
                continue;
              }
              reason = "unknown Unicode character name";
            }
          } else if (i >= n && !final) {
            i = start;
            goto stop;
          }
          end = i;
          break;
        }
        default:
          if (e >= '0' && e <= '7') {
            uint32_t v = e - '0';
            for (int k = 0; k < 2 && i < n && p[i] >= '0' && p[i] <= '7'; ++k, ++i) v = v * 8 + (p[i] - '0');
            out.append_char(v);
          } else {
            out.append_char('\\');
            out.append_char(e);
          }
          continue;
      }
    }
    if (!decode_failure("unicodeescape", data, start, end, reason, errors, out, &next)) return nullptr;
    i = next;
  }
stop:
  return result_pair(out.finish(), i);
}

void append_escaped(std::string& out, uint32_t c) {
  int digits = c <= 0xFF ? 2 : c <= 0xFFFF ? 4 : 8;
  out.push_back('\\');
  out.push_back(digits == 2 ? 'x' : digits == 4 ? 'u' : 'U');
  for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) out.push_back(kHex[(c >> shift) & 0xF]);
}

Object* unicode_escape_encode(Object*, Object* const* args, ssize nargs) {
  const char* fname = "unicode_escape_encode";
  if (!check_positional(fname, nargs, 1, 2)) return nullptr;
  Object* errors;
  if (!str_arg(fname, args[0]) || !errors_arg(fname, args, nargs, 1, &errors)) return nullptr;
  std::string out;
  const ssize n = str_length(args[0]);
  for (ssize i = 0; i < n; ++i) {
    uint32_t c = str_char_at(args[0], i);
    if (c == '\\') out += "\\\\";
    else if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c < 32 || c >= 127) append_escaped(out, c);
    else out.push_back(static_cast<char>(c));
  }
  return result_pair(bytes_from_data(out.data(), static_cast<ssize>(out.size())), n);
}

// raw_unicode_escape_decode(data, errors=None, final=True): only \u and \U
// escapes, and only after an odd run of backslashes.
Object* raw_unicode_escape_decode(Object*, Object* const* args, ssize nargs) {
  const char* fname = "raw_unicode_escape_decode";
  if (!check_positional(fname, nargs, 1, 3)) return nullptr;
  std::string_view data;
  Object* errors;
  bool final;
  if (!bytes_like_view_or_str(args[0], &data) || !errors_arg(fname, args, nargs, 1, &errors) ||
      !final_arg(args, nargs, 2, true, &final))
    return nullptr;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(data.data());
  const ssize n = static_cast<ssize>(data.size());
  StrBuilder out;
  ssize i = 0, next;
  while (i < n) {
    if (p[i] != '\\') {
      out.append_char(p[i++]);
      continue;
    }
    ssize j = i;
    while (j < n && p[j] == '\\') ++j;
    ssize run = j - i;
    bool escape = run % 2 == 1 && j < n && (p[j] == 'u' || p[j] == 'U');
    if (run % 2 == 1 && j >= n && !final) {
      for (ssize k = 0; k < run - 1; ++k) out.append_char('\\');
      i = j - 1;
      break;
    }
    for (ssize k = 0; k < run - (escape ? 1 : 0); ++k) out.append_char('\\');
    i = j;
    if (!escape) continue;
    const ssize start = j - 1;
    int digits = p[j] == 'u' ? 4 : 8;
    i = j + 1;
    uint32_t v = 0;
    int k = 0;
    for (; k < digits && i < n && hex_value(p[i]) >= 0; ++k, ++i) v = v * 16 + hex_value(p[i]);
    const char* reason;
    if (k < digits) {
      if (!final && i >= n) {
        i = start;
        break;
      }
      reason = digits == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
    } else if (v > 0x10FFFF) {
      reason = "\\Uxxxxxxxx out of range";
    } else {
      out.append_char(v);
      continue;
    }
    if (!decode_failure("rawunicodeescape", data, start, i, reason, errors, out, &next)) return nullptr;
    i = next;
  }
  return result_pair(out.finish(), i);
}

Object* raw_unicode_escape_encode(Object*, Object* const* args, ssize nargs) {
  const char* fname = "raw_unicode_escape_encode";
  if (!check_positional(fname, nargs, 1, 2)) return nullptr;
  Object* errors;
  if (!str_arg(fname, args[0]) || !errors_arg(fname, args, nargs, 1, &errors)) return nullptr;
  std::string out;
  const ssize n = str_length(args[0]);
  for (ssize i = 0; i < n; ++i) {
    uint32_t c = str_char_at(args[0], i);
    if (c < 256) out.push_back(static_cast<char>(c));
    else append_escaped(out, c);
  }
  return result_pair(bytes_from_data(out.data(), static_cast<ssize>(out.size())), n);
}

// escape_decode(data, errors=None): the escapes of a bytes literal.
Object* escape_decode(Object*, Object* const* args, ssize nargs) {
  const char* fname = "escape_decode";
  if (!check_positional(fname, nargs, 1, 2)) return nullptr;
  std::string_view data;
  Object* errors;
  if (!bytes_like_view_or_str(args[0], &data) || !errors_arg(fname, args, nargs, 1, &errors)) return nullptr;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(data.data());
  const ssize n = static_cast<ssize>(data.size());
  std::string out;
  for (ssize i = 0; i < n;) {
    if (p[i] != '\\') {
      out.push_back(static_cast<char>(p[i++]));
      continue;
    }
    if (i + 1 >= n) return format_error(&exc::ValueError, "Trailing \\ in string");
    unsigned char e = p[i + 1];
    ssize start = i;
    i += 2;
    switch (e) {
      case '\n': break;
      case '\\': case '\'': case '"': out.push_back(static_cast<char>(e)); break;
      case 'a': out.push_back(7); break;
      case 'b': out.push_back(8); break;
      case 't': out.push_back(9); break;
      case 'n': out.push_back(10); break;
      case 'v': out.push_back(11); break;
      case 'f': out.push_back(12); break;
      case 'r': out.push_back(13); break;
      case 'x':
        if (i + 1 < n && hex_value(p[i]) >= 0 && hex_value(p[i + 1]) >= 0) {
          out.push_back(static_cast<char>(hex_value(p[i]) * 16 + hex_value(p[i + 1])));
          i += 2;
          break;
        }
        if (!errors || str_equal_cstr(errors, "strict"))
          return format_error(&exc::ValueError, "invalid \\x escape at position %zd", start);
        if (str_equal_cstr(errors, "replace")) out.push_back('?');
        else if (!str_equal_cstr(errors, "ignore"))
          return format_error(&exc::ValueError, "decoding error; unknown error handling code: %U", errors);
        while (i < n && i < start + 4 && hex_value(p[i]) >= 0) ++i;
        break;
      default:
        if (e >= '0' && e <= '7') {
          uint32_t v = e - '0';
          for (int k = 0; k < 2 && i < n && p[i] >= '0' && p[i] <= '7'; ++k, ++i) v = v * 8 + (p[i] - '0');
          out.push_back(static_cast<char>(v & 0xFF));
        } else {
          out.push_back('\\');
          out.push_back(static_cast<char>(e));
        }
    }
  }
  return result_pair(bytes_from_data(out.data(), static_cast<ssize>(out.size())), n);
}

Object* escape_encode(Object*, Object* const* args, ssize nargs) {
  const char* fname = "escape_encode";
  if (!check_positional(fname, nargs, 1, 2)) return nullptr;
  if (!is_bytes(args[0]))
    return format_error(&exc::TypeError, "%s() argument 1 must be bytes, not %.50s", fname, args[0]->type->name);
  Object* errors;
  if (!errors_arg(fname, args, nargs, 1, &errors)) return nullptr;
  std::string_view data = byteslike_view(args[0]);
  std::string out;
  for (unsigned char c : data) {
    if (c == '\'' || c == '\\') {
      out.push_back('\\');
      out.push_back(static_cast<char>(c));
    } else if (c == '\t') out += "\\t";
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c < 32 || c >= 127) append_escaped(out, c);
    else out.push_back(static_cast<char>(c));
  }
  return result_pair(bytes_from_data(out.data(), static_cast<ssize>(out.size())), static_cast<ssize>(data.size()));
}

// ---- UTF-7 ----

constexpr char kBase64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

bool is_base64(uint32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}
int from_base64(uint32_t c) {
  return c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' + 26 : c >= '0' && c <= '9' ? c - '0' + 52
                                                                                 : c == '+' ? 62 : 63;
}
// Written as itself by the encoder: printable ASCII but '+', '\' and '~',
// and tab, newline, carriage return.
bool utf7_direct(uint32_t c) {
  if (c == '\t' || c == '\n' || c == '\r') return true;
  return c >= ' ' && c < 127 && c != '+' && c != '\\' && c != '~';
}

Object* utf_7_encode(Object*, Object* const* args, ssize nargs) {
  const char* fname = "utf_7_encode";
  if (!check_positional(fname, nargs, 1, 2)) return nullptr;
  Object* errors;
  if (!str_arg(fname, args[0]) || !errors_arg(fname, args, nargs, 1, &errors)) return nullptr;
  Object* s = args[0];
  const ssize n = str_length(s);
  std::string out;
  bool in_shift = false;
  int bits = 0;
  uint32_t buffer = 0;
  auto push_unit = [&](uint32_t unit) {
    buffer = (buffer << 16) | unit;
    bits += 16;
    while (bits >= 6) {
      bits -= 6;
      out.push_back(kBase64[(buffer >> bits) & 0x3F]);
    }
    buffer &= (1u << bits) - 1;
  };
  for (ssize i = 0; i < n; ++i) {
    uint32_t c = str_char_at(s, i);
    if (in_shift && utf7_direct(c)) {
      if (bits) out.push_back(kBase64[(buffer << (6 - bits)) & 0x3F]);
      buffer = 0;
      bits = 0;
      in_shift = false;
      if (is_base64(c) || c == '-') out.push_back('-');
      out.push_back(static_cast<char>(c));
      continue;
    }
    if (!in_shift) {
      if (c == '+') {
        out += "+-";
        continue;
      }
      if (utf7_direct(c)) {
        out.push_back(static_cast<char>(c));
        continue;
      }
      out.push_back('+');
      in_shift = true;
    }
    if (c >= 0x10000) {
      push_unit(0xD800 + ((c - 0x10000) >> 10));
      push_unit(0xDC00 + ((c - 0x10000) & 0x3FF));
    } else {
      push_unit(c);
    }
  }
  if (bits) out.push_back(kBase64[(buffer << (6 - bits)) & 0x3F]);
  if (in_shift) out.push_back('-');
  return result_pair(bytes_from_data(out.data(), static_cast<ssize>(out.size())), n);
}

// utf_7_decode(data, errors=None, final=False).  A shift sequence still open
// at the end of a non-final chunk is left for the next one.
Object* utf_7_decode(Object*, Object* const* args, ssize nargs) {
  const char* fname = "utf_7_decode";
  if (!check_positional(fname, nargs, 1, 3)) return nullptr;
  std::string_view data;
  Object* errors;
  bool final;
  if (!data_arg(fname, args[0], &data) || !errors_arg(fname, args, nargs, 1, &errors) ||
      !final_arg(args, nargs, 2, false, &final))
    return nullptr;
  const unsigned char* p = reinterpret_cast<const unsigned char*>(data.data());
  const ssize n = static_cast<ssize>(data.size());
  std::u32string out;  // kept as code points so an open shift sequence can be taken back
  bool in_shift = false;
  int bits = 0;
  uint32_t buffer = 0, surrogate = 0;
  ssize start = 0, i = 0, next;
  size_t shift_out_start = 0;
  auto fail = [&](ssize from, ssize to, const char* reason) {
    StrBuilder rep;
    if (!decode_failure("utf7", data, from, to, reason, errors, rep, &next)) return false;
    Object* r = rep.finish();
    if (!r) return false;
    for (ssize k = 0; k < str_length(r); ++k) out.push_back(str_char_at(r, k));
    decref(r);
    i = next;
    return true;
  };
  while (i < n) {
    uint32_t ch = p[i];
    if (in_shift) {
      if (is_base64(ch)) {
        buffer = (buffer << 6) | from_base64(ch);
        bits += 6;
        ++i;
        if (bits >= 16) {
          uint32_t unit = (buffer >> (bits - 16)) & 0xFFFF;
          bits -= 16;
          buffer &= (1u << bits) - 1;
          if (surrogate) {
            if (unit >= 0xDC00 && unit <= 0xDFFF) {
              out.push_back(0x10000 + ((surrogate - 0xD800) << 10) + (unit - 0xDC00));
              surrogate = 0;
              continue;
            }
            out.push_back(surrogate);
            surrogate = 0;
          }
          if (unit >= 0xD800 && unit <= 0xDBFF) surrogate = unit;
          else out.push_back(unit);
        }
        continue;
      }
      in_shift = false;
      if (bits >= 6 || (bits > 0 && buffer != 0)) {
        ++i;  // the terminating character goes with the error
        if (!fail(start, i, bits >= 6 ? "partial character in shift sequence"
                                      : "non-zero padding bits in shift sequence"))
          return nullptr;
        continue;
      }
      if (surrogate && ch <= 127 && ch != '+') {
        out.push_back(surrogate);
        surrogate = 0;
      }
      if (ch == '-') ++i;
      continue;
    }
    if (ch == '+') {
      start = i++;
      if (i < n && p[i] == '-') {
        ++i;
        out.push_back('+');
      } else if (i < n && !is_base64(p[i])) {
        ++i;
        if (!fail(start, i, "ill-formed sequence")) return nullptr;
      } else {
        in_shift = true;
        surrogate = 0;
        shift_out_start = out.size();
        bits = 0;
        buffer = 0;
      }
      continue;
    }
    if (ch <= 127) {
      out.push_back(ch);
      ++i;
      continue;
    }
    start = i++;
    if (!fail(start, i, "unexpected special character")) return nullptr;
  }
  ssize consumed = i;
  if (in_shift && final) {
    if (surrogate || bits >= 6 || (bits > 0 && buffer != 0)) {
      in_shift = false;
      if (!fail(start, n, "unterminated shift sequence")) return nullptr;
      consumed = n;
    }
  } else if (in_shift) {
    out.resize(shift_out_start);
    consumed = start;
  }
  Object* r = str_from_codepoints(reinterpret_cast<const uint32_t*>(out.data()), static_cast<ssize>(out.size()));
  return result_pair(r, consumed);
}

// ---- charmap ----

// charmap_decode(data, errors=None, mapping=None): mapping is a str indexed
// by byte (U+FFFE: undefined) or a mapping from byte to int / str / None.
Object* charmap_decode(Object*, Object* const* args, ssize nargs) {
  const char* fname = "charmap_decode";
  if (!check_positional(fname, nargs, 1, 3)) return nullptr;
  std::string_view data;
  Object* errors;
  if (!data_arg(fname, args[0], &data) || !errors_arg(fname, args, nargs, 1, &errors)) return nullptr;
  Object* mapping = nargs > 2 && args[2] != None ? args[2] : nullptr;
  if (!mapping) {
    ssize consumed;
    Object* text = builtin_codec_decode(BuiltinCodec::kLatin1, data, errors, true, &consumed);
    return result_pair(text, consumed);
  }
  const unsigned char* p = reinterpret_cast<const unsigned char*>(data.data());
  const ssize n = static_cast<ssize>(data.size());
  StrBuilder out;
  ssize i = 0, next;
  const bool table = is_str(mapping);
  while (i < n) {
    bool defined = false;
    if (table) {
      if (p[i] < str_length(mapping)) {
        uint32_t c = str_char_at(mapping, p[i]);
        if (c != 0xFFFE) {
          out.append_char(c);
          defined = true;
        }
      }
    } else {
      ObjRef key = ObjRef::steal(int_from_ssize(p[i]));
      if (!key) return nullptr;
      ObjRef v = ObjRef::steal(get_item(mapping, key.get()));
      if (!v) {
        if (!error_matches(&exc::LookupError)) return nullptr;
        clear_error();
      } else if (v.get() == None) {
      } else if (is_int(v.get())) {
        ssize c = int_as_ssize(v.get());
        if (c == -1 && error_occurred()) return nullptr;
        if (c < 0 || c > 0x10FFFF)
          return format_error(&exc::TypeError, "character mapping must be in range(0x110000)");
        out.append_char(static_cast<uint32_t>(c));
        defined = true;
      } else if (is_str(v.get())) {
        if (!(str_length(v.get()) == 1 && str_char_at(v.get(), 0) == 0xFFFE)) {
          out.append_str(v.get());
          defined = true;
        }
      } else {
        return format_error(&exc::TypeError, "character mapping must return integer, None or str");
      }
    }
    if (defined) {
      ++i;
      continue;
    }
    if (!decode_failure("charmap", data, i, i + 1, "character maps to <undefined>", errors, out, &next))
      return nullptr;
    i = next;
  }
  return result_pair(out.finish(), n);
}

// The byte(s) `c` maps to through an encoding map: 1 found, 0 undefined,
// -1 error.
int charmap_lookup(Object* mapping, uint32_t c, std::string& out) {
  ObjRef key = ObjRef::steal(int_from_ssize(c));
  if (!key) return -1;
  ObjRef v = ObjRef::steal(get_item(mapping, key.get()));
  if (!v) {
    if (!error_matches(&exc::LookupError)) return -1;
    clear_error();
    return 0;
  }
  if (v.get() == None) return 0;
  if (is_int(v.get())) {
    ssize b = int_as_ssize(v.get());
    if (b == -1 && error_occurred()) return -1;
    if (b < 0 || b > 255) {
      format_error(&exc::TypeError, "character mapping must be in range(256)");
      return -1;
    }
    out.push_back(static_cast<char>(b));
    return 1;
  }
  if (is_bytes(v.get())) {
    out.append(byteslike_view(v.get()));
    return 1;
  }
  format_error(&exc::TypeError, "character mapping must return integer, bytes or None, not %.400s",
               v->type->name);
  return -1;
}

Object* charmap_encode(Object*, Object* const* args, ssize nargs) {
  const char* fname = "charmap_encode";
  if (!check_positional(fname, nargs, 1, 3)) return nullptr;
  Object* errors;
  if (!str_arg(fname, args[0]) || !errors_arg(fname, args, nargs, 1, &errors)) return nullptr;
  Object* s = args[0];
  const ssize n = str_length(s);
  Object* mapping = nargs > 2 && args[2] != None ? args[2] : nullptr;
  if (!mapping) return result_pair(builtin_codec_encode(BuiltinCodec::kLatin1, s, errors), n);
  std::string out;
  for (ssize i = 0; i < n;) {
    int r = charmap_lookup(mapping, str_char_at(s, i), out);
    if (r < 0) return nullptr;
    if (r > 0) {
      ++i;
      continue;
    }
    ssize end = i + 1;
    std::string scratch;
    for (; end < n; ++end) {
      scratch.clear();
      int d = charmap_lookup(mapping, str_char_at(s, end), scratch);
      if (d < 0) return nullptr;
      if (d > 0) break;
    }
    Object* replacement;
    ssize next;
    if (!encode_failure("charmap", s, i, end, "character maps to <undefined>", errors, &replacement, &next))
      return nullptr;
    if (is_bytes(replacement)) {
      out.append(byteslike_view(replacement));
    } else {
      for (ssize k = 0; k < str_length(replacement); ++k) {
        int d = charmap_lookup(mapping, str_char_at(replacement, k), out);
        if (d <= 0) {
          decref(replacement);
          if (d == 0) set_unicode_encode_error("charmap", s, i, end, "character maps to <undefined>");
          return nullptr;
        }
      }
    }
    decref(replacement);
    i = next;
  }
  return result_pair(bytes_from_data(out.data(), static_cast<ssize>(out.size())), n);
}

// charmap_build(decoding_table): the encoding map, character -> byte.
Object* charmap_build(Object*, Object* table) {
  if (!is_str(table))
    return format_error(&exc::TypeError, "charmap_build() argument must be str, not %.50s", table->type->name);
  ObjRef d = ObjRef::steal(dict_new());
  if (!d) return nullptr;
  const ssize n = str_length(table);
  for (ssize i = 0; i < n && i < 256; ++i) {
    uint32_t c = str_char_at(table, i);
    if (c == 0xFFFE) continue;
    ObjRef k = ObjRef::steal(int_from_ssize(c));
    ObjRef v = ObjRef::steal(int_from_ssize(i));
    if (!k || !v || dict_set_item(d.get(), k.get(), v.get()) < 0) return nullptr;
  }
  return d.release();
}

// readbuffer_encode(data, errors=None): the bytes of a buffer (a str: its UTF-8).
Object* readbuffer_encode(Object*, Object* const* args, ssize nargs) {
  const char* fname = "readbuffer_encode";
  if (!check_positional(fname, nargs, 1, 2)) return nullptr;
  Object* errors;
  if (!errors_arg(fname, args, nargs, 1, &errors)) return nullptr;
  std::string_view data;
  if (!bytes_like_view_or_str(args[0], &data)) return nullptr;
  return result_pair(bytes_from_data(data.data(), static_cast<ssize>(data.size())),
                     static_cast<ssize>(data.size()));
}

}  // namespace

MethodDef codecs_codec_functions[] = {
    MethodDef("utf_8_encode", static_cast<FastMethod>(builtin_encode<BuiltinCodec::kUtf8>)),
    MethodDef("utf_8_decode", static_cast<FastMethod>(builtin_decode<BuiltinCodec::kUtf8, true>)),
    MethodDef("ascii_encode", static_cast<FastMethod>(builtin_encode<BuiltinCodec::kAscii>)),
    MethodDef("ascii_decode", static_cast<FastMethod>(builtin_decode<BuiltinCodec::kAscii, false>)),
    MethodDef("latin_1_encode", static_cast<FastMethod>(builtin_encode<BuiltinCodec::kLatin1>)),
    MethodDef("latin_1_decode", static_cast<FastMethod>(builtin_decode<BuiltinCodec::kLatin1, false>)),
    MethodDef("utf_16_encode", static_cast<FastMethod>(wide_encode<2, 0>)),
    MethodDef("utf_16_le_encode", static_cast<FastMethod>(wide_encode<2, -1>)),
    MethodDef("utf_16_be_encode", static_cast<FastMethod>(wide_encode<2, 1>)),
    MethodDef("utf_16_decode", static_cast<FastMethod>(wide_decode<2, 0>)),
    MethodDef("utf_16_le_decode", static_cast<FastMethod>(wide_decode<2, -1>)),
    MethodDef("utf_16_be_decode", static_cast<FastMethod>(wide_decode<2, 1>)),
    MethodDef("utf_16_ex_decode", static_cast<FastMethod>(wide_ex_decode<2>)),
    MethodDef("utf_32_encode", static_cast<FastMethod>(wide_encode<4, 0>)),
    MethodDef("utf_32_le_encode", static_cast<FastMethod>(wide_encode<4, -1>)),
    MethodDef("utf_32_be_encode", static_cast<FastMethod>(wide_encode<4, 1>)),
    MethodDef("utf_32_decode", static_cast<FastMethod>(wide_decode<4, 0>)),
    MethodDef("utf_32_le_decode", static_cast<FastMethod>(wide_decode<4, -1>)),
    MethodDef("utf_32_be_decode", static_cast<FastMethod>(wide_decode<4, 1>)),
    MethodDef("utf_32_ex_decode", static_cast<FastMethod>(wide_ex_decode<4>)),
    MethodDef("utf_7_encode", static_cast<FastMethod>(utf_7_encode)),
    MethodDef("utf_7_decode", static_cast<FastMethod>(utf_7_decode)),
    MethodDef("unicode_escape_encode", static_cast<FastMethod>(unicode_escape_encode)),
    MethodDef("unicode_escape_decode", static_cast<FastMethod>(unicode_escape_decode)),
    MethodDef("raw_unicode_escape_encode", static_cast<FastMethod>(raw_unicode_escape_encode)),
    MethodDef("raw_unicode_escape_decode", static_cast<FastMethod>(raw_unicode_escape_decode)),
    MethodDef("escape_encode", static_cast<FastMethod>(escape_encode)),
    MethodDef("escape_decode", static_cast<FastMethod>(escape_decode)),
    MethodDef("charmap_encode", static_cast<FastMethod>(charmap_encode)),
    MethodDef("charmap_decode", static_cast<FastMethod>(charmap_decode)),
    MethodDef("charmap_build", static_cast<OneArgMethod>(charmap_build)),
    MethodDef("readbuffer_encode", static_cast<FastMethod>(readbuffer_encode)),
    {},
};

}  // namespace glasspy
