// Decoding a program's bytes the way CPython 3.11's tokenizer does before it
// tokenizes them (Parser/tokenizer.c: check_bom, check_coding_spec, and the
// file and string readers).
//
// Design and invariants:
//  - The result is always UTF-8 with "\r\n" and "\r" turned into "\n", as both
//    of CPython's readers translate them.  A missing final newline is *not*
//    added: the lexer supplies it, and error texts CPython re-reads from the
//    file must not have it.
//  - The coding cookie is looked for on line 1, and on line 2 only when line 1
//    is blank or a comment (CPython stops looking at the first line holding
//    anything else).  Names are normalized as CPython's get_normal_name does
//    ("latin-1" -> "iso-8859-1", "utf_8" -> "utf-8"; "utf8" stays "utf8").
//  - A declared encoding other than "utf-8" is looked up in Python's own codec
//    registry (util/codecs.h) and decoded there, or with glibc's iconv.  Codecs
//    iconv lacks are refused as unknown (a known deviation, for rare codecs
//    only).
//  - File sources: undeclared UTF-8 is not validated here.  CPython checks each
//    line as its tokenizer reads it, so an earlier tokenizer error wins; the
//    lexer does that check (SourceText::encoding_declared == false).  NUL bytes
//    are likewise the lexer's to report, line by line.
//  - String sources (compile()): NUL bytes are refused first; decode errors are
//    reported as CPython's tokenizer-initialization errors (lineno 0, offset -1).
#include "lexer/source.h"

#include <algorithm>
#include <cstring>

#include "util/codecs.h"
#include "util/unicode.h"

