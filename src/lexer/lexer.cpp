// The lexer: CPython 3.11's tokenizer (Parser/tokenizer.c, tok_get) re-expressed,
// together with the part of CPython's parser that turns a tokenizer failure
// into a SyntaxError (Parser/pegen_errors.c), so that messages and locations
// match CPython's, for files as `python3 FILE` reads them.
//
// Design and invariants:
//  - The text is scanned in place.  It always ends with '\n' followed by a
//    '\0' sentinel (when the source lacks the final newline, the lexer scans a
//    copy with one added, as CPython's readers add one); token texts are mapped
//    back into SourceText::utf8.  Nothing is allocated per token.
//  - The state mirrors CPython's tok_state: `cur` (read position), `inp` (end
//    of the lines loaded so far), `line_start`, `buf` (where CPython's buffer
//    starts: the line loaded last while not inside a token), `start` (the
//    token being read, or null between tokens), `lineno`.  Lines are "loaded"
//    one at a time by next_char() exactly when CPython's tok_nextc reads them,
//    because several of CPython's reports depend on that: the checks made per
//    line (NUL bytes; invalid UTF-8 when no encoding is declared), and the
//    positions CPython's parser reports from tok->cur.
//  - Inside a loaded line there is no NUL byte (the line check guarantees it),
//    so the hot loops (names, numbers, strings, comments) scan raw bytes up
//    to the line's '\n' without bounds checks.
//  - Errors come in the kinds CPython has, and are located the way each is:
//    tokenizer_error_here() for errors the tokenizer raises itself (offsets
//    in characters of the line, computed from `cur`); parser_error_at() for
//    those CPython's parser builds from a known location (its source line is
//    the file's line, re-read as CPython re-reads it; byte columns, turned
//    into characters only when an encoding was declared); and
//    parser_error_at_cursor() for those it places at the tokenizer's read
//    position.
//  - Indentation and bracket nesting are bounded (100 levels, 200 brackets) as
//    CPython's are, so no input makes the lexer use more than linear time and
//    constant stack.
#include "lexer/lexer.h"

#include <algorithm>
#include <cstdarg>
#include <cstdio>
#include <cstring>

#include "util/codecs.h"
#include "util/unicode.h"

