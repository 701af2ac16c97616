// `binascii`: conversions between binary data and ASCII encodings (base64,
// hex, uuencode) and the CRC-32 / CRC-CCITT checksums, behind base64.py,
// uu.py and zip-style code.
//
// The a2b_* decoders take bytes-like objects or ASCII-only str (CPython's
// ascii_buffer_converter); the b2a_* encoders take bytes-like objects only.
// Base64 decoding follows CPython's two modes: the lenient default skips
// characters outside the alphabet and stops at the first complete padding,
// strict_mode rejects anything but canonical input.  quoted-printable
// (a2b_qp/b2a_qp) is not provided: quopri.py falls back to its own Python
// code when binascii lacks it.
#include <cstring>
#include <string>

#include "modules/binascii_module.h"
#include "modules/native_type_support.h"
#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/type.h"
#include "vm/module_object.h"

namespace glasspy {

namespace {

Object* binascii_error = nullptr;       // binascii.Error (a ValueError)
Object* binascii_incomplete = nullptr;  // binascii.Incomplete

Type* error_type() { return reinterpret_cast<Type*>(binascii_error); }

// The input of a decoder: the bytes of a buffer or of an ASCII str.
class AsciiInput {
 public:
  ~AsciiInput() { release_buffer(&view_); }
  bool init(Object* arg) {
    if (is_str(arg)) {
      if (!str_is_ascii(arg)) {
        set_error(&exc::ValueError, "string argument should contain only ASCII characters");
        return false;
      }
      ssize len;
      const char* utf8 = str_as_utf8(arg, &len);
      if (!utf8) return false;
      data_ = std::string_view(utf8, static_cast<size_t>(len));
      return true;
    }
    if (!has_buffer(arg)) {
      format_error(&exc::TypeError, "argument should be bytes, buffer or ASCII string, not '%.100s'",
                   type_name(arg->type));
      return false;
    }
    if (get_buffer(arg, &view_) < 0) return false;
    data_ = std::string_view(view_.buf, static_cast<size_t>(view_.len));
    return true;
  }
  std::string_view data() const { return data_; }

 private:
  Buffer view_;
  std::string_view data_;
};

// The input of an encoder: any bytes-like object.
class BinaryInput {
 public:
  ~BinaryInput() { release_buffer(&view_); }
  bool init(Object* arg) { return get_buffer(arg, &view_) == 0; }
  const unsigned char* data() const { return reinterpret_cast<const unsigned char*>(view_.buf); }
  size_t size() const { return static_cast<size_t>(view_.len); }

