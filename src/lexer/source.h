// Source text: the bytes of a program decoded to UTF-8 as CPython's tokenizer
// decodes them (a UTF-8 BOM, a PEP 263 coding declaration on line 1 or 2,
// UTF-8 by default), plus the filename used in every error message.
#pragma once

#include <string>
#include <string_view>

#include "util/syntax_error.h"

namespace glasspy {

// Where the bytes came from; CPython reads the two differently.  File: `python3
// FILE` (line by line: invalid UTF-8 and NUL bytes are reported when the
// tokenizer reaches their line).  String: compile(bytes, ...) (decoded whole up
// front; NUL bytes are refused before anything else).
enum class SourceOrigin { File, String };

struct SourceText {
  std::string filename;
  std::string utf8;      // the whole program, decoded; never contains a NUL unless the input did
  std::string encoding;  // "utf-8" or the normalized declared encoding
  // How CPython met the text (set by decode_source).  `utf8` has its newlines
  // translated ("\r\n" and "\r" to "\n"), as CPython's reader does.  Unless
  // encoding_declared, a File source may still hold invalid UTF-8: the lexer
  // raises CPython's "Non-UTF-8 code starting with ..." on reaching its line.
  SourceOrigin origin = SourceOrigin::File;
  bool encoding_declared = false;  // a BOM or a coding cookie (CPython's tok->encoding is set)
  bool bom = false;                // the file began with a UTF-8 BOM (stripped from utf8)
  // A decoding error CPython's file reader meets only when its tokenizer asks
  // for line `decode_error_line` (a declared encoding failing far into the
  // file); `utf8` stops there and the lexer raises `decode_error` then.
  int decode_error_line = 0;
  std::string decode_error;
};

// Decodes `bytes` into `out`. On failure returns false and fills `err` with the
// SyntaxError CPython raises (unknown encoding, invalid UTF-8, BOM conflict...).
bool decode_source(std::string_view bytes, std::string filename, SourceText& out,
                   SyntaxErrorInfo& err, SourceOrigin origin = SourceOrigin::File);

}  // namespace glasspy
