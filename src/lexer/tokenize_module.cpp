// `glasspy --tokens`: the standard library's pure-Python tokenizer
// (Lib/tokenize.py) and its command-line driver, re-expressed in C++.
//
// Design.  The source is split into lines at b'\n' only (tokenize reads the
// file in binary mode), each line is decoded on its own with the encoding that
// detect_encoding() chose, and the line is tokenized as a sequence of code
// points, so every column is a code point index.  tokenize.py drives a regular
// expression, PseudoToken = Whitespace (Extras | Number | Funny | ContStr |
// Name); pseudo_match() below tries the same alternatives in the same order
// with hand-written matchers and returns what re.match would (first
// alternative that matches, its greedy extent).  Where the regex could
// backtrack into a shorter match, the matcher reasons it out explicitly (see
// match_contstr).  Token classification then follows tokenize.py's if-chain on
// the matched text, which is what produces its quirks: OP for a \w run that
// does not start an identifier ('²'), NUMBER '1' then NAME 'if' for '1if',
// ERRORTOKEN for each character (spaces too) where nothing matches, etc.
//
// Invariants.  Errors are exceptions in Python; here a Failure is filled in and
// the tokenizer stops.  A file's tokens are all gathered before any is printed
// (main() calls list(tokenize(...))), so on failure stdout stays empty; for
// stdin the tokens stream out as produced.  Decoding failures that tokenize.py
// does not catch are reported as the uncaught exception's traceback, whose
// frames name the tokenize.py of the reference CPython (kTokenizePath).
#include "lexer/tokenize_module.h"

#include <cctype>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "util/codecs.h"
#include "util/py_repr.h"
#include "util/unicode.h"

namespace glasspy {

namespace {

using Text = std::u32string;
using TextView = std::u32string_view;

// Where the reference interpreter's tokenize.py lives; it appears in the
// traceback of an uncaught decoding error.
constexpr const char* kTokenizePath = "/root/.pyenv/versions/3.11.7/lib/python3.11/tokenize.py";

// Stands for "past the end of the line" (no code point has this value).
constexpr char32_t kEnd = 0xFFFFFFFF;
inline char32_t at(TextView s, size_t i) { return i < s.size() ? s[i] : kEnd; }

// ---------------------------------------------------------------------------
// Failures: the exceptions tokenize.main() reports.

struct Failure {
  enum Kind {
    kIndentation,  // IndentationError: "file:line:col: error: msg"
    kToken,        // TokenError: same format
    kSyntax,       // SyntaxError from detect_encoding: "file: error: msg"
    kUnexpected,   // anything else: "unexpected error: msg" and a traceback
  } kind = kToken;
  std::string msg;
  std::string exc_type;  // kUnexpected: the exception's class name
  std::string frame;     // kUnexpected: the innermost traceback entry, if in a codec module
  int line = 0;
  int col = 0;
};

// ---------------------------------------------------------------------------
// Decoding.

// Text as this tokenizer holds it: the code points of (generalized) UTF-8.
void utf8_to_text(std::string_view utf8, Text& out) {
  out.clear();
  out.reserve(utf8.size());
  size_t pos = 0;
  while (pos < utf8.size())
    out.push_back(
        static_cast<char32_t>(unicode::decode_utf8(utf8, pos, /*allow_surrogates=*/true)));
}

// line.decode(encoding) for the codec that detect_encoding() settled on:
// util/codecs.h's Decoder, but for the Unicode forms (decode_with_iconv).
class LineDecoder {
 public:
  LineDecoder(std::string encoding_name, const codecs::Codec& codec)
      : name_(std::move(encoding_name)), codec_(codec), decoder_(codec) {}

