// _io.TextIOWrapper and _io.IncrementalNewlineDecoder.
//
// Reading: bytes come from the buffer in chunks (read1); the bytes that
// cannot be decoded yet (a character cut by the chunk end, or a final "\r"
// that may start a "\r\n") are kept in `undecoded` and put in front of the
// next chunk.  `snapshot` holds exactly the bytes the current `decoded`
// text came from, starting at buffer position `snapshot_pos`, so tell()
// finds the position of any character by walking those bytes; for the
// stateless codecs (every one here but UTF-16 after its BOM) the cookie is
// simply that byte position, as CPython's is when its decoder is clean.
// Writing: encoded text collects in `pending_out` and goes to the buffer
// at 8 KiB, on flush, with write_through, or for line buffering.
// Codecs: UTF-8 (and -sig), ASCII, Latin-1 through the built-in codecs with
// every error handler; UTF-16 (BOM, -le, -be) here.
#include <algorithm>
#include <cstring>
#include <string>

#include "modules/io/io_objects.h"
#include "modules/native_type_support.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/call.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/gc.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/singletons.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type.h"
#include "objects/weakref.h"
#include "util/codecs.h"

namespace glasspy {

constexpr int kSeenCR = 1, kSeenLF = 2, kSeenCRLF = 4;

Object* newlines_tuple(int seennl) {
  const char* names[3] = {"\r", "\n", "\r\n"};
  int bits[3] = {kSeenCR, kSeenLF, kSeenCRLF};
  int count = 0;
  for (int b : bits) count += (seennl & b) ? 1 : 0;
  if (count == 0) return newref(None);
  if (count == 1) {
    for (int i = 0; i < 3; ++i)
      if (seennl & bits[i]) return str_from_cstr(names[i]);
  }
  Object* t = tuple_new(count);
  if (!t) return nullptr;
  int k = 0;
  for (int i = 0; i < 3; ++i) {
    if (!(seennl & bits[i])) continue;
    Object* s = str_from_cstr(names[i]);
    if (!s) {
      decref(t);
      return nullptr;
    }
    tuple_set_item(t, k++, s);
  }
  return t;
}

namespace {

enum TextCodec { kUtf8, kUtf8Sig, kAscii, kLatin1, kUtf16, kUtf16LE, kUtf16BE };

TextIOObject* as_text(Object* o) { return static_cast<TextIOObject*>(o); }

// The codec for an encoding name, or -1 with LookupError.
int find_text_codec(Object* encoding) {
  std::string name = str_to_std(encoding);
  const codecs::Codec* c = codecs::lookup(name);
  if (!c) {
    format_error(&exc::LookupError, "unknown encoding: %s", name.c_str());
    return -1;
  }
  std::string module = c->module;
  if (module == "utf_8") return kUtf8;
  if (module == "utf_8_sig") return kUtf8Sig;
  if (module == "ascii") return kAscii;
  if (module == "latin_1") return kLatin1;
  if (module == "utf_16") return kUtf16;
  if (module == "utf_16_le") return kUtf16LE;
  if (module == "utf_16_be") return kUtf16BE;
  if (c->family == codecs::Family::kNotText) {
    format_error(&exc::LookupError, "'%s' is not a text encoding; use codecs.open() to handle arbitrary codecs",
                 name.c_str());
    return -1;
  }
  format_error(&exc::LookupError, "unknown encoding: %s", name.c_str());
  return -1;
}

const char* builtin_codec_name(int codec) {
  switch (codec) {
    case kAscii: return "ascii";
    case kLatin1: return "latin-1";
    default: return "utf-8";
  }
}

bool is_utf16(int codec) { return codec == kUtf16 || codec == kUtf16LE || codec == kUtf16BE; }

// Bytes per code unit of the codec (for "\r" held back).
size_t unit_size(int codec) { return is_utf16(codec) ? 2 : 1; }

// ---- UTF-16 ------------------------------------------------------------------------

void utf16_put(std::string& out, uint32_t unit, bool le) {
  if (le) {
    out.push_back(static_cast<char>(unit & 0xFF));
    out.push_back(static_cast<char>(unit >> 8));
  } else {
    out.push_back(static_cast<char>(unit >> 8));
    out.push_back(static_cast<char>(unit & 0xFF));
  }
}

Object* utf16_encode(Object* text, bool le, bool bom, Object* errors) {
  std::string out;
  if (bom) utf16_put(out, 0xFEFF, le);
  ssize n = str_length(text);
  for (ssize i = 0; i < n; ++i) {
    uint32_t c = str_char_at(text, i);
    if (c >= 0xD800 && c <= 0xDFFF) {
      std::string e = errors ? str_to_std(errors) : "strict";
      if (e == "surrogatepass") {
        utf16_put(out, c, le);
        continue;
      }
      if (e == "ignore") continue;
      if (e == "replace") {
        utf16_put(out, '?', le);
        continue;
      }
      Object* exc_obj = call_function(static_cast<Object*>(&exc::UnicodeEncodeError),
                                      Ref<>::steal(str_from_cstr(le ? "utf-16-le" : "utf-16-be")).get(), text,
                                      Ref<>::steal(int_from_ssize(i)).get(),
                                      Ref<>::steal(int_from_ssize(i + 1)).get(),
                                      Ref<>::steal(str_from_cstr("surrogates not allowed")).get());
      if (exc_obj) {
        set_error_object(&exc::UnicodeEncodeError, exc_obj);
        decref(exc_obj);
      }
      return nullptr;
    }
    if (c >= 0x10000) {
      c -= 0x10000;
      utf16_put(out, 0xD800 | (c >> 10), le);
      utf16_put(out, 0xDC00 | (c & 0x3FF), le);
    } else {
      utf16_put(out, c, le);
    }
  }
  return bytes_from_data(out.data(), static_cast<ssize>(out.size()));
}

// Decodes the complete code units of `in`; how many bytes were used goes
// to *used.  Errors: replace/ignore handled, else UnicodeDecodeError.
Object* utf16_decode(std::string_view in, bool le, bool final, Object* errors, size_t* used) {
  std::u32string out;
  size_t i = 0;
  auto unit = [&](size_t at) -> uint32_t {
    unsigned char a = static_cast<unsigned char>(in[at]), b = static_cast<unsigned char>(in[at + 1]);
    return le ? (a | (b << 8)) : ((a << 8) | b);
  };
  std::string e = errors ? str_to_std(errors) : "strict";
  auto fail = [&](size_t start, size_t end, const char* reason) -> bool {
    if (e == "replace") {
      out.push_back(0xFFFD);
      return true;
    }
    if (e == "ignore") return true;
    Object* exc_obj = call_function(static_cast<Object*>(&exc::UnicodeDecodeError),
                                    Ref<>::steal(str_from_cstr(le ? "utf-16-le" : "utf-16-be")).get(),
                                    Ref<>::steal(bytes_from_data(in.data(), static_cast<ssize>(in.size()))).get(),
                                    Ref<>::steal(int_from_ssize(static_cast<ssize>(start))).get(),
                                    Ref<>::steal(int_from_ssize(static_cast<ssize>(end))).get(),
                                    Ref<>::steal(str_from_cstr(reason)).get());
    if (exc_obj) {
      set_error_object(&exc::UnicodeDecodeError, exc_obj);
      decref(exc_obj);
    }
    return false;
  };
  while (i + 1 < in.size()) {
    uint32_t u = unit(i);
    if (u >= 0xD800 && u <= 0xDBFF) {
      if (i + 3 >= in.size()) {
        if (!final) break;
        if (!fail(i, in.size(), "unexpected end of data")) return nullptr;
        i = in.size();
        break;
      }
      uint32_t v = unit(i + 2);
      if (v >= 0xDC00 && v <= 0xDFFF) {
        out.push_back(0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00));
        i += 4;
        continue;
      }
      if (!fail(i, i + 2, "illegal UTF-16 surrogate")) return nullptr;
      i += 2;
      continue;
    }
    if (u >= 0xDC00 && u <= 0xDFFF) {
      if (!fail(i, i + 2, "illegal encoding")) return nullptr;
      i += 2;
      continue;
    }
    out.push_back(u);
    i += 2;
  }
  if (final && i < in.size()) {
    if (!fail(i, in.size(), "truncated data")) return nullptr;
    i = in.size();
  }
  *used = i;
  return str_from_codepoints(reinterpret_cast<const uint32_t*>(out.data()), static_cast<ssize>(out.size()));
}

// ---- decoding -----------------------------------------------------------------------

// Where a UTF-8 byte string can be cut: bytes after the last complete
// character that may still be completed by more input.
size_t utf8_complete_prefix(std::string_view s) {
  size_t n = s.size();
  size_t back = 0;
  while (back < 4 && back < n) {
    unsigned char c = static_cast<unsigned char>(s[n - 1 - back]);
    if ((c & 0xC0) != 0x80) {
      size_t need = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xC2 && c <= 0xDF ? 2 : 1;
      if (need > back + 1) return n - back - 1;
      return n;
    }
    ++back;
  }
  return n;
}

// Decodes `data` (undecoded bytes first) into text; bytes kept for later
// go back to t->undecoded.  New reference.
// `bom_skipped`, when given, receives the number of BOM bytes dropped from
// the front of `data` (they belong to no character).
Object* decode_chunk(TextIOObject* t, std::string data, bool final, size_t* bom_skipped = nullptr) {
  if (bom_skipped) *bom_skipped = 0;
  size_t cut = data.size();
  Object* text = nullptr;
  if (t->bom_pending && (t->codec == kUtf16 || t->codec == kUtf8Sig)) {
    size_t need = t->codec == kUtf16 ? 2 : 3;
    if (data.size() < need && !final) {
      *t->undecoded = data;
      return newref(empty_str());
    }
    size_t skipped = 0;
    if (t->codec == kUtf16 && data.size() >= 2) {
      unsigned char a = static_cast<unsigned char>(data[0]), b = static_cast<unsigned char>(data[1]);
      if (a == 0xFF && b == 0xFE) {
        t->little_endian = true;
        skipped = 2;
      } else if (a == 0xFE && b == 0xFF) {
        t->little_endian = false;
        skipped = 2;
      }
    } else if (t->codec == kUtf8Sig && data.compare(0, 3, "\xEF\xBB\xBF") == 0) {
      skipped = 3;
    }
    data.erase(0, skipped);
    if (bom_skipped) *bom_skipped = skipped;
    t->bom_pending = false;
    cut = data.size();
  }
  if (is_utf16(t->codec)) {
    size_t used = 0;
    bool le = t->codec == kUtf16LE || (t->codec == kUtf16 && t->little_endian);
    text = utf16_decode(data, le, final, t->errors, &used);
    cut = used;
  } else {
    if (!final && (t->codec == kUtf8 || t->codec == kUtf8Sig)) cut = utf8_complete_prefix(data);
    Object* enc = str_from_cstr(builtin_codec_name(t->codec));
    if (!enc) return nullptr;
    text = bytes_decode_view(std::string_view(data.data(), cut), enc, t->errors);
    decref(enc);
  }
  if (!text) return nullptr;
  t->undecoded->assign(data, cut, std::string::npos);
  // A final "\r" may be the first half of "\r\n": keep it for the next chunk.
  ssize len = str_length(text);
  if (!final && t->readuniversal && len > 0 && str_char_at(text, len - 1) == '\r') {
    Object* shorter = str_substring(text, 0, len - 1);
    decref(text);
    if (!shorter) return nullptr;
    text = shorter;
    std::string cr;
    if (is_utf16(t->codec)) {
      bool le = t->codec == kUtf16LE || (t->codec == kUtf16 && t->little_endian);
      utf16_put(cr, '\r', le);
    } else {
      cr = "\r";
    }
    t->undecoded->insert(0, cr);
  }
  return text;
}

// Universal newlines on decoded text: records the kinds seen and, when
// translating, turns "\r\n" and "\r" into "\n".
Object* translate_newlines(TextIOObject* t, Object* text) {
  if (!t->readuniversal) return text;
  ssize n = str_length(text);
  bool any_cr = false;
  for (ssize i = 0; i < n; ++i) {
    uint32_t c = str_char_at(text, i);
    if (c == '\n') {
      t->seennl |= kSeenLF;
    } else if (c == '\r') {
      any_cr = true;
      if (i + 1 < n && str_char_at(text, i + 1) == '\n') {
        t->seennl |= kSeenCRLF;
        ++i;
      } else {
        t->seennl |= kSeenCR;
      }
    }
  }
  if (!t->readtranslate || !any_cr) return text;
  std::u32string out;
  out.reserve(static_cast<size_t>(n));
  for (ssize i = 0; i < n; ++i) {
    uint32_t c = str_char_at(text, i);
    if (c == '\r') {
      if (i + 1 < n && str_char_at(text, i + 1) == '\n') ++i;
      out.push_back(U'\n');
    } else {
      out.push_back(c);
    }
  }
  decref(text);
  return str_from_codepoints(reinterpret_cast<const uint32_t*>(out.data()), static_cast<ssize>(out.size()));
}

int check_attached(TextIOObject* t) {
  if (!t->ok) {
    set_error(&exc::ValueError, t->detached ? "underlying buffer has been detached"
                                            : "I/O operation on uninitialized object");
    return -1;
  }
  return 0;
}

int check_closed_text(Object* self) {
  TextIOObject* t = as_text(self);
  if (check_attached(t) < 0) return -1;
  if (self->type == &TextIOWrapperType && t->buffer_is_native) {
    BufferedObject* b = static_cast<BufferedObject*>(t->buffer);
    if (b->ok && b->raw && b->raw->type == &FileIOType) {
      if (static_cast<FileIOObject*>(b->raw)->fd < 0) {
        io_closed_error();
        return -1;
      }
      return 0;
    }
  }
  if (self->type == &TextIOWrapperType && t->buffer_is_fileio) {
    if (static_cast<FileIOObject*>(t->buffer)->fd < 0) {
      io_closed_error();
      return -1;
    }
    return 0;
  }
  return io_check_closed(self);
}

int64_t buffer_tell(TextIOObject* t) {
  Object* r = call_method(t->buffer, str_intern_cstr("tell"));
  if (!r) return -1;
  int overflow = 0;
  int64_t v = is_int(r) ? int_as_i64_overflow(r, &overflow) : -1;
  decref(r);
  if (v < 0 && !error_occurred()) set_error(&exc::OSError, "invalid position");
  return v;
}

void reset_decoded(TextIOObject* t) {
  clear_ref(t->decoded);
  t->decoded_pos = 0;
  t->snapshot->clear();
  t->undecoded->clear();
  t->snapshot_pos = -1;
}

// Hands pending output to the buffer.  0 or -1.
int send_pending(TextIOObject* t) {
  if (t->pending_out->empty()) return 0;
  std::string out;
  out.swap(*t->pending_out);
  if (t->buffer_is_native) return buffered_write_data(t->buffer, out.data(), static_cast<ssize>(out.size()));
  if (t->buffer_is_fileio) {
    FileIOObject* f = static_cast<FileIOObject*>(t->buffer);
    if (f->fd < 0) {
      set_error(&exc::ValueError, "I/O operation on closed file");
      return -1;
    }
    std::string_view rest(out);
    while (!rest.empty()) {
      ssize written;
      if (fileio_write_data(f, rest.data(), static_cast<ssize>(rest.size()), &written) < 0) return -1;
      if (written < 0) {
        set_error(&exc::BlockingIOError, "write could not complete without blocking");
        return -1;
      }
      rest.remove_prefix(static_cast<size_t>(written));
    }
    return 0;
  }
  Object* b = bytes_from_data(out.data(), static_cast<ssize>(out.size()));
  if (!b) return -1;
  Object* r = call_method(t->buffer, str_intern_cstr("write"), b);
  decref(b);
  if (!r) return -1;
  decref(r);
  return 0;
}

int64_t bytes_for_chars(TextIOObject* t, std::string_view snap, ssize n);

// Reads one chunk and appends its text to `decoded`; false at end of file
// (or on error, set).
bool read_chunk(TextIOObject* t, bool* eof) {
  *eof = false;
  Object* n = int_from_ssize(t->chunk_size);
  if (!n) return false;
  Object* data = call_method(t->buffer, str_intern_cstr("read1"), n);
  decref(n);
  if (!data) return false;
  if (!is_bytes(data)) {
    format_error(&exc::TypeError, "underlying read1() should have returned a bytes-like object, not '%.200s'",
                 data->type->name);
    decref(data);
    return false;
  }
  std::string input = *t->undecoded;
  input.append(bytes_view(data));
  bool final = bytes_size(data) == 0;
  decref(data);
  *eof = final;
  size_t bom = 0;
  Object* text = decode_chunk(t, input, final, &bom);
  if (!text) return false;
  text = translate_newlines(t, text);
  if (!text) return false;
  // The snapshot starts after a BOM, so positions count characters' bytes only.
  std::string used = input.substr(bom, input.size() - bom - t->undecoded->size());
  if (t->decoded && t->decoded_pos < str_length(t->decoded)) {
    // The unread rest of the old text stays in front; its bytes stay in
    // front of the snapshot.
    if (t->snapshot_pos >= 0) {
      int64_t off = bytes_for_chars(t, *t->snapshot, t->decoded_pos);
      used.insert(0, *t->snapshot, static_cast<size_t>(off), std::string::npos);
      t->snapshot_pos += off;
    }
    Object* rest = str_substring(t->decoded, t->decoded_pos, str_length(t->decoded));
    if (!rest) {
      decref(text);
      return false;
    }
    Object* joined = str_concat(rest, text);
    decref(rest);
    decref(text);
    if (!joined) return false;
    text = joined;
  } else {
    t->snapshot_pos = -2;  // computed from the buffer position right after
  }
  setref(t->decoded, text);
  t->decoded_pos = 0;
  t->snapshot->swap(used);
  return !final;
}

ssize decoded_avail(TextIOObject* t) { return t->decoded ? str_length(t->decoded) - t->decoded_pos : 0; }

Object* take_decoded(TextIOObject* t, ssize n) {
  Object* r = str_substring(t->decoded, t->decoded_pos, t->decoded_pos + n);
  if (r) t->decoded_pos += n;
  return r;
}

int prepare_reading(Object* self) {
  TextIOObject* t = as_text(self);
  if (check_closed_text(self) < 0) return -1;
  Object* r = call_method(t->buffer, str_intern_cstr("readable"));
  if (!r) return -1;
  int ok = object_is_true(r);
  decref(r);
  if (ok < 0) return -1;
  if (!ok) {
    io_unsupported("not readable");
    return -1;
  }
  if (!t->pending_out->empty()) {
    if (send_pending(t) < 0) return -1;
  }
  return 0;
}

// The snapshot's start in the buffer: the buffer position now, minus the
// bytes read but not decoded yet, minus the snapshot.
void settle_snapshot_pos(TextIOObject* t) {
  if (t->snapshot_pos != -2) return;
  // Computed right after the read: the buffer has not moved since.
  int64_t pos = buffer_tell(t);
  if (pos < 0) {
    clear_error();
    t->snapshot_pos = -1;
    return;
  }
  t->snapshot_pos = pos - static_cast<int64_t>(t->undecoded->size()) - static_cast<int64_t>(t->snapshot->size());
}

bool read_more(TextIOObject* t, bool* eof) {
  bool more = read_chunk(t, eof);
  if (error_occurred()) return false;
  if (t->snapshot_pos == -2) settle_snapshot_pos(t);
  return more;
}

Object* textio_read(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("read", nargs, 0, 1)) return nullptr;
  TextIOObject* t = as_text(self);
  if (check_attached(t) < 0) return nullptr;
  ssize n = -1;
  if (nargs == 1 && !io_size_or_none(args[0], &n)) return nullptr;
  if (prepare_reading(self) < 0) return nullptr;
  if (n < 0) {
    Object* all = call_method(t->buffer, str_intern_cstr("read"));
    if (!all) return nullptr;
    if (!is_bytes(all)) {
      decref(all);
      set_error(&exc::TypeError, "underlying read() should have returned a bytes object");
      return nullptr;
    }
    std::string input = *t->undecoded;
    input.append(bytes_view(all));
    decref(all);
    Object* text = decode_chunk(t, input, true);
    if (!text) return nullptr;
    text = translate_newlines(t, text);
    if (!text) return nullptr;
    if (decoded_avail(t) > 0) {
      Object* rest = take_decoded(t, decoded_avail(t));
      Object* joined = rest ? str_concat(rest, text) : nullptr;
      xdecref(rest);
      decref(text);
      text = joined;
    }
    reset_decoded(t);
    return text;
  }
  bool eof = false;
  while (decoded_avail(t) < n && !eof) {
    if (!read_more(t, &eof) && error_occurred()) return nullptr;
  }
  if (!t->decoded) return newref(empty_str());
  return take_decoded(t, std::min(n, decoded_avail(t)));
}