namespace glasspy {

namespace {

constexpr int kEof = -1;
constexpr int kError = -1;       // get() result: the token could not be read
constexpr int kMaxIndent = 100;  // CPython's MAXINDENT
constexpr int kMaxLevel = 200;   // CPython's MAXLEVEL
constexpr int kTabSize = 8;

// Why the tokenizer stopped (CPython's tok->done).
enum class Done : uint8_t { Ok, Eof, Error, Dedent, TabSpace, TooDeep, LineCont, Decode };

// Character classes of bytes.
enum : uint8_t {
  kIdStart = 1,  // may start a name: ASCII letters, '_', and every byte >= 0x80
  kIdChar = 2,   // may continue a name: the above and digits
  kDigit = 4,
  kHexDigit = 8,
};

constexpr auto kClass = [] {
  struct Table {
    uint8_t v[256] = {};
  } t;
  for (int c = 0; c < 256; ++c) {
    uint8_t f = 0;
    bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    bool digit = c >= '0' && c <= '9';
    if (alpha) f |= kIdStart | kIdChar;
    if (digit) f |= kIdChar | kDigit | kHexDigit;
    if ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) f |= kHexDigit;
    t.v[c] = f;
  }
  return t;
}();

inline bool has_class(int c, uint8_t f) { return c >= 0 && (kClass.v[c] & f) != 0; }
inline bool is_digit(int c) { return c >= '0' && c <= '9'; }
inline bool is_xdigit(int c) { return has_class(c, kHexDigit); }
inline bool is_id_start(int c) { return has_class(c, kIdStart); }
inline bool is_id_char(int c) { return has_class(c, kIdChar); }

TokenKind one_char(int c) {
  switch (c) {
    case '%': return TokenKind::PERCENT;
    case '&': return TokenKind::AMPER;
    case '(': return TokenKind::LPAR;
    case ')': return TokenKind::RPAR;
    case '*': return TokenKind::STAR;
    case '+': return TokenKind::PLUS;
    case ',': return TokenKind::COMMA;
    case '-': return TokenKind::MINUS;
    case '.': return TokenKind::DOT;
    case '/': return TokenKind::SLASH;
    case ':': return TokenKind::COLON;
    case ';': return TokenKind::SEMI;
    case '<': return TokenKind::LESS;
    case '=': return TokenKind::EQUAL;
    case '>': return TokenKind::GREATER;
    case '@': return TokenKind::AT;
    case '[': return TokenKind::LSQB;
    case ']': return TokenKind::RSQB;
    case '^': return TokenKind::CIRCUMFLEX;
    case '{': return TokenKind::LBRACE;
    case '|': return TokenKind::VBAR;
    case '}': return TokenKind::RBRACE;
    case '~': return TokenKind::TILDE;
  }
  return TokenKind::OP;
}

TokenKind two_chars(int c1, int c2) {
  switch (c1) {
    case '!':
      if (c2 == '=') return TokenKind::NOTEQUAL;
      break;
    case '%':
      if (c2 == '=') return TokenKind::PERCENTEQUAL;
      break;
    case '&':
      if (c2 == '=') return TokenKind::AMPEREQUAL;
      break;
    case '*':
      if (c2 == '*') return TokenKind::DOUBLESTAR;
      if (c2 == '=') return TokenKind::STAREQUAL;
      break;
    case '+':
      if (c2 == '=') return TokenKind::PLUSEQUAL;
      break;
    case '-':
      if (c2 == '=') return TokenKind::MINEQUAL;
      if (c2 == '>') return TokenKind::RARROW;
      break;
    case '/':
      if (c2 == '/') return TokenKind::DOUBLESLASH;
      if (c2 == '=') return TokenKind::SLASHEQUAL;
      break;
    case ':':
      if (c2 == '=') return TokenKind::COLONEQUAL;
      break;
    case '<':
      if (c2 == '<') return TokenKind::LEFTSHIFT;
      if (c2 == '=') return TokenKind::LESSEQUAL;
      if (c2 == '>') return TokenKind::NOTEQUAL;
      break;
    case '=':
      if (c2 == '=') return TokenKind::EQEQUAL;
      break;
    case '>':
      if (c2 == '=') return TokenKind::GREATEREQUAL;
      if (c2 == '>') return TokenKind::RIGHTSHIFT;
      break;
    case '@':
      if (c2 == '=') return TokenKind::ATEQUAL;
      break;
    case '^':
      if (c2 == '=') return TokenKind::CIRCUMFLEXEQUAL;
      break;
    case '|':
      if (c2 == '=') return TokenKind::VBAREQUAL;
      break;
  }
  return TokenKind::OP;
}

TokenKind three_chars(int c1, int c2, int c3) {
  if (c3 == '=') {
    if (c1 == '*' && c2 == '*') return TokenKind::DOUBLESTAREQUAL;
    if (c1 == '/' && c2 == '/') return TokenKind::DOUBLESLASHEQUAL;
    if (c1 == '<' && c2 == '<') return TokenKind::LEFTSHIFTEQUAL;
    if (c1 == '>' && c2 == '>') return TokenKind::RIGHTSHIFTEQUAL;
  }
  if (c1 == '.' && c2 == '.' && c3 == '.') return TokenKind::ELLIPSIS;
  return TokenKind::OP;
}

std::string format(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
std::string format(const char* fmt, ...) {
  char buf[256];
  va_list ap;
  va_start(ap, fmt);
  int n = std::vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  if (n < 0) return std::string();
  if (static_cast<size_t>(n) < sizeof buf) return std::string(buf, static_cast<size_t>(n));
  std::string out(static_cast<size_t>(n) + 1, '\0');  // a long file name
  va_start(ap, fmt);
  std::vsnprintf(out.data(), out.size(), fmt, ap);
  va_end(ap);
  out.resize(static_cast<size_t>(n));
  return out;
}

// Characters in `bytes` decoded as Python does with errors="replace".
int replace_decoded_length(std::string_view bytes) {
  if (unicode::valid_utf8_prefix(bytes) == bytes.size())
    return static_cast<int>(unicode::count_code_points(bytes));
  return static_cast<int>(unicode::count_code_points(codecs::utf8_decode_replace(bytes)));
}

// CPython's _PyPegen_byte_offset_to_character_offset: the characters in the
// first `col` bytes of the UTF-8 text `line` (one more when `col` reaches the
// NUL after it).
int byte_to_char_offset(std::string_view line, int col) {
  int len = static_cast<int>(line.size());
  if (col > len + 1) col = len + 1;
  if (col <= 0) return 0;
  int extra = 0;
  if (col == len + 1) {
    extra = 1;
    col = len;
  }
  return static_cast<int>(unicode::count_code_points(line.substr(0, static_cast<size_t>(col)))) +
         extra;
}

}  // namespace

struct Lexer::State {
  explicit State(const SourceText& s);

  const SourceText& src;
  std::string padded;          // src.utf8 + "\n", when src.utf8 lacks the final newline
  const char* base = nullptr;  // the scanned text
  const char* end = nullptr;   // its end: just after the final '\n'; *end == '\0'
  bool from_file = true;
  // The first byte that fails the per-line checks (a NUL, or when checking
  // UTF-8 the first byte of an invalid sequence), or `end`.
  const char* first_bad = nullptr;

  // CPython's tok_state.
  const char* cur = nullptr;
  const char* inp = nullptr;
  const char* buf = nullptr;
  const char* line_start = nullptr;
  const char* start = nullptr;
  const char* multi_line_start = nullptr;
  int first_lineno = 0;
  int lineno = 0;
  Done done = Done::Ok;
  bool atbol = true;
  bool blankline = false;
  int pendin = 0;
  int indent = 0;
  int indstack[kMaxIndent] = {};
  int altindstack[kMaxIndent] = {};
  int level = 0;
  char parenstack[kMaxLevel] = {};
  int parenlinenostack[kMaxLevel] = {};
  int parencolstack[kMaxLevel] = {};

