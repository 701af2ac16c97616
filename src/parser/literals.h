// Turning literal tokens into values: NUMBER tokens into ints, floats and
// imaginary numbers, STRING tokens (other than f-strings' replacement fields)
// into str or bytes values, with CPython's escape rules and error messages.
#pragma once

#include <string>
#include <string_view>

#include "ast/ast.h"

namespace glasspy {

// Evaluates the text of a NUMBER token (already validated by the lexer):
// "0x1F", "1_000", "1e-5", "3.14j", ...  Ints too large for int64 go to
// ConstantValue::big_int (decimal), with their digits stored in `arena`.
void parse_number(std::string_view text, ast::ConstantValue& out, ast::Arena& arena);

// The same, reporting the one way a valid NUMBER token can still fail: a
// decimal int of more than 4300 digits (CPython's int max str digits limit).
// Returns false with `error` set to CPython's SyntaxError message, which
// CPython reports at the token's lines with no column (offset 0).
bool parse_number(std::string_view text, ast::ConstantValue& out, ast::Arena& arena,
                  std::string& error);

struct StringPrefix {
  bool raw = false;
  bool bytes = false;
  bool fstring = false;
  bool unicode = false;  // the 'u' prefix (Constant.kind == 'u')
};

// Splits a STRING token into its prefix and the body between its quotes.
void split_string_token(std::string_view token, StringPrefix& prefix, std::string_view& body);

// Decodes the escapes of a str literal body (or a literal part of an f-string)
// into generalized UTF-8.  On error returns false and sets `error` to CPython's
// message, e.g. "(unicode error) 'unicodeescape' codec can't decode bytes in
// position 0-1: truncated \\xXX escape".  `invalid_escape` receives the first
// invalid escape, if any (CPython warns "invalid escape sequence '\\d'"): the
// text after its backslash, one character ("d"), or three octal digits ("777")
// for an octal escape above \377; invalid_escape_warning() makes the message.
bool decode_str_literal(std::string_view body, bool raw, std::string& out, std::string& error,
                        std::string* invalid_escape = nullptr);

// The same for bytes literals: non-ASCII characters are an error ("bytes can
// only contain ASCII literal characters").
bool decode_bytes_literal(std::string_view body, bool raw, std::string& out, std::string& error,
                          std::string* invalid_escape = nullptr);

// CPython's DeprecationWarning text for an `invalid_escape` from the decoders:
// "invalid escape sequence '\\d'" or "invalid octal escape sequence '\\777'".
std::string invalid_escape_warning(std::string_view invalid_escape);

}  // namespace glasspy