// Length of the line at decoded_pos (0 when none is complete yet); with
// at_eof, the rest counts as a line.
ssize find_line_end(TextIOObject* t, bool at_eof) {
  if (!t->decoded) return 0;
  Object* s = t->decoded;
  ssize n = str_length(s);
  ssize start = t->decoded_pos;
  if (t->readtranslate || (t->readnl && str_equal_cstr(t->readnl, "\n"))) {
    for (ssize i = start; i < n; ++i)
      if (str_char_at(s, i) == '\n') return i + 1 - start;
  } else if (t->readuniversal) {
    for (ssize i = start; i < n; ++i) {
      uint32_t c = str_char_at(s, i);
      if (c == '\n') return i + 1 - start;
      if (c == '\r') {
        if (i + 1 < n) return (str_char_at(s, i + 1) == '\n' ? i + 2 : i + 1) - start;
        if (at_eof) return i + 1 - start;
        return 0;
      }
    }
  } else {
    ssize found = str_find(s, t->readnl, start, n, 1);
    if (found >= 0) return found + str_length(t->readnl) - start;
  }
  return at_eof ? n - start : 0;
}

Object* read_line(Object* self, ssize limit) {
  TextIOObject* t = as_text(self);
  bool eof = false;
  for (;;) {
    ssize len = find_line_end(t, eof);
    if (len > 0 || eof) {
      if (limit >= 0 && len > limit) len = limit;
      if (!t->decoded) return newref(empty_str());
      return take_decoded(t, len);
    }
    if (limit >= 0 && decoded_avail(t) >= limit) return take_decoded(t, limit);
    if (!read_more(t, &eof) && error_occurred()) return nullptr;
  }
}