  // Outcome.
  bool failed = false;     // an error was reported; next() fails from now on
  bool has_error = false;  // `error` holds the report
  bool error_from_tokenizer = false;
  bool finished = false;  // ENDMARKER was produced
  Token endmarker;
  SyntaxErrorInfo error;
  std::vector<CompileWarning> warnings;
  mutable std::vector<size_t> line_offsets;  // start of each line in src.utf8, built on demand

  // ---- reading characters (tok_nextc / tok_backup) ----
  int next_char() {
    for (;;) {
      if (cur != inp) return static_cast<unsigned char>(*cur++);
      if (done != Done::Ok) return kEof;
      if (!load_line()) {
        cur = inp;
        return kEof;
      }
    }
  }
  void backup(int c) {
    if (c != kEof) --cur;
  }
  bool load_line();
  bool lookahead(const char* test);

  // ---- tokens ----
  int get(const char*& p_start, const char*& p_end);
  int number(int c, bool fraction_first, const char*& p_start, const char*& p_end);
  int decimal_tail();
  bool verify_end_of_number(int c, const char* kind);
  bool verify_identifier();
  int continuation_line();
  int indent_error() {
    done = Done::TabSpace;
    cur = inp;
    return kError;
  }

  // ---- errors ----
  int tokenizer_error_here(const std::string& msg, int col_offset = -1, int end_col_offset = -1);
  SyntaxErrorInfo parser_error_at(SyntaxErrorKind kind, const std::string& msg, int lineno,
                                  int col_offset, int end_lineno, int end_col_offset) const;
  void parser_error_at_cursor(SyntaxErrorKind kind, const std::string& msg);
  SyntaxErrorInfo known_location(SyntaxErrorKind kind, const std::string& msg, int lineno,
                                 int col_number, int end_lineno, int end_col_number) const;
  bool file_line_text(int line, std::string& text) const;
  void report_done();
  SyntaxErrorInfo unclosed_bracket() const;
  void set_error(SyntaxErrorInfo err) {
    error = std::move(err);
    has_error = true;
  }

