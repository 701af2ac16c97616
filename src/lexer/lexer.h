// The lexer the parser reads from: CPython's tokenizer (Parser/tokenizer.c)
// re-expressed.  It yields the tokens the grammar sees: NAME, NUMBER, STRING,
// the exact operator kinds (LPAR, PLUSEQUAL, ...), NEWLINE, INDENT, DEDENT and
// ENDMARKER.  Comments, blank lines and line continuations produce nothing.
// Errors (bad indentation, unterminated strings, invalid characters or number
// literals, unbalanced brackets) are the SyntaxErrors CPython's tokenizer raises,
// with its messages and locations.
//
// Positions are those CPython's parser gives its tokens.  NEWLINE is empty and
// sits on the '\n' (or starts at the comment before it: `x  # c` gives a
// NEWLINE from '#' to '\n').  A STRING may span lines.  INDENT, DEDENT and
// ENDMARKER have no column in CPython (-1): their start.col is -1, and their
// end.col is where the tokenizer stood (tok->cur) when it produced them, which
// is what CPython reports an error at such a token with; the line is the line
// the tokenizer is on.  `<>` is a NOTEQUAL token whose text is "<>" (the
// parser refuses it).  Characters like `$ ? !` are OP tokens.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "lexer/source.h"
#include "lexer/token.h"
#include "util/syntax_error.h"

namespace glasspy {

class Lexer {
 public:
  explicit Lexer(const SourceText& source);
  ~Lexer();
  Lexer(const Lexer&) = delete;
  Lexer& operator=(const Lexer&) = delete;

  // Produces the next token.  Returns false on a tokenizer error; error()
  // then describes it.  After ENDMARKER, keeps returning ENDMARKER.
  bool next(Token& out);
  const SyntaxErrorInfo& error() const;

  // The text of line `line` (1-based) including its newline, for error reports.
  std::string_view line_text(int line) const;

  // Warnings issued so far, in order: SyntaxWarnings, e.g. "invalid decimal
  // literal" for `1if x else 2`, which CPython 3.11 warns about instead of
  // failing.
  const std::vector<CompileWarning>& warnings() const;

  // For the parser's own error reports, which CPython builds from the
  // tokenizer's state:
  // Bracket nesting after the last token (CPython's tok->level).
  int bracket_depth() const;
  // Where the tokenizer stands now (tok->lineno; tok->cur as a byte column of
  // its line, 0 when CPython's buffer is empty, as after the end of a file).
  SourcePos cursor() const;
  // True when error() is an exception CPython's tokenizer raised itself; false
  // when CPython's parser builds it from the tokenizer's state (unindent
  // mismatch, TabError, too deep, line continuation, unexpected EOF, unclosed
  // bracket).  After a parser error CPython tokenizes the rest of the file and
  // only errors of the first kind replace the parser's.
  bool error_raised_by_tokenizer() const;
  // The "'(' was never closed" error for the innermost bracket still open;
  // false when none is.
  bool unclosed_bracket_error(SyntaxErrorInfo& err) const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace glasspy