Object* textio_readline(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("readline", nargs, 0, 1)) return nullptr;
  TextIOObject* t = as_text(self);
  if (check_attached(t) < 0) return nullptr;
  ssize n = -1;
  if (nargs == 1 && !arg_to_ssize(args[0], &n)) return nullptr;
  if (prepare_reading(self) < 0) return nullptr;
  return read_line(self, n);
}

Object* textio_iternext(Object* self) {
  TextIOObject* t = as_text(self);
  if (check_attached(t) < 0) return nullptr;
  Object* line;
  if (self->type == &TextIOWrapperType) {
    if (prepare_reading(self) < 0) return nullptr;
    t->telling = false;
    line = read_line(self, -1);
  } else {
    line = call_method(self, str_intern_cstr("readline"));
    if (line && !is_str(line)) {
      format_error(&exc::OSError, "readline() should have returned a str object, not '%.200s'", line->type->name);
      decref(line);
      return nullptr;
    }
  }
  if (!line) return nullptr;
  if (str_length(line) == 0) {
    decref(line);
    reset_decoded(t);
    t->telling = true;
    return nullptr;
  }
  return line;
}

// Encodes text for the stream (with a BOM first when one is due).
Object* encode_text(TextIOObject* t, Object* text) {
  if (is_utf16(t->codec)) {
    bool le = t->codec != kUtf16BE;
    bool bom = t->codec == kUtf16 && t->bom_pending;
    t->bom_pending = false;
    return utf16_encode(text, le, bom, t->errors);
  }
  Object* enc = str_from_cstr(builtin_codec_name(t->codec));
  if (!enc) return nullptr;
  Object* b = str_encode(text, enc, t->errors);
  decref(enc);
  if (b && t->codec == kUtf8Sig && t->bom_pending) {
    t->bom_pending = false;
    std::string with_bom = "\xEF\xBB\xBF";
    with_bom.append(bytes_view(b));
    decref(b);
    b = bytes_from_data(with_bom.data(), static_cast<ssize>(with_bom.size()));
  }
  return b;
}