 private:
  Buffer view_;
};

Object* to_bytes(const std::string& s) { return bytes_from_data(s.data(), static_cast<ssize>(s.size())); }

// ---- base64

const char kBase64Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

int base64_value(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+') return 62;
  if (c == '/') return 63;
  return -1;
}

Object* b2a_base64(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  ArgParser parser{"b2a_base64", {"", "newline"}, 1, 1};
  Object* a[2];
  if (!parse_args(parser, args, nargs, kwnames, a)) return nullptr;
  int newline = 1;
  if (a[1] && (newline = object_is_true(a[1])) < 0) return nullptr;
  BinaryInput in;
  if (!in.init(a[0])) return nullptr;
  const unsigned char* p = in.data();
  size_t n = in.size();
  std::string out;
  out.reserve((n + 2) / 3 * 4 + 1);
  size_t i = 0;
  for (; i + 3 <= n; i += 3) {
    uint32_t v = (uint32_t{p[i]} << 16) | (uint32_t{p[i + 1]} << 8) | p[i + 2];
    out.push_back(kBase64Alphabet[v >> 18]);
    out.push_back(kBase64Alphabet[(v >> 12) & 63]);
    out.push_back(kBase64Alphabet[(v >> 6) & 63]);
    out.push_back(kBase64Alphabet[v & 63]);
  }
  if (n - i == 1) {
    out.push_back(kBase64Alphabet[p[i] >> 2]);
    out.push_back(kBase64Alphabet[(p[i] & 3) << 4]);
    out.append("==");
  } else if (n - i == 2) {
    out.push_back(kBase64Alphabet[p[i] >> 2]);
    out.push_back(kBase64Alphabet[((p[i] & 3) << 4) | (p[i + 1] >> 4)]);
    out.push_back(kBase64Alphabet[(p[i + 1] & 15) << 2]);
    out.push_back('=');
  }
  if (newline) out.push_back('\n');
  return to_bytes(out);
}

Object* a2b_base64(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  ArgParser parser{"a2b_base64", {"", "strict_mode"}, 1, 1};
  Object* a[2];
  if (!parse_args(parser, args, nargs, kwnames, a)) return nullptr;
  int strict = 0;
  if (a[1] && (strict = object_is_true(a[1])) < 0) return nullptr;
  AsciiInput in;
  if (!in.init(a[0])) return nullptr;
  std::string_view text = in.data();
  std::string out;
  out.reserve(text.size() / 4 * 3 + 3);
  int quad_pos = 0;
  unsigned leftchar = 0;
  int pads = 0;
  bool padding_started = false;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '=') {
      padding_started = true;
      if (strict && quad_pos == 0) {
        set_error(error_type(), i == 0 ? "Leading padding not allowed" : "Excess padding not allowed");
        return nullptr;
      }
      if (quad_pos >= 2 && quad_pos + ++pads >= 4) {
        // A complete padding ends the data; strict mode allows nothing after it.
        if (strict && i + 1 < text.size()) {
          set_error(error_type(), "Excess data after padding");
          return nullptr;
        }
        return to_bytes(out);
      }
      continue;
    }
    int v = base64_value(c);
    if (v < 0) {
      if (strict) {
        set_error(error_type(), "Only base64 data is allowed");
        return nullptr;
      }
      continue;
    }
    if (strict && padding_started) {
      set_error(error_type(), "Discontinuous padding not allowed");
      return nullptr;
    }
    pads = 0;
    switch (quad_pos) {
      case 0:
        leftchar = static_cast<unsigned>(v);
        quad_pos = 1;
        break;
      case 1:
        out.push_back(static_cast<char>((leftchar << 2) | (static_cast<unsigned>(v) >> 4)));
        leftchar = static_cast<unsigned>(v) & 0x0f;
        quad_pos = 2;
        break;
      case 2:
        out.push_back(static_cast<char>((leftchar << 4) | (static_cast<unsigned>(v) >> 2)));
        leftchar = static_cast<unsigned>(v) & 0x03;
        quad_pos = 3;
        break;
      default:
        out.push_back(static_cast<char>((leftchar << 6) | static_cast<unsigned>(v)));
        leftchar = 0;
        quad_pos = 0;
        break;
    }
  }
  if (quad_pos == 1) {
    format_error(error_type(),
                 "Invalid base64-encoded string: number of data characters (%zd) cannot be 1 more than a multiple of 4",
                 static_cast<ssize>(out.size() / 3 * 4 + 1));
    return nullptr;
  }
  if (quad_pos != 0) {
    set_error(error_type(), "Incorrect padding");
    return nullptr;
  }
  return to_bytes(out);
}

// ---- hex

