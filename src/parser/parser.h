// The parser: tokens to an abstract syntax tree, for the whole Python 3.11
// grammar (CPython's Grammar/python.gram is the reference).
#pragma once

#include "ast/ast.h"
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

}  // namespace glasspy