  bool decode(std::string_view bytes, Text& out, Failure& fail) {
    using codecs::Family;
    switch (codec_.family) {
      case Family::kNotText:
        return unexpected(fail, "LookupError",
                          "'" + name_ + "' is not a text encoding; use codecs.decode() to handle arbitrary codecs");
      case Family::kUtf16:
      case Family::kUtf32: {
        bool is16 = codec_.family == Family::kUtf16;
        const char* from = is16 ? "UTF-16LE" : "UTF-32LE";
        if (is16 && bytes.substr(0, 2) == "\xFE\xFF") from = "UTF-16BE", bytes.remove_prefix(2);
        else if (is16 && bytes.substr(0, 2) == "\xFF\xFE") bytes.remove_prefix(2);
        else if (!is16 && bytes.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4))
          from = "UTF-32BE", bytes.remove_prefix(4);
        else if (!is16 && bytes.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4))
          bytes.remove_prefix(4);
        return decode_with_iconv(from, bytes, out, fail, is16 ? 2 : 4);
      }
      case Family::kUnicode:
        if (codec_.iconv) return decode_with_iconv(codec_.iconv, bytes, out, fail, 0);
        break;
      case Family::kSpecial:
        break;
      default: {
        codecs::DecodeError e;
        utf8_.clear();
        switch (decoder_.decode(bytes, utf8_, e)) {
          case codecs::DecodeResult::kOk:
            utf8_to_text(utf8_, out);
            return true;
          case codecs::DecodeResult::kError:
            return decode_error(fail, e);
          case codecs::DecodeResult::kUnsupported:
            break;
        }
        break;
      }
    }
    return cannot_decode(fail);
  }

 private:
  static bool unexpected(Failure& fail, const char* type, std::string msg) {
    fail.kind = Failure::kUnexpected;
    fail.exc_type = type;
    fail.msg = std::move(msg);
    return false;
  }

  bool cannot_decode(Failure& fail) const {
    return unexpected(fail, "LookupError",
                      "glasspy cannot decode source encoded as '" + name_ + "'");
  }

  // The UnicodeDecodeError, with the frame of a charmap codec's decode() in
  // its traceback.
  bool decode_error(Failure& fail, const codecs::DecodeError& e) const {
    unexpected(fail, "UnicodeDecodeError", e.message());
    if (codec_.decode_line > 0) {
      std::string path = kTokenizePath;
      path.replace(path.rfind('/') + 1, std::string::npos, "encodings/");
      static constexpr const char* kCall = "return codecs.charmap_decode(input,errors,decoding_table)";
      fail.frame = "  File \"" + path + codec_.module + ".py\", line " +
                   std::to_string(codec_.decode_line) + ", in decode\n    " + kCall + "\n" +
                   std::string(11, ' ') + std::string(std::strlen(kCall) - 7, '^') + "\n";
    }
    return false;
  }

  // The Unicode forms through iconv.  unit_size is 2 or 4 for UTF-16/32
  // (which CPython decodes in C, reporting the byte order in the codec name),
  // 0 for the rest, whose errors are worded as a CJK codec's (where CPython
  // would say "truncated data" and the like).
  bool decode_with_iconv(const char* from, std::string_view bytes, Text& out, Failure& fail,
                         int unit_size) {
    if (!iconv_.is_open() || iconv_name_ != from) {
      iconv_name_ = from;
      if (!iconv_.open(from)) return cannot_decode(fail);
    }
    size_t bad = 0;
    bool incomplete = false;
    utf8_.clear();
    if (iconv_.decode(bytes, utf8_, bad, incomplete)) {
      utf8_to_text(utf8_, out);
      return true;
    }
    if (!unit_size)
      return decode_error(fail, codecs::multibyte_error(codec_.error_name, bytes, bad, incomplete));
    std::string codec = std::string(unit_size == 2 ? "utf-16-" : "utf-32-") +
                        (std::strstr(from, "BE") ? "be" : "le");
    unsigned char byte = bad < bytes.size() ? static_cast<unsigned char>(bytes[bad]) : 0;
    if (incomplete) return decode_error(fail, {codec, bad, bytes.size(), "truncated data", byte});
    if (unit_size == 4)
      return decode_error(fail, {codec, bad, bad + 4, "code point not in range(0x110000)", byte});
    return decode_error(fail, {codec, bad, bad + 2, "illegal encoding", byte});
  }

  std::string name_;
  const codecs::Codec& codec_;
  codecs::Decoder decoder_;
  codecs::IconvDecoder iconv_;  // for the Unicode forms: a converter from iconv_name_
  std::string iconv_name_;
  std::string utf8_;  // the decoded line before it becomes Text
};

// ---------------------------------------------------------------------------
// detect_encoding().

// The first line of `data` from `pos` (through its b'\n'), empty at the end.
std::string_view next_line(std::string_view data, size_t& pos) {
  if (pos >= data.size()) return {};
  size_t nl = data.find('\n', pos);
  size_t end = nl == std::string_view::npos ? data.size() : nl + 1;
  std::string_view line = data.substr(pos, end - pos);
  pos = end;
  return line;
}

