// The parser: tokens to an abstract syntax tree, for the whole Python 3.11
// grammar (CPython's Grammar/python.gram is the reference).
#pragma once

#include <vector>

#include "ast/ast.h"
#include "lexer/lexer.h"
#include "lexer/source.h"
#include "util/syntax_error.h"

namespace glasspy {

// The start symbols of CPython's grammar: `exec` (file), `eval`, `single`
// (interactive) and `func_type`.
enum class ParseMode { File, Eval, Single, FuncType };

// Parses `source`, building the tree in `arena`.  On a syntax error returns
// null and fills `err` exactly as CPython 3.11 would raise it.
ast::mod* parse(const SourceText& source, ParseMode mode, ast::Arena& arena,
                SyntaxErrorInfo& err);

// The same, also appending to `warnings` the SyntaxWarnings the tokenizer
// issued while the source was parsed (including inside f-string replacement
// fields), in the order CPython issues them.  CPython prints each as
// "FILE:LINE: SyntaxWarning: MSG" followed by the stripped source line.
ast::mod* parse(const SourceText& source, ParseMode mode, ast::Arena& arena,
                SyntaxErrorInfo& err, std::vector<CompileWarning>* warnings);

}  // namespace glasspy
