// The parser's internals: a hand-written PEG parser following CPython 3.11's
// Grammar/python.gram rule for rule.
//
// Design and invariants:
//  - One member function per grammar rule, named after it, with the rule quoted
//    above it.  Ordered choice is done by saving `mark_` (an index into the
//    token buffer) and restoring it when an alternative fails; backtracking
//    never throws.  A rule that fails leaves `mark_` where it found it.
//  - Tokens come from the Lexer lazily into a chunked buffer whose addresses
//    never move, so `Tok&` references stay valid while more tokens are read.
//    `fill_` counts the tokens read so far; the furthest token read is what
//    CPython reports a generic "invalid syntax" at.
//  - Rules that CPython memoizes (and the left-recursive ones, which we write as
//    loops producing the same left-nested trees) cache their result per start
//    token in a small list hanging off the token, which keeps parsing linear.
//  - Like CPython, parsing runs a first pass without the invalid_* rules; if it
//    fails, a second pass with `call_invalid_` set looks for a specialised
//    error message.  Any error sets `error_`, after which every rule returns
//    failure at once; the first error raised is the one reported.
//  - Results of rules are arena pointers (null = no match).  Sequences are
//    collected on a scratch stack (`scratch_`) and copied into the arena when
//    complete, so there is no heap allocation per token on the hot path.
//  - `level_` counts the nesting of rule calls like CPython's p->level; past
//    kMaxStack the parse fails as CPython's does (MemoryError).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "ast/ast.h"
#include "lexer/lexer.h"
#include "lexer/source.h"
#include "lexer/token.h"
#include "parser/parser.h"
#include "util/syntax_error.h"

namespace glasspy::parser_impl {

using namespace glasspy::ast;  // NOLINT: the rules mention node types everywhere

// Reserved keywords: NAME tokens with these spellings are keywords and never
// match NAME.
enum Kw : uint8_t {
  KW_NONE = 0,
  KW_False, KW_None, KW_True, KW_and, KW_as, KW_assert, KW_async, KW_await,
  KW_break, KW_class, KW_continue, KW_def, KW_del, KW_elif, KW_else, KW_except,
  KW_finally, KW_for, KW_from, KW_global, KW_if, KW_import, KW_in, KW_is,
  KW_lambda, KW_nonlocal, KW_not, KW_or, KW_pass, KW_raise, KW_return, KW_try,
  KW_while, KW_with, KW_yield,
};

// Soft keywords: ordinary NAMEs that some rules match by spelling.
enum Soft : uint8_t { SK_NONE = 0, SK_match, SK_case, SK_underscore };

// Memoized rules.
enum MemoRule : int16_t {
  M_simple_stmt, M_block, M_expression, M_star_expression, M_disjunction,
  M_conjunction, M_inversion, M_factor, M_await_primary, M_bitwise_or,
  M_bitwise_xor, M_bitwise_and, M_shift_expr, M_sum, M_term, M_primary,
  M_t_primary, M_star_target, M_target_with_star_atom, M_del_target,
  M_arguments, M_strings, M_closed_pattern, M_star_pattern,
  M_invalid_named_expression, M_dotted_name, M_attr, M_import_stmt,
};

struct MemoEntry {
  int16_t rule;
  int end;
  void* value;
  MemoEntry* next;
};

// A token in the parser's buffer.  Columns are UTF-8 byte offsets; as in
// CPython, INDENT and DEDENT have col == end_col == -1 and NEWLINE is zero
// width.
struct Tok {
  TokenKind kind = TokenKind::ENDMARKER;
  Kw kw = KW_NONE;
  Soft soft = SK_NONE;
  int lineno = 0, col = 0, end_lineno = 0, end_col = 0;
  int level = 0;  // bracket nesting after this token
  int cur_col = 0;  // the tokenizer's column after this token (CPython's tok->cur)
  std::string_view text;
  MemoEntry* memo = nullptr;
};

// A source range, as CPython's error helpers take from tokens and nodes.
struct Loc {
  int lineno, col, end_lineno, end_col;
};
inline Loc loc_of(const Tok& t) { return {t.lineno, t.col, t.end_lineno, t.end_col}; }
inline Loc loc_of(const Node* n) { return {n->lineno, n->col_offset, n->end_lineno, n->end_col_offset}; }

// Intermediate results of rules (CPython's action helper structs).
struct NameDefaultPair { arg* a; expr* value; };
struct SlashWithDefault { Seq<arg*> plain_names; Seq<NameDefaultPair*> names_with_defaults; };
struct StarEtc { arg* vararg; Seq<NameDefaultPair*> kwonlyargs; arg* kwarg; };
struct KeyValuePair { expr* key; expr* value; };
struct KeywordOrStarred { void* element; bool is_keyword; };
struct CmpopExprPair { cmpop op; expr* e; };
struct KeyPatternPair { expr* key; pattern* pat; };
// A sequence produced by a rule, as an arena object so that "no match" (null)
// differs from "empty".
template <class T>
struct SeqBox { Seq<T> seq; };

constexpr int kMaxStack = 6000;

// Where an f-string replacement field's expression sits in the file: the
// sub-parser shifts its tokens so node positions are file positions.
struct FStringContext {
  int line_offset = 0;        // added to every token line
  int starting_lineno = 0;    // tokens on this (shifted) line ...
  int starting_col_offset = 0;  // ... get this added to their columns
};

class Parser {
 public:
  Parser(const SourceText& source, ParseMode mode, Arena& arena, SyntaxErrorInfo& err,
         const FStringContext* fctx = nullptr);
  ~Parser();
  Parser(const Parser&) = delete;
  Parser& operator=(const Parser&) = delete;