// tokenize.blank_re: optional [ \t\f] then '#', '\r', '\n' or the end.
bool is_blank_line(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
  return i == line.size() || line[i] == '#' || line[i] == '\r' || line[i] == '\n';
}

// tokenize.cookie_re, ^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+) under re.ASCII, on
// the decoded line: the earliest "coding:"/"coding=" after the '#' that is
// followed by a name.  '.' does not cross a '\n'.
bool match_cookie(std::string_view line, std::string& name) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
  if (i >= line.size() || line[i] != '#') return false;
  auto name_char = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.';
  };
  for (size_t p = i + 1; p < line.size() && line[p] != '\n'; ++p) {
    if (line.compare(p, 6, "coding") != 0 || p + 6 >= line.size()) continue;
    if (line[p + 6] != ':' && line[p + 6] != '=') continue;
    size_t q = p + 7;
    while (q < line.size() && (line[q] == ' ' || line[q] == '\t')) ++q;
    size_t r = q;
    while (r < line.size() && name_char(line[r])) ++r;
    if (r > q) {
      name = std::string(line.substr(q, r - q));
      return true;
    }
  }
  return false;
}

enum class CookieResult { kNone, kFound, kError };

CookieResult find_cookie(std::string_view line, bool bom_found, const std::string& file_repr,
                         std::string& encoding, Failure& fail) {
  fail.kind = Failure::kSyntax;
  if (unicode::valid_utf8_prefix(line) != line.size()) {
    fail.msg = "invalid or missing encoding declaration for " + file_repr;
    return CookieResult::kError;
  }
  std::string name;
  if (!match_cookie(line, name)) return CookieResult::kNone;
  encoding = codecs::tokenizer_normal_name(name);  // tokenize._get_normal_name()
  if (!codecs::lookup(encoding)) {
    fail.msg = "unknown encoding for " + file_repr + ": " + encoding;
    return CookieResult::kError;
  }
  if (bom_found) {
    if (encoding != "utf-8") {
      fail.msg = "encoding problem for " + file_repr + ": utf-8";
      return CookieResult::kError;
    }
    encoding += "-sig";
  }
  return CookieResult::kFound;
}

// Sets `encoding` and `body_start` (3 past a UTF-8 BOM, else 0).
bool detect_encoding(std::string_view data, const std::string& file_repr, std::string& encoding,
                     size_t& body_start, Failure& fail) {
  size_t pos = 0;
  std::string_view first = next_line(data, pos);
  bool bom_found = false;
  std::string fallback = "utf-8";
  body_start = 0;
  if (first.substr(0, 3) == "\xEF\xBB\xBF") {
    bom_found = true;
    first.remove_prefix(3);
    body_start = 3;
    fallback = "utf-8-sig";
  }
  encoding = fallback;
  if (first.empty()) return true;
  switch (find_cookie(first, bom_found, file_repr, encoding, fail)) {
    case CookieResult::kError: return false;
    case CookieResult::kFound: return true;
    case CookieResult::kNone: break;
  }
  encoding = fallback;
  if (!is_blank_line(first)) return true;
  std::string_view second = next_line(data, pos);
  if (second.empty()) return true;
  switch (find_cookie(second, bom_found, file_repr, encoding, fail)) {
    case CookieResult::kError: return false;
    case CookieResult::kFound: return true;
    case CookieResult::kNone: break;
  }
  encoding = fallback;
  return true;
}

// ---------------------------------------------------------------------------
// The PseudoToken matchers.  Each returns the end of its match at `i`, or -1.

inline bool is_digit(char32_t c) { return c >= '0' && c <= '9'; }
inline bool is_hex(char32_t c) {
  return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
inline bool is_quote(char32_t c) { return c == '\'' || c == '"'; }

inline bool is_word_char(char32_t c) {
  if (c < 0x80) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(c) || c == '_';
  }
  return c != kEnd && unicode::is_word(c);
}

inline bool is_identifier_start(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  return unicode::is_xid_start(c);
}

// `first(?:_?more)*` when first_required, `(?:_?more)+` otherwise.
template <class Pred>
long underscored_run(TextView s, size_t i, Pred more, bool first_required) {
  size_t j = i;
  if (first_required) {
    if (!more(at(s, j))) return -1;
    ++j;
  }
  for (;;) {
    if (at(s, j) == '_' && more(at(s, j + 1))) j += 2;
    else if (more(at(s, j))) ++j;
    else break;
  }
  if (!first_required && j == i) return -1;
  return static_cast<long>(j);
}

