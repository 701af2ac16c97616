// The parser's driver: the token buffer over the Lexer, memoization, the
// two-pass error strategy of CPython's pegen (first pass plain, second pass
// with the invalid_* rules), error locations, the helpers that CPython's
// grammar actions call, and the start rules.  See parser_internal.h for the
// design; the grammar rules live in parse_*.cpp and invalid_syntax.cpp.
#include <pthread.h>

#include <cstring>

#include "parser/parser_internal.h"
#include "util/unicode.h"

namespace glasspy {

namespace parser_impl {

namespace {

Kw classify_keyword(std::string_view s) {
  switch (s.size()) {
    case 2:
      if (s == "as") return KW_as;
      if (s == "if") return KW_if;
      if (s == "in") return KW_in;
      if (s == "is") return KW_is;
      if (s == "or") return KW_or;
      break;
    case 3:
      if (s == "and") return KW_and;
      if (s == "def") return KW_def;
      if (s == "del") return KW_del;
      if (s == "for") return KW_for;
      if (s == "not") return KW_not;
      if (s == "try") return KW_try;
      break;
    case 4:
      if (s == "None") return KW_None;
      if (s == "True") return KW_True;
      if (s == "elif") return KW_elif;
      if (s == "else") return KW_else;
      if (s == "from") return KW_from;
      if (s == "pass") return KW_pass;
      if (s == "with") return KW_with;
      break;
    case 5:
      if (s == "False") return KW_False;
      if (s == "async") return KW_async;
      if (s == "await") return KW_await;
      if (s == "break") return KW_break;
      if (s == "class") return KW_class;
      if (s == "raise") return KW_raise;
      if (s == "while") return KW_while;
      if (s == "yield") return KW_yield;
      break;
    case 6:
      if (s == "assert") return KW_assert;
      if (s == "except") return KW_except;
      if (s == "global") return KW_global;
      if (s == "import") return KW_import;
      if (s == "lambda") return KW_lambda;
      if (s == "return") return KW_return;
      break;
    case 7:
      if (s == "finally") return KW_finally;
      break;
    case 8:
      if (s == "continue") return KW_continue;
      if (s == "nonlocal") return KW_nonlocal;
      break;
  }
  return KW_NONE;
}

Soft classify_soft(std::string_view s) {
  if (s == "_") return SK_underscore;
  if (s == "match") return SK_match;
  if (s == "case") return SK_case;
  return SK_NONE;
}

// CPython's _PyPegen_byte_offset_to_character_offset: the number of
// characters in the first `col` bytes of `line` (a NUL follows the line, so
// col == len + 1 counts one more), decoding invalid bytes as one character.
int byte_to_char_offset(std::string_view line, int col) {
  size_t nul = line.find('\0');
  if (nul != std::string_view::npos) line = line.substr(0, nul);
  int len = static_cast<int>(line.size());
  if (col > len + 1) col = len + 1;
  if (col < 0) return col;
  int extra = 0;
  if (col == len + 1) {
    extra = 1;
    col = len;
  }
  int count = 0;
  for (int i = 0; i < col; ++i) {
    unsigned char c = static_cast<unsigned char>(line[i]);
    if ((c & 0xC0) != 0x80) ++count;
  }
  return count + extra;
}

}  // namespace

Parser::Parser(const SourceText& source, ParseMode mode, Arena& arena, SyntaxErrorInfo& err,
               const FStringContext* fctx)
    : source_(source), mode_(mode), arena_(arena), err_(err) {
  if (fctx) {
    fctx_ = *fctx;
    in_fstring_ = true;
  }
  lexer_ = std::make_unique<Lexer>(source_);
  scratch_.reserve(256);
}

Parser::~Parser() = default;

// ---- token buffer ------------------------------------------------------------

void Parser::collect_warnings() {
  if (!warnings_) return;
  const std::vector<CompileWarning>& w = lexer_->warnings();
  for (; warnings_seen_ < w.size(); ++warnings_seen_) {
    warnings_->push_back(w[warnings_seen_]);
    if (in_fstring_) warnings_->back().lineno += fctx_.line_offset;
  }
}

bool Parser::fill_token() {
  if (lexer_failed_) return false;
  Token t;
  if (!lexer_->next(t)) {
    collect_warnings();
    lexer_failed_ = true;
    error_ = true;
    err_ = lexer_->error();
    if (err_.filename.empty()) err_.filename = source_.filename;
    if (in_fstring_) {
      err_.lineno += fctx_.line_offset;
      if (err_.end_lineno > 0) err_.end_lineno += fctx_.line_offset;
    }
    return false;
  }
  collect_warnings();
  // In single-statement mode the first ENDMARKER counts as a NEWLINE, which
  // ends a compound statement (CPython's _PyPegen_fill_token).
  if (mode_ == ParseMode::Single) {
    if (t.kind == TokenKind::ENDMARKER && parsing_started_) {
      t.kind = TokenKind::NEWLINE;
      parsing_started_ = false;
    } else {
      parsing_started_ = true;
    }
  }
  int idx = fill_;
  size_t chunk = static_cast<size_t>(idx) >> kChunkBits;
  if (chunk >= chunks_.size()) chunks_.emplace_back(new Tok[size_t(1) << kChunkBits]);
  Tok& k = chunks_[chunk][idx & ((1 << kChunkBits) - 1)];
  k = Tok{};
  k.kind = t.kind;
  k.text = t.text;
  k.lineno = t.start.line;
  k.col = t.start.col;
  k.end_lineno = t.end.line;
  k.end_col = t.end.col;
  k.cur_col = t.end.col;
  switch (t.kind) {
    case TokenKind::NAME:
      k.kw = classify_keyword(t.text);
      if (k.kw == KW_NONE) k.soft = classify_soft(t.text);
      break;
    case TokenKind::ASYNC:
      k.kind = TokenKind::NAME;
      k.kw = KW_async;
      break;
    case TokenKind::AWAIT:
      k.kind = TokenKind::NAME;
      k.kw = KW_await;
      break;
    case TokenKind::INDENT:
    case TokenKind::DEDENT:
    case TokenKind::ENDMARKER:
      // No column in CPython; the lexer's end column is where the tokenizer
      // stood, which CPython reports errors at such a token with.
      k.cur_col = t.end.col;
      k.col = -1;
      k.end_col = -1;
      if (t.kind == TokenKind::ENDMARKER) lexer_done_ = true;
      break;
    case TokenKind::LPAR:
    case TokenKind::LSQB:
    case TokenKind::LBRACE:
      ++paren_level_;
      break;
    case TokenKind::RPAR:
    case TokenKind::RSQB:
    case TokenKind::RBRACE:
      if (paren_level_ > 0) --paren_level_;
      break;
    default:
      break;
  }
  k.level = paren_level_;
  if (in_fstring_) {
    k.lineno += fctx_.line_offset;
    k.end_lineno += fctx_.line_offset;
    if (k.end_lineno == fctx_.starting_lineno) {
      if (k.col >= 0) k.col += fctx_.starting_col_offset;
      if (k.end_col >= 0) k.end_col += fctx_.starting_col_offset;
      k.cur_col += fctx_.starting_col_offset;
    }
  }
  ++fill_;
  return true;
}

bool Parser::ensure(int i) {
  while (i >= fill_) {
    if (!fill_token()) return false;
  }
  return true;
}

Tok& Parser::tok(int i) {
  if (i >= fill_ && !ensure(i)) {
    // Only reached after a lexer error; hand back a harmless ERRORTOKEN.
    static thread_local Tok dummy;
    dummy = Tok{};
    dummy.kind = TokenKind::ERRORTOKEN;
    return dummy;
  }
  return chunks_[static_cast<size_t>(i) >> kChunkBits][i & ((1 << kChunkBits) - 1)];
}

bool Parser::at_kind(int offset, TokenKind k) {
  int i = mark_ + offset;
  if (!ensure(i)) return false;
  const Tok& t = tok(i);
  return t.kind == k && t.kw == KW_NONE;
}

const Tok& Parser::last_nonws_token() {
  int m = mark_ - 1;
  const Tok* t = nullptr;
  for (; m >= 0; --m) {
    t = &tok(m);
    if (t->kind != TokenKind::ENDMARKER &&
        (t->kind < TokenKind::NEWLINE || t->kind > TokenKind::DEDENT))
      break;
  }
  if (!t) return tok(0);
  return *t;
}

std::string_view Parser::source_line(int lineno) { return lexer_->line_text(lineno); }

// The line as CPython re-reads it from the file for an error report: with a
// UTF-8 BOM on line 1 when the file has one, and only the last 999-byte piece
// of a longer line (its reader's buffer size).
std::string Parser::file_line_text(int lineno) {
  std::string line;
  if (lineno == 1 && source_.bom) line = "\xEF\xBB\xBF";
  line.append(source_line(lineno));
  if (line.size() > 999) {
    size_t start = 999 * ((line.size() - 1) / 999);
    line.erase(0, start);
  }
  return line;
}

// ---- matching ------------------------------------------------------------------

Tok* Parser::expect(TokenKind k) {
  if (!ensure(mark_)) return nullptr;
  Tok& t = tok(mark_);
  if (t.kind != k || t.kw != KW_NONE) return nullptr;
  ++mark_;
  return &t;
}

Tok* Parser::expect_kw(Kw k) {
  if (!ensure(mark_)) return nullptr;
  Tok& t = tok(mark_);
  if (t.kw != k) return nullptr;
  ++mark_;
  return &t;
}

Tok* Parser::expect_soft(Soft s) {
  if (!ensure(mark_)) return nullptr;
  Tok& t = tok(mark_);
  if (t.kind != TokenKind::NAME || t.soft != s) return nullptr;
  ++mark_;
  return &t;
}

Tok* Parser::expect_forced(TokenKind k, const char* spelling) {
  if (error_) return nullptr;
  if (!ensure(mark_)) return nullptr;
  Tok& t = tok(mark_);
  if (t.kind != k || t.kw != KW_NONE) {
    raise_known(SyntaxErrorKind::SyntaxError, t.lineno, t.col, t.end_lineno, t.end_col,
                std::string("expected '") + spelling + "'");
    return nullptr;
  }
  ++mark_;
  return &t;
}

Tok* Parser::expect_forced_kw(Kw k, const char* spelling) {
  if (error_) return nullptr;
  if (!ensure(mark_)) return nullptr;
  Tok& t = tok(mark_);
  if (t.kw != k) {
    raise_known(SyntaxErrorKind::SyntaxError, t.lineno, t.col, t.end_lineno, t.end_col,
                std::string("expected '") + spelling + "'");
    return nullptr;
  }
  ++mark_;
  return &t;
}

Tok* Parser::name_tok() {
  if (!ensure(mark_)) return nullptr;
  Tok& t = tok(mark_);
  if (t.kind != TokenKind::NAME || t.kw != KW_NONE) return nullptr;
  ++mark_;
  return &t;
}

expr* Parser::name_token() {
  Tok* t = name_tok();
  if (!t) return nullptr;
  Name* n = mk_loc<Name>(loc_of(*t));
  n->id = new_identifier(t->text);
  n->ctx = expr_context::Load;
  return n;
}

Tok* Parser::soft_keyword_token() {
  if (!ensure(mark_)) return nullptr;
  Tok& t = tok(mark_);
  if (t.kind != TokenKind::NAME || t.soft == SK_NONE) return nullptr;
  ++mark_;
  return &t;
}

Tok* Parser::string_token() { return expect(TokenKind::STRING); }

Identifier Parser::new_identifier(std::string_view text) {
  bool ascii = true;
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  // Copied: the tree must not point into the source (f-string expressions are
  // parsed from temporary buffers).
  if (ascii) return arena_.str(text);
  std::string norm = unicode::nfkc(text);
  return arena_.str(norm);
}

// ---- memo -------------------------------------------------------------------------

void Parser::memo_put(int start, MemoRule rule, void* value) {
  if (memo_used_ == 0 || memo_used_ == kMemoChunk) {
    memo_chunks_.emplace_back(new MemoEntry[kMemoChunk]);
    memo_used_ = 0;
  }
  MemoEntry* m = &memo_chunks_.back()[memo_used_++];
  Tok& t = tok(start);
  m->rule = rule;
  m->end = mark_;
  m->value = value;
  m->next = t.memo;
  t.memo = m;
}

// ---- errors ------------------------------------------------------------------------

namespace {
constexpr int kCurrentPos = -5;
}

void Parser::raise_known(SyntaxErrorKind kind, int lineno, int col, int end_lineno, int end_col,
                         const std::string& msg) {
  // RAISE_ERROR_KNOWN_LOCATION: columns become 1-based here.
  int col_number = col == kCurrentPos ? kCurrentPos : col + 1;
  int end_col_number = end_col == kCurrentPos ? kCurrentPos : end_col + 1;
  error_ = true;
  if (end_lineno == kCurrentPos || end_col_number == kCurrentPos) {
    // The tokenizer's position: just after the last token read.
    SourcePos cur = lexer_->cursor();
    int l = cur.line + (in_fstring_ ? fctx_.line_offset : 0), c = cur.col;
    if (end_lineno == kCurrentPos) end_lineno = l;
    if (end_col_number == kCurrentPos) end_col_number = c;
  }
  err_ = SyntaxErrorInfo{};
  err_.kind = kind;
  err_.filename = source_.filename;
  err_.msg = in_fstring_ ? "f-string: " + msg : msg;
  std::string line;
  if (in_fstring_) {
    // CPython's sub-tokenizer works on a string: the line it is reading
    // (with its newline), or an earlier line without it.
    int sub_line = lineno - fctx_.line_offset;
    int current = lexer_->cursor().line;
    if (sub_line >= current) {
      line = std::string(source_line(current));
    } else {
      line = std::string(source_line(sub_line));
      if (!line.empty() && line.back() == '\n') line.pop_back();
    }
    col_number -= fctx_.starting_col_offset;
    end_col_number -= fctx_.starting_col_offset;
  } else {
    line = file_line_text(lineno);
  }
  err_.text = line;
  err_.lineno = lineno;
  err_.end_lineno = end_lineno;
  err_.offset = col_number;
  err_.end_offset = end_col_number;
  // CPython turns byte offsets into character offsets only when its tokenizer
  // has an encoding (a BOM or a coding cookie); f-string sub-parsers have none.
  if (!in_fstring_ && source_.encoding_declared) {
    err_.offset = byte_to_char_offset(line, col_number);
    if (end_col_number > 0) err_.end_offset = byte_to_char_offset(line, end_col_number);
  }
}

void Parser::raise_starting_from(const Loc& a, const std::string& msg) {
  raise_known(SyntaxErrorKind::SyntaxError, a.lineno, a.col, kCurrentPos, kCurrentPos, msg);
}

void Parser::raise_last(SyntaxErrorKind kind, const std::string& msg) { raise_at_token(kind, fill_ - 1, msg); }

void Parser::raise_at_token(SyntaxErrorKind kind, int index, const std::string& msg) {
  if (index < 0) {
    raise_known(kind, 0, -1, 0, -2, msg);
    return;
  }
  const Tok& t = tok(index);
  // _PyPegen_raise_error: columns are already 1-based except the tokenizer
  // position used for tokens without one.
  int col_number = t.col == -1 ? t.cur_col : t.col + 1;
  int end_col_number = t.end_col != -1 ? t.end_col + 1 : -1;
  raise_known(kind, t.lineno, col_number - 1, t.end_lineno, end_col_number - 1, msg);
}

void Parser::raise_on_next_token(const std::string& msg) {
  if (!ensure(mark_)) return;
  const Tok& t = tok(mark_);
  int col_number = t.col == -1 ? t.cur_col : t.col + 1;
  int end_col_number = t.end_col != -1 ? t.end_col + 1 : -1;
  raise_known(SyntaxErrorKind::SyntaxError, t.lineno, col_number - 1, t.end_lineno,
              end_col_number - 1, msg);
}

void Parser::raise_memory_error() {
  error_ = true;
  memory_error_ = true;
  err_ = SyntaxErrorInfo{};
  err_.kind = SyntaxErrorKind::MemoryError;
  err_.filename = source_.filename;
}

void Parser::raise_invalid_target(int targets_type, expr* e) {
  expr* bad = get_invalid_target(e, targets_type);
  if (bad) {
    std::string msg = targets_type == DEL_TARGETS ? "cannot delete " : "cannot assign to ";
    raise_at(loc_of(bad), msg + expr_name(bad));
  }
}

void Parser::tokenize_rest_for_errors() {
  if (lexer_failed_ || lexer_done_) return;
  int current_err_line = fill_ > 0 ? tok(fill_ - 1).lineno : 0;
  for (;;) {
    Token t;
    bool ok = lexer_->next(t);
    collect_warnings();
    if (!ok) {
      lexer_failed_ = true;
      // An error the tokenizer raises itself replaces the parser's; at the
      // end of the file, a bracket left open on a line before the parser's
      // error does too.
      SyntaxErrorInfo e;
      if (lexer_->error_raised_by_tokenizer()) {
        err_ = lexer_->error();
      } else if (lexer_->bracket_depth() != 0 && lexer_->unclosed_bracket_error(e) &&
                 current_err_line > e.lineno) {
        err_ = e;
      } else {
        return;
      }
      if (err_.filename.empty()) err_.filename = source_.filename;
      return;
    }
    if (t.kind == TokenKind::ENDMARKER) {
      lexer_done_ = true;
      return;
    }
  }
}

void Parser::set_syntax_error(int last_index) {
  if (error_) {
    if (!lexer_failed_ && !memory_error_) tokenize_rest_for_errors();
    return;
  }
  if (fill_ == 0) {
    raise_syntax("error at start before reading any input");
    return;
  }
  const Tok& last = tok(last_index);
  if (last.kind == TokenKind::INDENT) {
    raise_indentation("unexpected indent");
    return;
  }
  if (last.kind == TokenKind::DEDENT) {
    raise_indentation("unexpected unindent");
    return;
  }
  raise_at(loc_of(last), "invalid syntax");
  tokenize_rest_for_errors();
}

// ---- action helpers ----------------------------------------------------------------

const char* Parser::expr_name(expr* e) {
  switch (e->node_kind) {
    case NodeKind::Attribute: return "attribute";
    case NodeKind::Subscript: return "subscript";
    case NodeKind::Starred: return "starred";
    case NodeKind::Name: return "name";
    case NodeKind::List: return "list";
    case NodeKind::Tuple: return "tuple";
    case NodeKind::Lambda: return "lambda";
    case NodeKind::Call: return "function call";
    case NodeKind::BoolOp:
    case NodeKind::BinOp:
    case NodeKind::UnaryOp: return "expression";
    case NodeKind::GeneratorExp: return "generator expression";
    case NodeKind::Yield:
    case NodeKind::YieldFrom: return "yield expression";
    case NodeKind::Await: return "await expression";
    case NodeKind::ListComp: return "list comprehension";
    case NodeKind::SetComp: return "set comprehension";
    case NodeKind::DictComp: return "dict comprehension";
    case NodeKind::Dict: return "dict literal";
    case NodeKind::Set: return "set display";
    case NodeKind::JoinedStr:
    case NodeKind::FormattedValue: return "f-string expression";
    case NodeKind::Constant: {
      auto* c = static_cast<Constant*>(e);
      switch (c->value.kind) {
        case ConstantValue::Kind::None: return "None";
        case ConstantValue::Kind::False: return "False";
        case ConstantValue::Kind::True: return "True";
        case ConstantValue::Kind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    }
    case NodeKind::Compare: return "comparison";
    case NodeKind::IfExp: return "conditional expression";
    case NodeKind::NamedExpr: return "named expression";
    default: return "expression";
  }
}

expr* Parser::get_invalid_target(expr* e, int targets_type) {
  if (!e) return nullptr;
  switch (e->node_kind) {
    case NodeKind::List:
      for (expr* x : static_cast<List*>(e)->elts)
        if (expr* c = get_invalid_target(x, targets_type)) return c;
      return nullptr;
    case NodeKind::Tuple:
      for (expr* x : static_cast<Tuple*>(e)->elts)
        if (expr* c = get_invalid_target(x, targets_type)) return c;
      return nullptr;
    case NodeKind::Starred:
      if (targets_type == DEL_TARGETS) return e;
      return get_invalid_target(static_cast<Starred*>(e)->value, targets_type);
    case NodeKind::Compare:
      if (targets_type == FOR_TARGETS) {
        auto* c = static_cast<Compare*>(e);
        if (c->ops[0] == cmpop::In) return get_invalid_target(c->left, targets_type);
        return nullptr;
      }
      return e;
    case NodeKind::Name:
    case NodeKind::Subscript:
    case NodeKind::Attribute:
      return nullptr;
    default:
      return e;
  }
}

expr* Parser::set_expr_context(expr* e, expr_context ctx) {
  switch (e->node_kind) {
    case NodeKind::Name: {
      auto* n = mk_loc<Name>(loc_of(e));
      n->id = static_cast<Name*>(e)->id;
      n->ctx = ctx;
      return n;
    }
    case NodeKind::Tuple: {
      auto* n = mk_loc<Tuple>(loc_of(e));
      n->elts = set_seq_context(static_cast<Tuple*>(e)->elts, ctx);
      n->ctx = ctx;
      return n;
    }
    case NodeKind::List: {
      auto* n = mk_loc<List>(loc_of(e));
      n->elts = set_seq_context(static_cast<List*>(e)->elts, ctx);
      n->ctx = ctx;
      return n;
    }
    case NodeKind::Subscript: {
      auto* o = static_cast<Subscript*>(e);
      auto* n = mk_loc<Subscript>(loc_of(e));
      n->value = o->value;
      n->slice = o->slice;
      n->ctx = ctx;
      return n;
    }
    case NodeKind::Attribute: {
      auto* o = static_cast<Attribute*>(e);
      auto* n = mk_loc<Attribute>(loc_of(e));
      n->value = o->value;
      n->attr = o->attr;
      n->ctx = ctx;
      return n;
    }
    case NodeKind::Starred: {
      auto* o = static_cast<Starred*>(e);
      auto* n = mk_loc<Starred>(loc_of(e));
      n->value = set_expr_context(o->value, ctx);
      n->ctx = ctx;
      return n;
    }
    default:
      return e;
  }
}

Seq<expr*> Parser::set_seq_context(Seq<expr*> s, expr_context ctx) {
  Seq<expr*> out;
  out.count = s.count;
  if (s.count) {
    out.items = static_cast<expr**>(arena_.allocate(sizeof(expr*) * s.count, alignof(expr*)));
    for (uint32_t i = 0; i < s.count; ++i) out.items[i] = set_expr_context(s.items[i], ctx);
  }
  return out;
}

arguments* Parser::empty_arguments() { return arena_.make<arguments>(); }

arguments* Parser::make_arguments(Seq<arg*>* slash_without_default,
                                  SlashWithDefault* slash_with_default, Seq<arg*>* plain_names,
                                  Seq<NameDefaultPair*>* names_with_default, StarEtc* star_etc) {
  arguments* a = arena_.make<arguments>();
  a->node_kind = NodeKind::arguments;
  if (slash_without_default) {
    a->posonlyargs = *slash_without_default;
  } else if (slash_with_default) {
    Frame f(*this);
    for (arg* x : slash_with_default->plain_names) f.push(x);
    for (NameDefaultPair* p : slash_with_default->names_with_defaults) f.push(p->a);
    a->posonlyargs = f.seq<arg*>();
  }
  {
    Frame f(*this);
    if (plain_names)
      for (arg* x : *plain_names) f.push(x);
    if (names_with_default)
      for (NameDefaultPair* p : *names_with_default) f.push(p->a);
    a->args = f.seq<arg*>();
  }
  if (star_etc) {
    a->vararg = star_etc->vararg;
    a->kwarg = star_etc->kwarg;
    Frame k(*this);
    for (NameDefaultPair* p : star_etc->kwonlyargs) k.push(p->a);
    a->kwonlyargs = k.seq<arg*>();
    Frame kd(*this);
    for (NameDefaultPair* p : star_etc->kwonlyargs) kd.push(p->value);
    a->kw_defaults = kd.seq<expr*>();
  }
  {
    Frame f(*this);
    if (slash_with_default)
      for (NameDefaultPair* p : slash_with_default->names_with_defaults) f.push(p->value);
    if (names_with_default)
      for (NameDefaultPair* p : *names_with_default) f.push(p->value);
    a->defaults = f.seq<expr*>();
  }
  return a;
}

expr* Parser::collect_call_seqs(Seq<expr*> a, Seq<KeywordOrStarred*>* b, int start) {
  Call* c = mk<Call>(start);
  c->func = nullptr;  // a dummy; only args and keywords are used
  if (!b) {
    c->args = a;
    return c;
  }
  Frame starred(*this);
  for (expr* x : a) starred.push(x);
  for (KeywordOrStarred* k : *b)
    if (!k->is_keyword) starred.push(k->element);
  c->args = starred.seq<expr*>();
  Frame kws(*this);
  for (KeywordOrStarred* k : *b)
    if (k->is_keyword) kws.push(k->element);
  c->keywords = kws.seq<keyword*>();
  return c;
}

expr* Parser::last_comprehension_item(comprehension* c) {
  if (c->ifs.empty()) return c->iter;
  return c->ifs[c->ifs.size() - 1];
}

void* Parser::nonparen_genexp_in_call(expr* args, Seq<comprehension*> comps) {
  auto* call = static_cast<Call*>(args);
  size_t len = call->args.size();
  if (len <= 1) return nullptr;
  comprehension* last = comps[comps.size() - 1];
  raise_range(loc_of(call->args[len - 1]), loc_of(last_comprehension_item(last)),
              "Generator expression must be parenthesized");
  return nullptr;
}

void* Parser::arguments_parsing_error(expr* e) {
  bool keyword_unpacking = false;
  for (keyword* k : static_cast<Call*>(e)->keywords)
    if (is_none(k->arg)) keyword_unpacking = true;
  raise_syntax(keyword_unpacking ? "positional argument follows keyword argument unpacking"
                                 : "positional argument follows keyword argument");
  return nullptr;
}

bool Parser::check_legacy_stmt(expr* name) {
  if (name->node_kind != NodeKind::Name) return false;
  std::string_view id = static_cast<Name*>(name)->id;
  return id == "print" || id == "exec";
}

// ---- start rules ---------------------------------------------------------------------

// file[mod_ty]: a=[statements] ENDMARKER { _PyPegen_make_module(p, a) }
mod* Parser::file() {
  RULE_ENTER();
  int m = mark_;
  SeqBox<stmt*>* a = statements();
  if (error_) return nullptr;
  if (expect(TokenKind::ENDMARKER)) {
    Module* mod = arena_.make<Module>();
    if (a) mod->body = a->seq;
    return mod;
  }
  mark_ = m;
  return nullptr;
}

// interactive[mod_ty]: a=statement_newline { _PyAST_Interactive(a, p->arena) }
mod* Parser::interactive() {
  RULE_ENTER();
  SeqBox<stmt*>* a = statement_newline();
  if (!a) return nullptr;
  Interactive* mod = arena_.make<Interactive>();
  mod->body = a->seq;
  return mod;
}

// eval[mod_ty]: a=expressions NEWLINE* ENDMARKER { _PyAST_Expression(a, p->arena) }
mod* Parser::eval() {
  RULE_ENTER();
  int m = mark_;
  expr* a = expressions();
  if (!a) return nullptr;
  while (expect(TokenKind::NEWLINE)) {
  }
  if (!expect(TokenKind::ENDMARKER)) {
    mark_ = m;
    return nullptr;
  }
  Expression* mod = arena_.make<Expression>();
  mod->body = a;
  return mod;
}

// func_type[mod_ty]: '(' a=[type_expressions] ')' '->' b=expression NEWLINE* ENDMARKER
mod* Parser::func_type() {
  RULE_ENTER();
  int m = mark_;
  if (!expect(TokenKind::LPAR)) return nullptr;
  SeqBox<expr*>* a = type_expressions();
  if (error_) return nullptr;
  expr* b = nullptr;
  if (expect(TokenKind::RPAR) && expect(TokenKind::RARROW) && (b = expression())) {
    while (expect(TokenKind::NEWLINE)) {
    }
    if (expect(TokenKind::ENDMARKER)) {
      FunctionType* mod = arena_.make<FunctionType>();
      if (a) mod->argtypes = a->seq;
      mod->returns = b;
      return mod;
    }
  }
  mark_ = m;
  return nullptr;
}

// fstring[expr_ty]: star_expressions
expr* Parser::fstring_rule() {
  RULE_ENTER();
  return star_expressions();
}

mod* Parser::run() {
  auto start_rule = [this]() -> mod* {
    switch (mode_) {
      case ParseMode::File: return file();
      case ParseMode::Single: return interactive();
      case ParseMode::Eval: return eval();
      case ParseMode::FuncType: return func_type();
    }
    return nullptr;
  };
  mod* res = start_rule();
  if (res) {
    if (mode_ == ParseMode::Single) {
      // bad_single_statement: anything but comments and blank lines after the
      // statement is an error, reported at the last token the statement's
      // parse read (CPython looks ahead in the raw text, not in tokens).
      int last_read = fill_ - 1;
      int i = mark_;
      while (ensure(i) && tok(i).kind != TokenKind::ENDMARKER) {
        TokenKind k = tok(i).kind;
        if (k != TokenKind::NEWLINE && k != TokenKind::DEDENT) {
          raise_at_token(SyntaxErrorKind::SyntaxError, last_read,
                         "multiple statements found while compiling a single statement");
          return nullptr;
        }
        ++i;
      }
    }
    return res;
  }
  if (memory_error_ || lexer_failed_) return nullptr;
  if (error_) {
    set_syntax_error(fill_ - 1);
    return nullptr;
  }
  int last = fill_ - 1;
  for (int i = 0; i < fill_; ++i) tok(i).memo = nullptr;
  mark_ = 0;
  call_invalid_ = true;
  start_rule();
  if (memory_error_) return nullptr;
  set_syntax_error(last);
  return nullptr;
}

expr* Parser::run_fstring() {
  // Like CPython's `fstring` start rule, nothing is required after the
  // expression: the text is "(expr)" and the scanner has already checked
  // its brackets.
  expr* res = fstring_rule();
  if (res) return res;
  if (memory_error_ || lexer_failed_) return nullptr;
  if (error_) {
    set_syntax_error(fill_ - 1);
    return nullptr;
  }
  int last = fill_ - 1;
  for (int i = 0; i < fill_; ++i) tok(i).memo = nullptr;
  mark_ = 0;
  call_invalid_ = true;
  fstring_rule();
  if (memory_error_) return nullptr;
  set_syntax_error(last);
  return nullptr;
}

}  // namespace parser_impl

namespace {

struct ParseJob {
  const SourceText* source;
  ParseMode mode;
  ast::Arena* arena;
  SyntaxErrorInfo* err;
  std::vector<CompileWarning>* warnings;
  ast::mod* result = nullptr;
};

void* run_parse_job(void* arg) {
  auto* job = static_cast<ParseJob*>(arg);
  parser_impl::Parser p(*job->source, job->mode, *job->arena, *job->err);
  p.warnings_ = job->warnings;
  job->result = p.run();
  return nullptr;
}

}  // namespace

ast::mod* parse(const SourceText& source, ParseMode mode, ast::Arena& arena,
                SyntaxErrorInfo& err) {
  return parse(source, mode, arena, err, nullptr);
}

ast::mod* parse(const SourceText& source, ParseMode mode, ast::Arena& arena,
                SyntaxErrorInfo& err, std::vector<CompileWarning>* warnings) {
  // The rules recurse up to kMaxStack levels (more through nested f-string
  // sub-parsers), so the parse runs on a thread with a stack that is surely
  // big enough; only the pages actually used are ever touched.
  ParseJob job{&source, mode, &arena, &err, warnings};
  pthread_attr_t attr;
  pthread_t thread;
  bool threaded = pthread_attr_init(&attr) == 0;
  if (threaded) {
    threaded = pthread_attr_setstacksize(&attr, size_t(512) << 20) == 0 &&
               pthread_create(&thread, &attr, run_parse_job, &job) == 0;
    pthread_attr_destroy(&attr);
  }
  if (threaded) {
    pthread_join(thread, nullptr);
  } else {
    run_parse_job(&job);
  }
  return job.result;
}

}  // namespace glasspy