  // Runs both passes; returns the tree or null with err filled.
  mod* run();
  // For f-string sub-parsers: parses "(expr)" with the fstring start rule.
  expr* run_fstring();

  // ---- token buffer -------------------------------------------------------
  Tok& tok(int i);             // token i, filling the buffer as needed
  bool fill_token();           // reads one more token; false on lexer error
  void collect_warnings();     // copies the lexer's new warnings to warnings_
  Tok& cur() { return tok(mark_); }
  bool ensure(int i);          // makes token i available; false on error
  const Tok& last_nonws_token();
  std::string_view source_line(int lineno);
  std::string file_line_text(int lineno);

  // ---- matching -------------------------------------------------------------
  Tok* expect(TokenKind k);
  Tok* expect_kw(Kw k);
  Tok* expect_soft(Soft s);
  bool at(TokenKind k) { return ensure(mark_) && tok(mark_).kind == k && tok(mark_).kw == KW_NONE; }
  bool at_kw(Kw k) { return ensure(mark_) && tok(mark_).kw == k; }
  bool at_name() { return ensure(mark_) && tok(mark_).kind == TokenKind::NAME && tok(mark_).kw == KW_NONE; }
  bool at_kind(int offset, TokenKind k);
  Tok* expect_forced(TokenKind k, const char* spelling);  // &&'x'
  Tok* expect_forced_kw(Kw k, const char* spelling);
  expr* name_token();      // NAME -> Name(Load)
  Tok* name_tok();         // NAME as a token
  Tok* soft_keyword_token();
  expr* number_token();
  Tok* string_token();

  // ---- node construction --------------------------------------------------
  template <class T>
  T* mk(int start) {
    T* n = arena_.make<T>();
    const Tok& s = tok(start);
    n->lineno = s.lineno;
    n->col_offset = s.col;
    const Tok& e = last_nonws_token();
    n->end_lineno = e.end_lineno;
    n->end_col_offset = e.end_col;
    return n;
  }
  template <class T>
  T* mk_loc(const Loc& l) {
    T* n = arena_.make<T>();
    n->lineno = l.lineno;
    n->col_offset = l.col;
    n->end_lineno = l.end_lineno;
    n->end_col_offset = l.end_col;
    return n;
  }
  Identifier new_identifier(std::string_view text);
  expr* set_expr_context(expr* e, expr_context ctx);
  Seq<expr*> set_seq_context(Seq<expr*> s, expr_context ctx);
  template <class T>
  Seq<T> singleton(T item) {
    Seq<T> s;
    s.items = static_cast<T*>(arena_.allocate(sizeof(T), alignof(T)));
    s.items[0] = item;
    s.count = 1;
    return s;
  }
  template <class T>
  Seq<T> insert_in_front(T first, Seq<T> rest) {
    Seq<T> s;
    s.count = rest.count + 1;
    s.items = static_cast<T*>(arena_.allocate(sizeof(T) * s.count, alignof(T)));
    s.items[0] = first;
    for (uint32_t i = 0; i < rest.count; ++i) s.items[i + 1] = rest.items[i];
    return s;
  }
  template <class T>
  SeqBox<T>* box(Seq<T> s) {
    auto* b = static_cast<SeqBox<T>*>(arena_.allocate(sizeof(SeqBox<T>), alignof(SeqBox<T>)));
    b->seq = s;
    return b;
  }
  template <class T>
  T* make_struct() {
    return new (arena_.allocate(sizeof(T), alignof(T))) T{};
  }