// [0-9](?:_?[0-9])*
long match_digitpart(TextView s, size_t i) { return underscored_run(s, i, is_digit, true); }

// [eE][-+]?[0-9](?:_?[0-9])*
long match_exponent(TextView s, size_t i) {
  if (at(s, i) != 'e' && at(s, i) != 'E') return -1;
  size_t j = i + 1;
  if (at(s, j) == '+' || at(s, j) == '-') ++j;
  return match_digitpart(s, j);
}

// Pointfloat = (digitpart '.' digitpart? | '.' digitpart) Exponent?
long match_pointfloat(TextView s, size_t i) {
  long j = -1;
  long d = match_digitpart(s, i);
  if (d >= 0 && at(s, d) == '.') {
    j = d + 1;
    long f = match_digitpart(s, j);
    if (f >= 0) j = f;
  } else if (at(s, i) == '.') {
    j = match_digitpart(s, i + 1);
  }
  if (j < 0) return -1;
  long e = match_exponent(s, j);
  return e >= 0 ? e : j;
}

// Floatnumber = Pointfloat | digitpart Exponent
long match_floatnumber(TextView s, size_t i) {
  long p = match_pointfloat(s, i);
  if (p >= 0) return p;
  long d = match_digitpart(s, i);
  return d >= 0 ? match_exponent(s, d) : -1;
}

// Number = Imagnumber | Floatnumber | Intnumber.  Each greedy sub-match here
// is the only candidate: a shorter digit run would leave a digit or '_' where
// a 'j', '.', or 'e' is needed, so no backtracking can succeed instead.
long match_number(TextView s, size_t i) {
  auto is_j = [&](long k) { return at(s, k) == 'j' || at(s, k) == 'J'; };
  long d = match_digitpart(s, i);
  if (d >= 0 && is_j(d)) return d + 1;
  long f = match_floatnumber(s, i);
  if (f >= 0 && is_j(f)) return f + 1;
  if (f >= 0) return f;
  if (at(s, i) == '0') {
    char32_t x = at(s, i + 1);
    long r = -1;
    if (x == 'x' || x == 'X') r = underscored_run(s, i + 2, is_hex, false);
    else if (x == 'b' || x == 'B')
      r = underscored_run(s, i + 2, [](char32_t c) { return c == '0' || c == '1'; }, false);
    else if (x == 'o' || x == 'O')
      r = underscored_run(s, i + 2, [](char32_t c) { return c >= '0' && c <= '7'; }, false);
    if (r >= 0) return r;
    long zeros = underscored_run(s, i + 1, [](char32_t c) { return c == '0'; }, false);
    return zeros >= 0 ? zeros : static_cast<long>(i + 1);  // 0(?:_?0)*
  }
  return d;  // [1-9](?:_?[0-9])*, or no number at all
}

// Special: the operators of token.EXACT_TOKEN_TYPES, longest first.
long match_operator(TextView s, size_t i) {
  static constexpr const char* kThree[] = {"**=", "...", "//=", "<<=", ">>="};
  static constexpr const char* kTwo[] = {"!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=",
                                         ":=", "<<", "<=", "==", ">=", ">>", "@=", "^=", "|="};
  static constexpr std::string_view kOne = "%&()*+,-./:;<=>@[]^{|}~";
  auto matches = [&](const char* op, size_t len) {
    for (size_t k = 0; k < len; ++k)
      if (at(s, i + k) != static_cast<char32_t>(op[k])) return false;
    return true;
  };
  for (const char* op : kThree)
    if (matches(op, 3)) return static_cast<long>(i + 3);
  for (const char* op : kTwo)
    if (matches(op, 2)) return static_cast<long>(i + 2);
  char32_t c = at(s, i);
  if (c < 0x80 && kOne.find(static_cast<char>(c)) != std::string_view::npos) return static_cast<long>(i + 1);
  return -1;
}

// Funny = \r?\n | Special
long match_funny(TextView s, size_t i) {
  if (at(s, i) == '\n') return static_cast<long>(i + 1);
  if (at(s, i) == '\r' && at(s, i + 1) == '\n') return static_cast<long>(i + 2);
  return match_operator(s, i);
}

