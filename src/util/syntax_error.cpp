// Formats a SyntaxError the way CPython 3.11's default excepthook prints an
// uncaught one raised while compiling (pythonrun.c: print_error_text).
//
// Leading blanks of the source line are stripped and the caret moves with
// them; a caret that would land left of the text is not printed; an error
// spanning several lines is underlined to the end of its first line.
#include "util/syntax_error.h"

#include <string_view>

namespace glasspy {

const char* syntax_error_kind_name(SyntaxErrorKind kind) {
  switch (kind) {
    case SyntaxErrorKind::SyntaxError: return "SyntaxError";
    case SyntaxErrorKind::IndentationError: return "IndentationError";
    case SyntaxErrorKind::TabError: return "TabError";
    case SyntaxErrorKind::MemoryError: return "MemoryError";
  }
  return "SyntaxError";
}

namespace {

// CPython's algorithm, step for step: the offsets are character counts, but
// the line is handled as UTF-8 bytes (its length, the blanks it strips, the
// newlines it skips), so on a line with non-ASCII text the caret can sit
// where CPython's does rather than under the character.
void append_source_line(std::string& out, const SyntaxErrorInfo& err) {
  std::string_view text = err.text;
  text = text.substr(0, text.find('\0'));  // CPython writes the line as a C string
  long line_size = static_cast<long>(text.size());
  long offset = err.offset > 0 ? err.offset : -1;
  long end_offset = err.end_offset > 0 ? err.end_offset : -1;
  if (err.end_lineno > err.lineno) end_offset = line_size;
  if (end_offset > line_size + 1) end_offset = line_size + 1;
  long carets = (end_offset > 0 && end_offset > offset) ? end_offset - offset : 1;
  // CPython underlines the whole range only for SyntaxError itself; its
  // subclasses (IndentationError, TabError) get a single caret.
  if (err.kind != SyntaxErrorKind::SyntaxError) carets = 1;

  offset -= 1;  // to 0-based
  while (!text.empty() && (text[0] == ' ' || text[0] == '\t' || text[0] == '\f')) {
    text.remove_prefix(1);
    --offset;
  }
  long len = static_cast<long>(text.size());
  if (len > 0 && text[len - 1] == '\n') --len;
  if (offset > len) offset = len;
  // A text holding several lines: show the one the offset falls in.
  for (size_t nl; (nl = text.find('\n')) != std::string_view::npos;) {
    long before = static_cast<long>(nl);
    if (before >= offset) break;
    text.remove_prefix(nl + 1);
    len -= before + 1;
    offset -= before + 1;
  }
  out += "    ";
  out += text;
  if (static_cast<size_t>(len) >= text.size() || text[len] != '\n') out += '\n';
  if (offset < 0) return;
  out += "    ";
  out.append(static_cast<size_t>(offset), ' ');
  out.append(static_cast<size_t>(carets), '^');
  out += '\n';
}

}  // namespace

std::string format_syntax_error(const SyntaxErrorInfo& err) {
  std::string out;
  if (err.lineno > 0) {
    out += "  File \"";
    out += err.filename.empty() ? "<string>" : err.filename;
    out += "\", line ";
    out += std::to_string(err.lineno);
    out += '\n';
    if (err.has_text) append_source_line(out, err);
  }
  out += syntax_error_kind_name(err.kind);
  if (!err.msg.empty()) {  // an exception without a message prints its name alone
    out += ": ";
    out += err.msg;
  }
  out += '\n';
  return out;
}

std::string format_compile_warning(const CompileWarning& warning, const std::string& filename,
                                   std::string_view source_line) {
  std::string out = filename + ":" + std::to_string(warning.lineno) + ": " + warning.category +
                    ": " + warning.msg + "\n";
  // str.strip(): the blanks Python strips (ASCII whitespace suffices for source lines).
  const char* blanks = " \t\n\r\f\v";
  size_t first = source_line.find_first_not_of(blanks);
  if (first != std::string_view::npos) {
    size_t last = source_line.find_last_not_of(blanks);
    out += "  ";
    out += source_line.substr(first, last - first + 1);
    out += "\n";
  }
  return out;
}

}  // namespace glasspy
