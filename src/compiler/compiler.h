// The bytecode compiler: an AST (as the parser builds it) to CPython 3.11
// bytecode, instruction for instruction what CPython's own compiler emits,
// so that `glasspy --dis` prints what `python3 -m dis` prints.
//
// Stages, as in CPython: __future__ checks, the AST optimizer (ast_opt.h),
// symbol tables (symtable.h), code generation into a control-flow graph of
// basic blocks, CFG optimizations and assembly (flowgraph.cpp) into a
// CodeUnit per function, class body, lambda, comprehension and module.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "ast/ast.h"
#include "compiler/code_unit.h"
#include "lexer/source.h"
#include "util/syntax_error.h"

namespace glasspy {

struct CompileOptions {
  int optimize = 0;  // -O level (0: __debug__ is True, asserts kept; 2: no docstrings)
  // Future flags already in effect (compile()'s flags argument), CO_FUTURE_*.
  int future_flags = 0;
};

// Compiles a module ('exec'), expression ('eval') or interactive statement
// ('single') tree; the mode is the tree's kind (Module, Expression,
// Interactive).  `source` gives the lines quoted in errors; `filename` is
// co_filename and the error's filename.  On a SyntaxError returns false and
// fills `err` as CPython would (offsets are 1-based UTF-8 byte columns, as
// CPython's compiler reports them).  The SyntaxWarnings it issues are
// appended to `warnings`, in CPython's order.  Where CPython raises
// RecursionError ("maximum recursion depth exceeded during compilation")
// instead, for trees nested too deeply, returns false with
// `*recursion_error` set and err.msg holding that message.
bool compile_module(const ast::mod* tree, const SourceText& source, std::string filename,
                    std::shared_ptr<CodeUnit>& out, SyntaxErrorInfo& err,
                    const CompileOptions& options = {},
                    std::vector<CompileWarning>* warnings = nullptr,
                    bool* recursion_error = nullptr);

}  // namespace glasspy