// StringPrefix followed by a quote: the prefix length, else -1.  At most one
// prefix of the regex's alternation can be followed by a quote at `i`.
int match_string_prefix(TextView s, size_t i) {
  char p[2];
  for (int k = 0; k <= 2; ++k) {
    char32_t c = at(s, i + k);
    if (is_quote(c)) {
      if (k == 0) return 0;
      if (k == 1) return (p[0] == 'b' || p[0] == 'r' || p[0] == 'u' || p[0] == 'f') ? 1 : -1;
      bool ok = (p[0] == 'b' && p[1] == 'r') || (p[0] == 'r' && p[1] == 'b') ||
                (p[0] == 'f' && p[1] == 'r') || (p[0] == 'r' && p[1] == 'f');
      return ok ? 2 : -1;
    }
    if (k == 2 || c >= 0x80 || !std::isalpha(static_cast<int>(c))) return -1;
    p[k] = static_cast<char>(std::tolower(static_cast<int>(c)));
  }
  return -1;
}

// Triple = StringPrefix ('''|""")
long match_triple(TextView s, size_t i) {
  int k = match_string_prefix(s, i);
  if (k < 0) return -1;
  char32_t q = s[i + k];
  if (at(s, i + k + 1) == q && at(s, i + k + 2) == q) return static_cast<long>(i + k + 3);
  return -1;
}

// ContStr = StringPrefix q [^\n q \\]* (?:\\.[^\n q \\]*)* (q | \\\r?\n)
// The body stops at a newline, the quote, a backslash that escapes nothing
// (before '\n' or at the end), or the end.  The one way backtracking helps:
// a body ending in the escape "\\\r" right before '\n' gives the escape back
// so that \\\r\n closes the match.
long match_contstr(TextView s, size_t i) {
  int k = match_string_prefix(s, i);
  if (k < 0) return -1;
  const char32_t q = s[i + k];
  size_t j = i + k + 1;
  size_t last_escape_end = 0;
  for (;;) {
    char32_t c = at(s, j);
    if (c == kEnd || c == '\n' || c == q) break;
    if (c == '\\') {
      if (j + 1 >= s.size() || s[j + 1] == '\n') break;
      j += 2;
      last_escape_end = j;
      continue;
    }
    ++j;
  }
  char32_t c = at(s, j);
  if (c == q) return static_cast<long>(j + 1);
  if (c == '\\' && at(s, j + 1) == '\n') return static_cast<long>(j + 2);
  if (c == '\n' && last_escape_end == j && s[j - 1] == '\r') return static_cast<long>(j + 1);
  return -1;
}

// Name = \w+
long match_name(TextView s, size_t i) {
  size_t j = i;
  while (j < s.size() && is_word_char(s[j])) ++j;
  return j > i ? static_cast<long>(j) : -1;
}

// PseudoToken = [ \f\t]* (\\\r?\n | \Z | Comment | Triple | Number | Funny | ContStr | Name);
// sets the span of the group.
bool pseudo_match(TextView s, size_t pos, size_t& start, size_t& end) {
  size_t i = pos;
  while (i < s.size() && (s[i] == ' ' || s[i] == '\f' || s[i] == '\t')) ++i;
  start = i;
  char32_t c = at(s, i);
  long e = -1;
  if (c == '\\' && at(s, i + 1) == '\n') e = static_cast<long>(i + 2);
  else if (c == '\\' && at(s, i + 1) == '\r' && at(s, i + 2) == '\n') e = static_cast<long>(i + 3);
  else if (i == s.size()) e = static_cast<long>(i);
  else if (c == '#') {
    size_t j = i;
    while (j < s.size() && s[j] != '\r' && s[j] != '\n') ++j;
    e = static_cast<long>(j);
  }
  if (e < 0) e = match_triple(s, i);
  if (e < 0) e = match_number(s, i);
  if (e < 0) e = match_funny(s, i);
  if (e < 0) e = match_contstr(s, i);
  if (e < 0) e = match_name(s, i);
  if (e < 0) return false;
  end = static_cast<size_t>(e);
  return true;
}

