// The compiler's internals: the control-flow graph (instructions in basic
// blocks, with pseudo-instructions until assembly), the per-code-object
// compilation unit, and the Compiler that walks the AST.  Shared by
// codegen*.cpp (AST -> CFG) and flowgraph.cpp (CFG -> CodeUnit).
//
// Invariants:
//  - An instruction whose opcode is a jump or a scope exit ends its block;
//    any instruction added after one starts a new block (linked as the
//    fall-through successor, so dead code stays reachable only by nothing).
//  - Block::next is the fall-through/layout order; Unit::blocks is the
//    allocation order, and CPython's b_list walks it newest first.
//  - Jump targets and SETUP_* handlers are Block pointers until assembly;
//    LOAD_DEREF & co. carry cell/free indices (cells first) until
//    fix_cell_offsets maps them to localsplus slots.
//  - Locations are the current statement's or expression's (CPython's
//    SET_LOC); -1 everywhere means "artificial", filled in later from
//    neighbours by propagate_line_numbers.
#pragma once

#include <climits>
#include <memory>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ast/ast.h"
#include "compiler/ast_opt.h"
#include "compiler/code_unit.h"
#include "compiler/compiler.h"
#include "compiler/opcodes.h"
#include "compiler/symtable.h"

namespace glasspy::cc {

struct Loc {
  int lineno = -1, end_lineno = -1, col = -1, end_col = -1;
};

struct Block;

struct Instr {
  int opcode = 0;
  int oparg = 0;
  Block* target = nullptr;  // jumps and SETUP_*
  Block* except = nullptr;  // the handler in effect (label_exception_targets)
  Loc loc;
};

using ExceptStack = std::vector<Block*>;  // [0] is null: no handler

struct Block {
  std::vector<Instr> instrs;
  Block* next = nullptr;
  int id = 0;  // allocation order
  int predecessors = 0;
  int startdepth = INT_MIN;
  int offset = 0;  // in code units, after assembly
  bool preserve_lasti = false;
  bool visited = false;
  std::unique_ptr<ExceptStack> exceptstack;

  bool empty() const { return instrs.empty(); }
  Instr* last() { return instrs.empty() ? nullptr : &instrs.back(); }
  const Instr* last() const { return instrs.empty() ? nullptr : &instrs.back(); }
};

bool instr_is_jump(const Instr& i);        // CPython's is_jump (not SETUP_*)
bool instr_is_block_push(const Instr& i);  // SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH
bool block_nofallthrough(const Block* b);
bool block_is_exit(const Block* b);

// An insertion-ordered name -> index map (CPython's u_names & co. dicts).
class NameIndex {
 public:
  int add(const std::string& name);  // existing index or a new one
  int find(const std::string& name) const;
  size_t size() const { return names_.size(); }
  const std::vector<std::string>& names() const { return names_; }

 private:
  std::vector<std::string> names_;
  std::unordered_map<std::string, int> index_;
};

// co_consts under construction, deduplicated by CPython's constant key.
class ConstPool {
 public:
  int add(const Constant& c);
  int find(const Constant& c) const;  // -1 if absent
  std::vector<Constant>& items() { return items_; }

 private:
  std::vector<Constant> items_;
  std::unordered_map<std::string, int> index_;
};

std::string const_key(const Constant& c);

enum class ScopeType { Module, Class, Function, AsyncFunction, Lambda, Comprehension };

enum class FBlockType {
  WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith,
  HandlerCleanup, PopValue, ExceptionHandler, ExceptionGroupHandler,
  AsyncComprehensionGenerator
};

struct FBlock {
  explicit FBlock(FBlockType t, Block* b = nullptr, Block* e = nullptr) : type(t), block(b), exit(e) {}
  FBlockType type;
  Block* block = nullptr;
  Block* exit = nullptr;
  const ast::stmt* stmt = nullptr;             // With / AsyncWith
  const ast::Seq<ast::stmt*>* body = nullptr;  // FinallyTry: the finally body
  std::string name;                            // HandlerCleanup: the `as` name
  bool has_name = false;
};

struct Unit {
  symtable::Entry* ste = nullptr;
  std::string name, qualname;
  ScopeType scope_type = ScopeType::Module;
  ConstPool consts;
  NameIndex names, varnames, cellvars, freevars;
  bool has_private = false;
  std::string private_name;
  int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  std::vector<std::unique_ptr<Block>> blocks;
  Block* curblock = nullptr;
  std::vector<FBlock> fblocks;
  int firstlineno = 0;
  Loc loc;
};

struct CompileError {};  // thrown after the SyntaxErrorInfo is filled

// The state of one `match` case's pattern (CPython's pattern_context).
struct PatternContext {
  std::vector<std::string> stores;
  bool allow_irrefutable = false;
  std::vector<Block*> fail_pop;
  int on_top = 0;
};

class Compiler {
 public:
  Compiler(const SourceText& source, std::string filename, const CompileOptions& options,
           SyntaxErrorInfo& err, std::vector<CompileWarning>* warnings);

