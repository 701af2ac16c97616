// str_from_format: CPython's PyUnicode_FromFormat, the printf of error
// messages.  Directives: %% %c %d %i %u %x (with l, ll, z modifiers), %p,
// %s (UTF-8 char*, decoded with replacement of bad bytes), %U (str), %V (str
// or char* fallback), %S (str(obj)), %R (repr(obj)), %A (ascii(obj)); an
// optional width (left padding with spaces, or zeros for numbers with '0')
// and precision (characters for strings and objects, as CPython 3.11 counts
// them for %s: bytes before decoding; digits for numbers).
#include <cinttypes>
#include <cstdio>
#include <cstring>
#include <string>

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/str.h"

namespace glasspy {

namespace {

// Appends s (a str) honouring width and precision in characters.
void append_object_text(StrBuilder& out, Object* s, long width, long precision) {
  ssize n = str_length(s);
  if (precision >= 0 && precision < n) n = precision;
  for (long pad = width - n; pad > 0; --pad) out.append_char(' ');
  out.append_str(s, 0, n);
}

void append_cstr(StrBuilder& out, const char* s, long width, long precision) {
  size_t len = precision >= 0 ? strnlen(s, static_cast<size_t>(precision)) : std::strlen(s);
  // Decode with "replace": malformed bytes become U+FFFD.
  StrBuilder tmp;
  std::string_view text(s, len);
  size_t pos = 0;
  while (pos < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c < 0x80) {
      tmp.append_char(c);
      ++pos;
      continue;
    }
    size_t start = pos;
    // Strict UTF-8 only: a surrogate encoding is malformed here.
    uint32_t cp = 0;
    int n = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC2 ? 1 : -1;
    bool ok = n > 0 && c <= 0xF4 && pos + n < text.size() + 1;
    if (ok) {
      cp = c & (0x3F >> n);
      for (int k = 1; k <= n; ++k) {
        if (pos + k >= text.size() || (static_cast<unsigned char>(text[pos + k]) & 0xC0) != 0x80) {
          ok = false;
          break;
        }
        cp = (cp << 6) | (static_cast<unsigned char>(text[pos + k]) & 0x3F);
      }
      if (ok && ((n == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) ||
                 (n == 3 && (cp < 0x10000 || cp > 0x10FFFF))))
        ok = false;
    }
    if (ok) {
      tmp.append_char(cp);
      pos = start + n + 1;
    } else {
      tmp.append_char(0xFFFD);
      pos = start + 1;
    }
  }
  Object* decoded = tmp.finish();
  if (!decoded) return;
  append_object_text(out, decoded, width, -1);
  decref(decoded);
}

void append_number(StrBuilder& out, const char* digits, long width, long precision, bool zero_pad) {
  std::string text = digits;
  bool negative = !text.empty() && text[0] == '-';
  std::string body = negative ? text.substr(1) : text;
  if (precision >= 0 && static_cast<long>(body.size()) < precision)
    body.insert(0, static_cast<size_t>(precision - static_cast<long>(body.size())), '0');
  std::string full = (negative ? "-" : "") + body;
  long pad = width - static_cast<long>(full.size());
  if (pad > 0) {
    if (zero_pad && precision < 0) {
      full.insert(negative ? 1 : 0, static_cast<size_t>(pad), '0');
    } else {
      full.insert(0, static_cast<size_t>(pad), ' ');
    }
  }
  out.append_ascii(full);
}

}  // namespace