// The tails of strings (tokenize's endpats): Single/Double for a string
// continued with a backslash, Single3/Double3 for triple-quoted ones.
// Returns the end of the closing quote(s), or -1.
long match_string_tail(TextView s, size_t i, char32_t q, bool triple) {
  size_t j = i;
  for (;;) {
    char32_t c = at(s, j);
    if (c == kEnd) return -1;
    if (c == '\\') {
      if (j + 1 >= s.size() || s[j + 1] == '\n') return -1;
      j += 2;
    } else if (c == q) {
      if (!triple) return static_cast<long>(j + 1);
      if (at(s, j + 1) == q && at(s, j + 2) == q) return static_cast<long>(j + 3);
      ++j;
    } else {
      ++j;
    }
  }
}

// ---------------------------------------------------------------------------
// _tokenize().

enum TokType { ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT, OP, ERRORTOKEN, COMMENT, NL, ENCODING };

const char* tok_name(TokType t) {
  static constexpr const char* kNames[] = {"ENDMARKER", "NAME",  "NUMBER",     "STRING",
                                           "NEWLINE",   "INDENT", "DEDENT",    "OP",
                                           "ERRORTOKEN", "COMMENT", "NL",      "ENCODING"};
  return kNames[t];
}

void append_padded(std::string& out, std::string_view text, size_t chars, size_t width) {
  out += text;
  if (chars < width) out.append(width - chars, ' ');
}

// Prints tokens as main() does: "%-20s%-15s%-15r".
class TokenPrinter {
 public:
  explicit TokenPrinter(std::string& out) : out_(out) {}
  void emit(TokType type, TextView text, long srow, long scol, long erow, long ecol) {
    char range[96];
    int n = std::snprintf(range, sizeof range, "%ld,%ld-%ld,%ld:", srow, scol, erow, ecol);
    append_padded(out_, std::string_view(range, n), n, 20);
    std::string_view name = tok_name(type);
    append_padded(out_, name, name.size(), 15);
    utf8_.clear();
    for (char32_t c : text) unicode::append_utf8(utf8_, c);
    repr_.clear();
    append_py_repr_str(repr_, utf8_);
    append_padded(out_, repr_, unicode::count_code_points(repr_), 15);
    out_ += '\n';
  }

 private:
  std::string& out_;
  std::string utf8_, repr_;
};

// Supplies lines as readline() would; an empty line means the end.
class LineReader {
 public:
  virtual ~LineReader() = default;
  virtual bool next(Text& line, Failure& fail) = 0;
};

// tokenize(f.readline) on a binary file: b'\n'-terminated lines, each decoded.
class FileLineReader : public LineReader {
 public:
  FileLineReader(std::string_view data, LineDecoder& decoder) : data_(data), decoder_(decoder) {}
  bool next(Text& line, Failure& fail) override {
    std::string_view raw = next_line(data_, pos_);
    if (raw.empty()) {
      line.clear();
      return true;
    }
    return decoder_.decode(raw, line, fail);
  }

 private:
  std::string_view data_;
  size_t pos_ = 0;
  LineDecoder& decoder_;
};

// sys.stdin.readline: text already decoded; on POSIX, sys.stdin splits lines at
// '\n' only and translates no newlines.
class TextLineReader : public LineReader {
 public:
  explicit TextLineReader(Text text) : text_(std::move(text)) {}
  bool next(Text& line, Failure&) override {
    if (pos_ >= text_.size()) {
      line.clear();
      return true;
    }
    size_t nl = text_.find(U'\n', pos_);
    size_t end = nl == Text::npos ? text_.size() : nl + 1;
    line.assign(text_, pos_, end - pos_);
    pos_ = end;
    return true;
  }

 private:
  Text text_;
  size_t pos_ = 0;
};