  std::shared_ptr<CodeUnit> compile(const ast::mod* tree);
  bool recursion_error() const { return recursion_error_; }

 private:
  friend class Assembler;
  const SourceText& source_;
  std::string filename_;
  CompileOptions options_;
  SyntaxErrorInfo& err_;
  std::vector<CompileWarning>* warnings_;
  AstOptimizer optimizer_;
  symtable::SymbolTable symtable_;
  int future_features_ = 0;
  int future_lineno_ = 0;
  bool interactive_ = false;
  bool recursion_error_ = false;
  int nestlevel_ = 0;
  std::vector<std::unique_ptr<Unit>> stack_;  // enclosing units
  // frozenset constants as CPython's constant cache holds them (rebuilt once
  // when first merged), by constant key; and the strings that are interned
  // before code objects are made (identifiers of the source, builtins,
  // keywords), which make CPython rebuild a frozenset holding them once more.
  std::unordered_map<std::string, Constant> frozenset_cache_;
  std::unordered_set<std::string> interned_;
  // For each string constant, whether the object CPython's constant cache
  // keeps for it is the interned one (it first came from an identifier: a
  // keyword name, an imported name...) rather than a literal's own object.
  std::unordered_map<std::string, bool> str_cache_interned_;
  void register_strings(const Constant& c, bool from_identifier);
  // Registers the strings of a constant built from identifiers, then loads it.
  void load_identifier_const(const Constant& c) {
    register_strings(c, true);
    load_const(c);
  }
  void collect_identifiers(const ast::Node* tree);
  Constant merge_frozenset(const Constant& c);
  std::unique_ptr<Unit> u_;

  Unit& u() { return *u_; }

  // ---- errors --------------------------------------------------------------------
  [[noreturn]] void error(const std::string& msg);  // at the current location
  [[noreturn]] void error_at(const std::string& msg, int lineno, int col, int end_lineno, int end_col);
  void warn(const std::string& msg);

  // ---- __future__ ----------------------------------------------------------------
  void check_future(const ast::mod* tree);

  // ---- units -------------------------------------------------------------------------
  void enter_scope(const std::string& name, ScopeType type, const void* key, int lineno);
  std::unique_ptr<Unit> exit_scope();
  void set_qualname();
  std::shared_ptr<CodeUnit> assemble(bool add_none);

  // ---- emitting ----------------------------------------------------------------------
  Block* new_block();
  void use_next_block(Block* b);
  void start_block_if_needed();
  Instr& add_instr(int opcode, int oparg, const Loc& loc);
  void addop(int opcode) { add_instr(opcode, 0, u().loc); }
  void addop_i(int opcode, int oparg) { add_instr(opcode, oparg, u().loc); }
  void addop_noline(int opcode) { add_instr(opcode, 0, Loc{}); }
  void addop_j(int opcode, Block* target);
  void addop_j_noline(int opcode, Block* target);
  int add_const(const Constant& c);
  void load_const(const Constant& c) { addop_i(op::LOAD_CONST, add_const(c)); }
  void addop_name(int opcode, const std::string& name);  // mangled, into co_names
  void addop_n(int opcode, const std::string& name);     // unmangled, into co_names
  void set_loc(const ast::Node* n);
  void unset_loc() { u().loc = Loc{}; }
  std::string mangle(const std::string& name);
  void update_start_location_to_match_attr(const ast::Attribute* attr);

