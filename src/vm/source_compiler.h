// From source bytes to a code object: decode, parse, compile (the front end
// and the compiler), for the main program, imports, exec/eval/compile().
// A SyntaxError (or IndentationError, TabError) is raised as the Python
// exception CPython raises, with its location fields filled.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include "compiler/code_unit.h"
#include "compiler/compiler.h"
#include "lexer/source.h"
#include "objects/object.h"
#include "util/syntax_error.h"

namespace glasspy {

// What the source is compiled as (compile()'s mode).
enum class SourceMode { Exec, Eval, Single };

struct SourceCompileOptions {
  SourceMode mode = SourceMode::Exec;
  SourceOrigin origin = SourceOrigin::File;
  int future_flags = 0;
  int optimize = 0;
  // Show SyntaxWarnings on stderr as the warnings module would; the source
  // line is quoted only when `quote_lines` (a real file).
  bool quote_lines = true;
};

// Compiles `bytes` named `filename`.  A new code object, or null with the
// SyntaxError set.
Object* compile_source(std::string_view bytes, const std::string& filename,
                       const SourceCompileOptions& options = {});

// Makes the SyntaxError object for `err` and sets it as the current error.
void raise_syntax_error(const SyntaxErrorInfo& err);

// Reads the fields of a SyntaxError instance back into a SyntaxErrorInfo
// (for printing it as CPython does).  False if `exc` is not one.
bool syntax_error_info_from_object(Object* exc, SyntaxErrorInfo& out);

}  // namespace glasspy
