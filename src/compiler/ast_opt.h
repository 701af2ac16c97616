// The AST optimizer (CPython 3.11's Python/ast_opt.c): constant folding of
// unary and binary operators, subscripts and tuples of constants (with its
// size limits), `not (a is b)` -> `a is not b`, lists and sets of constants
// after `in` and in `for` loops become tuples and frozensets, simple `%`
// formatting of a literal string becomes an f-string, `__debug__` becomes
// True.
//
// The parser's tree is left untouched: the optimizer works on a deep copy in
// its own arena (string data is still shared with the original, which must
// outlive it).  Folded values that ast::ConstantValue cannot hold (tuples,
// frozensets, results of arithmetic) live in a side table; value() reads any
// Constant node of the optimized tree.
#pragma once

#include <unordered_map>

#include "ast/ast.h"
#include "compiler/code_unit.h"

namespace glasspy {

// A parser constant as a compile-time Constant.
Constant constant_from_ast(const ast::ConstantValue& v);

class AstOptimizer {
 public:
  // `future_annotations`: annotations are not folded (they become strings).
  ast::mod* run(const ast::mod* tree, bool future_annotations, bool optimize_flag = false);

  Constant value(const ast::Constant* node) const;
  ast::Arena& arena() { return arena_; }

 private:
  ast::Arena arena_;
  std::unordered_map<const ast::Constant*, Constant> folded_;
  bool future_annotations_ = false;
  bool optimize_ = false;

  friend class Folder;
};

// A deep copy of any node into `arena` (identifiers and string data shared).
// Throws CompileRecursionError for trees nested deeper than any CPython
// compiles (so that no later pass recurses too deep for the C++ stack).
ast::Node* copy_tree(const ast::Node* node, ast::Arena& arena);

// CPython's "RecursionError: maximum recursion depth exceeded during
// compilation": its AST optimizer and symbol table count nesting against
// the recursion limit (1000) times 3.
struct CompileRecursionError {};
constexpr int kCompileRecursionLimit = 3000;

}  // namespace glasspy