int hex_value(unsigned char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

Object* hexlify_common(const char* fname, Object* const* args, ssize nargs, Object* kwnames) {
  ArgParser parser{fname, {"data", "sep", "bytes_per_sep"}, 1, 3};
  Object* a[3];
  if (!parse_args(parser, args, nargs, kwnames, a)) return nullptr;
  BinaryInput in;
  if (!in.init(a[0])) return nullptr;
  ssize bytes_per_sep = 1;
  if (a[2] && !arg_to_ssize(a[2], &bytes_per_sep)) return nullptr;
  // bytes_per_sep is read as a C int.
  if (bytes_per_sep > INT32_MAX || bytes_per_sep < INT32_MIN) {
    set_error(&exc::OverflowError, "Python int too large to convert to C int");
    return nullptr;
  }
  bool have_sep = false;
  char sep = 0;
  Object* sep_arg = a[1];
  if (sep_arg && (sep_arg != None || a[2])) {
    ssize len = object_length(sep_arg);
    if (len < 0) return nullptr;
    if (len != 1) {
      set_error(&exc::ValueError, "sep must be length 1.");
      return nullptr;
    }
    uint32_t ch;
    if (is_str(sep_arg)) {
      ch = str_char_at(sep_arg, 0);
    } else {
      Buffer view;
      if (get_buffer(sep_arg, &view) < 0) return nullptr;
      ch = static_cast<unsigned char>(view.buf[0]);
      release_buffer(&view);
    }
    // CPython takes any one-byte separator here (bytes.hex() wants ASCII).
    if (ch > 255) {
      set_error(&exc::ValueError, "sep must be ASCII.");
      return nullptr;
    }
    sep = static_cast<char>(ch);
    have_sep = bytes_per_sep != 0;
  }
  static const char kHex[] = "0123456789abcdef";
  const unsigned char* p = in.data();
  size_t n = in.size();
  std::string out;
  out.reserve(n * 3);
  size_t group = have_sep ? static_cast<size_t>(bytes_per_sep < 0 ? -bytes_per_sep : bytes_per_sep) : 0;
  for (size_t i = 0; i < n; ++i) {
    if (have_sep && i > 0) {
      // Positive counts group from the right end, negative from the left.
      size_t from_edge = bytes_per_sep > 0 ? n - i : i;
      if (from_edge % group == 0) out.push_back(sep);
    }
    out.push_back(kHex[p[i] >> 4]);
    out.push_back(kHex[p[i] & 15]);
  }
  return to_bytes(out);
}

Object* b2a_hex(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return hexlify_common("b2a_hex", args, nargs, kwnames);
}
Object* hexlify(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  return hexlify_common("hexlify", args, nargs, kwnames);
}

Object* a2b_hex(Object*, Object* arg) {
  AsciiInput in;
  if (!in.init(arg)) return nullptr;
  std::string_view text = in.data();
  if (text.size() % 2) {
    set_error(error_type(), "Odd-length string");
    return nullptr;
  }
  std::string out(text.size() / 2, '\0');
  for (size_t i = 0; i < out.size(); ++i) {
    int hi = hex_value(static_cast<unsigned char>(text[2 * i]));
    int lo = hex_value(static_cast<unsigned char>(text[2 * i + 1]));
    if (hi < 0 || lo < 0) {
      set_error(error_type(), "Non-hexadecimal digit found");
      return nullptr;
    }
    out[i] = static_cast<char>((hi << 4) | lo);
  }
  return to_bytes(out);
}

// ---- uuencode

Object* b2a_uu(Object*, Object* const* args, ssize nargs, Object* kwnames) {
  ArgParser parser{"b2a_uu", {"", "backtick"}, 1, 1};
  Object* a[2];
  if (!parse_args(parser, args, nargs, kwnames, a)) return nullptr;
  int backtick = 0;
  if (a[1] && (backtick = object_is_true(a[1])) < 0) return nullptr;
  BinaryInput in;
  if (!in.init(a[0])) return nullptr;
  size_t n = in.size();
  if (n > 45) {
    set_error(error_type(), "At most 45 bytes at once");
    return nullptr;
  }
  // A zero six-bit group is ' ' (or '`' with backtick); the line starts
  // with its length and the last group is completed with zero bits.
  auto encode = [&](unsigned v) { return static_cast<char>(backtick && v == 0 ? '`' : ' ' + v); };
  std::string out;
  out.push_back(encode(static_cast<unsigned>(n)));
  const unsigned char* p = in.data();
  for (size_t i = 0; i < n; i += 3) {
    uint32_t v = uint32_t{p[i]} << 16;
    if (i + 1 < n) v |= uint32_t{p[i + 1]} << 8;
    if (i + 2 < n) v |= p[i + 2];
    for (int shift = 18; shift >= 0; shift -= 6) out.push_back(encode((v >> shift) & 63));
  }
  out.push_back('\n');
  return to_bytes(out);
}

Object* a2b_uu(Object*, Object* arg) {
  AsciiInput in;
  if (!in.init(arg)) return nullptr;
  std::string_view text = in.data();
  // An empty line reads as a length byte of 0, which decodes as 32.
  unsigned char first = text.empty() ? 0 : static_cast<unsigned char>(text[0]);
  size_t length = static_cast<size_t>((first - ' ') & 63);
  size_t pos = text.empty() ? 0 : 1;
  std::string out;
  out.reserve(length);
  uint32_t leftchar = 0;
  int leftbits = 0;
  while (out.size() < length) {
    bool past_end = pos >= text.size();
    unsigned char c = past_end ? 0 : static_cast<unsigned char>(text[pos]);
    ++pos;
    unsigned v;
    if (past_end || c == '\n' || c == '\r') {
      v = 0;  // a short line reads as if padded with zero groups
    } else {
      if (c < ' ' || c > ' ' + 64) {
        set_error(error_type(), "Illegal char");
        return nullptr;
      }
      v = (c - ' ') & 63u;
    }
    leftchar = (leftchar << 6) | v;
    leftbits += 6;
    if (leftbits >= 8) {
      leftbits -= 8;
      out.push_back(static_cast<char>((leftchar >> leftbits) & 0xff));
      leftchar &= (1u << leftbits) - 1;
    }
  }
  for (; pos < text.size(); ++pos) {
    unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') {
      set_error(error_type(), "Trailing garbage");
      return nullptr;
    }
  }
  return to_bytes(out);
}