  int cursor_col() const { return cur == buf ? 0 : static_cast<int>(cur - line_start); }
  std::string_view utf8_line(int line) const;  // line of src.utf8, with its newline
};

Lexer::State::State(const SourceText& s) : src(s) {
  from_file = s.origin == SourceOrigin::File;
  if (!s.utf8.empty() && s.utf8.back() != '\n') {
    padded.reserve(s.utf8.size() + 1);
    padded = s.utf8;
    padded += '\n';
    base = padded.c_str();
    end = base + padded.size();
  } else {
    base = s.utf8.c_str();
    end = base + s.utf8.size();
  }
  cur = inp = buf = line_start = base;

  // Find the first byte the line checks refuse.
  const size_t n = static_cast<size_t>(end - base);
  first_bad = end;
  if (from_file && !s.encoding_declared) {
    const auto* p = reinterpret_cast<const unsigned char*>(base);
    std::string_view text(base, n);
    size_t i = 0;
    while (i < n) {
      if (i + 8 <= n) {
        uint64_t w;
        std::memcpy(&w, p + i, 8);
        // No byte >= 0x80 and no zero byte: skip the eight.
        if (!(w & 0x8080808080808080ULL) &&
            !((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL)) {
          i += 8;
          continue;
        }
      }
      unsigned char c = p[i];
      if (c == 0) {
        first_bad = base + i;
        break;
      }
      if (c < 0x80) {
        ++i;
        continue;
      }
      size_t at = i;
      if (unicode::decode_utf8(text, i) < 0) {
        first_bad = base + at;
        break;
      }
    }
  } else if (const void* nul = std::memchr(base, 0, n)) {
    first_bad = static_cast<const char*>(nul);
  }
}

// Makes the next line readable (CPython's underflow, followed by the checks
// tok_nextc and the file reader make on each new line).
bool Lexer::State::load_line() {
  if (lineno + 1 == src.decode_error_line) {
    // The file's decoder failed on the way to this line.
    if (from_file && start == nullptr) buf = cur = inp;
    done = Done::Decode;
    error_from_tokenizer = true;
    parser_error_at_cursor(SyntaxErrorKind::SyntaxError, src.decode_error);
    return false;
  }
  if (inp == end) {
    // CPython's file reader empties its buffer before it finds the end.
    if (from_file && start == nullptr) buf = cur = inp;
    done = Done::Eof;
    return false;
  }
  if (start == nullptr) buf = inp;
  const char* line = cur = inp;
  const char* nl = static_cast<const char*>(std::memchr(inp, '\n', static_cast<size_t>(end - inp)));
  inp = nl ? nl + 1 : end;
  ++lineno;
  if (first_bad < inp && *first_bad != '\0') {
    // CPython's file reader refuses a line that is not UTF-8 when no encoding
    // is declared (before the line counts as read); the error has no location.
    has_error = true;
    error_from_tokenizer = true;
    error = SyntaxErrorInfo{};
    error.msg = format(
        "Non-UTF-8 code starting with '\\x%.2x' in file %s on line %d, but no encoding "
        "declared; see https://peps.python.org/pep-0263/ for details",
        static_cast<unsigned char>(*first_bad), src.filename.c_str(), lineno);
    done = Done::Error;
    return false;
  }
  line_start = line;
  if (first_bad < inp) {
    tokenizer_error_here("source code cannot contain null bytes");
    cur = inp;
    return false;
  }
  return true;
}

// CPython's lookahead(): whether the next characters spell `test` and no name
// character follows; reads nothing in the end.
bool Lexer::State::lookahead(const char* test) {
  const char* s = test;
  bool res = false;
  for (;;) {
    int c = next_char();
    if (*s == 0) {
      res = !is_id_char(c);
    } else if (c == static_cast<unsigned char>(*s)) {
      ++s;
      continue;
    }
    backup(c);
    while (s != test) backup(static_cast<unsigned char>(*--s));
    return res;
  }
}

// A number directly followed by a name character is an error, except before
// the keywords that can follow a number in valid code ("1if x else y"), where
// CPython 3.11 only warns.
bool Lexer::State::verify_end_of_number(int c, const char* kind) {
  bool r = false;
  if (c == 'a') {
    r = lookahead("nd");
  } else if (c == 'e') {
    r = lookahead("lse");
  } else if (c == 'f') {
    r = lookahead("or");
  } else if (c == 'i') {
    int c2 = next_char();
    if (c2 == 'f' || c2 == 'n' || c2 == 's') r = true;
    backup(c2);
  } else if (c == 'o') {
    r = lookahead("r");
  } else if (c == 'n') {
    r = lookahead("ot");
  }
  if (r) {
    warnings.push_back(CompileWarning{"SyntaxWarning", format("invalid %s literal", kind), lineno});
  } else if (c < 128 && is_id_char(c)) {
    // (A non-ASCII character is left to be reported as an invalid character.)
    backup(c);
    tokenizer_error_here(format("invalid %s literal", kind));
    return false;
  }
  return true;
}

int Lexer::State::decimal_tail() {
  int c;
  for (;;) {
    do {
      c = next_char();
    } while (is_digit(c));
    if (c != '_') break;
    c = next_char();
    if (!is_digit(c)) {
      backup(c);
      tokenizer_error_here("invalid decimal literal");
      return 0;
    }
  }
  return c;
}

// Names with non-ASCII characters: valid UTF-8, and an identifier by PEP 3131
// (checked on the text as written; the parser NFKC-normalizes it).
bool Lexer::State::verify_identifier() {
  std::string_view id(start, static_cast<size_t>(cur - start));
  std::string decode_msg;
  if (codecs::utf8_decode_error(id, decode_msg)) {
    done = Done::Decode;
    error_from_tokenizer = true;
    parser_error_at_cursor(SyntaxErrorKind::SyntaxError, "(unicode error) " + decode_msg);
    return false;
  }
  size_t pos = 0;
  bool first = true;
  while (pos < id.size()) {
    size_t at = pos;
    int32_t cp = unicode::decode_utf8(id, pos);
    bool ok = first ? (cp == '_' || unicode::is_xid_start(static_cast<uint32_t>(cp)))
                    : unicode::is_xid_continue(static_cast<uint32_t>(cp));
    first = false;
    if (ok) continue;
    cur = start + pos;  // just after the offending character
    if (unicode::is_printable(static_cast<uint32_t>(cp))) {
      std::string ch(id.substr(at, pos - at));
      tokenizer_error_here(format("invalid character '%s' (U+%04X)", ch.c_str(), cp));
    } else {
      tokenizer_error_here(format("invalid non-printable character U+%04X", cp));
    }
    return false;
  }
  return true;
}

// After a backslash: the line must end there, and another must follow.
int Lexer::State::continuation_line() {
  int c = next_char();
  if (c != '\n') {
    done = Done::LineCont;
    return -1;
  }
  c = next_char();
  if (c == kEof) {
    done = Done::Eof;
    cur = inp;
    return -1;
  }
  backup(c);
  return c;
}

int Lexer::State::number(int c, bool fraction_first, const char*& p_start, const char*& p_end) {
  int e;
  if (fraction_first) goto fraction;
  if (c == '0') {
    // Hex, octal, binary, or a decimal made of zeros.
    c = next_char();
    if (c == 'x' || c == 'X') {
      c = next_char();
      do {
        if (c == '_') c = next_char();
        if (!is_xdigit(c)) {
          backup(c);
          return tokenizer_error_here("invalid hexadecimal literal");
        }
        do {
          c = next_char();
        } while (is_xdigit(c));
      } while (c == '_');
      if (!verify_end_of_number(c, "hexadecimal")) return kError;
    } else if (c == 'o' || c == 'O') {
      c = next_char();
      do {
        if (c == '_') c = next_char();
        if (c < '0' || c >= '8') {
          if (is_digit(c))
            return tokenizer_error_here(format("invalid digit '%c' in octal literal", c));
          backup(c);
          return tokenizer_error_here("invalid octal literal");
        }
        do {
          c = next_char();
        } while ('0' <= c && c < '8');
      } while (c == '_');
      if (is_digit(c))
        return tokenizer_error_here(format("invalid digit '%c' in octal literal", c));
      if (!verify_end_of_number(c, "octal")) return kError;
    } else if (c == 'b' || c == 'B') {
      c = next_char();
      do {
        if (c == '_') c = next_char();
        if (c != '0' && c != '1') {
          if (is_digit(c))
            return tokenizer_error_here(format("invalid digit '%c' in binary literal", c));
          backup(c);
          return tokenizer_error_here("invalid binary literal");
        }
        do {
          c = next_char();
        } while (c == '0' || c == '1');
      } while (c == '_');
      if (is_digit(c))
        return tokenizer_error_here(format("invalid digit '%c' in binary literal", c));
      if (!verify_end_of_number(c, "binary")) return kError;
    } else {
      bool nonzero = false;
      for (;;) {
        if (c == '_') {
          c = next_char();
          if (!is_digit(c)) {
            backup(c);
            return tokenizer_error_here("invalid decimal literal");
          }
        }
        if (c != '0') break;
        c = next_char();
      }
      const char* zeros_end = cur;
      if (is_digit(c)) {
        nonzero = true;
        c = decimal_tail();
        if (c == 0) return kError;
      }
      if (c == '.') {
        c = next_char();
        goto fraction;
      } else if (c == 'e' || c == 'E') {
        goto exponent;
      } else if (c == 'j' || c == 'J') {
        goto imaginary;
      } else if (nonzero) {
        // Old-style octal, now refused; reported over the digits read.
        backup(c);
        return tokenizer_error_here(
            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
            "octal integers",
            static_cast<int>(start + 1 - line_start), static_cast<int>(zeros_end - line_start));
      }
      if (!verify_end_of_number(c, "decimal")) return kError;
    }
  } else {
    c = decimal_tail();
    if (c == 0) return kError;
    if (c == '.') {
      c = next_char();
    fraction:
      if (is_digit(c)) {
        c = decimal_tail();
        if (c == 0) return kError;
      }
    }
    if (c == 'e' || c == 'E') {
    exponent:
      e = c;
      c = next_char();
      if (c == '+' || c == '-') {
        c = next_char();
        if (!is_digit(c)) {
          backup(c);
          return tokenizer_error_here("invalid decimal literal");
        }
      } else if (!is_digit(c)) {
        // "1e" is the number 1 followed by a name, or an error.
        backup(c);
        if (!verify_end_of_number(e, "decimal")) return kError;
        backup(e);
        p_start = start;
        p_end = cur;
        return static_cast<int>(TokenKind::NUMBER);
      }
      c = decimal_tail();
      if (c == 0) return kError;
    }
    if (c == 'j' || c == 'J') {
    imaginary:
      c = next_char();
      if (!verify_end_of_number(c, "imaginary")) return kError;
    } else if (!verify_end_of_number(c, "decimal")) {
      return kError;
    }
  }
  backup(c);
  p_start = start;
  p_end = cur;
  return static_cast<int>(TokenKind::NUMBER);
}

// One token (CPython's tok_get).  Returns a TokenKind, or kError.
int Lexer::State::get(const char*& p_start, const char*& p_end) {
  int c;
  p_start = p_end = nullptr;

nextline:
  start = nullptr;
  blankline = false;

  // Indentation at the start of a line.
  if (atbol) {
    int col = 0;
    int altcol = 0;
    int cont_line_col = 0;
    atbol = false;
    for (;;) {
      c = next_char();
      if (c == ' ') {
        ++col;
        ++altcol;
      } else if (c == '\t') {
        col = (col / kTabSize + 1) * kTabSize;
        altcol = altcol + 1;  // the alternate tab size is 1
      } else if (c == '\f') {
        col = altcol = 0;
      } else if (c == '\\') {
        // A continuation inside the indentation: the first one fixes the level.
        cont_line_col = cont_line_col ? cont_line_col : col;
        if ((c = continuation_line()) == -1) return kError;
      } else {
        break;
      }
    }
    backup(c);
    if (c == '#' || c == '\n') blankline = true;  // no NEWLINE, no indentation change
    if (!blankline && level == 0) {
      col = cont_line_col ? cont_line_col : col;
      altcol = cont_line_col ? cont_line_col : altcol;
      if (col == indstack[indent]) {
        if (altcol != altindstack[indent]) return indent_error();
      } else if (col > indstack[indent]) {
        if (indent + 1 >= kMaxIndent) {
          done = Done::TooDeep;
          cur = inp;
          return kError;
        }
        if (altcol <= altindstack[indent]) return indent_error();
        ++pendin;
        indstack[++indent] = col;
        altindstack[indent] = altcol;
      } else {
        while (indent > 0 && col < indstack[indent]) {
          --pendin;
          --indent;
        }
        if (col != indstack[indent]) {
          done = Done::Dedent;
          cur = inp;
          return kError;
        }
        if (altcol != altindstack[indent]) return indent_error();
      }
    }
  }

  start = cur;
  if (pendin != 0) {
    if (pendin < 0) {
      ++pendin;
      return static_cast<int>(TokenKind::DEDENT);
    }
    --pendin;
    return static_cast<int>(TokenKind::INDENT);
  }

again:
  start = nullptr;
  do {
    c = next_char();
  } while (c == ' ' || c == '\t' || c == '\f');
  start = c == kEof ? cur : cur - 1;

  if (c == '#') {
    // Skip the comment: the line's '\n' is ahead, inside the loaded text.
    cur = static_cast<const char*>(std::memchr(cur, '\n', static_cast<size_t>(inp - cur))) + 1;
    c = '\n';
  }

  if (c == kEof) {
    if (level) return kError;
    return done == Done::Eof ? static_cast<int>(TokenKind::ENDMARKER) : kError;
  }

  // Names, and the prefixes of strings.
  if (is_id_start(c)) {
    bool saw_b = false, saw_r = false, saw_u = false, saw_f = false;
    for (;;) {
      if (!(saw_b || saw_u || saw_f) && (c == 'b' || c == 'B')) {
        saw_b = true;
      } else if (!(saw_b || saw_u || saw_r || saw_f) && (c == 'u' || c == 'U')) {
        saw_u = true;
      } else if (!(saw_r || saw_u) && (c == 'r' || c == 'R')) {
        saw_r = true;
      } else if (!(saw_f || saw_b || saw_u) && (c == 'f' || c == 'F')) {
        saw_f = true;
      } else {
        break;
      }
      c = next_char();
      if (c == '"' || c == '\'') goto letter_quote;
    }
    unsigned nonascii = 0;
    if (is_id_char(c)) {
      // The rest of the name lies within the line, which ends with '\n'.
      const char* p = cur;
      nonascii = static_cast<unsigned>(c) & 0x80;
      while (kClass.v[static_cast<unsigned char>(*p)] & kIdChar)
        nonascii |= static_cast<unsigned char>(*p++);
      cur = p + 1;
      c = static_cast<unsigned char>(*p);
    }
    backup(c);
    if ((nonascii & 0x80) && !verify_identifier()) return kError;
    p_start = start;
    p_end = cur;
    return static_cast<int>(TokenKind::NAME);
  }

  if (c == '\n') {
    atbol = true;
    if (blankline || level > 0) goto nextline;
    p_start = start;
    p_end = cur - 1;  // the token leaves the '\n' out
    return static_cast<int>(TokenKind::NEWLINE);
  }

  if (c == '.') {
    c = next_char();
    if (is_digit(c)) return number(c, true, p_start, p_end);
    if (c == '.') {
      c = next_char();
      if (c == '.') {
        p_start = start;
        p_end = cur;
        return static_cast<int>(TokenKind::ELLIPSIS);
      }
      backup(c);
      backup('.');
    } else {
      backup(c);
    }
    p_start = start;
    p_end = cur;
    return static_cast<int>(TokenKind::DOT);
  }

  if (is_digit(c)) return number(c, false, p_start, p_end);

letter_quote:
  if (c == '\'' || c == '"') {
    const int quote = c;
    int quote_size = 1;
    int end_quote_size = 0;
    first_lineno = lineno;
    multi_line_start = line_start;
    c = next_char();
    if (c == quote) {
      c = next_char();
      if (c == quote) {
        quote_size = 3;
      } else {
        end_quote_size = 1;  // the empty string
      }
    }
    if (c != quote) backup(c);

    while (end_quote_size != quote_size) {
      // Fast path: skip ordinary characters within the loaded lines.
      const char* p = cur;
      while (p != inp && *p != quote && *p != '\\' && *p != '\n') ++p;
      if (p != cur) {
        end_quote_size = 0;
        cur = p;
      }
      c = next_char();
      if (c == kEof && has_error) return kError;  // a line the reader refused
      if (c == kEof || (quote_size == 1 && c == '\n')) {
        // Reported at the opening quote (or prefix), on the string's first line.
        cur = start + 1;
        line_start = multi_line_start;
        int detected_at = lineno;
        lineno = first_lineno;
        if (quote_size == 3) {
          tokenizer_error_here(format(
              "unterminated triple-quoted string literal (detected at line %d)", detected_at));
        } else {
          tokenizer_error_here(
              format("unterminated string literal (detected at line %d)", detected_at));
        }
        return kError;
      }
      if (c == quote) {
        ++end_quote_size;
      } else {
        end_quote_size = 0;
        if (c == '\\') next_char();  // the escaped character, even a newline
      }
    }
    p_start = start;
    p_end = cur;
    return static_cast<int>(TokenKind::STRING);
  }

  if (c == '\\') {
    if (continuation_line() == -1) return kError;
    goto again;
  }

  {
    int c2 = next_char();
    TokenKind tok2 = two_chars(c, c2);
    if (tok2 != TokenKind::OP) {
      int c3 = next_char();
      TokenKind tok3 = three_chars(c, c2, c3);
      if (tok3 != TokenKind::OP) {
        tok2 = tok3;
      } else {
        backup(c3);
      }
      p_start = start;
      p_end = cur;
      return static_cast<int>(tok2);
    }
    backup(c2);
  }

  switch (c) {
    case '(':
    case '[':
    case '{':
      if (level >= kMaxLevel) return tokenizer_error_here("too many nested parentheses");
      parenstack[level] = static_cast<char>(c);
      parenlinenostack[level] = lineno;
      parencolstack[level] = static_cast<int>(start - line_start);
      ++level;
      break;
    case ')':
    case ']':
    case '}': {
      if (!level) return tokenizer_error_here(format("unmatched '%c'", c));
      --level;
      int opening = parenstack[level];
      if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') ||
            (opening == '{' && c == '}'))) {
        if (parenlinenostack[level] != lineno) {
          return tokenizer_error_here(
              format("closing parenthesis '%c' does not match opening parenthesis '%c' on line %d",
                     c, opening, parenlinenostack[level]));
        }
        return tokenizer_error_here(
            format("closing parenthesis '%c' does not match opening parenthesis '%c'", c, opening));
      }
      break;
    }
  }