int write_text(Object* self, Object* text) {
  TextIOObject* t = as_text(self);
  ssize n = str_length(text);
  bool haslf = false, hascr = false;
  int kind = str_kind(text);
  const void* data = str_data(text);
  for (ssize i = 0; i < n; ++i) {
    uint32_t c = str_read(kind, data, i);
    if (c == '\n') haslf = true;
    else if (c == '\r') hascr = true;
  }
  Object* translated = newref(text);
  if (haslf && t->writenl_obj) {
    Object* lf = str_from_cstr("\n");
    Object* r = lf ? call_method(text, str_intern_cstr("replace"), lf, t->writenl_obj) : nullptr;
    xdecref(lf);
    if (!r) {
      decref(translated);
      return -1;
    }
    setref(translated, r);
    if (str_equal_cstr(t->writenl_obj, "\r") || str_equal_cstr(t->writenl_obj, "\r\n")) hascr = true;
  }
  bool needflush = t->line_buffering && (haslf || hascr);
  if (t->codec == kUtf8 && str_is_ascii(translated) && str_equal_cstr(t->errors, "strict")) {
    ssize len;
    const char* utf8 = str_as_utf8(translated, &len);
    t->pending_out->append(utf8, static_cast<size_t>(len));
  } else if (t->codec == kUtf8 && str_equal_cstr(t->errors, "strict")) {
    ssize len;
    const char* utf8 = str_as_utf8(translated, &len);
    if (!utf8) {
      // Lone surrogates: let the codec word the error.
      clear_error();
      Object* b = encode_text(t, translated);
      decref(translated);
      xdecref(b);
      return -1;
    }
    t->pending_out->append(utf8, static_cast<size_t>(len));
  } else {
    Object* b = encode_text(t, translated);
    if (!b) {
      decref(translated);
      return -1;
    }
    t->pending_out->append(bytes_view(b));
    decref(b);
  }
  decref(translated);
  if (t->decoded) reset_decoded(t);
  if (needflush || t->write_through || static_cast<ssize>(t->pending_out->size()) >= t->chunk_size) {
    if (send_pending(t) < 0) return -1;
  }
  if (needflush) {
    if (t->buffer_is_native) return buffered_flush_native(t->buffer);
    Object* r = call_method(t->buffer, str_intern_cstr("flush"));
    if (!r) return -1;
    decref(r);
  }
  return 0;
}

Object* textio_write(Object* self, Object* text) {
  TextIOObject* t = as_text(self);
  if (check_attached(t) < 0) return nullptr;
  if (!is_str(text)) {
    return format_error(&exc::TypeError, "write() argument must be str, not %.100s",
                        text == None ? "None" : text->type->name);
  }
  if (check_closed_text(self) < 0) return nullptr;
  if (!t->buffer_is_native || !static_cast<BufferedObject*>(t->buffer)->writable) {
    Object* r = call_method(t->buffer, str_intern_cstr("writable"));
    if (!r) return nullptr;
    int ok = object_is_true(r);
    decref(r);
    if (ok < 0) return nullptr;
    if (!ok) return io_unsupported("not writable");
  }
  if (write_text(self, text) < 0) return nullptr;
  return int_from_ssize(str_length(text));
}

Object* textio_flush(Object* self, Object* const*, ssize) {
  if (textio_flush(self) < 0) return nullptr;
  return newref(None);
}

