// `glasspy --tokens FILE`: an emulation of `python3 -m tokenize FILE`.
//
// This is NOT the lexer the parser uses (lexer/lexer.h follows CPython's C
// tokenizer).  It re-implements the pure-Python tokenizer of the standard
// library's tokenize module, quirks included: its regular expressions
// (re-expressed as hand-written matchers that try the alternatives in the same
// order), line splitting at b'\n' only, per-line decoding after PEP 263
// encoding detection, ERRORTOKENs, the generic OP type, and the report format
// and error messages of tokenize.main().  Columns count code points of the
// decoded line.
#pragma once

#include <string>
#include <string_view>

namespace glasspy {

// Emulates `python3 -m tokenize`; `display_name` is the file name as given,
// or "<stdin>" when reading stdin (then the source is text: no ENCODING token,
// as tokenize._tokenize(sys.stdin.readline, None) behaves).
// Appends to out (stdout) and err (stderr); returns the exit status.
int run_tokenize_module(std::string_view display_name, std::string_view bytes, bool from_stdin,
                        std::string& out, std::string& err);

}  // namespace glasspy