  // ---- names ---------------------------------------------------------------------------
  void nameop(const std::string& name, ast::expr_context ctx);
  bool forbidden_name(const std::string& name, ast::expr_context ctx);
  int scope_of(const std::string& mangled);

  // ---- statements ----------------------------------------------------------------------
  void body(const ast::Seq<ast::stmt*>& stmts);
  void visit_stmts(const ast::Seq<ast::stmt*>& stmts) {
    for (ast::stmt* s : stmts) visit_stmt(s);
  }
  void visit_stmt(const ast::stmt* s);
  void visit_stmt_expr(const ast::expr* value);
  void function_def(const ast::stmt* s, bool is_async);
  void class_def(const ast::ClassDef* s);
  void return_stmt(const ast::Return* s);
  void break_stmt();
  void continue_stmt();
  void if_stmt(const ast::If* s);
  void for_stmt(const ast::For* s);
  void async_for_stmt(const ast::AsyncFor* s);
  void while_stmt(const ast::While* s);
  void try_stmt(const ast::stmt* s);
  void try_except(const ast::stmt* s);
  void try_finally(const ast::stmt* s);
  void try_star(const ast::TryStar* s);
  void try_star_except(const ast::TryStar* s);
  void try_star_finally(const ast::TryStar* s);
  void with_stmt(const ast::With* s, size_t pos);
  void async_with_stmt(const ast::AsyncWith* s, size_t pos);
  void with_except_finish(Block* cleanup);
  void pop_except_and_reraise();
  void call_exit_with_nones();
  void assert_stmt(const ast::Assert* s);
  void import_stmt(const ast::Import* s);
  void import_from(const ast::ImportFrom* s);
  void import_as(const std::string& name, const std::string& asname);
  void augassign(const ast::AugAssign* s);
  void annassign(const ast::AnnAssign* s);
  void check_ann_expr(const ast::expr* e);
  void check_ann_subscr(const ast::expr* e);
  void check_annotation(const ast::AnnAssign* s);
  void raise_stmt(const ast::Raise* s);
  void delete_stmt(const ast::Delete* s);
  void assign_stmt(const ast::Assign* s);

  // frame blocks
  void push_fblock(FBlock fb);
  void pop_fblock(FBlockType type, Block* block);
  void unwind_fblock(const FBlock& info, bool preserve_tos);
  // Unwinds to the innermost loop (when `loop` is given) or all the way.
  void unwind_fblock_stack(bool preserve_tos, FBlock* loop, bool* found_loop);

  // ---- functions -------------------------------------------------------------------------
  void check_debug_args(const ast::arguments* args);
  void decorators(const ast::Seq<ast::expr*>& decos);
  int default_arguments(const ast::arguments* args);
  bool kwonly_defaults(const ast::arguments* args);
  bool visit_annotations(const ast::arguments* args, const ast::expr* returns);
  void visit_arg_annotation(const std::string& id, const ast::expr* annotation, int& len);
  void visit_annexpr(const ast::expr* e);
  void make_closure(const std::shared_ptr<CodeUnit>& co, int flags);
  int lookup_arg(const NameIndex& dict, const std::string& name);