Object* textio_close(Object* self) {
  TextIOObject* t = as_text(self);
  if (check_attached(t) < 0) return nullptr;
  int c = io_is_closed(self);
  if (c < 0) return nullptr;
  if (c) return newref(None);
  Object* r = call_method(self, str_intern_cstr("flush"));
  Object* flush_error = r ? nullptr : fetch_error();
  xdecref(r);
  r = call_method(t->buffer, str_intern_cstr("close"));
  if (flush_error) {
    if (!r) {
      Object* e = fetch_error();
      exception_set_context(e, flush_error);
      restore_error(e);
      return nullptr;
    }
    decref(r);
    restore_error(flush_error);
    return nullptr;
  }
  return r;
}

Object* forward(Object* self, const char* method) {
  TextIOObject* t = as_text(self);
  if (check_attached(t) < 0) return nullptr;
  return call_method(t->buffer, str_intern_cstr(method));
}

Object* textio_fileno(Object* self) { return forward(self, "fileno"); }
Object* textio_seekable(Object* self) { return forward(self, "seekable"); }
Object* textio_readable(Object* self) { return forward(self, "readable"); }
Object* textio_writable(Object* self) { return forward(self, "writable"); }
Object* textio_isatty(Object* self) { return forward(self, "isatty"); }

Object* textio_detach(Object* self) {
  TextIOObject* t = as_text(self);
  if (check_attached(t) < 0) return nullptr;
  Object* r = call_method(self, str_intern_cstr("flush"));
  if (!r) return nullptr;
  decref(r);
  Object* buffer = t->buffer;
  t->buffer = nullptr;
  t->ok = false;
  t->detached = true;
  return buffer;
}

// Byte length in `snap` (from its start) of the first n decoded characters.
int64_t bytes_for_chars(TextIOObject* t, std::string_view snap, ssize n) {
  size_t i = 0;
  size_t unit = unit_size(t->codec);
  bool le = t->codec == kUtf16LE || (t->codec == kUtf16 && t->little_endian);
  auto code_unit = [&](size_t at) -> uint32_t {
    if (unit == 1) return static_cast<unsigned char>(snap[at]);
    unsigned char a = static_cast<unsigned char>(snap[at]), b = static_cast<unsigned char>(snap[at + 1]);
    return le ? (a | (b << 8)) : ((a << 8) | b);
  };
  for (ssize k = 0; k < n && i < snap.size(); ++k) {
    if (t->readtranslate && code_unit(i) == '\r' && i + unit < snap.size() && code_unit(i + unit) == '\n') {
      i += 2 * unit;
      continue;
    }
    if (unit == 1) {
      if (t->codec == kUtf8 || t->codec == kUtf8Sig) {
        ++i;
        while (i < snap.size() && (static_cast<unsigned char>(snap[i]) & 0xC0) == 0x80) ++i;
      } else {
        ++i;
      }
    } else {
      uint32_t u = code_unit(i);
      i += (u >= 0xD800 && u <= 0xDBFF) ? 4 : 2;
    }
  }
  return static_cast<int64_t>(std::min(i, snap.size()));
}

Object* textio_tell(Object* self) {
  TextIOObject* t = as_text(self);
  if (check_attached(t) < 0) return nullptr;
  if (check_closed_text(self) < 0) return nullptr;
  Object* r = call_method(t->buffer, str_intern_cstr("seekable"));
  if (!r) return nullptr;
  int ok = object_is_true(r);
  decref(r);
  if (ok < 0) return nullptr;
  if (!ok) return io_unsupported("underlying stream is not seekable");
  if (!t->telling) {
    set_error(&exc::OSError, "telling position disabled by next() call");
    return nullptr;
  }
  r = call_method(self, str_intern_cstr("flush"));
  if (!r) return nullptr;
  decref(r);
  if (!t->decoded) {
    int64_t pos = buffer_tell(t);
    if (pos < 0) return nullptr;
    return int_from_i64(pos - static_cast<int64_t>(t->undecoded->size()));
  }
  if (t->snapshot_pos < 0) return io_unsupported("can't reconstruct logical file position");
  return int_from_i64(t->snapshot_pos + bytes_for_chars(t, *t->snapshot, t->decoded_pos));
}

Object* textio_seek(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("seek", nargs, 1, 2)) return nullptr;
  TextIOObject* t = as_text(self);
  if (check_attached(t) < 0) return nullptr;
  int whence = 0;
  if (nargs == 2 && !arg_to_int(args[1], &whence)) return nullptr;
  if (check_closed_text(self) < 0) return nullptr;
  Object* r = call_method(t->buffer, str_intern_cstr("seekable"));
  if (!r) return nullptr;
  int ok = object_is_true(r);
  decref(r);
  if (ok < 0) return nullptr;
  if (!ok) return io_unsupported("underlying stream is not seekable");
  Object* cookie = args[0];
  if (whence == 1 || whence == 2) {
    int nonzero = object_is_true(cookie);
    if (nonzero < 0) return nullptr;
    if (nonzero) return io_unsupported(whence == 1 ? "can't do nonzero cur-relative seeks" : "can't do nonzero end-relative seeks");
    if (whence == 1) return call_method(self, str_intern_cstr("tell"));
    r = call_method(self, str_intern_cstr("flush"));
    if (!r) return nullptr;
    decref(r);
    reset_decoded(t);
    Object* zero = small_int(0);
    Object* two = small_int(2);
    return call_method(t->buffer, str_intern_cstr("seek"), zero, two);
  }
  if (whence != 0) return format_error(&exc::ValueError, "invalid whence (%d, should be 0, 1 or 2)", whence);
  // As in CPython, the cookie is compared with 0 and converted by int(),
  // and it is the cookie object itself that seek() returns.
  int negative = rich_compare_bool(cookie, small_int(0), kLT);
  if (negative < 0) return nullptr;
  if (negative) return format_error(&exc::ValueError, "negative seek position %R", cookie);
  Object* index = number_long(cookie);
  if (!index) return nullptr;
  r = call_method(self, str_intern_cstr("flush"));
  if (!r) {
    decref(index);
    return nullptr;
  }
  decref(r);
  reset_decoded(t);
  r = call_method(t->buffer, str_intern_cstr("seek"), index);
  if (!r) {
    decref(index);
    return nullptr;
  }
  decref(r);
  // At the start of the stream a BOM is read (or written) again.
  t->bom_pending = int_sign(index) == 0 && (t->codec == kUtf16 || t->codec == kUtf8Sig);
  decref(index);
  return newref(cookie);
}

Object* textio_truncate(Object* self, Object* const* args, ssize nargs) {
  if (!check_positional("truncate", nargs, 0, 1)) return nullptr;
  TextIOObject* t = as_text(self);
  if (check_attached(t) < 0) return nullptr;
  Object* r = call_method(self, str_intern_cstr("flush"));
  if (!r) return nullptr;
  decref(r);
  Object* pos = nargs == 1 ? args[0] : None;
  return call_method(t->buffer, str_intern_cstr("truncate"), pos);
}