  // Scratch stack for collecting sequences.
  struct Frame {
    Parser& p;
    size_t base;
    explicit Frame(Parser& parser) : p(parser), base(parser.scratch_.size()) {}
    ~Frame() { p.scratch_.resize(base); }
    void push(void* v) { p.scratch_.push_back(v); }
    size_t size() const { return p.scratch_.size() - base; }
    template <class T>
    Seq<T> seq() {
      Seq<T> s;
      s.count = static_cast<uint32_t>(size());
      if (s.count) {
        s.items = static_cast<T*>(p.arena_.allocate(sizeof(T) * s.count, alignof(T)));
        for (uint32_t i = 0; i < s.count; ++i) s.items[i] = static_cast<T>(p.scratch_[base + i]);
      }
      return s;
    }
  };

  // ---- memo -------------------------------------------------------------
  template <class T>
  bool memo_get(MemoRule rule, T*& out) {
    if (!ensure(mark_)) {
      out = nullptr;
      return true;
    }
    for (MemoEntry* m = tok(mark_).memo; m; m = m->next) {
      if (m->rule == rule) {
        out = static_cast<T*>(m->value);
        mark_ = m->end;
        return true;
      }
    }
    return false;
  }
  void memo_put(int start, MemoRule rule, void* value);

  // ---- errors -----------------------------------------------------------
  // RAISE_ERROR_KNOWN_LOCATION with byte columns (0-based; -1 = none).
  void raise_known(SyntaxErrorKind kind, int lineno, int col, int end_lineno, int end_col,
                   const std::string& msg);
  void raise_at(const Loc& a, const std::string& msg) {
    raise_known(SyntaxErrorKind::SyntaxError, a.lineno, a.col, a.end_lineno, a.end_col, msg);
  }
  void raise_range(const Loc& a, const Loc& b, const std::string& msg) {
    raise_known(SyntaxErrorKind::SyntaxError, a.lineno, a.col, b.end_lineno, b.end_col, msg);
  }
  void raise_starting_from(const Loc& a, const std::string& msg);
  // RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the last token read.
  void raise_last(SyntaxErrorKind kind, const std::string& msg);
  void raise_at_token(SyntaxErrorKind kind, int index, const std::string& msg);
  void raise_syntax(const std::string& msg) { raise_last(SyntaxErrorKind::SyntaxError, msg); }
  void raise_indentation(const std::string& msg) { raise_last(SyntaxErrorKind::IndentationError, msg); }
  // RAISE_SYNTAX_ERROR_ON_NEXT_TOKEN.
  void raise_on_next_token(const std::string& msg);
  void raise_invalid_target(int targets_type, expr* e);
  void raise_memory_error();
  void set_syntax_error(int last_token_index);
  void tokenize_rest_for_errors();
  void raise_unclosed_paren_from_lexer();

  // ---- helpers from CPython's action_helpers --------------------------------
  static const char* expr_name(expr* e);
  expr* get_invalid_target(expr* e, int targets_type);
  arguments* make_arguments(Seq<arg*>* slash_without_default, SlashWithDefault* slash_with_default,
                            Seq<arg*>* plain_names, Seq<NameDefaultPair*>* names_with_default,
                            StarEtc* star_etc);
  arguments* empty_arguments();
  expr* collect_call_seqs(Seq<expr*> a, Seq<KeywordOrStarred*>* b, int start);
  expr* last_comprehension_item(comprehension* c);
  void* nonparen_genexp_in_call(expr* args, Seq<comprehension*> comps);
  void* arguments_parsing_error(expr* e);
  bool check_legacy_stmt(expr* name);

  // ---- start rules ---------------------------------------------------------
  mod* file();
  mod* interactive();
  mod* eval();
  mod* func_type();
  expr* fstring_rule();