  if (c < 0x20 || c == 0x7F)
    return tokenizer_error_here(format("invalid non-printable character U+%04X", c));

  p_start = start;
  p_end = cur;
  return static_cast<int>(one_char(c));
}

// ---- errors -------------------------------------------------------------------

// An error CPython's tokenizer raises itself (its syntaxerror()): on the
// current line, the offset counted in characters up to `cur` unless given
// (then in bytes, as CPython passes them), the text cut at the line's end.
int Lexer::State::tokenizer_error_here(const std::string& msg, int col_offset, int end_col_offset) {
  const char* ls = line_start;
  if (col_offset == -1) {
    col_offset =
        cur >= ls ? replace_decoded_length(std::string_view(ls, static_cast<size_t>(cur - ls))) : 0;
  }
  if (end_col_offset == -1) end_col_offset = col_offset;
  const char* le = ls;
  while (le < end && *le != '\n' && *le != '\0') ++le;
  error = SyntaxErrorInfo{};
  error.msg = msg;
  error.filename = src.filename;
  error.lineno = lineno;
  error.offset = col_offset;
  error.end_lineno = lineno;
  error.end_offset = end_col_offset;
  error.text = codecs::utf8_decode_replace(std::string_view(ls, static_cast<size_t>(le - ls)));
  has_error = true;
  error_from_tokenizer = true;
  done = Done::Error;
  return kError;
}