  // ---- expressions -----------------------------------------------------------------------
  void visit_expr(const ast::expr* e);
  void visit_exprs(const ast::Seq<ast::expr*>& es) {
    for (ast::expr* e : es) visit_expr(e);
  }
  void visit_expr1(const ast::expr* e);
  Constant const_value(const ast::expr* e) { return optimizer_.value(static_cast<const ast::Constant*>(e)); }
  bool is_const(const ast::expr* e) const { return e && e->node_kind == ast::NodeKind::Constant; }
  void jump_if(const ast::expr* e, Block* next, bool cond);
  void boolop(const ast::BoolOp* e);
  void ifexp(const ast::IfExp* e);
  void compare(const ast::Compare* e);
  void addcompare(ast::cmpop op);
  void check_compare(const ast::Compare* e);
  void call(const ast::Call* e);
  bool maybe_optimize_method_call(const ast::Call* e);
  bool is_import_originated(const ast::expr* e);
  void call_helper(int n, const ast::Seq<ast::expr*>& args, const ast::Seq<ast::keyword*>& keywords);
  void call_simple_kw_helper(const ast::Seq<ast::keyword*>& keywords);
  void subkwargs(const ast::Seq<ast::keyword*>& keywords, size_t begin, size_t end);
  void validate_keywords(const ast::Seq<ast::keyword*>& keywords);
  void check_caller(const ast::expr* e);
  void check_subscripter(const ast::expr* e);
  void check_index(const ast::expr* e, const ast::expr* s);
  void starunpack_helper(const ast::Seq<ast::expr*>& elts, int pushed, int build, int add, int extend,
                         bool tuple);
  void unpack_helper(const ast::Seq<ast::expr*>& elts);
  void assignment_helper(const ast::Seq<ast::expr*>& elts);
  void list_expr(const ast::List* e);
  void tuple_expr(const ast::Tuple* e);
  void dict_expr(const ast::Dict* e);
  void subdict(const ast::Dict* e, size_t begin, size_t end);
  void subscript(const ast::Subscript* e);
  void slice(const ast::Slice* e);
  void attribute(const ast::Attribute* e);
  void joined_str(const ast::JoinedStr* e);
  void formatted_value(const ast::FormattedValue* e);
  void lambda(const ast::Lambda* e);
  void comprehension(const ast::expr* e, int type, const std::string& name,
                     const ast::Seq<ast::comprehension*>& gens, const ast::expr* elt,
                     const ast::expr* val);
  void comprehension_generator(const ast::Seq<ast::comprehension*>& gens, size_t index, int depth,
                               const ast::expr* elt, const ast::expr* val, int type);
  void sync_comprehension_generator(const ast::Seq<ast::comprehension*>& gens, size_t index, int depth,
                                    const ast::expr* elt, const ast::expr* val, int type);
  void async_comprehension_generator(const ast::Seq<ast::comprehension*>& gens, size_t index,
                                     int depth, const ast::expr* elt, const ast::expr* val, int type);
  void add_yield_from(bool await);
  void addop_yield();

  // ---- pattern matching ------------------------------------------------------------------
  void match_stmt(const ast::Match* s);
  void visit_pattern(const ast::pattern* p, PatternContext& pc);
  void pattern_subpattern(const ast::pattern* p, PatternContext& pc);
  void ensure_fail_pop(PatternContext& pc, size_t n);
  void jump_to_fail_pop(PatternContext& pc, int opcode);
  void emit_and_reset_fail_pop(PatternContext& pc);
  void pattern_helper_rotate(int count);
  void pattern_helper_store_name(const ast::Identifier* name, PatternContext& pc);
  void pattern_unpack_helper(const ast::Seq<ast::pattern*>& elts);
  void pattern_helper_sequence_unpack(const ast::Seq<ast::pattern*>& patterns, PatternContext& pc);
  void pattern_helper_sequence_subscr(const ast::Seq<ast::pattern*>& patterns, int star,
                                      PatternContext& pc);
  void pattern_as(const ast::MatchAs* p, PatternContext& pc);
  void pattern_class(const ast::MatchClass* p, PatternContext& pc);
  void pattern_mapping(const ast::MatchMapping* p, PatternContext& pc);
  void pattern_or(const ast::MatchOr* p, PatternContext& pc);
  void pattern_sequence(const ast::MatchSequence* p, PatternContext& pc);
  void pattern_value(const ast::MatchValue* p, PatternContext& pc);
  void pattern_singleton(const ast::MatchSingleton* p, PatternContext& pc);

  // ---- helpers ---------------------------------------------------------------------------
  bool future_annotations() const { return future_features_ & CO_FUTURE_ANNOTATIONS; }
  int compute_code_flags();
};

// ast_unparse.c: an annotation as the string `from __future__ import
// annotations` stores.
std::string unparse_annotation(const ast::expr* e, const AstOptimizer& opt);

}  // namespace glasspy::cc