  // ---- statements ------------------------------------------------------------
  SeqBox<stmt*>* statements();
  bool statement(Frame& out);
  SeqBox<stmt*>* statement_newline();
  SeqBox<stmt*>* simple_stmts();
  bool simple_stmts_into(Frame& out);
  stmt* simple_stmt();
  stmt* simple_stmt_raw();
  stmt* compound_stmt();
  stmt* assignment();
  expr* annotated_rhs();
  bool augassign(operator_& op);
  stmt* return_stmt();
  stmt* raise_stmt();
  stmt* global_stmt();
  stmt* nonlocal_stmt();
  stmt* del_stmt();
  stmt* yield_stmt();
  stmt* assert_stmt();
  stmt* import_stmt();
  stmt* import_name();
  stmt* import_from();
  SeqBox<alias*>* import_from_targets();
  SeqBox<alias*>* import_from_as_names();
  alias* import_from_as_name();
  SeqBox<alias*>* dotted_as_names();
  alias* dotted_as_name();
  expr* dotted_name();
  SeqBox<stmt*>* block();
  SeqBox<stmt*>* block_raw();
  SeqBox<expr*>* decorators();
  stmt* class_def();
  stmt* class_def_raw();
  stmt* function_def();
  stmt* function_def_raw();
  arguments* params();
  arguments* parameters();
  SeqBox<arg*>* slash_no_default();
  SlashWithDefault* slash_with_default();
  StarEtc* star_etc();
  arg* kwds();
  arg* param_no_default();
  arg* param_no_default_star_annotation();
  NameDefaultPair* param_with_default();
  NameDefaultPair* param_maybe_default();
  arg* param();
  arg* param_star_annotation();
  expr* annotation();
  expr* star_annotation();
  expr* default_();
  stmt* if_stmt();
  stmt* elif_stmt();
  SeqBox<stmt*>* else_block();
  stmt* while_stmt();
  stmt* for_stmt();
  stmt* with_stmt();
  withitem* with_item();
  stmt* try_stmt();
  excepthandler* except_block();
  excepthandler* except_star_block();
  SeqBox<stmt*>* finally_block();
  stmt* match_stmt();
  expr* subject_expr();
  match_case* case_block();
  expr* guard();

  // ---- patterns ------------------------------------------------------------
  pattern* patterns();
  pattern* pattern_rule();
  pattern* as_pattern();
  pattern* or_pattern();
  pattern* closed_pattern();
  pattern* closed_pattern_raw();
  pattern* literal_pattern();
  expr* literal_expr();
  expr* complex_number();
  expr* signed_number();
  expr* signed_real_number();
  expr* real_number();
  expr* imaginary_number();
  pattern* capture_pattern();
  expr* pattern_capture_target();
  pattern* wildcard_pattern();
  pattern* value_pattern();
  expr* attr();
  expr* name_or_attr();
  pattern* group_pattern();
  pattern* sequence_pattern();
  SeqBox<pattern*>* open_sequence_pattern();
  SeqBox<pattern*>* maybe_sequence_pattern();
  pattern* maybe_star_pattern();
  pattern* star_pattern();
  pattern* mapping_pattern();
  SeqBox<KeyPatternPair*>* items_pattern();
  KeyPatternPair* key_value_pattern();
  expr* double_star_pattern();
  pattern* class_pattern();
  SeqBox<pattern*>* positional_patterns();
  SeqBox<KeyPatternPair*>* keyword_patterns();
  KeyPatternPair* keyword_pattern();

  // ---- expressions -----------------------------------------------------------
  expr* expressions();
  expr* expression();
  expr* expression_raw();
  expr* yield_expr();
  expr* star_expressions();
  expr* star_expression();
  SeqBox<expr*>* star_named_expressions();
  expr* star_named_expression();
  expr* assignment_expression();
  expr* named_expression();
  expr* disjunction();
  expr* conjunction();
  expr* inversion();
  expr* comparison();
  CmpopExprPair* compare_op_bitwise_or_pair();
  expr* bitwise_or();
  expr* bitwise_xor();
  expr* bitwise_and();
  expr* shift_expr();
  expr* sum();
  expr* term();
  expr* factor();
  expr* power();
  expr* await_primary();
  expr* primary();
  expr* slices();
  expr* slice();
  expr* atom();
  expr* group();
  expr* lambdef();
  arguments* lambda_params();
  arguments* lambda_parameters();
  SeqBox<arg*>* lambda_slash_no_default();
  SlashWithDefault* lambda_slash_with_default();
  StarEtc* lambda_star_etc();
  arg* lambda_kwds();
  arg* lambda_param_no_default();
  NameDefaultPair* lambda_param_with_default();
  NameDefaultPair* lambda_param_maybe_default();
  arg* lambda_param();
  expr* strings();
  expr* list();
  expr* tuple();
  expr* set();
  expr* dict();
  SeqBox<KeyValuePair*>* double_starred_kvpairs();
  KeyValuePair* double_starred_kvpair();
  KeyValuePair* kvpair();
  SeqBox<comprehension*>* for_if_clauses();
  comprehension* for_if_clause();
  expr* listcomp();
  expr* setcomp();
  expr* genexp();
  expr* dictcomp();
  expr* arguments_rule();
  expr* args();
  SeqBox<KeywordOrStarred*>* kwargs();
  expr* starred_expression();
  KeywordOrStarred* kwarg_or_starred();
  KeywordOrStarred* kwarg_or_double_starred();
  expr* star_targets();
  SeqBox<expr*>* star_targets_list_seq();
  SeqBox<expr*>* star_targets_tuple_seq();
  expr* star_target();
  expr* target_with_star_atom();
  expr* star_atom();
  expr* single_target();
  expr* single_subscript_attribute_target();
  expr* t_primary();
  bool t_lookahead();
  SeqBox<expr*>* del_targets();
  expr* del_target();
  expr* del_t_atom();
  SeqBox<expr*>* type_expressions();
  expr* expression_without_invalid();