Object* str_from_format_v(const char* format, va_list vargs) {
  va_list args;
  va_copy(args, vargs);
  StrBuilder out;
  const char* f = format;
  bool failed = false;
  while (*f && !failed) {
    if (*f != '%') {
      const char* run = f;
      while (*f && *f != '%') ++f;
      out.append_utf8(std::string_view(run, static_cast<size_t>(f - run)));
      continue;
    }
    const char* directive = f++;
    bool zero_pad = false;
    if (*f == '0') {
      zero_pad = true;
      ++f;
    }
    long width = -1, precision = -1;
    if (*f >= '0' && *f <= '9') {
      width = 0;
      while (*f >= '0' && *f <= '9') width = width * 10 + (*f++ - '0');
    }
    if (*f == '.') {
      ++f;
      precision = 0;
      while (*f >= '0' && *f <= '9') precision = precision * 10 + (*f++ - '0');
    }
    int longflag = 0;
    bool sizeflag = false;
    if (*f == 'l') {
      ++f;
      longflag = 1;
      if (*f == 'l') {
        ++f;
        longflag = 2;
      }
    } else if (*f == 'z') {
      ++f;
      sizeflag = true;
    }
    char buf[64];
    switch (*f) {
      case '%':
        out.append_char('%');
        break;
      case 'c': {
        int ch = va_arg(args, int);
        if (ch < 0 || ch > 0x10FFFF) {
          set_error(&exc::OverflowError, "character argument not in range(0x110000)");
          failed = true;
          break;
        }
        out.append_char(static_cast<uint32_t>(ch));
        break;
      }
      case 'd':
      case 'i':
        if (longflag == 1) std::snprintf(buf, sizeof buf, "%ld", va_arg(args, long));
        else if (longflag == 2) std::snprintf(buf, sizeof buf, "%lld", va_arg(args, long long));
        else if (sizeflag) std::snprintf(buf, sizeof buf, "%zd", va_arg(args, ssize));
        else std::snprintf(buf, sizeof buf, "%d", va_arg(args, int));
        append_number(out, buf, width, precision, zero_pad);
        break;
      case 'u':
        if (longflag == 1) std::snprintf(buf, sizeof buf, "%lu", va_arg(args, unsigned long));
        else if (longflag == 2) std::snprintf(buf, sizeof buf, "%llu", va_arg(args, unsigned long long));
        else if (sizeflag) std::snprintf(buf, sizeof buf, "%zu", va_arg(args, size_t));
        else std::snprintf(buf, sizeof buf, "%u", va_arg(args, unsigned int));
        append_number(out, buf, width, precision, zero_pad);
        break;
      case 'x':
        if (longflag == 1) std::snprintf(buf, sizeof buf, "%lx", va_arg(args, unsigned long));
        else if (longflag == 2) std::snprintf(buf, sizeof buf, "%llx", va_arg(args, unsigned long long));
        else if (sizeflag) std::snprintf(buf, sizeof buf, "%zx", va_arg(args, size_t));
        else std::snprintf(buf, sizeof buf, "%x", va_arg(args, unsigned int));
        append_number(out, buf, width, precision, zero_pad);
        break;
      case 'p':
        std::snprintf(buf, sizeof buf, "0x%" PRIxPTR, reinterpret_cast<uintptr_t>(va_arg(args, void*)));
        append_number(out, buf, width, -1, false);
        break;
      case 's':
        append_cstr(out, va_arg(args, const char*), width, precision);
        break;
      case 'U':
        append_object_text(out, va_arg(args, Object*), width, precision);
        break;
      case 'V': {
        Object* obj = va_arg(args, Object*);
        const char* fallback = va_arg(args, const char*);
        if (obj) append_object_text(out, obj, width, precision);
        else append_cstr(out, fallback, width, precision);
        break;
      }
      case 'S':
      case 'R':
      case 'A': {
        Object* obj = va_arg(args, Object*);
        Object* text = *f == 'S' ? object_str(obj) : *f == 'R' ? object_repr(obj) : object_ascii(obj);
        if (!text) {
          failed = true;
          break;
        }
        append_object_text(out, text, width, precision);
        decref(text);
        break;
      }
      default:
        // Unknown directive: the rest of the format is copied as is.
        out.append_utf8(directive);
        f = directive + std::strlen(directive) - 1;
        break;
    }
    if (*f) ++f;
  }
  va_end(args);
  if (failed) return nullptr;
  return out.finish();
}

Object* str_from_format(const char* format, ...) {
  va_list args;
  va_start(args, format);
  Object* r = str_from_format_v(format, args);
  va_end(args);
  return r;
}

}  // namespace glasspy