// Sets up newline handling from the newline argument (validated).
void set_newline(TextIOObject* t, Object* newline) {
  clear_ref(t->readnl);
  clear_ref(t->writenl_obj);
  if (newline && newline != None) t->readnl = newref(newline);
  t->readuniversal = !t->readnl || str_length(t->readnl) == 0;
  t->readtranslate = !t->readnl;
  t->writetranslate = !t->readnl || str_length(t->readnl) > 0;
  if (t->readnl && str_length(t->readnl) > 0 && !str_equal_cstr(t->readnl, "\n")) t->writenl_obj = newref(t->readnl);
}

int check_newline(Object* newline, const char* owner) {
  if (newline && newline != None && !is_str(newline)) {
    format_error(&exc::TypeError, "%s argument 'newline' must be str or None, not %.200s", owner, newline->type->name);
    return -1;
  }
  if (newline && newline != None && !str_equal_cstr(newline, "") && !str_equal_cstr(newline, "\n") &&
      !str_equal_cstr(newline, "\r") && !str_equal_cstr(newline, "\r\n")) {
    format_error(&exc::ValueError, "illegal newline value: %U", newline);
    return -1;
  }
  return 0;
}

// Whether a BOM is due at the start: reading from the start or writing at
// position 0.
bool stream_at_start(TextIOObject* t) {
  Object* r = call_method(t->buffer, str_intern_cstr("seekable"));
  if (!r) {
    clear_error();
    return true;
  }
  int ok = object_is_true(r);
  decref(r);
  if (ok <= 0) {
    clear_error();
    return true;
  }
  int64_t pos = buffer_tell(t);
  if (pos < 0) {
    clear_error();
    return true;
  }
  return pos == 0;
}

int textio_init(Object* self, Object* args, Object* kwds) {
  static const ArgParser parser{
      "TextIOWrapper", {"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"}, 1, 6};
  Object* a[6];
  if (!parse_args_dict(parser, args, kwds, a)) return -1;
  TextIOObject* t = as_text(self);
  t->ok = false;
  t->detached = false;
  Object* encoding = a[1];
  Object* errors = a[2];
  Object* newline = a[3];
  if (encoding && encoding != None && !is_str(encoding)) {
    format_error(&exc::TypeError, "TextIOWrapper() argument 'encoding' must be str or None, not %.200s",
                 encoding->type->name);
    return -1;
  }
  if (errors && errors != None && !is_str(errors)) {
    format_error(&exc::TypeError, "TextIOWrapper() argument 'errors' must be str or None, not %.200s",
                 errors->type->name);
    return -1;
  }
  if (check_newline(newline, "TextIOWrapper()") < 0) return -1;
  bool line_buffering = false, write_through = false;
  if (a[4]) {
    int v = object_is_true(a[4]);
    if (v < 0) return -1;
    line_buffering = v;
  }
  if (a[5]) {
    int v = object_is_true(a[5]);
    if (v < 0) return -1;
    write_through = v;
  }
  Object* enc = encoding && encoding != None ? newref(encoding) : str_from_cstr("UTF-8");
  if (!enc) return -1;
  if (encoding && encoding != None && str_equal_cstr(encoding, "locale")) setref(enc, str_from_cstr("UTF-8"));
  int codec = find_text_codec(enc);
  if (codec < 0) {
    decref(enc);
    return -1;
  }
  Object* err = errors && errors != None ? newref(errors) : str_from_cstr("strict");
  if (!err) {
    decref(enc);
    return -1;
  }
  setref(t->buffer, newref(a[0]));
  setref(t->encoding, enc);
  setref(t->errors, err);
  t->codec = codec;
  set_newline(t, newline);
  t->line_buffering = line_buffering;
  t->write_through = write_through;
  t->buffer_is_native = is_native_buffered(a[0]);
  t->buffer_is_fileio = a[0]->type == &FileIOType;
  t->chunk_size = kDefaultBufferSize;
  t->seennl = 0;
  t->little_endian = true;
  if (!t->pending_out) t->pending_out = new std::string();
  if (!t->snapshot) t->snapshot = new std::string();
  if (!t->undecoded) t->undecoded = new std::string();
  t->pending_out->clear();
  reset_decoded(t);
  t->ok = true;
  t->telling = true;
  t->bom_pending = (codec == kUtf16 || codec == kUtf8Sig) && stream_at_start(t);
  return 0;
}

void textio_dealloc(Object* o) {
  gc_untrack(o);
  if (!io_finalize_from_dealloc(o)) {
    gc_track(o);
    return;
  }
  clear_weakrefs_if_any(o);
  TextIOObject* t = as_text(o);
  io_clear_base(t);
  clear_ref(t->buffer);
  clear_ref(t->encoding);
  clear_ref(t->errors);
  clear_ref(t->readnl);
  clear_ref(t->writenl_obj);
  clear_ref(t->decoded);
  delete t->pending_out;
  delete t->snapshot;
  delete t->undecoded;
  free_object(o);
}

int textio_traverse(Object* o, visitproc visit, void* arg) {
  TextIOObject* t = as_text(o);
  GLASSPY_VISIT(t->buffer);
  return io_traverse_base(o, visit, arg);
}

int textio_clear(Object* o) {
  TextIOObject* t = as_text(o);
  t->ok = false;
  clear_ref(t->buffer);
  io_clear_base(t);
  return 0;
}

Object* textio_repr(Object* self) {
  TextIOObject* t = as_text(self);
  if (check_attached(t) < 0) return nullptr;
  std::string out = "<";
  out += self->type->name;
  for (const char* attr : {"name", "mode"}) {
    Object* v = nullptr;
    if (lookup_attr(self, str_intern_cstr(attr), &v) < 0) {
      if (!error_matches(&exc::ValueError)) return nullptr;
      clear_error();
    }
    if (!v) continue;
    Object* rep = object_repr(v);
    decref(v);
    if (!rep) return nullptr;
    out += ' ';
    out += attr;
    out += '=';
    out += str_to_std(rep);
    decref(rep);
  }
  out += " encoding=";
  Object* rep = object_repr(t->encoding);
  if (!rep) return nullptr;
  out += str_to_std(rep);
  decref(rep);
  out += '>';
  return str_from_utf8(out);
}