// A line of src.utf8 with its newline ("" past the end).
std::string_view Lexer::State::utf8_line(int line) const {
  const std::string& text = src.utf8;
  if (line_offsets.empty()) line_offsets.push_back(0);
  while (static_cast<int>(line_offsets.size()) <= line) {
    size_t last = line_offsets.back();
    if (last >= text.size()) break;
    size_t nl = text.find('\n', last);
    line_offsets.push_back(nl == std::string::npos ? text.size() : nl + 1);
  }
  if (line < 1 || line >= static_cast<int>(line_offsets.size())) return {};
  size_t b = line_offsets[static_cast<size_t>(line) - 1];
  size_t e = line_offsets[static_cast<size_t>(line)];
  return std::string_view(text).substr(b, e - b);
}

// The source line CPython's parser puts in an error it raises while reading a
// file: line `line` read again from the file (err_programtext), 999 bytes at a
// time, so only the last piece of a longer line remains; the UTF-8 BOM is part
// of line 1 there.  False when CPython finds no line.
bool Lexer::State::file_line_text(int line, std::string& text) const {
  std::string_view l = utf8_line(line);
  if (l.empty()) return false;
  std::string raw;
  if (line == 1 && src.bom) raw = "\xEF\xBB\xBF";
  raw.append(l);
  size_t pos = 0;
  for (;;) {
    size_t len = std::min<size_t>(999, raw.size() - pos);
    if (len == 0) return false;  // the file ended inside the line
    if (len == 999 && raw[pos + len - 1] != '\n') {
      pos += 999;
      continue;
    }
    std::string_view piece(raw.data() + pos, len);
    if (src.encoding_declared) {
      text = codecs::utf8_decode_replace(piece);
    } else {
      if (unicode::valid_utf8_prefix(piece) != piece.size()) return false;
      text.assign(piece);
    }
    return true;
  }
}