// ---- checksums

// The low `bits` bits of an int argument (C's unsigned conversion with
// wrap-around, CPython's "bitwise" unsigned int).
bool masked_uint(Object* arg, unsigned bits, uint32_t* out) {
  ObjRef v = ObjRef::steal(number_index(arg));
  if (!v) return false;
  mpz_t m;
  int_to_mpz(v.get(), m);
  mpz_fdiv_r_2exp(m, m, bits);
  *out = static_cast<uint32_t>(mpz_get_ui(m));
  mpz_clear(m);
  return true;
}

const uint32_t* crc32_table() {
  static uint32_t table[256];
  static bool ready = false;
  if (!ready) {
    for (uint32_t i = 0; i < 256; ++i) {
      uint32_t c = i;
      for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xedb88320U ^ (c >> 1) : c >> 1;
      table[i] = c;
    }
    ready = true;
  }
  return table;
}

Object* crc32(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("crc32", nargs, 1, 2)) return nullptr;
  BinaryInput in;
  if (!in.init(args[0])) return nullptr;
  uint32_t crc = 0;
  if (nargs > 1 && !masked_uint(args[1], 32, &crc)) return nullptr;
  const uint32_t* table = crc32_table();
  crc = ~crc;
  const unsigned char* p = in.data();
  for (size_t i = 0; i < in.size(); ++i) crc = table[(crc ^ p[i]) & 0xff] ^ (crc >> 8);
  return int_from_u64(~crc);
}

Object* crc_hqx(Object*, Object* const* args, ssize nargs) {
  if (!check_positional("crc_hqx", nargs, 2, 2)) return nullptr;
  BinaryInput in;
  if (!in.init(args[0])) return nullptr;
  uint32_t crc;
  if (!masked_uint(args[1], 32, &crc)) return nullptr;
  crc &= 0xffff;
  const unsigned char* p = in.data();
  for (size_t i = 0; i < in.size(); ++i) {
    crc ^= uint32_t{p[i]} << 8;
    for (int k = 0; k < 8; ++k) crc = (crc & 0x8000) ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return int_from_u64(crc);
}

MethodDef binascii_functions[] = {
    MethodDef("a2b_base64", static_cast<FastKeywordsMethod>(a2b_base64), "Decode a line of base64 data."),
    MethodDef("a2b_hex", static_cast<OneArgMethod>(a2b_hex), "Binary data of hexadecimal representation."),
    MethodDef("a2b_uu", static_cast<OneArgMethod>(a2b_uu), "Decode a line of uuencoded data."),
    MethodDef("b2a_base64", static_cast<FastKeywordsMethod>(b2a_base64), "Base64-code line of data."),
    MethodDef("b2a_hex", static_cast<FastKeywordsMethod>(b2a_hex), "Hexadecimal representation of binary data."),
    MethodDef("b2a_uu", static_cast<FastKeywordsMethod>(b2a_uu), "Uuencode line of data."),
    MethodDef("crc32", static_cast<FastMethod>(crc32), "Compute CRC-32 incrementally."),
    MethodDef("crc_hqx", static_cast<FastMethod>(crc_hqx), "Compute CRC-CCITT incrementally."),
    MethodDef("hexlify", static_cast<FastKeywordsMethod>(hexlify), "Hexadecimal representation of binary data."),
    MethodDef("unhexlify", static_cast<OneArgMethod>(a2b_hex), "Binary data of hexadecimal representation."),
    {},
};

}  // namespace

Object* binascii_module_create() {
  if (!binascii_error) {
    binascii_error = new_exception_type("binascii", "Error", static_cast<Object*>(&exc::ValueError));
    if (!binascii_error) return nullptr;
  }
  if (!binascii_incomplete) {
    binascii_incomplete = new_exception_type("binascii", "Incomplete", static_cast<Object*>(&exc::Exception));
    if (!binascii_incomplete) return nullptr;
  }
  Object* m = module_new_cstr("binascii");
  if (!m) return nullptr;
  as_module(m)->md_builtin = true;
  if (module_add_functions(m, binascii_functions) < 0 || module_add_object(m, "Error", binascii_error) < 0 ||
      module_add_object(m, "Incomplete", binascii_incomplete) < 0) {
    decref(m);
    return nullptr;
  }
  return m;
}

}  // namespace glasspy
