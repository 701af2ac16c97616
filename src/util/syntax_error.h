// A compile-time error as CPython reports it: SyntaxError or one of its
// subclasses, with the location fields of a SyntaxError instance.
//
// lineno/offset/end_lineno/end_offset follow CPython's SyntaxError attributes:
// 1-based, offsets counted in characters (code points) of `text`, not bytes.
// 0 means "not set" (CPython's None).
#pragma once

#include <string>

namespace glasspy {

enum class SyntaxErrorKind { SyntaxError, IndentationError, TabError };

struct SyntaxErrorInfo {
  SyntaxErrorKind kind = SyntaxErrorKind::SyntaxError;
  std::string msg;
  std::string filename;
  int lineno = 0;
  int offset = 0;
  int end_lineno = 0;
  int end_offset = 0;
  std::string text;  // the source line(s), UTF-8, as CPython stores it; empty = None
};

const char* syntax_error_kind_name(SyntaxErrorKind kind);

// Writes the report CPython 3.11 prints on stderr for an uncaught SyntaxError
// raised while compiling a file:
//     File "x.py", line 1
//       print "x"
//       ^^^^^^^^^
//   SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?
std::string format_syntax_error(const SyntaxErrorInfo& err);

}  // namespace glasspy
