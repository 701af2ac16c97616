// Symbol tables: which names each block binds, uses and declares, and the
// scope every name resolves to, by CPython 3.11's rules (Python/symtable.c).
//
// Two passes, as in CPython.  The first walks the (optimized) AST and
// records, per block (module, class, function, lambda, comprehension,
// and annotation scopes under `from __future__ import annotations`), the
// flags of each name in first-seen order; it raises the SyntaxErrors that
// depend on statement order (global after use, duplicate parameters, yield
// in a comprehension, walrus conflicts...).  The second resolves scopes
// top-down: a name is LOCAL where bound, FREE where an enclosing function
// binds it, CELL where bound and used free below, GLOBAL_EXPLICIT where
// declared global, GLOBAL_IMPLICIT otherwise.  Class bodies are invisible to
// nested functions except for the implicit __class__ cell (needed by super()
// and __class__ in methods), recorded as needs_class_closure.
//
// Entries are keyed by the AST node that opens them (the module, the def,
// the lambda, the comprehension), which is how the compiler finds them.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ast/ast.h"
#include "lexer/source.h"
#include "util/syntax_error.h"

namespace glasspy::symtable {

// Name flags (CPython's DEF_* values).
enum : int {
  DEF_GLOBAL = 1,
  DEF_LOCAL = 2,
  DEF_PARAM = 4,
  DEF_NONLOCAL = 8,
  USE = 16,
  DEF_FREE = 32,
  DEF_FREE_CLASS = 64,
  DEF_IMPORT = 128,
  DEF_ANNOT = 256,
  DEF_COMP_ITER = 512,
  DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT,
};

constexpr int kScopeOffset = 11;
constexpr int kScopeMask = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

enum Scope : int { NONE = 0, LOCAL = 1, GLOBAL_EXPLICIT = 2, GLOBAL_IMPLICIT = 3, FREE = 4, CELL = 5 };

enum class BlockType { Function, Class, Module, Annotation };
enum class Comprehension { None, List, Dict, Set, Generator };

struct Location {
  int lineno = 0, col_offset = 0, end_lineno = 0, end_col_offset = 0;
};

// An ordered name -> flags map (CPython iterates its dict in insertion order).
class SymbolMap {
 public:
  int get(const std::string& name) const;  // 0 when absent
  bool contains(const std::string& name) const { return index_.count(name) != 0; }
  void set(const std::string& name, int flags);
  const std::vector<std::pair<std::string, int>>& items() const { return items_; }
  std::vector<std::pair<std::string, int>>& items() { return items_; }

 private:
  std::vector<std::pair<std::string, int>> items_;
  std::unordered_map<std::string, size_t> index_;
};

struct Entry {
  std::string name;
  BlockType type = BlockType::Module;
  const void* key = nullptr;
  Location loc;
  SymbolMap symbols;
  std::vector<std::string> varnames;  // parameters, in order
  std::vector<Entry*> children;
  std::vector<std::pair<std::string, Location>> directives;  // global/nonlocal
  bool nested = false;
  bool has_free = false;    // ste_free
  bool child_free = false;
  bool generator = false;
  bool coroutine = false;
  Comprehension comprehension = Comprehension::None;
  bool varargs = false;
  bool varkeywords = false;
  bool returns_value = false;
  bool needs_class_closure = false;
  bool comp_iter_target = false;
  int comp_iter_expr = 0;

  int flags_of(const std::string& name) const { return symbols.get(name); }
  // The resolved scope (after analysis), NONE for unknown names.
  int scope_of(const std::string& name) const {
    return (symbols.get(name) >> kScopeOffset) & kScopeMask;
  }
};

class SymbolTable {
 public:
  // Builds and analyzes the table for `tree` (already optimized).
  // `future_annotations`: `from __future__ import annotations` is in effect.
  // On a SyntaxError returns false and fills `err`; nesting deeper than
  // CPython's compile-time recursion limit throws CompileRecursionError.
  bool build(const ast::mod* tree, const SourceText& source, bool future_annotations,
             SyntaxErrorInfo& err);

  Entry* top() const { return top_; }
  Entry* lookup(const void* key) const;

 private:
  friend class Builder;
  std::vector<std::unique_ptr<Entry>> entries_;
  std::unordered_map<const void*, Entry*> by_key_;
  Entry* top_ = nullptr;
};

// CPython's private name mangling: inside class `class_name`, `__spam`
// becomes `_Class__spam` (not dunder names, not dotted names).
std::string mangle(std::string_view class_name, std::string_view name);

// The source line CPython quotes in a compile-time SyntaxError (with its
// newline; none for "<string>" / "<stdin>" sources, which it cannot re-read),
// and the error filled in with CPython's location conventions (1-based
// byte offsets).
std::string error_line(const SourceText& source, int lineno);
void set_error(SyntaxErrorInfo& err, const SourceText& source, std::string msg, int lineno,
               int col_offset, int end_lineno, int end_col_offset);

}  // namespace glasspy::symtable