bool ends_with(TextView s, TextView suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Python's str.strip().startswith('#').
bool stripped_starts_with_hash(TextView s) {
  for (char32_t c : s) {
    if (c == '#') return true;
    if (!unicode::is_space(c)) return false;
  }
  return false;
}

bool run_tokenizer(LineReader& readline, const std::string* encoding, TokenPrinter& printer,
                   Failure& fail) {
  constexpr int kTabSize = 8;
  long lnum = 0;
  long parenlev = 0;
  bool continued = false;
  bool in_string = false;  // contstr is non-empty
  bool needcont = false;
  Text contstr, contline;
  long strstart_row = 0, strstart_col = 0;
  char32_t end_quote = 0;
  bool end_triple = false;
  std::vector<long> indents{0};

  if (encoding) {
    Text enc(encoding->begin(), encoding->end());
    printer.emit(ENCODING, enc, 0, 0, 0, 0);
  }
  Text last_line, line;
  while (true) {
    last_line.swap(line);
    if (!readline.next(line, fail)) return false;
    ++lnum;
    size_t pos = 0;
    const size_t max = line.size();

    if (in_string) {
      if (line.empty()) {
        fail.kind = Failure::kToken;
        fail.msg = "EOF in multi-line string";
        fail.line = static_cast<int>(strstart_row);
        fail.col = static_cast<int>(strstart_col);
        return false;
      }
      long end = match_string_tail(line, 0, end_quote, end_triple);
      if (end >= 0) {
        pos = static_cast<size_t>(end);
        contstr.append(line, 0, pos);
        printer.emit(STRING, contstr, strstart_row, strstart_col, lnum, end);
        in_string = needcont = false;
        contstr.clear();
        contline.clear();
      } else if (needcont && !ends_with(line, U"\\\n") && !ends_with(line, U"\\\r\n")) {
        contstr += line;
        printer.emit(ERRORTOKEN, contstr, strstart_row, strstart_col, lnum, static_cast<long>(line.size()));
        in_string = false;
        contstr.clear();
        contline.clear();
        continue;
      } else {
        contstr += line;
        contline += line;
        continue;
      }
    } else if (parenlev == 0 && !continued) {  // a new statement
      if (line.empty()) break;
      long column = 0;
      while (pos < max) {  // measure the indentation
        char32_t c = line[pos];
        if (c == ' ') ++column;
        else if (c == '\t') column = (column / kTabSize + 1) * kTabSize;
        else if (c == '\f') column = 0;
        else break;
        ++pos;
      }
      if (pos == max) break;

      char32_t c = line[pos];
      if (c == '#' || c == '\r' || c == '\n') {  // a comment or blank line
        if (c == '#') {
          size_t stop = max;
          while (stop > pos && (line[stop - 1] == '\r' || line[stop - 1] == '\n')) --stop;
          printer.emit(COMMENT, TextView(line).substr(pos, stop - pos), lnum, pos, lnum, stop);
          pos = stop;
        }
        printer.emit(NL, TextView(line).substr(pos), lnum, pos, lnum, max);
        continue;
      }

      if (column > indents.back()) {
        indents.push_back(column);
        printer.emit(INDENT, TextView(line).substr(0, pos), lnum, 0, lnum, pos);
      }
      while (column < indents.back()) {
        bool known = false;
        for (long level : indents) known |= level == column;
        if (!known) {
          fail.kind = Failure::kIndentation;
          fail.msg = "unindent does not match any outer indentation level";
          fail.line = static_cast<int>(lnum);
          fail.col = static_cast<int>(pos);
          return false;
        }
        indents.pop_back();
        printer.emit(DEDENT, U"", lnum, pos, lnum, pos);
      }
    } else {  // a continued statement
      if (line.empty()) {
        fail.kind = Failure::kToken;
        fail.msg = "EOF in multi-line statement";
        fail.line = static_cast<int>(lnum);
        fail.col = 0;
        return false;
      }
      continued = false;
    }

    while (pos < max) {
      size_t start, end;
      if (!pseudo_match(line, pos, start, end)) {
        printer.emit(ERRORTOKEN, TextView(line).substr(pos, 1), lnum, pos, lnum, pos + 1);
        ++pos;
        continue;
      }
      pos = end;
      if (start == end) continue;
      TextView token = TextView(line).substr(start, end - start);
      const char32_t initial = line[start];

      if (is_digit(initial) || (initial == '.' && token != U"." && token != U"...")) {
        printer.emit(NUMBER, token, lnum, start, lnum, end);
      } else if (initial == '\r' || initial == '\n') {
        printer.emit(parenlev > 0 ? NL : NEWLINE, token, lnum, start, lnum, end);
      } else if (initial == '#') {
        printer.emit(COMMENT, token, lnum, start, lnum, end);
      } else if (int k = match_string_prefix(token, 0);
                 k >= 0 && token.size() == static_cast<size_t>(k) + 3 && token[k + 1] == token[k] &&
                 token[k + 2] == token[k]) {  // token in triple_quoted
        long tail = match_string_tail(line, pos, token[k], true);
        if (tail >= 0) {  // all on one line
          pos = static_cast<size_t>(tail);
          printer.emit(STRING, TextView(line).substr(start, pos - start), lnum, start, lnum, tail);
        } else {  // continues on later lines
          strstart_row = lnum;
          strstart_col = static_cast<long>(start);
          contstr.assign(line, start);
          contline = line;
          in_string = true;
          end_quote = token[k];
          end_triple = true;
          break;
        }
      } else if (k >= 0) {  // a single-quoted string
        if (token.back() == '\n') {  // continued with a backslash
          strstart_row = lnum;
          strstart_col = static_cast<long>(start);
          end_quote = token[k];
          end_triple = false;
          contstr.assign(line, start);
          needcont = true;
          contline = line;
          in_string = true;
          break;
        }
        printer.emit(STRING, token, lnum, start, lnum, end);
      } else if (is_identifier_start(initial)) {
        printer.emit(NAME, token, lnum, start, lnum, end);
      } else if (initial == '\\') {
        continued = true;
      } else {
        if (initial == '(' || initial == '[' || initial == '{') ++parenlev;
        else if (initial == ')' || initial == ']' || initial == '}') --parenlev;
        printer.emit(OP, token, lnum, start, lnum, end);
      }
    }
  }

  // An implicit NEWLINE when the input does not end in one.
  if (!last_line.empty() && last_line.back() != '\r' && last_line.back() != '\n' &&
      !stripped_starts_with_hash(last_line)) {
    long len = static_cast<long>(last_line.size());
    printer.emit(NEWLINE, U"", lnum - 1, len, lnum - 1, len + 1);
  }
  for (size_t i = 1; i < indents.size(); ++i) printer.emit(DEDENT, U"", lnum, 0, lnum, 0);
  printer.emit(ENDMARKER, U"", lnum, 0, lnum, 0);
  return true;
}

// (Decoding never fails on stdin, which uses 'surrogateescape'.)
void report(const Failure& fail, std::string_view filename, std::string& err) {
  char loc[64];
  switch (fail.kind) {
    case Failure::kIndentation:
    case Failure::kToken:
      std::snprintf(loc, sizeof loc, ":%d:%d: error: ", fail.line, fail.col);
      err.append(filename).append(loc).append(fail.msg).append("\n");
      return;
    case Failure::kSyntax:
      err.append(filename).append(": error: ").append(fail.msg).append("\n");
      return;
    case Failure::kUnexpected:
      break;
  }
  std::string path = kTokenizePath;
  err += "unexpected error: " + fail.msg + "\n";
  err += "Traceback (most recent call last):\n";
  err += "  File \"<frozen runpy>\", line 198, in _run_module_as_main\n";
  err += "  File \"<frozen runpy>\", line 88, in _run_code\n";
  err += "  File \"" + path + "\", line 694, in <module>\n    main()\n";
  err += "  File \"" + path + "\", line 656, in main\n";
  err += "    tokens = list(tokenize(f.readline))\n";
  err += "             ^^^^^^^^^^^^^^^^^^^^^^^^^^\n";
  err += "  File \"" + path + "\", line 459, in _tokenize\n";
  err += "    line = line.decode(encoding)\n";
  err += "           ^^^^^^^^^^^^^^^^^^^^^\n";
  err += fail.frame;
  err += fail.exc_type + ": " + fail.msg + "\n";
}

}  // namespace

int run_tokenize_module(std::string_view display_name, std::string_view bytes, bool from_stdin,
                        std::string& out, std::string& err) {
  Failure fail;
  bool ok;
  if (from_stdin) {
    Text text;
    utf8_to_text(codecs::utf8_decode_surrogateescape(bytes), text);
    TextLineReader reader(std::move(text));
    TokenPrinter printer(out);  // tokens stream out as they are produced
    ok = run_tokenizer(reader, nullptr, printer, fail);
  } else {
    std::string buffer;
    std::string encoding;
    size_t body_start = 0;
    ok = detect_encoding(bytes, py_repr_str(display_name), encoding, body_start, fail);
    if (ok) {
      if (encoding == "utf-8-sig") encoding = "utf-8";
      const codecs::Codec* codec = codecs::lookup(encoding);  // found before, by detect_encoding
      LineDecoder decoder(encoding, codec ? *codec : *codecs::find_module("utf_8"));
      FileLineReader reader(bytes.substr(body_start), decoder);
      TokenPrinter printer(buffer);
      ok = run_tokenizer(reader, &encoding, printer, fail);
    }
    if (ok) out += buffer;
  }
  if (ok) return 0;
  report(fail, display_name, err);
  return 1;
}

}  // namespace glasspy