Object* textio_reconfigure(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgParser parser{
      "reconfigure", {"encoding", "errors", "newline", "line_buffering", "write_through"}, 0, 5};
  if (nargs > 0) return format_error(&exc::TypeError, "reconfigure() takes 0 positional arguments but %zd were given", nargs);
  Object* a[5];
  if (!parse_args(parser, args, nargs, kwnames, a)) return nullptr;
  TextIOObject* t = as_text(self);
  if (check_attached(t) < 0) return nullptr;
  if (a[0] && a[0] != None && !is_str(a[0])) {
    return format_error(&exc::TypeError, "reconfigure() argument 'encoding' must be str or None, not %.200s",
                        a[0]->type->name);
  }
  if (a[1] && a[1] != None && !is_str(a[1])) {
    return format_error(&exc::TypeError, "reconfigure() argument 'errors' must be str or None, not %.200s",
                        a[1]->type->name);
  }
  if (a[2] && check_newline(a[2], "reconfigure()") < 0) return nullptr;
  if ((a[0] && a[0] != None) || a[2]) {
    if (t->decoded && decoded_avail(t) > 0) {
      return io_unsupported("It is not possible to set the encoding or newline of stream after the first read");
    }
  }
  int codec = t->codec;
  if (a[0] && a[0] != None) {
    codec = find_text_codec(a[0]);
    if (codec < 0) return nullptr;
  }
  Object* r = call_method(self, str_intern_cstr("flush"));
  if (!r) return nullptr;
  decref(r);
  if (a[0] && a[0] != None) {
    setref(t->encoding, newref(a[0]));
    t->codec = codec;
    if (!a[1] || a[1] == None) setref(t->errors, str_from_cstr("strict"));
  }
  if (a[1] && a[1] != None) setref(t->errors, newref(a[1]));
  if (a[2]) set_newline(t, a[2]);
  if (a[3] && a[3] != None) {
    int v = object_is_true(a[3]);
    if (v < 0) return nullptr;
    t->line_buffering = v;
  }
  if (a[4] && a[4] != None) {
    int v = object_is_true(a[4]);
    if (v < 0) return nullptr;
    t->write_through = v;
  }
  return newref(None);
}

Object* get_encoding(Object* self, void*) {
  TextIOObject* t = as_text(self);
  if (check_attached(t) < 0) return nullptr;
  return newref(t->encoding);
}
Object* get_errors(Object* self, void*) {
  TextIOObject* t = as_text(self);
  if (check_attached(t) < 0) return nullptr;
  return newref(t->errors);
}
Object* get_buffer(Object* self, void*) {
  TextIOObject* t = as_text(self);
  if (check_attached(t) < 0) return nullptr;
  return newref(t->buffer);
}
Object* get_line_buffering(Object* self, void*) {
  TextIOObject* t = as_text(self);
  if (check_attached(t) < 0) return nullptr;
  return bool_from(t->line_buffering);
}
Object* get_write_through(Object* self, void*) {
  TextIOObject* t = as_text(self);
  if (check_attached(t) < 0) return nullptr;
  return bool_from(t->write_through);
}
Object* get_closed(Object* self, void*) {
  TextIOObject* t = as_text(self);
  if (check_attached(t) < 0) return nullptr;
  return get_attr_cstr(t->buffer, "closed");
}
Object* get_name(Object* self, void*) {
  TextIOObject* t = as_text(self);
  if (check_attached(t) < 0) return nullptr;
  return get_attr_cstr(t->buffer, "name");
}
Object* get_newlines(Object* self, void*) {
  TextIOObject* t = as_text(self);
  if (check_attached(t) < 0) return nullptr;
  if (!t->readuniversal) return newref(None);
  return newlines_tuple(t->seennl);
}
Object* get_chunk_size(Object* self, void*) {
  TextIOObject* t = as_text(self);
  if (check_attached(t) < 0) return nullptr;
  return int_from_ssize(t->chunk_size);
}
int set_chunk_size(Object* self, Object* value, void*) {
  TextIOObject* t = as_text(self);
  if (check_attached(t) < 0) return -1;
  if (!value) {
    set_error(&exc::AttributeError, "cannot delete attribute");
    return -1;
  }
  ssize n = number_as_ssize(value, &exc::ValueError);
  if (n == -1 && error_occurred()) return -1;
  if (n <= 0) {
    set_error(&exc::ValueError, "a strictly positive integer is required");
    return -1;
  }
  t->chunk_size = n;
  return 0;
}

MethodDef textio_methods[] = {
    MethodDef("detach", static_cast<NoArgsMethod>(textio_detach)),
    MethodDef("reconfigure", static_cast<FastKeywordsMethod>(textio_reconfigure)),
    MethodDef("write", static_cast<OneArgMethod>(textio_write)),
    MethodDef("read", static_cast<FastMethod>(textio_read)),
    MethodDef("readline", static_cast<FastMethod>(textio_readline)),
    MethodDef("flush", static_cast<FastMethod>(textio_flush)),
    MethodDef("close", static_cast<NoArgsMethod>(textio_close)),
    MethodDef("fileno", static_cast<NoArgsMethod>(textio_fileno)),
    MethodDef("seekable", static_cast<NoArgsMethod>(textio_seekable)),
    MethodDef("readable", static_cast<NoArgsMethod>(textio_readable)),
    MethodDef("writable", static_cast<NoArgsMethod>(textio_writable)),
    MethodDef("isatty", static_cast<NoArgsMethod>(textio_isatty)),
    MethodDef("seek", static_cast<FastMethod>(textio_seek)),
    MethodDef("tell", static_cast<NoArgsMethod>(textio_tell)),
    MethodDef("truncate", static_cast<FastMethod>(textio_truncate)),
    {},
};

GetSetDef textio_getset[] = {
    {"encoding", get_encoding},
    {"errors", get_errors},
    {"buffer", get_buffer},
    {"line_buffering", get_line_buffering},
    {"write_through", get_write_through},
    {"closed", get_closed},
    {"name", get_name},
    {"newlines", get_newlines},
    {"_CHUNK_SIZE", get_chunk_size, set_chunk_size},
    {},
};

// ---- IncrementalNewlineDecoder ------------------------------------------------------

NewlineDecoderObject* as_nld(Object* o) { return static_cast<NewlineDecoderObject*>(o); }

int nld_init(Object* self, Object* args, Object* kwds) {
  static const ArgParser parser{"IncrementalNewlineDecoder", {"decoder", "translate", "errors"}, 2, 3};
  Object* a[3];
  if (!parse_args_dict(parser, args, kwds, a)) return -1;
  int tr = object_is_true(a[1]);
  if (tr < 0) return -1;
  NewlineDecoderObject* d = as_nld(self);
  setref(d->decoder, newref(a[0]));
  d->translate = tr;
  d->pendingcr = false;
  d->seennl = 0;
  return 0;
}