namespace glasspy {

namespace {

// How much a text reader (io.TextIOWrapper) decodes at a time.
constexpr size_t kReaderChunk = 8192;

// ---- PEP 263 ----------------------------------------------------------------

inline bool is_ascii_alnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// CPython's get_coding_spec on one line (its newline included): a comment,
// alone on its line, holding "coding:" or "coding=" and a name.
bool find_coding_spec(std::string_view s, std::string& spec) {
  const size_t size = s.size();
  size_t i = 0;
  for (; i + 6 < size; ++i) {
    if (s[i] == '#') break;
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\f') return false;
  }
  for (; i + 6 < size; ++i) {
    if (s.compare(i, 6, "coding") != 0) continue;
    size_t t = i + 6;
    if (s[t] != ':' && s[t] != '=') continue;
    do {
      ++t;
    } while (t < size && (s[t] == ' ' || s[t] == '\t'));
    size_t begin = t;
    while (t < size && (is_ascii_alnum(s[t]) || s[t] == '-' || s[t] == '_' || s[t] == '.')) ++t;
    if (begin < t) {
      spec = codecs::tokenizer_normal_name(s.substr(begin, t - begin));
      return true;
    }
  }
  return false;
}

// Whether a line without a coding spec ends the search for one: it holds
// something other than blanks and a comment.
bool line_has_code(std::string_view s) {
  for (char c : s) {
    if (c == '#' || c == '\n' || c == '\r') return false;
    if (c != ' ' && c != '\t' && c != '\f') return true;
  }
  return false;
}

// ---- codecs -------------------------------------------------------------------

// Whether this decoder takes `c`: every codec with a decoder of its own or an
// iconv converter, but iso2022_jp_2004 (glibc has only the JIS X 0213:2000
// table); the others are refused as unknown encodings.
bool decodable(const codecs::Codec& c) {
  using codecs::Family;
  switch (c.family) {
    case Family::kUtf8:
    case Family::kUtf8Sig:
    case Family::kAscii:
    case Family::kLatin1:
    case Family::kUtf16:
    case Family::kUtf32:
      return true;
    case Family::kCharmap:
    case Family::kMultibyte:
    case Family::kUnicode:
      return c.iconv && std::string_view(c.module) != "iso2022_jp_2004";
    default:
      return false;
  }
}

// What codecs.lookup() finds for `name`, if this decoder takes it.  Otherwise
// nullptr, with `not_text` set when the name is that of a non-text codec.
// That test reads '.' as '_' throughout, where codecs.lookup() does so only
// for aliases: "rot.13" is "not a text encoding" here but an unknown encoding
// to CPython (a deviation).
const codecs::Codec* lookup_codec(std::string_view name, bool& not_text) {
  not_text = false;
  std::string norm = codecs::normalize_encoding(name);
  const codecs::Codec* c = codecs::lookup_normalized(norm);
  if (c && decodable(*c)) return c;
  std::replace(norm.begin(), norm.end(), '.', '_');
  const codecs::Codec* t = codecs::lookup_normalized(norm);
  not_text = t && t->family == codecs::Family::kNotText;
  return nullptr;
}

// Decodes `in` with `codec` (one lookup_codec() returned) into UTF-8 appended
// to `out` (on failure, what could be decoded before the error).  iconv is
// flushed at the end: cp1255 and cp1258 hold a letter back in case a
// combining mark follows.  Known deviations: utf_16 and utf_32 follow glibc's BOM rules; the errors of the Unicode forms
// name the codec module ("utf_16_be") and say "truncated data" or "invalid
// data".
bool decode_with_codec(const codecs::Codec& codec, std::string_view in, std::string& out,
                       codecs::DecodeError& fail) {
  using codecs::Family;
  const char* from = codec.family == Family::kUtf16   ? "UTF-16"
                     : codec.family == Family::kUtf32 ? "UTF-32"
                                                      : codec.iconv;
  if (!from) return codecs::Decoder(codec).decode(in, out, fail) == codecs::DecodeResult::kOk;
  codecs::IconvDecoder iconv;
  if (!iconv.open(from)) {
    fail = codecs::DecodeError{codec.module, 0, 1, "unsupported", 0};
    return false;
  }
  size_t stop = 0;
  bool incomplete = false;
  if (iconv.decode(in, out, stop, incomplete)) return true;
  switch (codec.family) {
    case Family::kCharmap:
      fail = codecs::charmap_error(in, stop);
      break;
    case Family::kMultibyte:
      fail = codecs::multibyte_error(codec.module, in, stop, incomplete);
      break;
    default: {
      unsigned char byte = stop < in.size() ? static_cast<unsigned char>(in[stop]) : 0;
      fail = codecs::DecodeError{codec.module, stop, stop + 1,
                                 incomplete ? "truncated data" : "invalid data", byte};
      break;
    }
  }
  return false;
}

// "\r\n" and "\r" to "\n", as Python's universal newline readers do.
void translate_newlines(std::string_view in, std::string& out) {
  out.clear();
  out.reserve(in.size());
  size_t pos = 0;
  while (pos < in.size()) {
    const void* r = std::memchr(in.data() + pos, '\r', in.size() - pos);
    if (!r) {
      out.append(in.substr(pos));
      break;
    }
    size_t i = static_cast<size_t>(static_cast<const char*>(r) - in.data());
    out.append(in.substr(pos, i - pos));
    out += '\n';
    pos = i + 1;
    if (pos < in.size() && in[pos] == '\n') ++pos;
  }
}

bool has_bom(std::string_view s) { return s.size() >= 3 && s.compare(0, 3, "\xEF\xBB\xBF") == 0; }

// Errors raised before any line is tokenized: no location (CPython's
// filename, lineno and offset are None).
bool fail_unlocated(SyntaxErrorInfo& err, std::string msg) {
  err = SyntaxErrorInfo{};
  err.msg = std::move(msg);
  return false;
}

// compile()'s errors from creating the tokenizer: (filename, 0, -1, None).
bool fail_string_init(SyntaxErrorInfo& err, const std::string& filename, std::string msg) {
  err = SyntaxErrorInfo{};
  err.msg = std::move(msg);
  err.filename = filename;
  err.lineno = 0;
  err.offset = -1;
  return false;
}

// One line of raw input from `pos`, as a universal-newline reader returns it
// (a line break becomes "\n"), cut at a NUL as C string functions see it.
struct RawLine {
  std::string text;
  size_t next = 0;  // where the following line starts
  bool nul = false;
};

RawLine read_raw_line(std::string_view s, size_t pos) {
  RawLine l;
  size_t end = pos;
  while (end < s.size() && s[end] != '\n' && s[end] != '\r') ++end;
  l.text.assign(s.substr(pos, end - pos));
  l.next = end;
  if (end < s.size()) {
    l.text += '\n';
    l.next = end + ((s[end] == '\r' && end + 1 < s.size() && s[end + 1] == '\n') ? 2 : 1);
  }
  size_t nul = l.text.find('\0');
  if (nul != std::string::npos) {
    l.text.resize(nul);
    l.nul = true;
  }
  return l;
}

bool decode_file(std::string_view bytes, SourceText& out, SyntaxErrorInfo& err) {
  size_t start = 0;
  if (has_bom(bytes)) {
    out.bom = true;
    out.encoding_declared = true;
    start = 3;
  }
  std::string spec;
  bool found = false;
  size_t cookie_end = start;  // where the line after the cookie starts
  size_t pos = start;
  for (int line = 1; line <= 2 && pos < bytes.size(); ++line) {
    RawLine l = read_raw_line(bytes, pos);
    if (find_coding_spec(l.text, spec)) {
      found = true;
      cookie_end = l.next;
      break;
    }
    if (line_has_code(l.text) || l.nul) break;
    // A line 1 that is not UTF-8 stops CPython before it reads line 2; the
    // lexer reports it.
    if (!out.bom && unicode::valid_utf8_prefix(l.text) != l.text.size()) break;
    pos = l.next;
  }
  out.encoding = "utf-8";
  if (found) {
    if (out.bom) {
      if (spec != "utf-8") return fail_unlocated(err, "encoding problem: " + spec + " with BOM");
    } else if (spec != "utf-8") {
      bool not_text = false;
      const codecs::Codec* codec = lookup_codec(spec, not_text);
      if (!codec) return fail_unlocated(err, "encoding problem: " + spec);
      // The lines up to the cookie were read raw (they are comments; decoded
      // here for error texts).  CPython then reopens the file with the codec
      // at the last byte of the cookie line, drops the first line it reads,
      // and decodes the rest 8 KB at a time: a failure in the first piece is
      // an "encoding problem"; a later one surfaces when the tokenizer asks
      // for the line that needs the failing piece.
      std::string decoded;
      codecs::DecodeError fail;
      std::string_view prefix = bytes.substr(start, cookie_end - start);
      if (!decode_with_codec(*codec, prefix, decoded, fail))
        decoded = codecs::utf8_decode_replace(prefix);
      size_t from = cookie_end > start ? cookie_end - 1 : start;
      std::string rest;
      bool ok = decode_with_codec(*codec, bytes.substr(from), rest, fail);
      if (!ok && fail.start < kReaderChunk) return fail_unlocated(err, "encoding problem: " + spec);
      size_t cut = rest.find_first_of("\r\n");
      if (cut == std::string::npos) {
        cut = rest.size();
      } else {
        cut += (rest[cut] == '\r' && cut + 1 < rest.size() && rest[cut + 1] == '\n') ? 2 : 1;
      }
      decoded.append(rest, cut, std::string::npos);
      if (!ok) {
        size_t chunk_start = fail.start / kReaderChunk * kReaderChunk;
        size_t boundary = from + chunk_start;
        int line = 1;
        for (size_t i = 0; i < boundary; ++i) {
          if (bytes[i] == '\n' ||
              (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n')))
            ++line;
        }
        out.decode_error_line = line;
        out.decode_error = "(unicode error) " + fail.message(chunk_start);
      }
      out.encoding = spec;
      out.encoding_declared = true;
      translate_newlines(decoded, out.utf8);
      return true;
    }
    out.encoding_declared = true;
  }
  translate_newlines(bytes.substr(start), out.utf8);
  return true;
}

bool decode_string(std::string_view bytes, SourceText& out, SyntaxErrorInfo& err) {
  if (std::memchr(bytes.data(), '\0', bytes.size()))
    return fail_unlocated(err, "source code string cannot contain null bytes");
  std::string str;
  translate_newlines(bytes, str);
  // CPython's string reader turns a final "\r\n" into two newlines.
  if (bytes.size() >= 2 && bytes.substr(bytes.size() - 2) == "\r\n") str += '\n';
  size_t start = 0;
  if (has_bom(str)) {
    out.bom = true;
    out.encoding_declared = true;
    start = 3;
  }
  // CPython's string reader appends the final newline before this check.
  bool added_newline = str.size() > start && str.back() != '\n';
  if (added_newline) str += '\n';
  std::string spec;
  bool found = false;
  size_t nl1 = str.find('\n', start);
  if (nl1 != std::string::npos) {
    std::string_view line1(str.data() + start, nl1 + 1 - start);
    if (find_coding_spec(line1, spec)) {
      found = true;
    } else if (!line_has_code(line1)) {
      size_t nl2 = str.find('\n', nl1 + 1);
      if (nl2 != std::string::npos &&
          find_coding_spec(std::string_view(str).substr(nl1 + 1, nl2 - nl1), spec))
        found = true;
    }
  }
  out.encoding = "utf-8";
  std::string_view body(str.data() + start, str.size() - start);
  if (found) {
    if (out.bom) {
      if (spec != "utf-8")
        return fail_string_init(err, out.filename, "encoding problem: " + spec + " with BOM");
    } else if (spec != "utf-8") {
      bool not_text = false;
      const codecs::Codec* codec = lookup_codec(spec, not_text);
      if (!codec) {
        if (not_text)
          return fail_string_init(err, out.filename,
                                  "'" + spec +
                                      "' is not a text encoding; use codecs.decode() to handle "
                                      "arbitrary codecs");
        return fail_string_init(err, out.filename, "unknown encoding: " + spec);
      }
      std::string decoded;
      codecs::DecodeError fail;
      if (!decode_with_codec(*codec, body, decoded, fail))
        return fail_string_init(err, out.filename, fail.message());
      if (added_newline && !decoded.empty() && decoded.back() == '\n') decoded.pop_back();
      out.encoding = spec;
      out.encoding_declared = true;
      out.utf8 = std::move(decoded);
      return true;
    }
    out.encoding_declared = true;
  }
  if (added_newline) body.remove_suffix(1);
  out.utf8.assign(body);
  return true;
}

}  // namespace

bool decode_source(std::string_view bytes, std::string filename, SourceText& out,
                   SyntaxErrorInfo& err, SourceOrigin origin) {
  out = SourceText{};
  out.filename = std::move(filename);
  out.origin = origin;
  return origin == SourceOrigin::File ? decode_file(bytes, out, err)
                                      : decode_string(bytes, out, err);
}

}  // namespace glasspy