  // ---- invalid_* rules (second pass only) ----------------------------------
  void* invalid_arguments();
  void* invalid_kwarg();
  void* invalid_legacy_expression();
  void* invalid_expression();
  void* invalid_named_expression();
  void* invalid_assignment();
  expr* invalid_ann_assign_target();
  void* invalid_del_stmt();
  void* invalid_block();
  void* invalid_comprehension();
  void* invalid_dict_comprehension();
  void* invalid_parameters();
  void* invalid_default();
  void* invalid_star_etc();
  void* invalid_kwds();
  bool invalid_parameters_helper();
  void* invalid_lambda_parameters();
  void* invalid_lambda_star_etc();
  void* invalid_lambda_kwds();
  bool invalid_lambda_parameters_helper();
  void* invalid_with_item();
  void* invalid_for_target();
  void* invalid_group();
  void* invalid_import_from_targets();
  void* invalid_with_stmt();
  void* invalid_with_stmt_indent();
  void* invalid_try_stmt();
  void* invalid_except_stmt();
  void* invalid_finally_stmt();
  void* invalid_except_stmt_indent();
  void* invalid_except_star_stmt_indent();
  void* invalid_match_stmt();
  void* invalid_case_block();
  void* invalid_as_pattern();
  void* invalid_class_pattern();
  SeqBox<pattern*>* invalid_class_argument_pattern();
  void* invalid_if_stmt();
  void* invalid_elif_stmt();
  void* invalid_else_stmt();
  void* invalid_while_stmt();
  void* invalid_for_stmt();
  void* invalid_def_raw();
  void* invalid_class_def_raw();
  void* invalid_double_starred_kvpairs();
  void* invalid_kvpair();

  // ---- strings (strings.cpp) -----------------------------------------------
  expr* concatenate_strings(int first, int last);

  // ---- state --------------------------------------------------------------
  const SourceText& source_;
  ParseMode mode_;
  Arena& arena_;
  SyntaxErrorInfo& err_;
  FStringContext fctx_;
  bool in_fstring_ = false;
  std::unique_ptr<Lexer> lexer_;
  std::vector<CompileWarning>* warnings_ = nullptr;  // where tokenizer warnings go
  size_t warnings_seen_ = 0;                     // how many of lexer_'s are copied

  static constexpr int kChunkBits = 10;
  std::vector<std::unique_ptr<Tok[]>> chunks_;
  int fill_ = 0;
  int mark_ = 0;
  bool lexer_failed_ = false;  // the lexer reported an error (kept in lexer_error_)
  bool lexer_done_ = false;    // ENDMARKER has been read
  bool parsing_started_ = false;  // single mode: a token other than a final ENDMARKER was read
  int paren_level_ = 0;
  bool error_ = false;         // CPython's p->error_indicator
  bool call_invalid_ = false;  // second pass
  bool memory_error_ = false;
  int level_ = 0;
  std::vector<void*> scratch_;
  std::vector<std::unique_ptr<MemoEntry[]>> memo_chunks_;
  size_t memo_used_ = 0;
  static constexpr size_t kMemoChunk = 4096;
};

// Rule-entry guard: counts recursion depth like CPython's p->level.
struct Enter {
  Parser& p;
  explicit Enter(Parser& parser) : p(parser) {
    if (++p.level_ > kMaxStack && !p.error_) p.raise_memory_error();
  }
  ~Enter() { --p.level_; }
};

#define RULE_ENTER()        \
  Enter enter_guard_(*this); \
  if (error_) return nullptr

enum TargetsType { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS };

}  // namespace glasspy::parser_impl