// CPython's _PyPegen_raise_error_known_location.
SyntaxErrorInfo Lexer::State::known_location(SyntaxErrorKind kind, const std::string& msg,
                                             int err_lineno, int col_number, int err_end_lineno,
                                             int end_col_number) const {
  std::string text;
  bool have_text = from_file && file_line_text(err_lineno, text);
  if (!have_text) {
    if (lineno <= err_lineno && inp > buf) {
      text = codecs::utf8_decode_replace(std::string_view(buf, static_cast<size_t>(inp - buf)));
    } else if (!from_file) {
      // The line from the start of the text, without its newline.
      std::string_view l = utf8_line(err_lineno);
      if (!l.empty() && l.back() == '\n') l.remove_suffix(1);
      text = codecs::utf8_decode_replace(l);
    }
  }
  if (src.encoding_declared) {
    col_number = byte_to_char_offset(text, col_number);
    if (end_col_number > 0) end_col_number = byte_to_char_offset(text, end_col_number);
  }
  SyntaxErrorInfo err;
  err.kind = kind;
  err.msg = msg;
  err.filename = src.filename;
  err.lineno = err_lineno;
  err.offset = col_number;
  err.end_lineno = err_end_lineno;
  err.end_offset = end_col_number;
  err.text = std::move(text);
  return err;
}

