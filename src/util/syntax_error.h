// A compile-time error as CPython reports it: SyntaxError or one of its
// subclasses, with the location fields of a SyntaxError instance.
//
// lineno/offset/end_lineno/end_offset follow CPython's SyntaxError attributes:
// 1-based, offsets counted in characters (code points) of `text`, not bytes.
// 0 means "not set" (CPython's None).
#pragma once

#include <string>
#include <string_view>

namespace glasspy {

// MemoryError: not a SyntaxError, but what CPython's parser raises when its
// rules nest too deeply (e.g. 100000 unary minus signs); it has no location
// and no message, and prints as a bare "MemoryError".
enum class SyntaxErrorKind { SyntaxError, IndentationError, TabError, MemoryError };

struct SyntaxErrorInfo {
  SyntaxErrorKind kind = SyntaxErrorKind::SyntaxError;
  std::string msg;
  std::string filename;
  int lineno = 0;
  int offset = 0;
  int end_lineno = 0;
  int end_offset = 0;
  std::string text;  // the source line(s), UTF-8, as CPython stores it
  bool has_text = true;  // false where CPython's text is None (a line it could not re-read)
};

const char* syntax_error_kind_name(SyntaxErrorKind kind);

// Writes the report CPython 3.11 prints on stderr for an uncaught SyntaxError
// raised while compiling a file:
//     File "x.py", line 1
//       print "x"
//       ^^^^^^^^^
//   SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?
std::string format_syntax_error(const SyntaxErrorInfo& err);

// A warning issued while compiling (CPython's SyntaxWarning and
// DeprecationWarning from the tokenizer, the string-literal decoder and the
// compiler).  Only SyntaxWarnings are shown under the default warning filters.
struct CompileWarning {
  std::string category;  // "SyntaxWarning" or "DeprecationWarning"
  std::string msg;
  int lineno = 0;
};

// What the `warnings` module prints for it:
//   x.py:2: SyntaxWarning: invalid decimal literal
//     y = 1if 1 else 2
// `source_line` is the line's text; the report shows it stripped, and omits
// that line when it is empty.
std::string format_compile_warning(const CompileWarning& warning, const std::string& filename,
                                   std::string_view source_line);

}  // namespace glasspy