Object* nld_decode(Object* self, Object* const* args, ssize nargs, Object* kwnames) {
  static const ArgParser parser{"decode", {"input", "final"}, 1, 2};
  Object* a[2];
  if (!parse_args(parser, args, nargs, kwnames, a)) return nullptr;
  NewlineDecoderObject* d = as_nld(self);
  if (!d->decoder) {
    set_error(&exc::ValueError, "IncrementalNewlineDecoder.__init__() not called");
    return nullptr;
  }
  bool final = false;
  if (a[1]) {
    int v = object_is_true(a[1]);
    if (v < 0) return nullptr;
    final = v;
  }
  Object* output;
  if (d->decoder == None) {
    output = newref(a[0]);
  } else {
    output = call_method(d->decoder, str_intern_cstr("decode"), a[0], final ? True : False);
    if (!output) return nullptr;
  }
  if (!is_str(output)) {
    format_error(&exc::TypeError, "decoder should return a string result, not '%.200s'", output->type->name);
    decref(output);
    return nullptr;
  }
  std::u32string text;
  if (d->pendingcr && (final || str_length(output) > 0)) {
    text.push_back(U'\r');
    d->pendingcr = false;
  }
  for (ssize i = 0; i < str_length(output); ++i) text.push_back(str_char_at(output, i));
  decref(output);
  if (!final && !text.empty() && text.back() == U'\r') {
    text.pop_back();
    d->pendingcr = true;
  }
  std::u32string out;
  for (size_t i = 0; i < text.size(); ++i) {
    char32_t c = text[i];
    if (c == U'\r') {
      if (i + 1 < text.size() && text[i + 1] == U'\n') {
        d->seennl |= kSeenCRLF;
        if (d->translate) {
          out.push_back(U'\n');
          ++i;
          continue;
        }
      } else {
        d->seennl |= kSeenCR;
        if (d->translate) {
          out.push_back(U'\n');
          continue;
        }
      }
    } else if (c == U'\n') {
      d->seennl |= kSeenLF;
    }
    out.push_back(c);
  }
  return str_from_codepoints(reinterpret_cast<const uint32_t*>(out.data()), static_cast<ssize>(out.size()));
}

Object* nld_getstate(Object* self) {
  NewlineDecoderObject* d = as_nld(self);
  Object* buffer;
  uint64_t flag = 0;
  if (d->decoder && d->decoder != None) {
    Object* state = call_method(d->decoder, str_intern_cstr("getstate"));
    if (!state) return nullptr;
    if (!is_instance_of(state, &TupleType) || tuple_size(state) != 2) {
      decref(state);
      set_error(&exc::TypeError, "illegal decoder state");
      return nullptr;
    }
    buffer = newref(tuple_item(state, 0));
    int overflow = 0;
    flag = static_cast<uint64_t>(int_as_i64_overflow(tuple_item(state, 1), &overflow));
    decref(state);
  } else {
    buffer = bytes_from_data("", 0);
    if (!buffer) return nullptr;
  }
  flag <<= 1;
  if (d->pendingcr) flag |= 1;
  return tuple_steal({buffer, int_from_u64(flag)});
}

Object* nld_setstate(Object* self, Object* state) {
  NewlineDecoderObject* d = as_nld(self);
  if (!is_instance_of(state, &TupleType) || tuple_size(state) != 2) {
    set_error(&exc::TypeError, "state argument must be a tuple");
    return nullptr;
  }
  int overflow = 0;
  int64_t flag = int_as_i64_overflow(tuple_item(state, 1), &overflow);
  if (flag == -1 && error_occurred()) return nullptr;
  d->pendingcr = flag & 1;
  if (d->decoder && d->decoder != None) {
    Object* f = int_from_i64(flag >> 1);
    Object* t = f ? tuple_steal({newref(tuple_item(state, 0)), f}) : nullptr;
    Object* r = t ? call_method(d->decoder, str_intern_cstr("setstate"), t) : nullptr;
    xdecref(t);
    if (!r) return nullptr;
    decref(r);
  }
  return newref(None);
}

Object* nld_reset(Object* self) {
  NewlineDecoderObject* d = as_nld(self);
  d->seennl = 0;
  d->pendingcr = false;
  if (d->decoder && d->decoder != None) return call_method(d->decoder, str_intern_cstr("reset"));
  return newref(None);
}

Object* nld_newlines(Object* self, void*) { return newlines_tuple(as_nld(self)->seennl); }

MethodDef nld_methods[] = {
    MethodDef("decode", static_cast<FastKeywordsMethod>(nld_decode)),
    MethodDef("getstate", static_cast<NoArgsMethod>(nld_getstate)),
    MethodDef("setstate", static_cast<OneArgMethod>(nld_setstate)),
    MethodDef("reset", static_cast<NoArgsMethod>(nld_reset)),
    {},
};

GetSetDef nld_getset[] = {
    {"newlines", nld_newlines},
    {},
};

using NldFields = ObjectFields<NewlineDecoderObject, &NewlineDecoderObject::decoder>;

Object* nld_new(Type* type, Object*, Object*) { return type_generic_alloc(type, 0); }

}  // namespace

int textio_flush(Object* self) {
  TextIOObject* t = as_text(self);
  if (check_attached(t) < 0) return -1;
  if (check_closed_text(self) < 0) return -1;
  if (send_pending(t) < 0) return -1;
  if (t->buffer_is_native) return buffered_flush_native(t->buffer);
  Object* r = call_method(t->buffer, str_intern_cstr("flush"));
  if (!r) return -1;
  decref(r);
  return 0;
}

bool textio_fast_writable(Object* self) {
  if (self->type != &TextIOWrapperType) return false;
  TextIOObject* t = as_text(self);
  if (!t->ok) return false;
  if (t->buffer_is_native) return static_cast<BufferedObject*>(t->buffer)->writable;
  return t->buffer_is_fileio && static_cast<FileIOObject*>(t->buffer)->writable;
}

int textio_write_str(Object* self, Object* text) {
  TextIOObject* t = as_text(self);
  if (check_attached(t) < 0) return -1;
  if (check_closed_text(self) < 0) return -1;
  return write_text(self, text);
}

Object* textio_new_std(Object* buffer, const char* encoding, const char* errors, bool line_buffering,
                       bool write_through) {
  Object* enc = str_from_cstr(encoding);
  Object* err = enc ? str_from_cstr(errors) : nullptr;
  Object* args = err ? tuple_pack({buffer, enc, err, None, line_buffering ? True : False,
                                   write_through ? True : False})
                     : nullptr;
  xdecref(enc);
  xdecref(err);
  if (!args) return nullptr;
  Object* t = call(static_cast<Object*>(&TextIOWrapperType), args, nullptr);
  decref(args);
  return t;
}

Type TextIOWrapperType{{
    .name = "_io.TextIOWrapper",
    .basicsize = sizeof(TextIOObject),
    .dealloc = textio_dealloc,
    .repr = textio_repr,
    .getattro = generic_getattr,
    .setattro = generic_setattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .doc = "Character and line based layer over a BufferedIOBase object, buffer.",
    .traverse = textio_traverse,
    .clear = textio_clear,
    .iter = iobase_iter_self,
    .iternext = textio_iternext,
    .methods = textio_methods,
    .getset = textio_getset,
    .base = &TextIOBaseType,
    .dictoffset = offsetof(TextIOObject, dict),
    .init = textio_init,
    .new_ = io_generic_new,
    .finalize = io_finalize,
}};

Type IncrementalNewlineDecoderType{{
    .name = "_io.IncrementalNewlineDecoder",
    .basicsize = sizeof(NewlineDecoderObject),
    .dealloc = NldFields::dealloc,
    .getattro = generic_getattr,
    .flags = tpflags::kHaveGC | tpflags::kBaseType,
    .traverse = NldFields::traverse,
    .clear = NldFields::clear,
    .methods = nld_methods,
    .getset = nld_getset,
    .init = nld_init,
    .new_ = nld_new,
}};

}  // namespace glasspy