// CPython's RAISE_ERROR_KNOWN_LOCATION: byte columns from 0, -1 when unknown.
SyntaxErrorInfo Lexer::State::parser_error_at(SyntaxErrorKind kind, const std::string& msg,
                                              int err_lineno, int col_offset, int err_end_lineno,
                                              int end_col_offset) const {
  return known_location(kind, msg, err_lineno, col_offset + 1, err_end_lineno, end_col_offset + 1);
}

// CPython's RAISE_SYNTAX_ERROR on the error token, which has no column: at the
// tokenizer's read position, with no end.
void Lexer::State::parser_error_at_cursor(SyntaxErrorKind kind, const std::string& msg) {
  set_error(known_location(kind, msg, lineno, cursor_col(), lineno, -1));
}

SyntaxErrorInfo Lexer::State::unclosed_bracket() const {
  int i = level - 1;
  return parser_error_at(SyntaxErrorKind::SyntaxError,
                         format("'%c' was never closed", parenstack[i]), parenlinenostack[i],
                         parencolstack[i], parenlinenostack[i], -1);
}

// The error for a failure the tokenizer only signalled (CPython's
// tokenizer_error in pegen_errors.c).
void Lexer::State::report_done() {
  failed = true;
  if (has_error) return;
  error_from_tokenizer = false;
  switch (done) {
    case Done::Eof:
      if (level) {
        set_error(unclosed_bracket());
      } else {
        parser_error_at_cursor(SyntaxErrorKind::SyntaxError, "unexpected EOF while parsing");
      }
      return;
    case Done::Dedent:
      parser_error_at_cursor(SyntaxErrorKind::IndentationError,
                             "unindent does not match any outer indentation level");
      return;
    case Done::TabSpace:
      set_error(parser_error_at(SyntaxErrorKind::TabError,
                                "inconsistent use of tabs and spaces in indentation", lineno, 0,
                                lineno, -1));
      return;
    case Done::TooDeep:
      set_error(parser_error_at(SyntaxErrorKind::IndentationError, "too many levels of indentation",
                                lineno, 0, lineno, -1));
      return;
    case Done::LineCont:
      set_error(parser_error_at(SyntaxErrorKind::SyntaxError,
                                "unexpected character after line continuation character", lineno,
                                static_cast<int>(cur - buf - 1), lineno, -1));
      return;
    default:
      set_error(parser_error_at(SyntaxErrorKind::SyntaxError, "unknown parsing error", lineno, 0,
                                lineno, -1));
      return;
  }
}

// ---- Lexer ----------------------------------------------------------------------

Lexer::Lexer(const SourceText& source) : state_(std::make_unique<State>(source)) {}
Lexer::~Lexer() = default;

bool Lexer::next(Token& out) {
  State& s = *state_;
  if (s.failed) return false;
  if (s.finished) {
    out = s.endmarker;
    return true;
  }
  const char* p_start;
  const char* p_end;
  int kind = s.get(p_start, p_end);
  if (kind == kError) {
    s.report_done();
    return false;
  }
  const std::string& text = s.src.utf8;
  out.kind = static_cast<TokenKind>(kind);
  if (p_start) {
    bool str = out.kind == TokenKind::STRING;
    const char* ls = str ? s.multi_line_start : s.line_start;
    out.start.line = str ? s.first_lineno : s.lineno;
    out.start.col = static_cast<int>(p_start - ls);
    out.end.line = s.lineno;
    out.end.col = static_cast<int>(p_end - s.line_start);
    size_t off = static_cast<size_t>(p_start - s.base);
    size_t len = static_cast<size_t>(p_end - p_start);
    if (off > text.size()) off = text.size();
    if (len > text.size() - off) len = text.size() - off;
    out.text = std::string_view(text.data() + off, len);
  } else {
    // INDENT, DEDENT, ENDMARKER: no column in CPython; the end records the
    // tokenizer's position.
    out.start.line = out.end.line = s.lineno;
    out.start.col = -1;
    out.end.col = s.cursor_col();
    size_t off = std::min(static_cast<size_t>(s.cur - s.base), text.size());
    out.text = std::string_view(text.data() + off, 0);
  }
  if (out.kind == TokenKind::ENDMARKER) {
    s.finished = true;
    s.endmarker = out;
  }
  return true;
}

const SyntaxErrorInfo& Lexer::error() const { return state_->error; }

std::string_view Lexer::line_text(int line) const { return state_->utf8_line(line); }

const std::vector<CompileWarning>& Lexer::warnings() const { return state_->warnings; }

int Lexer::bracket_depth() const { return state_->level; }

SourcePos Lexer::cursor() const { return SourcePos{state_->lineno, state_->cursor_col()}; }

bool Lexer::error_raised_by_tokenizer() const {
  return state_->failed && state_->error_from_tokenizer;
}

bool Lexer::unclosed_bracket_error(SyntaxErrorInfo& err) const {
  if (state_->level == 0) return false;
  err = state_->unclosed_bracket();
  return true;
}

}  // namespace glasspy
