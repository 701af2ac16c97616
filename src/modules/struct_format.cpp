// struct's format language, as CPython 3.11 on a 64-bit little-endian
// machine reads it.
//
// Parsing: an optional first character picks the mode ('@=<>!'); then
// runs of [count]char, whitespace between runs ignored.  In native mode
// each run starts at a multiple of its item's alignment (its size here);
// nothing pads the end.  Sizes are summed with overflow checks, as
// "total struct size too long" is observable.
//
// Range errors are CPython's, which differ by format and mode because
// CPython packs some standard formats with its native routines when the
// sizes agree: 'h' says "short format requires ..." under '@', '=' and '<'
// but "'h' format requires ..." under '>'; out-of-range 64-bit values say
// "argument out of range", except big-endian 'q'/'Q' ("int too large to
// convert"); unsigned formats reject negative values as out of range
// except 'B' and little-endian 'H', which report their range.
#include "modules/struct_format.h"

#include <cmath>
#include <cstring>

#include "objects/abstract.h"
#include "objects/bytearray.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/singletons.h"
#include "objects/tuple.h"

namespace glasspy {

namespace {

// The item size of a format character in the given mode; 0 if the mode
// does not know it.
ssize item_size(char c, StructMode mode) {
  bool native = mode == StructMode::kNative;
  switch (c) {
    case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p':
      return 1;
    case 'h': case 'H': case 'e':
      return 2;
    case 'i': case 'I': case 'f':
      return 4;
    case 'l': case 'L':
      return native ? 8 : 4;
    case 'q': case 'Q': case 'd':
      return 8;
    case 'n': case 'N': case 'P':
      return native ? 8 : 0;
    default:
      return 0;
  }
}

constexpr ssize kSsizeMax = INT64_MAX;

// An integer argument, as the C conversions CPython applies see it.
struct IntArg {
  bool fits_i64 = false;
  bool fits_u64 = false;
  bool negative = false;
  int64_t s = 0;
  uint64_t u = 0;
};

int read_int(Object* item, Type* error, IntArg* out) {
  Object* v;
  if (is_int(item)) {
    v = newref(item);
  } else {
    if (!has_index(item)) {
      set_error(error, "required argument is not an integer");
      return -1;
    }
    v = number_index(item);
    if (!v) return -1;
  }
  int overflow;
  int64_t s = int_as_i64_overflow(v, &overflow);
  out->negative = int_sign(v) < 0;
  if (!overflow) {
    out->fits_i64 = true;
    out->s = s;
    out->fits_u64 = s >= 0;
    out->u = static_cast<uint64_t>(s);
  } else if (!out->negative) {
    mpz_t m;
    int_to_mpz(v, m);
    if (mpz_sizeinbase(m, 2) <= 64) {
      out->fits_u64 = true;
      mpz_t low;
      mpz_init(low);
      mpz_fdiv_r_2exp(low, m, 32);
      uint64_t lo = mpz_get_ui(low);
      mpz_fdiv_q_2exp(low, m, 32);
      out->u = (static_cast<uint64_t>(mpz_get_ui(low)) << 32) | lo;
      mpz_clear(low);
    }
    mpz_clear(m);
  }
  decref(v);
  return 0;
}

void store(char* out, uint64_t v, ssize n, bool big) {
  for (ssize i = 0; i < n; ++i) {
    unsigned char byte = static_cast<unsigned char>(v >> (8 * i));
    out[big ? n - 1 - i : i] = static_cast<char>(byte);
  }
}

uint64_t load(const char* in, ssize n, bool big) {
  uint64_t v = 0;
  for (ssize i = 0; i < n; ++i) {
    unsigned char byte = static_cast<unsigned char>(in[big ? n - 1 - i : i]);
    v |= static_cast<uint64_t>(byte) << (8 * i);
  }
  return v;
}

int range_error(Type* error, char c, ssize size, bool is_unsigned) {
  if (is_unsigned) {
    uint64_t largest = size == 8 ? UINT64_MAX : (uint64_t{1} << (8 * size)) - 1;
    format_error(error, "'%c' format requires 0 <= number <= %llu", c, static_cast<unsigned long long>(largest));
  } else {
    int64_t largest = static_cast<int64_t>((uint64_t{1} << (8 * size - 1)) - 1);
    format_error(error, "'%c' format requires %lld <= number <= %lld", c, static_cast<long long>(-largest - 1),
                 static_cast<long long>(largest));
  }
  return -1;
}

int pack_int(char c, ssize size, StructMode mode, Object* item, char* out, Type* error) {
  IntArg a;
  if (read_int(item, error, &a) < 0) return -1;
  bool big = mode == StructMode::kBigStandard;
  bool is_unsigned = c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N';
  if (c == 'P') {
    if (!a.fits_i64 && !a.fits_u64) {
      set_error(error, "int too large to convert");
      return -1;
    }
    store(out, a.fits_i64 ? static_cast<uint64_t>(a.s) : a.u, size, big);
    return 0;
  }
  if (size == 8) {
    bool ok = is_unsigned ? a.fits_u64 : a.fits_i64;
    if (!ok) {
      set_error(error, big ? "int too large to convert" : "argument out of range");
      return -1;
    }
    store(out, is_unsigned ? a.u : static_cast<uint64_t>(a.s), size, big);
    return 0;
  }
  // Formats CPython checks through a C long first (any overflow of it is
  // "argument out of range"), then against their own range.
  bool via_long = !is_unsigned || c == 'B' || (c == 'H' && !big);
  if (via_long) {
    if (!a.fits_i64) {
      set_error(error, "argument out of range");
      return -1;
    }
    int64_t lo = is_unsigned ? 0 : -(int64_t{1} << (8 * size - 1));
    int64_t hi = is_unsigned ? (int64_t{1} << (8 * size)) - 1 : (int64_t{1} << (8 * size - 1)) - 1;
    if (a.s < lo || a.s > hi) {
      if (c == 'b') {
        set_error(error, "byte format requires -128 <= number <= 127");
      } else if (c == 'B') {
        set_error(error, "ubyte format requires 0 <= number <= 255");
      } else if (c == 'h' && !big) {
        set_error(error, "short format requires -32768 <= number <= 32767");
      } else if (c == 'H') {
        set_error(error, "ushort format requires 0 <= number <= 65535");
      } else {
        range_error(error, c, size, false);
      }
      return -1;
    }
    store(out, static_cast<uint64_t>(a.s), size, big);
    return 0;
  }
  // Through a C unsigned long: negative values overflow it.
  if (!a.fits_u64) {
    set_error(error, "argument out of range");
    return -1;
  }
  if (a.u > (uint64_t{1} << (8 * size)) - 1) return range_error(error, c, size, true);
  store(out, a.u, size, big);
  return 0;
}

// IEEE 754 binary16 from a double, rounding half to even; -1 with
// OverflowError past the largest finite half.
int pack_half(double x, char* out, bool big) {
  uint16_t bits;
  uint16_t sign = std::signbit(x) ? 0x8000 : 0;
  if (std::isnan(x)) {
    bits = sign | 0x7e00;
  } else if (std::isinf(x)) {
    bits = sign | 0x7c00;
  } else if (x == 0.0) {
    bits = sign;
  } else {
    int e;
    double f = std::frexp(std::fabs(x), &e);  // f in [0.5, 1)
    f *= 2.0;
    e -= 1;  // x = f * 2**e, f in [1, 2)
    if (e >= 16) goto overflow;
    if (e < -25) {
      f = 0.0;  // below half the smallest subnormal: rounds to zero
      e = 0;
    } else if (e < -14) {
      f = std::ldexp(f, 14 + e);  // subnormal: the fraction of 2**-14
      e = 0;
    } else {
      e += 15;
      f -= 1.0;
    }
    f *= 1024.0;
    uint32_t mantissa = static_cast<uint32_t>(f);
    double rest = f - mantissa;
    if (rest > 0.5 || (rest == 0.5 && (mantissa & 1))) {
      ++mantissa;
      if (mantissa == 1024) {
        mantissa = 0;
        ++e;
        if (e == 31) goto overflow;
      }
    }
    bits = static_cast<uint16_t>(sign | (e << 10) | mantissa);
  }
  store(out, bits, 2, big);
  return 0;
overflow:
  set_error(&exc::OverflowError, "float too large to pack with e format");
  return -1;
}

double unpack_half(uint16_t bits) {
  bool negative = bits & 0x8000;
  int e = (bits >> 10) & 0x1f;
  int mantissa = bits & 0x3ff;
  double x;
  if (e == 0x1f) {
    x = mantissa == 0 ? HUGE_VAL : std::nan("");
  } else if (e == 0) {
    x = std::ldexp(mantissa / 1024.0, -14);
  } else {
    x = std::ldexp(1.0 + mantissa / 1024.0, e - 15);
  }
  return negative ? -x : x;
}

// Native 'f' converts as C does (a finite double beyond float's range
// becomes infinity); the standard modes refuse it, as CPython's do.
int pack_float(char c, Object* item, char* out, StructMode mode, Type* error) {
  bool big = mode == StructMode::kBigStandard;
  double x = float_as_double(item);
  if (x == -1.0 && error_occurred()) {
    clear_error();
    set_error(error, "required argument is not a float");
    return -1;
  }
  if (c == 'e') return pack_half(x, out, big);
  if (c == 'f') {
    float y = static_cast<float>(x);
    if (mode != StructMode::kNative && std::isinf(y) && !std::isinf(x)) {
      set_error(&exc::OverflowError, "float too large to pack with f format");
      return -1;
    }
    uint32_t bits;
    std::memcpy(&bits, &y, 4);
    store(out, bits, 4, big);
    return 0;
  }
  uint64_t bits;
  std::memcpy(&bits, &x, 8);
  store(out, bits, 8, big);
  return 0;
}

int pack_string(const StructCode& code, Object* item, char* out, Type* error) {
  if (!is_bytes(item) && !is_bytearray(item)) {
    format_error(error, "argument for '%c' must be a bytes object", code.kind);
    return -1;
  }
  std::string_view data = byteslike_view(item);
  ssize n = static_cast<ssize>(data.size());
  if (code.kind == 's') {
    if (n > code.count) n = code.count;
    std::memcpy(out, data.data(), static_cast<size_t>(n));
    return 0;
  }
  if (code.count == 0) return 0;
  if (n > code.count - 1) n = code.count - 1;
  if (n > 255) n = 255;
  out[0] = static_cast<char>(static_cast<unsigned char>(n));
  std::memcpy(out + 1, data.data(), static_cast<size_t>(n));
  return 0;
}

int pack_one(char c, ssize size, StructMode mode, Object* item, char* out, Type* error) {
  switch (c) {
    case 'c':
      if (!is_bytes(item) || bytes_size(item) != 1) {
        set_error(error, "char format requires a bytes object of length 1");
        return -1;
      }
      out[0] = bytes_data(item)[0];
      return 0;
    case '?': {
      int truth = object_is_true(item);
      if (truth < 0) return -1;
      out[0] = static_cast<char>(truth);
      return 0;
    }
    case 'e':
    case 'f':
    case 'd':
      return pack_float(c, item, out, mode, error);
    default:
      return pack_int(c, size, mode, item, out, error);
  }
}

Object* unpack_one(char c, ssize size, StructMode mode, const char* in) {
  bool big = mode == StructMode::kBigStandard;
  switch (c) {
    case 'c':
      return bytes_from_data(in, 1);
    case '?':
      return bool_from(in[0] != 0);
    case 'e':
      return float_from_double(unpack_half(static_cast<uint16_t>(load(in, 2, big))));
    case 'f': {
      uint32_t bits = static_cast<uint32_t>(load(in, 4, big));
      float y;
      std::memcpy(&y, &bits, 4);
      return float_from_double(y);
    }
    case 'd': {
      uint64_t bits = load(in, 8, big);
      double x;
      std::memcpy(&x, &bits, 8);
      return float_from_double(x);
    }
    case 'b': case 'h': case 'i': case 'l': case 'q': case 'n': {
      uint64_t v = load(in, size, big);
      if (size < 8 && (v >> (8 * size - 1))) v |= ~uint64_t{0} << (8 * size);  // sign-extend
      return int_from_i64(static_cast<int64_t>(v));
    }
    default:
      return int_from_u64(load(in, size, big));
  }
}

}  // namespace

int struct_parse(std::string_view format, Type* error, StructLayout* out) {
  if (format.find('\0') != std::string_view::npos) {
    set_error(error, "embedded null character");
    return -1;
  }
  StructMode mode = StructMode::kNative;
  size_t pos = 0;
  if (!format.empty()) {
    switch (format[0]) {
      case '@': pos = 1; break;
      case '=': case '<': mode = StructMode::kLittleStandard; pos = 1; break;
      case '>': case '!': mode = StructMode::kBigStandard; pos = 1; break;
      default: break;
    }
  }
  out->mode = mode;
  out->codes.clear();
  ssize size = 0, nitems = 0;
  while (pos < format.size()) {
    char c = format[pos++];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') continue;
    ssize count = 1;
    if (c >= '0' && c <= '9') {
      count = c - '0';
      for (;;) {
        c = pos < format.size() ? format[pos++] : '\0';
        if (c < '0' || c > '9') break;
        if (count > (kSsizeMax - (c - '0')) / 10) {
          set_error(error, "total struct size too long");
          return -1;
        }
        count = count * 10 + (c - '0');
      }
      if (c == '\0') {
        set_error(error, "repeat count given without format specifier");
        return -1;
      }
    }
    ssize isize = item_size(c, mode);
    if (isize == 0) {
      set_error(error, "bad char in struct format");
      return -1;
    }
    if (mode == StructMode::kNative && isize > 1) {
      ssize aligned = (size + isize - 1) / isize * isize;
      if (aligned < size) {
        set_error(error, "total struct size too long");
        return -1;
      }
      size = aligned;
    }
    if (count > (kSsizeMax - size) / isize) {
      set_error(error, "total struct size too long");
      return -1;
    }
    if (c == 's' || c == 'p') {
      out->codes.push_back({c, size, 1, count});
      ++nitems;
    } else if (c != 'x' && count > 0) {
      out->codes.push_back({c, size, isize, count});
      nitems += count;
    }
    size += count * isize;
  }
  out->size = size;
  out->nitems = nitems;
  return 0;
}

int struct_pack(const StructLayout& layout, Object* const* items, char* out, Type* error) {
  ssize next = 0;
  for (const StructCode& code : layout.codes) {
    if (code.kind == 's' || code.kind == 'p') {
      if (pack_string(code, items[next++], out + code.offset, error) < 0) return -1;
      continue;
    }
    for (ssize i = 0; i < code.count; ++i) {
      if (pack_one(code.kind, code.item_size, layout.mode, items[next++], out + code.offset + i * code.item_size,
                   error) < 0)
        return -1;
    }
  }
  return 0;
}

Object* struct_unpack(const StructLayout& layout, const char* data) {
  Object* result = tuple_new(layout.nitems);
  if (!result) return nullptr;
  ssize next = 0;
  for (const StructCode& code : layout.codes) {
    const char* at = data + code.offset;
    if (code.kind == 's' || code.kind == 'p') {
      ssize n = code.count;
      if (code.kind == 'p') {
        if (n > 0) {
          ssize stored = static_cast<unsigned char>(at[0]);
          n = stored >= code.count ? code.count - 1 : stored;
          ++at;
        }
      }
      Object* b = bytes_from_data(at, n);
      if (!b) {
        decref(result);
        return nullptr;
      }
      tuple_set_item(result, next++, b);
      continue;
    }
    for (ssize i = 0; i < code.count; ++i) {
      Object* v = unpack_one(code.kind, code.item_size, layout.mode, at + i * code.item_size);
      if (!v) {
        decref(result);
        return nullptr;
      }
      tuple_set_item(result, next++, v);
    }
  }
  return result;
}

}  // namespace glasspy
