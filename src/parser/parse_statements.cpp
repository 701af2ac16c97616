// Statement rules of the grammar (CPython 3.11 Grammar/python.gram, sections
// "GENERAL STATEMENTS", "SIMPLE STATEMENTS" and "COMPOUND STATEMENTS").
// Each function is one rule; alternatives that share a prefix are sometimes
// merged, which is safe because re-parsing the same prefix at the same
// position always gives the same result.
#include "parser/parser_internal.h"

namespace glasspy::parser_impl {

// statements[asdl_stmt_seq*]: a=statement+ { _PyPegen_seq_flatten(p, a) }
SeqBox<stmt*>* Parser::statements() {
  RULE_ENTER();
  Enter loop_guard(*this);  // pegen's _loop1 level for statement+
  Frame f(*this);
  while (statement(f)) {
  }
  if (error_ || f.size() == 0) return nullptr;
  return box(f.seq<stmt*>());
}

// statement[asdl_stmt_seq*]: a=compound_stmt { [a] } | a=simple_stmts { a }
bool Parser::statement(Frame& out) {
  Enter guard(*this);
  if (error_) return false;
  if (stmt* a = compound_stmt()) {
    out.push(a);
    return true;
  }
  if (error_) return false;
  return simple_stmts_into(out);
}

// statement_newline[asdl_stmt_seq*]:
//     | a=compound_stmt NEWLINE { a }
//     | simple_stmts
//     | NEWLINE { [Pass] }
//     | ENDMARKER { _PyPegen_interactive_exit(p) }
SeqBox<stmt*>* Parser::statement_newline() {
  RULE_ENTER();
  int start = mark_;
  if (stmt* a = compound_stmt()) {
    if (expect(TokenKind::NEWLINE)) return box(singleton<stmt*>(a));
    mark_ = start;
  }
  if (error_) return nullptr;
  if (SeqBox<stmt*>* s = simple_stmts()) return s;
  if (error_) return nullptr;
  if (expect(TokenKind::NEWLINE)) return box(singleton<stmt*>(mk<Pass>(start)));
  if (expect(TokenKind::ENDMARKER)) return nullptr;  // interactive exit
  return nullptr;
}

// simple_stmts[asdl_stmt_seq*]:
//     | a=simple_stmt !';' NEWLINE { [a] } # Not needed, there for speedup
//     | a=';'.simple_stmt+ [';'] NEWLINE { a }
SeqBox<stmt*>* Parser::simple_stmts() {
  RULE_ENTER();
  Frame f(*this);
  if (!simple_stmts_into(f)) return nullptr;
  return box(f.seq<stmt*>());
}

bool Parser::simple_stmts_into(Frame& out) {
  Enter guard(*this);
  if (error_) return false;
  int start = mark_;
  size_t base = out.size();
  stmt* a = simple_stmt();
  if (!a) return false;
  out.push(a);
  for (;;) {
    int m = mark_;
    if (!expect(TokenKind::SEMI)) break;
    stmt* b = simple_stmt();
    if (!b) {
      mark_ = m;
      break;
    }
    out.push(b);
  }
  if (error_) return false;
  expect(TokenKind::SEMI);
  if (expect(TokenKind::NEWLINE)) return true;
  mark_ = start;
  scratch_.resize(out.base + base);
  return false;
}

// simple_stmt[stmt_ty] (memo):
//     | assignment
//     | e=star_expressions { _PyAST_Expr(e, EXTRA) }
//     | &'return' return_stmt
//     | &('import' | 'from') import_stmt
//     | &'raise' raise_stmt
//     | 'pass' { _PyAST_Pass(EXTRA) }
//     | &'del' del_stmt
//     | &'yield' yield_stmt
//     | &'assert' assert_stmt
//     | 'break' { _PyAST_Break(EXTRA) }
//     | 'continue' { _PyAST_Continue(EXTRA) }
//     | &'global' global_stmt
//     | &'nonlocal' nonlocal_stmt
stmt* Parser::simple_stmt() {
  RULE_ENTER();
  int start = mark_;
  stmt* r;
  if (memo_get(M_simple_stmt, r)) return r;
  r = simple_stmt_raw();
  memo_put(start, M_simple_stmt, r);
  return r;
}

stmt* Parser::simple_stmt_raw() {
  int start = mark_;
  if (!ensure(mark_)) return nullptr;
  // Statements introduced by a keyword that can start neither an assignment
  // nor an expression go straight to their rule: the alternatives before them
  // would fail on the first token.
  switch (tok(mark_).kw) {
    case KW_return: return return_stmt();
    case KW_import:
    case KW_from: return import_stmt();
    case KW_raise: return raise_stmt();
    case KW_pass:
      ++mark_;
      return mk<Pass>(start);
    case KW_del: return del_stmt();
    case KW_assert: return assert_stmt();
    case KW_break:
      ++mark_;
      return mk<Break>(start);
    case KW_continue:
      ++mark_;
      return mk<Continue>(start);
    case KW_global: return global_stmt();
    case KW_nonlocal: return nonlocal_stmt();
    default: break;
  }
  if (stmt* a = assignment()) return a;
  if (error_) return nullptr;
  if (expr* e = star_expressions()) {
    Expr* s = mk<Expr>(start);
    s->value = e;
    return s;
  }
  if (error_) return nullptr;
  if (at_kw(KW_yield)) return yield_stmt();
  return nullptr;
}

// compound_stmt[stmt_ty]:
//     | &('def' | '@' | ASYNC) function_def
//     | &'if' if_stmt
//     | &('class' | '@') class_def
//     | &('with' | ASYNC) with_stmt
//     | &('for' | ASYNC) for_stmt
//     | &'try' try_stmt
//     | &'while' while_stmt
//     | match_stmt
stmt* Parser::compound_stmt() {
  RULE_ENTER();
  if (!ensure(mark_)) return nullptr;
  const Tok& t = tok(mark_);
  stmt* r = nullptr;
  if (t.kw == KW_def || t.kind == TokenKind::AT || t.kw == KW_async) {
    if ((r = function_def())) return r;
    if (error_) return nullptr;
  }
  if (t.kw == KW_if) return if_stmt();
  if (t.kw == KW_class || t.kind == TokenKind::AT) {
    if ((r = class_def())) return r;
    if (error_) return nullptr;
  }
  if (t.kw == KW_with || t.kw == KW_async) {
    if ((r = with_stmt())) return r;
    if (error_) return nullptr;
  }
  if (t.kw == KW_for || t.kw == KW_async) {
    if ((r = for_stmt())) return r;
    if (error_) return nullptr;
  }
  if (t.kw == KW_try) return try_stmt();
  if (t.kw == KW_while) return while_stmt();
  if (t.kind == TokenKind::NAME && t.soft == SK_match) return match_stmt();
  return nullptr;
}

// assignment[stmt_ty]:
//     | a=NAME ':' b=expression c=['=' d=annotated_rhs { d }] { AnnAssign(a, b, c, 1) }
//     | a=('(' b=single_target ')' { b }
//          | single_subscript_attribute_target) ':' b=expression c=['=' d=annotated_rhs { d }] {
//         AnnAssign(a, b, c, 0) }
//     | a[asdl_expr_seq*]=(z=star_targets '=' { z })+ b=(yield_expr | star_expressions) !'=' tc=[TYPE_COMMENT] {
//          _PyAST_Assign(a, b, NEW_TYPE_COMMENT(p, tc), EXTRA) }
//     | a=single_target b=augassign ~ c=(yield_expr | star_expressions) {
//          _PyAST_AugAssign(a, b->kind, c, EXTRA) }
//     | invalid_assignment
stmt* Parser::assignment() {
  RULE_ENTER();
  int start = mark_;
  // a=NAME ':' b=expression c=['=' d=annotated_rhs]
  if (expr* a = name_token()) {
    if (expect(TokenKind::COLON)) {
      if (expr* b = expression()) {
        expr* c = nullptr;
        int m = mark_;
        if (expect(TokenKind::EQUAL)) {
          c = annotated_rhs();
          if (!c) mark_ = m;
        }
        if (error_) return nullptr;
        AnnAssign* s = mk<AnnAssign>(start);
        s->target = set_expr_context(a, expr_context::Store);
        s->annotation = b;
        s->value = c;
        s->simple = 1;
        return s;
      }
    }
    mark_ = start;
  }
  if (error_) return nullptr;
  // a=('(' b=single_target ')' | single_subscript_attribute_target) ':' ...
  {
    expr* a = nullptr;
    if (expect(TokenKind::LPAR)) {
      expr* b = single_target();
      if (b && expect(TokenKind::RPAR)) {
        a = b;
      } else {
        mark_ = start;
      }
    }
    if (error_) return nullptr;
    if (!a) a = single_subscript_attribute_target();
    if (error_) return nullptr;
    if (a) {
      if (expect(TokenKind::COLON)) {
        if (expr* b = expression()) {
          expr* c = nullptr;
          int m = mark_;
          if (expect(TokenKind::EQUAL)) {
            c = annotated_rhs();
            if (!c) mark_ = m;
          }
          if (error_) return nullptr;
          AnnAssign* s = mk<AnnAssign>(start);
          s->target = a;
          s->annotation = b;
          s->value = c;
          s->simple = 0;
          return s;
        }
      }
      mark_ = start;
    }
  }
  if (error_) return nullptr;
  // a=(z=star_targets '=')+ b=(yield_expr | star_expressions) !'=' tc=[TYPE_COMMENT]
  {
    Frame f(*this);
    for (;;) {
      int m = mark_;
      expr* z = star_targets();
      if (!z || !expect(TokenKind::EQUAL)) {
        mark_ = m;
        break;
      }
      f.push(z);
    }
    if (error_) return nullptr;
    if (f.size() > 0) {
      Enter group_guard(*this);  // pegen's _tmp level for (yield_expr | star_expressions)
      expr* b = yield_expr();
      if (!b && !error_) b = star_expressions();
      if (error_) return nullptr;
      if (b && !at(TokenKind::EQUAL)) {
        ensure(mark_);  // tc=[TYPE_COMMENT] looks at the next token
        Assign* s = mk<Assign>(start);
        s->targets = f.seq<expr*>();
        s->value = b;
        return s;
      }
      mark_ = start;
    }
  }
  if (error_) return nullptr;
  // a=single_target b=augassign ~ c=(yield_expr | star_expressions)
  if (expr* a = single_target()) {
    operator_ op;
    if (augassign(op)) {
      Enter group_guard(*this);  // pegen's _tmp level for (yield_expr | star_expressions)
      expr* c = yield_expr();
      if (!c && !error_) c = star_expressions();
      if (c) {
        AugAssign* s = mk<AugAssign>(start);
        s->target = a;
        s->op = op;
        s->value = c;
        return s;
      }
      mark_ = start;
      return nullptr;  // cut
    }
    mark_ = start;
  }
  if (error_) return nullptr;
  if (call_invalid_) {
    invalid_assignment();
    mark_ = start;
  }
  return nullptr;
}

// annotated_rhs[expr_ty]: yield_expr | star_expressions
expr* Parser::annotated_rhs() {
  RULE_ENTER();
  if (expr* a = yield_expr()) return a;
  if (error_) return nullptr;
  return star_expressions();
}

// augassign[AugOperator*]: '+=' | '-=' | '*=' | '@=' | '/=' | '%=' | '&=' | '|='
//     | '^=' | '<<=' | '>>=' | '**=' | '//='
bool Parser::augassign(operator_& op) {
  if (!ensure(mark_)) return false;
  switch (tok(mark_).kind) {
    case TokenKind::PLUSEQUAL: op = operator_::Add; break;
    case TokenKind::MINEQUAL: op = operator_::Sub; break;
    case TokenKind::STAREQUAL: op = operator_::Mult; break;
    case TokenKind::ATEQUAL: op = operator_::MatMult; break;
    case TokenKind::SLASHEQUAL: op = operator_::Div; break;
    case TokenKind::PERCENTEQUAL: op = operator_::Mod; break;
    case TokenKind::AMPEREQUAL: op = operator_::BitAnd; break;
    case TokenKind::VBAREQUAL: op = operator_::BitOr; break;
    case TokenKind::CIRCUMFLEXEQUAL: op = operator_::BitXor; break;
    case TokenKind::LEFTSHIFTEQUAL: op = operator_::LShift; break;
    case TokenKind::RIGHTSHIFTEQUAL: op = operator_::RShift; break;
    case TokenKind::DOUBLESTAREQUAL: op = operator_::Pow; break;
    case TokenKind::DOUBLESLASHEQUAL: op = operator_::FloorDiv; break;
    default: return false;
  }
  ++mark_;
  return true;
}

// return_stmt[stmt_ty]: 'return' a=[star_expressions] { _PyAST_Return(a, EXTRA) }
stmt* Parser::return_stmt() {
  RULE_ENTER();
  int start = mark_;
  if (!expect_kw(KW_return)) return nullptr;
  expr* a = star_expressions();
  if (error_) return nullptr;
  Return* s = mk<Return>(start);
  s->value = a;
  return s;
}

// raise_stmt[stmt_ty]:
//     | 'raise' a=expression b=['from' z=expression { z }] { _PyAST_Raise(a, b, EXTRA) }
//     | 'raise' { _PyAST_Raise(NULL, NULL, EXTRA) }
stmt* Parser::raise_stmt() {
  RULE_ENTER();
  int start = mark_;
  if (!expect_kw(KW_raise)) return nullptr;
  expr* a = expression();
  expr* b = nullptr;
  if (a) {
    int m = mark_;
    if (expect_kw(KW_from)) {
      b = expression();
      if (!b) mark_ = m;
    }
  }
  if (error_) return nullptr;
  Raise* s = mk<Raise>(start);
  s->exc = a;
  s->cause = b;
  return s;
}

// global_stmt[stmt_ty]: 'global' a[asdl_expr_seq*]=','.NAME+ { Global(names) }
stmt* Parser::global_stmt() {
  RULE_ENTER();
  int start = mark_;
  if (!expect_kw(KW_global)) return nullptr;
  std::vector<Identifier> names;
  Tok* t = name_tok();
  if (!t) {
    mark_ = start;
    return nullptr;
  }
  names.push_back(new_identifier(t->text));
  for (;;) {
    int m = mark_;
    if (!expect(TokenKind::COMMA)) break;
    Tok* n = name_tok();
    if (!n) {
      mark_ = m;
      break;
    }
    names.push_back(new_identifier(n->text));
  }
  Global* s = mk<Global>(start);
  s->names = arena_.seq(names);
  return s;
}

// nonlocal_stmt[stmt_ty]: 'nonlocal' a[asdl_expr_seq*]=','.NAME+ { Nonlocal(names) }
stmt* Parser::nonlocal_stmt() {
  RULE_ENTER();
  int start = mark_;
  if (!expect_kw(KW_nonlocal)) return nullptr;
  std::vector<Identifier> names;
  Tok* t = name_tok();
  if (!t) {
    mark_ = start;
    return nullptr;
  }
  names.push_back(new_identifier(t->text));
  for (;;) {
    int m = mark_;
    if (!expect(TokenKind::COMMA)) break;
    Tok* n = name_tok();
    if (!n) {
      mark_ = m;
      break;
    }
    names.push_back(new_identifier(n->text));
  }
  Nonlocal* s = mk<Nonlocal>(start);
  s->names = arena_.seq(names);
  return s;
}

// del_stmt[stmt_ty]:
//     | 'del' a=del_targets &(';' | NEWLINE) { _PyAST_Delete(a, EXTRA) }
//     | invalid_del_stmt
stmt* Parser::del_stmt() {
  RULE_ENTER();
  int start = mark_;
  if (expect_kw(KW_del)) {
    SeqBox<expr*>* a = del_targets();
    if (a && (at(TokenKind::SEMI) || at(TokenKind::NEWLINE))) {
      Delete* s = mk<Delete>(start);
      s->targets = a->seq;
      return s;
    }
    mark_ = start;
  }
  if (error_) return nullptr;
  if (call_invalid_) {
    invalid_del_stmt();
    mark_ = start;
  }
  return nullptr;
}

// yield_stmt[stmt_ty]: y=yield_expr { _PyAST_Expr(y, EXTRA) }
stmt* Parser::yield_stmt() {
  RULE_ENTER();
  int start = mark_;
  expr* y = yield_expr();
  if (!y) return nullptr;
  Expr* s = mk<Expr>(start);
  s->value = y;
  return s;
}

// assert_stmt[stmt_ty]: 'assert' a=expression b=[',' z=expression { z }] { Assert(a, b) }
stmt* Parser::assert_stmt() {
  RULE_ENTER();
  int start = mark_;
  if (!expect_kw(KW_assert)) return nullptr;
  expr* a = expression();
  if (!a) {
    mark_ = start;
    return nullptr;
  }
  expr* b = nullptr;
  int m = mark_;
  if (expect(TokenKind::COMMA)) {
    b = expression();
    if (!b) mark_ = m;
  }
  if (error_) return nullptr;
  Assert* s = mk<Assert>(start);
  s->test = a;
  s->msg = b;
  return s;
}

// import_stmt[stmt_ty]: import_name | import_from
stmt* Parser::import_stmt() {
  RULE_ENTER();
  if (stmt* s = import_name()) return s;
  if (error_) return nullptr;
  return import_from();
}

// import_name[stmt_ty]: 'import' a=dotted_as_names { _PyAST_Import(a, EXTRA) }
stmt* Parser::import_name() {
  RULE_ENTER();
  int start = mark_;
  if (!expect_kw(KW_import)) return nullptr;
  SeqBox<alias*>* a = dotted_as_names();
  if (!a) {
    mark_ = start;
    return nullptr;
  }
  Import* s = mk<Import>(start);
  s->names = a->seq;
  return s;
}

// # note below: the ('.' | '...') is necessary because '...' is tokenized as ELLIPSIS
// import_from[stmt_ty]:
//     | 'from' a=('.' | '...')* b=dotted_name 'import' c=import_from_targets {
//         _PyAST_ImportFrom(b->v.Name.id, c, _PyPegen_seq_count_dots(a), EXTRA) }
//     | 'from' a=('.' | '...')+ 'import' b=import_from_targets {
//         _PyAST_ImportFrom(NULL, b, _PyPegen_seq_count_dots(a), EXTRA) }
stmt* Parser::import_from() {
  RULE_ENTER();
  int start = mark_;
  if (!expect_kw(KW_from)) return nullptr;
  int level = 0, ndots = 0;
  for (;;) {
    if (expect(TokenKind::DOT)) {
      level += 1;
    } else if (expect(TokenKind::ELLIPSIS)) {
      level += 3;
    } else {
      break;
    }
    ++ndots;
  }
  int after_dots = mark_;
  if (expr* b = dotted_name()) {
    if (expect_kw(KW_import)) {
      if (SeqBox<alias*>* c = import_from_targets()) {
        ImportFrom* s = mk<ImportFrom>(start);
        s->module = static_cast<Name*>(b)->id;
        s->names = c->seq;
        s->level = level;
        return s;
      }
    }
  }
  if (error_) return nullptr;
  mark_ = after_dots;
  if (ndots > 0 && expect_kw(KW_import)) {
    if (SeqBox<alias*>* b = import_from_targets()) {
      ImportFrom* s = mk<ImportFrom>(start);
      s->names = b->seq;
      s->level = level;
      return s;
    }
  }
  mark_ = start;
  return nullptr;
}

// import_from_targets[asdl_alias_seq*]:
//     | '(' a=import_from_as_names [','] ')' { a }
//     | import_from_as_names !','
//     | '*' { [_PyPegen_alias_for_star(p, EXTRA)] }
//     | invalid_import_from_targets
SeqBox<alias*>* Parser::import_from_targets() {
  RULE_ENTER();
  int start = mark_;
  if (expect(TokenKind::LPAR)) {
    SeqBox<alias*>* a = import_from_as_names();
    if (a) {
      expect(TokenKind::COMMA);
      if (expect(TokenKind::RPAR)) return a;
    }
    mark_ = start;
  }
  if (error_) return nullptr;
  if (SeqBox<alias*>* a = import_from_as_names()) {
    if (!at(TokenKind::COMMA)) return a;
    mark_ = start;
  }
  if (error_) return nullptr;
  if (expect(TokenKind::STAR)) {
    alias* al = mk<alias>(start);
    al->name = arena_.str("*");
    return box(singleton<alias*>(al));
  }
  if (call_invalid_) {
    invalid_import_from_targets();
    mark_ = start;
  }
  return nullptr;
}

// import_from_as_names[asdl_alias_seq*]: a=','.import_from_as_name+ { a }
SeqBox<alias*>* Parser::import_from_as_names() {
  RULE_ENTER();
  Frame f(*this);
  alias* a = import_from_as_name();
  if (!a) return nullptr;
  f.push(a);
  for (;;) {
    int m = mark_;
    if (!expect(TokenKind::COMMA)) break;
    alias* b = import_from_as_name();
    if (!b) {
      mark_ = m;
      break;
    }
    f.push(b);
  }
  if (error_) return nullptr;
  return box(f.seq<alias*>());
}

// import_from_as_name[alias_ty]: a=NAME b=['as' z=NAME { z }] { alias(a, b) }
alias* Parser::import_from_as_name() {
  RULE_ENTER();
  int start = mark_;
  Tok* a = name_tok();
  if (!a) return nullptr;
  Tok* b = nullptr;
  int m = mark_;
  if (expect_kw(KW_as)) {
    b = name_tok();
    if (!b) mark_ = m;
  }
  alias* al = mk<alias>(start);
  al->name = new_identifier(a->text);
  if (b) al->asname = new_identifier(b->text);
  return al;
}

// dotted_as_names[asdl_alias_seq*]: a=','.dotted_as_name+ { a }
SeqBox<alias*>* Parser::dotted_as_names() {
  RULE_ENTER();
  Frame f(*this);
  alias* a = dotted_as_name();
  if (!a) return nullptr;
  f.push(a);
  for (;;) {
    int m = mark_;
    if (!expect(TokenKind::COMMA)) break;
    alias* b = dotted_as_name();
    if (!b) {
      mark_ = m;
      break;
    }
    f.push(b);
  }
  if (error_) return nullptr;
  return box(f.seq<alias*>());
}

// dotted_as_name[alias_ty]: a=dotted_name b=['as' z=NAME { z }] { alias(a, b) }
alias* Parser::dotted_as_name() {
  RULE_ENTER();
  int start = mark_;
  expr* a = dotted_name();
  if (!a) return nullptr;
  Tok* b = nullptr;
  int m = mark_;
  if (expect_kw(KW_as)) {
    b = name_tok();
    if (!b) mark_ = m;
  }
  alias* al = mk<alias>(start);
  al->name = static_cast<Name*>(a)->id;
  if (b) al->asname = new_identifier(b->text);
  return al;
}

// dotted_name[expr_ty]:
//     | a=dotted_name '.' b=NAME { _PyPegen_join_names_with_dot(p, a, b) }
//     | NAME
expr* Parser::dotted_name() {
  RULE_ENTER();
  int start = mark_;
  expr* r;
  if (memo_get(M_dotted_name, r)) return r;
  Tok* first = name_tok();
  if (!first) {
    memo_put(start, M_dotted_name, nullptr);
    return nullptr;
  }
  std::string joined(first->text);
  bool dotted = false;
  for (;;) {
    int m = mark_;
    if (!expect(TokenKind::DOT)) break;
    Tok* n = name_tok();
    if (!n) {
      mark_ = m;
      break;
    }
    joined += '.';
    joined += n->text;
    dotted = true;
  }
  Name* name = mk<Name>(start);
  name->id = dotted ? arena_.str(joined) : new_identifier(first->text);
  if (dotted) {
    // Each part is normalized on its own, as CPython joins identifiers.
    std::string norm;
    size_t pos = 0;
    bool any_non_ascii = false;
    for (char c : joined)
      if (static_cast<unsigned char>(c) >= 0x80) any_non_ascii = true;
    if (any_non_ascii) {
      while (pos <= joined.size()) {
        size_t dot = joined.find('.', pos);
        if (dot == std::string::npos) dot = joined.size();
        if (!norm.empty()) norm += '.';
        norm += new_identifier(std::string_view(joined).substr(pos, dot - pos));
        pos = dot + 1;
      }
      name->id = arena_.str(norm);
    }
  }
  name->ctx = expr_context::Load;
  memo_put(start, M_dotted_name, name);
  return name;
}

// block[asdl_stmt_seq*] (memo):
//     | NEWLINE INDENT a=statements DEDENT { a }
//     | simple_stmts
//     | invalid_block
SeqBox<stmt*>* Parser::block() {
  RULE_ENTER();
  int start = mark_;
  SeqBox<stmt*>* r;
  if (memo_get(M_block, r)) return r;
  r = block_raw();
  memo_put(start, M_block, r);
  return r;
}

SeqBox<stmt*>* Parser::block_raw() {
  int start = mark_;
  if (expect(TokenKind::NEWLINE) && expect(TokenKind::INDENT)) {
    SeqBox<stmt*>* a = statements();
    if (a && expect(TokenKind::DEDENT)) return a;
  }
  if (error_) return nullptr;
  mark_ = start;
  if (SeqBox<stmt*>* a = simple_stmts()) return a;
  if (error_) return nullptr;
  if (call_invalid_) {
    invalid_block();
    mark_ = start;
  }
  return nullptr;
}

// decorators[asdl_expr_seq*]: a[asdl_expr_seq*]=('@' f=named_expression NEWLINE { f })+ { a }
SeqBox<expr*>* Parser::decorators() {
  RULE_ENTER();
  Frame f(*this);
  for (;;) {
    int m = mark_;
    if (!expect(TokenKind::AT)) break;
    expr* e = named_expression();
    if (!e || !expect(TokenKind::NEWLINE)) {
      mark_ = m;
      break;
    }
    f.push(e);
  }
  if (error_ || f.size() == 0) return nullptr;
  return box(f.seq<expr*>());
}

// class_def[stmt_ty]:
//     | a=decorators b=class_def_raw { _PyPegen_class_def_decorators(p, a, b) }
//     | class_def_raw
stmt* Parser::class_def() {
  RULE_ENTER();
  int start = mark_;
  if (SeqBox<expr*>* a = decorators()) {
    if (stmt* b = class_def_raw()) {
      static_cast<ClassDef*>(b)->decorator_list = a->seq;
      return b;
    }
    mark_ = start;
  }
  if (error_) return nullptr;
  return class_def_raw();
}

// class_def_raw[stmt_ty]:
//     | invalid_class_def_raw
//     | 'class' a=NAME b=['(' z=[arguments] ')' { z }] ':' c=block {
//         _PyAST_ClassDef(a->v.Name.id, b ? b->args : NULL, b ? b->keywords : NULL, c, NULL, EXTRA) }
stmt* Parser::class_def_raw() {
  RULE_ENTER();
  int start = mark_;
  if (call_invalid_) {
    invalid_class_def_raw();
    if (error_) return nullptr;
    mark_ = start;
  }
  if (!expect_kw(KW_class)) return nullptr;
  Tok* a = name_tok();
  if (a) {
    expr* b = nullptr;
    int m = mark_;
    bool have_b = false;
    if (expect(TokenKind::LPAR)) {
      b = arguments_rule();
      if (error_) return nullptr;
      if (expect(TokenKind::RPAR)) {
        have_b = true;
      } else {
        mark_ = m;
        b = nullptr;
      }
    }
    if (expect(TokenKind::COLON)) {
      if (SeqBox<stmt*>* c = block()) {
        ClassDef* s = mk<ClassDef>(start);
        s->name = new_identifier(a->text);
        if (have_b && b) {
          s->bases = static_cast<Call*>(b)->args;
          s->keywords = static_cast<Call*>(b)->keywords;
        }
        s->body = c->seq;
        return s;
      }
    }
  }
  mark_ = start;
  return nullptr;
}

// function_def[stmt_ty]:
//     | d=decorators f=function_def_raw { _PyPegen_function_def_decorators(p, d, f) }
//     | function_def_raw
stmt* Parser::function_def() {
  RULE_ENTER();
  int start = mark_;
  if (SeqBox<expr*>* d = decorators()) {
    if (stmt* f = function_def_raw()) {
      if (f->node_kind == NodeKind::FunctionDef)
        static_cast<FunctionDef*>(f)->decorator_list = d->seq;
      else
        static_cast<AsyncFunctionDef*>(f)->decorator_list = d->seq;
      return f;
    }
    mark_ = start;
  }
  if (error_) return nullptr;
  return function_def_raw();
}

// function_def_raw[stmt_ty]:
//     | invalid_def_raw
//     | 'def' n=NAME &&'(' params=[params] ')' a=['->' z=expression { z }] &&':' tc=[func_type_comment] b=block
//     | ASYNC 'def' n=NAME &&'(' params=[params] ')' a=['->' z=expression { z }] &&':' tc=[func_type_comment] b=block
stmt* Parser::function_def_raw() {
  RULE_ENTER();
  int start = mark_;
  if (call_invalid_) {
    invalid_def_raw();
    if (error_) return nullptr;
    mark_ = start;
  }
  bool is_async = false;
  if (expect_kw(KW_async)) is_async = true;
  if (!expect_kw(KW_def)) {
    mark_ = start;
    return nullptr;
  }
  Tok* n = name_tok();
  if (!n) {
    mark_ = start;
    return nullptr;
  }
  if (!expect_forced(TokenKind::LPAR, "(")) return nullptr;
  arguments* ps = params();
  if (error_) return nullptr;
  if (!expect(TokenKind::RPAR)) {
    mark_ = start;
    return nullptr;
  }
  expr* ret = nullptr;
  int m = mark_;
  if (expect(TokenKind::RARROW)) {
    ret = expression();
    if (!ret) mark_ = m;
  }
  if (error_) return nullptr;
  if (!expect_forced(TokenKind::COLON, ":")) return nullptr;
  // tc=[func_type_comment]: NEWLINE TYPE_COMMENT ... looks one token further.
  if (at(TokenKind::NEWLINE)) ensure(mark_ + 1);
  SeqBox<stmt*>* b = block();
  if (!b) {
    mark_ = start;
    return nullptr;
  }
  if (!ps) ps = empty_arguments();
  if (is_async) {
    AsyncFunctionDef* s = mk<AsyncFunctionDef>(start);
    s->name = new_identifier(n->text);
    s->args = ps;
    s->body = b->seq;
    s->returns = ret;
    return s;
  }
  FunctionDef* s = mk<FunctionDef>(start);
  s->name = new_identifier(n->text);
  s->args = ps;
  s->body = b->seq;
  s->returns = ret;
  return s;
}

// params[arguments_ty]: invalid_parameters | parameters
arguments* Parser::params() {
  RULE_ENTER();
  if (call_invalid_) {
    int m = mark_;
    invalid_parameters();
    if (error_) return nullptr;
    mark_ = m;
  }
  return parameters();
}

// parameters[arguments_ty]:
//     | a=slash_no_default b=param_no_default* c=param_with_default* d=[star_etc]
//     | a=slash_with_default b=param_with_default* c=[star_etc]
//     | a=param_no_default+ b=param_with_default* c=[star_etc]
//     | a=param_with_default+ b=[star_etc]
//     | a=star_etc
arguments* Parser::parameters() {
  RULE_ENTER();
  int start = mark_;
  auto collect_no_default = [this](Frame& f) {
    while (arg* x = param_no_default()) f.push(x);
  };
  auto collect_with_default = [this](Frame& f) {
    while (NameDefaultPair* x = param_with_default()) f.push(x);
  };
  if (SeqBox<arg*>* a = slash_no_default()) {
    Frame fb(*this);
    collect_no_default(fb);
    Seq<arg*> b = fb.seq<arg*>();
    Frame fc(*this);
    collect_with_default(fc);
    Seq<NameDefaultPair*> c = fc.seq<NameDefaultPair*>();
    StarEtc* d = star_etc();
    if (error_) return nullptr;
    return make_arguments(&a->seq, nullptr, &b, &c, d);
  }
  if (error_) return nullptr;
  mark_ = start;
  if (SlashWithDefault* a = slash_with_default()) {
    Frame fb(*this);
    collect_with_default(fb);
    Seq<NameDefaultPair*> b = fb.seq<NameDefaultPair*>();
    StarEtc* c = star_etc();
    if (error_) return nullptr;
    return make_arguments(nullptr, a, nullptr, &b, c);
  }
  if (error_) return nullptr;
  mark_ = start;
  {
    Frame fa(*this);
    collect_no_default(fa);
    if (error_) return nullptr;
    if (fa.size() > 0) {
      Seq<arg*> a = fa.seq<arg*>();
      Frame fb(*this);
      collect_with_default(fb);
      Seq<NameDefaultPair*> b = fb.seq<NameDefaultPair*>();
      StarEtc* c = star_etc();
      if (error_) return nullptr;
      return make_arguments(nullptr, nullptr, &a, &b, c);
    }
  }
  mark_ = start;
  {
    Frame fa(*this);
    collect_with_default(fa);
    if (error_) return nullptr;
    if (fa.size() > 0) {
      Seq<NameDefaultPair*> a = fa.seq<NameDefaultPair*>();
      StarEtc* b = star_etc();
      if (error_) return nullptr;
      return make_arguments(nullptr, nullptr, nullptr, &a, b);
    }
  }
  mark_ = start;
  if (StarEtc* a = star_etc()) return make_arguments(nullptr, nullptr, nullptr, nullptr, a);
  return nullptr;
}

// slash_no_default[asdl_arg_seq*]:
//     | a=param_no_default+ '/' ',' { a }
//     | a=param_no_default+ '/' &')' { a }
SeqBox<arg*>* Parser::slash_no_default() {
  RULE_ENTER();
  int start = mark_;
  Frame f(*this);
  while (arg* x = param_no_default()) f.push(x);
  if (error_) return nullptr;
  if (f.size() > 0 && expect(TokenKind::SLASH)) {
    if (expect(TokenKind::COMMA) || at(TokenKind::RPAR)) return box(f.seq<arg*>());
  }
  mark_ = start;
  return nullptr;
}

// slash_with_default[SlashWithDefault*]:
//     | a=param_no_default* b=param_with_default+ '/' ',' { _PyPegen_slash_with_default(p, a, b) }
//     | a=param_no_default* b=param_with_default+ '/' &')' { _PyPegen_slash_with_default(p, a, b) }
SlashWithDefault* Parser::slash_with_default() {
  RULE_ENTER();
  int start = mark_;
  Seq<arg*> plain;
  {
    Frame fa(*this);
    while (arg* x = param_no_default()) fa.push(x);
    plain = fa.seq<arg*>();
  }
  Frame fb(*this);
  while (NameDefaultPair* x = param_with_default()) fb.push(x);
  if (error_) return nullptr;
  if (fb.size() > 0 && expect(TokenKind::SLASH)) {
    if (expect(TokenKind::COMMA) || at(TokenKind::RPAR)) {
      SlashWithDefault* r = make_struct<SlashWithDefault>();
      r->names_with_defaults = fb.seq<NameDefaultPair*>();
      r->plain_names = plain;
      return r;
    }
  }
  mark_ = start;
  return nullptr;
}

// star_etc[StarEtc*]:
//     | invalid_star_etc
//     | '*' a=param_no_default b=param_maybe_default* c=[kwds] { _PyPegen_star_etc(p, a, b, c) }
//     | '*' a=param_no_default_star_annotation b=param_maybe_default* c=[kwds] { ... }
//     | '*' ',' b=param_maybe_default+ c=[kwds] { _PyPegen_star_etc(p, NULL, b, c) }
//     | a=kwds { _PyPegen_star_etc(p, NULL, NULL, a) }
StarEtc* Parser::star_etc() {
  RULE_ENTER();
  int start = mark_;
  if (call_invalid_) {
    invalid_star_etc();
    if (error_) return nullptr;
    mark_ = start;
  }
  if (expect(TokenKind::STAR)) {
    int after_star = mark_;
    arg* a = param_no_default();
    if (!a && !error_) {
      mark_ = after_star;
      a = param_no_default_star_annotation();
    }
    if (error_) return nullptr;
    if (a) {
      Frame fb(*this);
      while (NameDefaultPair* x = param_maybe_default()) fb.push(x);
      arg* c = kwds();
      if (error_) return nullptr;
      StarEtc* r = make_struct<StarEtc>();
      r->vararg = a;
      r->kwonlyargs = fb.seq<NameDefaultPair*>();
      r->kwarg = c;
      return r;
    }
    mark_ = after_star;
    if (expect(TokenKind::COMMA)) {
      Frame fb(*this);
      while (NameDefaultPair* x = param_maybe_default()) fb.push(x);
      if (error_) return nullptr;
      if (fb.size() > 0) {
        arg* c = kwds();
        if (error_) return nullptr;
        StarEtc* r = make_struct<StarEtc>();
        r->kwonlyargs = fb.seq<NameDefaultPair*>();
        r->kwarg = c;
        return r;
      }
    }
    mark_ = start;
  }
  if (arg* a = kwds()) {
    StarEtc* r = make_struct<StarEtc>();
    r->kwarg = a;
    return r;
  }
  return nullptr;
}

// kwds[arg_ty]: invalid_kwds | '**' a=param_no_default { a }
arg* Parser::kwds() {
  RULE_ENTER();
  int start = mark_;
  if (call_invalid_) {
    invalid_kwds();
    if (error_) return nullptr;
    mark_ = start;
  }
  if (expect(TokenKind::DOUBLESTAR)) {
    if (arg* a = param_no_default()) return a;
    mark_ = start;
  }
  return nullptr;
}

// param_no_default[arg_ty]:
//     | a=param ',' tc=TYPE_COMMENT? { a }
//     | a=param tc=TYPE_COMMENT? &')' { a }
arg* Parser::param_no_default() {
  RULE_ENTER();
  int start = mark_;
  arg* a = param();
  if (!a) return nullptr;
  if (expect(TokenKind::COMMA)) {
    ensure(mark_);  // TYPE_COMMENT?
    return a;
  }
  if (at(TokenKind::RPAR)) return a;
  mark_ = start;
  return nullptr;
}

// param_no_default_star_annotation[arg_ty]:
//     | a=param_star_annotation ',' tc=TYPE_COMMENT? { a }
//     | a=param_star_annotation tc=TYPE_COMMENT? &')' { a }
arg* Parser::param_no_default_star_annotation() {
  RULE_ENTER();
  int start = mark_;
  arg* a = param_star_annotation();
  if (!a) return nullptr;
  if (expect(TokenKind::COMMA)) {
    ensure(mark_);
    return a;
  }
  if (at(TokenKind::RPAR)) return a;
  mark_ = start;
  return nullptr;
}

// param_with_default[NameDefaultPair*]:
//     | a=param c=default ',' tc=TYPE_COMMENT? { _PyPegen_name_default_pair(p, a, c, tc) }
//     | a=param c=default tc=TYPE_COMMENT? &')' { _PyPegen_name_default_pair(p, a, c, tc) }
NameDefaultPair* Parser::param_with_default() {
  RULE_ENTER();
  int start = mark_;
  arg* a = param();
  if (!a) return nullptr;
  expr* c = default_();
  if (c) {
    if (expect(TokenKind::COMMA)) {
      ensure(mark_);
    } else if (!at(TokenKind::RPAR)) {
      c = nullptr;
    }
  }
  if (!c) {
    mark_ = start;
    return nullptr;
  }
  NameDefaultPair* p = make_struct<NameDefaultPair>();
  p->a = a;
  p->value = c;
  return p;
}

// param_maybe_default[NameDefaultPair*]:
//     | a=param c=default? ',' tc=TYPE_COMMENT? { _PyPegen_name_default_pair(p, a, c, tc) }
//     | a=param c=default? tc=TYPE_COMMENT? &')' { _PyPegen_name_default_pair(p, a, c, tc) }
NameDefaultPair* Parser::param_maybe_default() {
  RULE_ENTER();
  int start = mark_;
  arg* a = param();
  if (!a) return nullptr;
  expr* c = default_();
  if (error_) return nullptr;
  if (expect(TokenKind::COMMA)) {
    ensure(mark_);
  } else if (!at(TokenKind::RPAR)) {
    mark_ = start;
    return nullptr;
  }
  NameDefaultPair* p = make_struct<NameDefaultPair>();
  p->a = a;
  p->value = c;
  return p;
}

// param[arg_ty]: a=NAME b=annotation? { _PyAST_arg(a->v.Name.id, b, NULL, EXTRA) }
arg* Parser::param() {
  RULE_ENTER();
  int start = mark_;
  Tok* a = name_tok();
  if (!a) return nullptr;
  expr* b = annotation();
  if (error_) return nullptr;
  arg* r = mk<arg>(start);
  r->arg = new_identifier(a->text);
  r->annotation = b;
  return r;
}

// param_star_annotation[arg_ty]: a=NAME b=star_annotation { _PyAST_arg(a->v.Name.id, b, NULL, EXTRA) }
arg* Parser::param_star_annotation() {
  RULE_ENTER();
  int start = mark_;
  Tok* a = name_tok();
  if (!a) return nullptr;
  expr* b = star_annotation();
  if (!b) {
    mark_ = start;
    return nullptr;
  }
  arg* r = mk<arg>(start);
  r->arg = new_identifier(a->text);
  r->annotation = b;
  return r;
}

// annotation[expr_ty]: ':' a=expression { a }
expr* Parser::annotation() {
  RULE_ENTER();
  int start = mark_;
  if (!expect(TokenKind::COLON)) return nullptr;
  if (expr* a = expression()) return a;
  mark_ = start;
  return nullptr;
}

// star_annotation[expr_ty]: ':' a=star_expression { a }
expr* Parser::star_annotation() {
  RULE_ENTER();
  int start = mark_;
  if (!expect(TokenKind::COLON)) return nullptr;
  if (expr* a = star_expression()) return a;
  mark_ = start;
  return nullptr;
}

// default[expr_ty]: '=' a=expression { a } | invalid_default
expr* Parser::default_() {
  RULE_ENTER();
  int start = mark_;
  if (expect(TokenKind::EQUAL)) {
    if (expr* a = expression()) return a;
    mark_ = start;
  }
  if (error_) return nullptr;
  if (call_invalid_) {
    invalid_default();
    mark_ = start;
  }
  return nullptr;
}

// if_stmt[stmt_ty]:
//     | invalid_if_stmt
//     | 'if' a=named_expression ':' b=block c=elif_stmt { If(a, b, [c]) }
//     | 'if' a=named_expression ':' b=block c=[else_block] { If(a, b, c) }
stmt* Parser::if_stmt() {
  RULE_ENTER();
  int start = mark_;
  if (call_invalid_) {
    invalid_if_stmt();
    if (error_) return nullptr;
    mark_ = start;
  }
  if (!expect_kw(KW_if)) return nullptr;
  expr* a = named_expression();
  if (!a || !expect(TokenKind::COLON)) {
    mark_ = start;
    return nullptr;
  }
  SeqBox<stmt*>* b = block();
  if (!b) {
    mark_ = start;
    return nullptr;
  }
  If* s = nullptr;
  if (stmt* c = elif_stmt()) {
    s = mk<If>(start);
    s->orelse = singleton<stmt*>(c);
  } else {
    if (error_) return nullptr;
    SeqBox<stmt*>* c2 = else_block();
    if (error_) return nullptr;
    s = mk<If>(start);
    if (c2) s->orelse = c2->seq;
  }
  s->test = a;
  s->body = b->seq;
  return s;
}

// elif_stmt[stmt_ty]:
//     | invalid_elif_stmt
//     | 'elif' a=named_expression ':' b=block c=elif_stmt { If(a, b, [c]) }
//     | 'elif' a=named_expression ':' b=block c=[else_block] { If(a, b, c) }
stmt* Parser::elif_stmt() {
  RULE_ENTER();
  int start = mark_;
  if (call_invalid_) {
    invalid_elif_stmt();
    if (error_) return nullptr;
    mark_ = start;
  }
  if (!expect_kw(KW_elif)) return nullptr;
  expr* a = named_expression();
  if (!a || !expect(TokenKind::COLON)) {
    mark_ = start;
    return nullptr;
  }
  SeqBox<stmt*>* b = block();
  if (!b) {
    mark_ = start;
    return nullptr;
  }
  If* s = nullptr;
  if (stmt* c = elif_stmt()) {
    s = mk<If>(start);
    s->orelse = singleton<stmt*>(c);
  } else {
    if (error_) return nullptr;
    SeqBox<stmt*>* c2 = else_block();
    if (error_) return nullptr;
    s = mk<If>(start);
    if (c2) s->orelse = c2->seq;
  }
  s->test = a;
  s->body = b->seq;
  return s;
}

// else_block[asdl_stmt_seq*]:
//     | invalid_else_stmt
//     | 'else' &&':' b=block { b }
SeqBox<stmt*>* Parser::else_block() {
  RULE_ENTER();
  int start = mark_;
  if (call_invalid_) {
    invalid_else_stmt();
    if (error_) return nullptr;
    mark_ = start;
  }
  if (!expect_kw(KW_else)) return nullptr;
  if (!expect_forced(TokenKind::COLON, ":")) return nullptr;
  if (SeqBox<stmt*>* b = block()) return b;
  mark_ = start;
  return nullptr;
}

// while_stmt[stmt_ty]:
//     | invalid_while_stmt
//     | 'while' a=named_expression ':' b=block c=[else_block] { While(a, b, c) }
stmt* Parser::while_stmt() {
  RULE_ENTER();
  int start = mark_;
  if (call_invalid_) {
    invalid_while_stmt();
    if (error_) return nullptr;
    mark_ = start;
  }
  if (!expect_kw(KW_while)) return nullptr;
  expr* a = named_expression();
  SeqBox<stmt*>* b = nullptr;
  if (a && expect(TokenKind::COLON) && (b = block())) {
    SeqBox<stmt*>* c = else_block();
    if (error_) return nullptr;
    While* s = mk<While>(start);
    s->test = a;
    s->body = b->seq;
    if (c) s->orelse = c->seq;
    return s;
  }
  mark_ = start;
  return nullptr;
}

// for_stmt[stmt_ty]:
//     | invalid_for_stmt
//     | 'for' t=star_targets 'in' ~ ex=star_expressions ':' tc=[TYPE_COMMENT] b=block el=[else_block]
//     | ASYNC 'for' t=star_targets 'in' ~ ex=star_expressions ':' tc=[TYPE_COMMENT] b=block el=[else_block]
//     | invalid_for_target
stmt* Parser::for_stmt() {
  RULE_ENTER();
  int start = mark_;
  if (call_invalid_) {
    invalid_for_stmt();
    if (error_) return nullptr;
    mark_ = start;
  }
  bool is_async = expect_kw(KW_async) != nullptr;
  if (expect_kw(KW_for)) {
    expr* t = star_targets();
    if (t && expect_kw(KW_in)) {
      // cut: no other alternative after this point
      expr* ex = star_expressions();
      SeqBox<stmt*>* b = nullptr;
      if (ex && expect(TokenKind::COLON)) {
        ensure(mark_);  // tc=[TYPE_COMMENT]
        b = block();
      }
      if (!b) {
        mark_ = start;
        return nullptr;
      }
      SeqBox<stmt*>* el = else_block();
      if (error_) return nullptr;
      if (is_async) {
        AsyncFor* s = mk<AsyncFor>(start);
        s->target = t;
        s->iter = ex;
        s->body = b->seq;
        if (el) s->orelse = el->seq;
        return s;
      }
      For* s = mk<For>(start);
      s->target = t;
      s->iter = ex;
      s->body = b->seq;
      if (el) s->orelse = el->seq;
      return s;
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  if (call_invalid_) {
    invalid_for_target();
    mark_ = start;
  }
  return nullptr;
}

// with_stmt[stmt_ty]:
//     | invalid_with_stmt_indent
//     | 'with' '(' a=','.with_item+ ','? ')' ':' b=block { With(a, b) }
//     | 'with' a=','.with_item+ ':' tc=[TYPE_COMMENT] b=block { With(a, b, tc) }
//     | ASYNC 'with' '(' a=','.with_item+ ','? ')' ':' b=block { AsyncWith(a, b) }
//     | ASYNC 'with' a=','.with_item+ ':' tc=[TYPE_COMMENT] b=block { AsyncWith(a, b, tc) }
//     | invalid_with_stmt
stmt* Parser::with_stmt() {
  RULE_ENTER();
  int start = mark_;
  if (call_invalid_) {
    invalid_with_stmt_indent();
    if (error_) return nullptr;
    mark_ = start;
  }
  auto items = [this](Frame& f) -> bool {
    withitem* w = with_item();
    if (!w) return false;
    f.push(w);
    for (;;) {
      int m = mark_;
      if (!expect(TokenKind::COMMA)) break;
      withitem* x = with_item();
      if (!x) {
        mark_ = m;
        break;
      }
      f.push(x);
    }
    return !error_;
  };
  auto build = [this, start](bool is_async, Seq<withitem*> a, SeqBox<stmt*>* b) -> stmt* {
    if (is_async) {
      AsyncWith* s = mk<AsyncWith>(start);
      s->items = a;
      s->body = b->seq;
      return s;
    }
    With* s = mk<With>(start);
    s->items = a;
    s->body = b->seq;
    return s;
  };
  for (int pass = 0; pass < 2; ++pass) {
    bool is_async = pass == 1;
    mark_ = start;
    if (is_async && !expect_kw(KW_async)) break;
    if (!expect_kw(KW_with)) continue;
    int after_with = mark_;
    if (expect(TokenKind::LPAR)) {
      Frame f(*this);
      if (items(f)) {
        expect(TokenKind::COMMA);
        if (expect(TokenKind::RPAR) && expect(TokenKind::COLON)) {
          if (SeqBox<stmt*>* b = block()) return build(is_async, f.seq<withitem*>(), b);
        }
      }
      if (error_) return nullptr;
    }
    mark_ = after_with;
    {
      Frame f(*this);
      if (items(f) && expect(TokenKind::COLON)) {
        ensure(mark_);  // tc=[TYPE_COMMENT]
        if (SeqBox<stmt*>* b = block()) return build(is_async, f.seq<withitem*>(), b);
      }
      if (error_) return nullptr;
    }
  }
  mark_ = start;
  if (call_invalid_) {
    invalid_with_stmt();
    mark_ = start;
  }
  return nullptr;
}

// with_item[withitem_ty]:
//     | e=expression 'as' t=star_target &(',' | ')' | ':') { withitem(e, t) }
//     | invalid_with_item
//     | e=expression { withitem(e, NULL) }
withitem* Parser::with_item() {
  RULE_ENTER();
  int start = mark_;
  expr* e = expression();
  if (!e) return nullptr;
  int after_e = mark_;
  if (expect_kw(KW_as)) {
    if (expr* t = star_target()) {
      if (at(TokenKind::COMMA) || at(TokenKind::RPAR) || at(TokenKind::COLON)) {
        withitem* w = make_struct<withitem>();
        w->node_kind = NodeKind::withitem;
        w->context_expr = e;
        w->optional_vars = t;
        return w;
      }
    }
  }
  if (error_) return nullptr;
  if (call_invalid_) {
    mark_ = start;
    invalid_with_item();
    if (error_) return nullptr;
  }
  mark_ = after_e;
  withitem* w = make_struct<withitem>();
  w->node_kind = NodeKind::withitem;
  w->context_expr = e;
  return w;
}

// try_stmt[stmt_ty]:
//     | invalid_try_stmt
//     | 'try' &&':' b=block f=finally_block { Try(b, NULL, NULL, f) }
//     | 'try' &&':' b=block ex=except_block+ el=[else_block] f=[finally_block] { Try(b, ex, el, f) }
//     | 'try' &&':' b=block ex=except_star_block+ el=[else_block] f=[finally_block] { TryStar(...) }
stmt* Parser::try_stmt() {
  RULE_ENTER();
  int start = mark_;
  if (call_invalid_) {
    invalid_try_stmt();
    if (error_) return nullptr;
    mark_ = start;
  }
  if (!expect_kw(KW_try)) return nullptr;
  if (!expect_forced(TokenKind::COLON, ":")) return nullptr;
  SeqBox<stmt*>* b = block();
  if (!b) {
    mark_ = start;
    return nullptr;
  }
  int after_block = mark_;
  if (SeqBox<stmt*>* f = finally_block()) {
    Try* s = mk<Try>(start);
    s->body = b->seq;
    s->finalbody = f->seq;
    return s;
  }
  if (error_) return nullptr;
  mark_ = after_block;
  for (int star = 0; star < 2; ++star) {
    mark_ = after_block;
    Frame fx(*this);
    for (;;) {
      excepthandler* h = star ? except_star_block() : except_block();
      if (!h) break;
      fx.push(h);
    }
    if (error_) return nullptr;
    if (fx.size() == 0) continue;
    SeqBox<stmt*>* el = else_block();
    if (error_) return nullptr;
    SeqBox<stmt*>* fin = finally_block();
    if (error_) return nullptr;
    if (star) {
      TryStar* s = mk<TryStar>(start);
      s->body = b->seq;
      s->handlers = fx.seq<excepthandler*>();
      if (el) s->orelse = el->seq;
      if (fin) s->finalbody = fin->seq;
      return s;
    }
    Try* s = mk<Try>(start);
    s->body = b->seq;
    s->handlers = fx.seq<excepthandler*>();
    if (el) s->orelse = el->seq;
    if (fin) s->finalbody = fin->seq;
    return s;
  }
  mark_ = start;
  return nullptr;
}

// except_block[excepthandler_ty]:
//     | invalid_except_stmt_indent
//     | 'except' e=expression t=['as' z=NAME { z }] ':' b=block { ExceptHandler(e, t, b) }
//     | 'except' ':' b=block { ExceptHandler(NULL, NULL, b) }
//     | invalid_except_stmt
excepthandler* Parser::except_block() {
  RULE_ENTER();
  int start = mark_;
  if (call_invalid_) {
    invalid_except_stmt_indent();
    if (error_) return nullptr;
    mark_ = start;
  }
  if (expect_kw(KW_except)) {
    int after_kw = mark_;
    if (expr* e = expression()) {
      Tok* t = nullptr;
      int m = mark_;
      if (expect_kw(KW_as)) {
        t = name_tok();
        if (!t) mark_ = m;
      }
      if (expect(TokenKind::COLON)) {
        if (SeqBox<stmt*>* b = block()) {
          ExceptHandler* h = mk<ExceptHandler>(start);
          h->type = e;
          if (t) h->name = new_identifier(t->text);
          h->body = b->seq;
          return h;
        }
      }
    }
    if (error_) return nullptr;
    mark_ = after_kw;
    if (expect(TokenKind::COLON)) {
      if (SeqBox<stmt*>* b = block()) {
        ExceptHandler* h = mk<ExceptHandler>(start);
        h->body = b->seq;
        return h;
      }
    }
    if (error_) return nullptr;
  }
  mark_ = start;
  if (call_invalid_) {
    invalid_except_stmt();
    mark_ = start;
  }
  return nullptr;
}

// except_star_block[excepthandler_ty]:
//     | invalid_except_star_stmt_indent
//     | 'except' '*' e=expression t=['as' z=NAME { z }] ':' b=block { ExceptHandler(e, t, b) }
//     | invalid_except_stmt
excepthandler* Parser::except_star_block() {
  RULE_ENTER();
  int start = mark_;
  if (call_invalid_) {
    invalid_except_star_stmt_indent();
    if (error_) return nullptr;
    mark_ = start;
  }
  if (expect_kw(KW_except) && expect(TokenKind::STAR)) {
    if (expr* e = expression()) {
      Tok* t = nullptr;
      int m = mark_;
      if (expect_kw(KW_as)) {
        t = name_tok();
        if (!t) mark_ = m;
      }
      if (expect(TokenKind::COLON)) {
        if (SeqBox<stmt*>* b = block()) {
          ExceptHandler* h = mk<ExceptHandler>(start);
          h->type = e;
          if (t) h->name = new_identifier(t->text);
          h->body = b->seq;
          return h;
        }
      }
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  if (call_invalid_) {
    invalid_except_stmt();
    mark_ = start;
  }
  return nullptr;
}

// finally_block[asdl_stmt_seq*]:
//     | invalid_finally_stmt
//     | 'finally' &&':' a=block { a }
SeqBox<stmt*>* Parser::finally_block() {
  RULE_ENTER();
  int start = mark_;
  if (call_invalid_) {
    invalid_finally_stmt();
    if (error_) return nullptr;
    mark_ = start;
  }
  if (!expect_kw(KW_finally)) return nullptr;
  if (!expect_forced(TokenKind::COLON, ":")) return nullptr;
  if (SeqBox<stmt*>* a = block()) return a;
  mark_ = start;
  return nullptr;
}

// match_stmt[stmt_ty]:
//     | "match" subject=subject_expr ':' NEWLINE INDENT cases=case_block+ DEDENT { Match(subject, cases) }
//     | invalid_match_stmt
stmt* Parser::match_stmt() {
  RULE_ENTER();
  int start = mark_;
  if (expect_soft(SK_match)) {
    expr* subject = subject_expr();
    if (subject && expect(TokenKind::COLON) && expect(TokenKind::NEWLINE) &&
        expect(TokenKind::INDENT)) {
      Frame f(*this);
      while (match_case* c = case_block()) f.push(c);
      if (error_) return nullptr;
      if (f.size() > 0 && expect(TokenKind::DEDENT)) {
        Match* s = mk<Match>(start);
        s->subject = subject;
        s->cases = f.seq<match_case*>();
        return s;
      }
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  if (call_invalid_) {
    invalid_match_stmt();
    mark_ = start;
  }
  return nullptr;
}

// subject_expr[expr_ty]:
//     | value=star_named_expression ',' values=star_named_expressions? { Tuple([value] + values, Load) }
//     | named_expression
expr* Parser::subject_expr() {
  RULE_ENTER();
  int start = mark_;
  if (expr* value = star_named_expression()) {
    if (expect(TokenKind::COMMA)) {
      SeqBox<expr*>* values = star_named_expressions();
      if (error_) return nullptr;
      Tuple* t = mk<Tuple>(start);
      t->elts = values ? insert_in_front(value, values->seq) : singleton<expr*>(value);
      t->ctx = expr_context::Load;
      return t;
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  return named_expression();
}

// case_block[match_case_ty]:
//     | invalid_case_block
//     | "case" pattern=patterns guard=guard? ':' body=block { match_case(pattern, guard, body) }
match_case* Parser::case_block() {
  RULE_ENTER();
  int start = mark_;
  if (call_invalid_) {
    invalid_case_block();
    if (error_) return nullptr;
    mark_ = start;
  }
  if (expect_soft(SK_case)) {
    if (pattern* pat = patterns()) {
      expr* g = guard();
      if (error_) return nullptr;
      if (expect(TokenKind::COLON)) {
        if (SeqBox<stmt*>* body = block()) {
          match_case* c = make_struct<match_case>();
          c->node_kind = NodeKind::match_case;
          c->pattern = pat;
          c->guard = g;
          c->body = body->seq;
          return c;
        }
      }
    }
  }
  mark_ = start;
  return nullptr;
}

// guard[expr_ty]: 'if' guard=named_expression { guard }
expr* Parser::guard() {
  RULE_ENTER();
  int start = mark_;
  if (!expect_kw(KW_if)) return nullptr;
  if (expr* g = named_expression()) return g;
  mark_ = start;
  return nullptr;
}

}  // namespace glasspy::parser_impl
