// Expression rules of the grammar (CPython 3.11 Grammar/python.gram,
// "EXPRESSIONS" through "ASSIGNMENT TARGETS"), lambdas, comprehensions, call
// arguments and assignment/del targets.
//
// Left-recursive rules (bitwise_or ... term, primary, t_primary) are loops
// that build the same left-nested trees as pegen's seed growing: each
// iteration tries the rule's recursive alternatives in order on the result so
// far, and the loop stops when none applies.
#include "parser/parser_internal.h"
#include "parser/literals.h"

namespace glasspy::parser_impl {

// expressions[expr_ty]:
//     | a=expression b=(',' c=expression { c })+ [','] { Tuple([a] + b, Load) }
//     | a=expression ',' { Tuple([a], Load) }
//     | expression
expr* Parser::expressions() {
  RULE_ENTER();
  int start = mark_;
  expr* a = expression();
  if (!a) return nullptr;
  if (!at(TokenKind::COMMA)) return a;
  Frame f(*this);
  f.push(a);
  for (;;) {
    int m = mark_;
    if (!expect(TokenKind::COMMA)) break;
    expr* c = expression();
    if (!c) {
      mark_ = m;
      break;
    }
    f.push(c);
  }
  if (error_) return nullptr;
  expect(TokenKind::COMMA);
  Tuple* t = mk<Tuple>(start);
  t->elts = f.seq<expr*>();
  t->ctx = expr_context::Load;
  return t;
}

// expression[expr_ty] (memo):
//     | invalid_expression
//     | invalid_legacy_expression
//     | a=disjunction 'if' b=disjunction 'else' c=expression { IfExp(b, a, c) }
//     | disjunction
//     | lambdef
expr* Parser::expression() {
  RULE_ENTER();
  int start = mark_;
  expr* r;
  if (memo_get(M_expression, r)) return r;
  r = expression_raw();
  memo_put(start, M_expression, r);
  return r;
}

expr* Parser::expression_raw() {
  int start = mark_;
  if (call_invalid_) {
    invalid_expression();
    if (error_) return nullptr;
    mark_ = start;
    invalid_legacy_expression();
    if (error_) return nullptr;
    mark_ = start;
  }
  if (expr* a = disjunction()) {
    int m = mark_;
    if (expect_kw(KW_if)) {
      if (expr* b = disjunction()) {
        if (expect_kw(KW_else)) {
          if (expr* c = expression()) {
            IfExp* e = mk<IfExp>(start);
            e->test = b;
            e->body = a;
            e->orelse = c;
            return e;
          }
        }
      }
    }
    if (error_) return nullptr;
    mark_ = m;
    return a;
  }
  if (error_) return nullptr;
  return lambdef();
}

// expression_without_invalid[expr_ty]:
//     | a=disjunction 'if' b=disjunction 'else' c=expression { IfExp(b, a, c) }
//     | disjunction
//     | lambdef
// (The "_without_invalid" suffix: no invalid_ rules are called under it.
// Results memoized meanwhile are computed without them too.)
expr* Parser::expression_without_invalid() {
  RULE_ENTER();
  bool saved = call_invalid_;
  call_invalid_ = false;
  struct Restore { Parser& p; bool v; ~Restore() { p.call_invalid_ = v; } } restore{*this, saved};
  int start = mark_;
  if (expr* a = disjunction()) {
    int m = mark_;
    if (expect_kw(KW_if)) {
      expr* b = disjunction();
      expr* c = nullptr;
      if (b && expect_kw(KW_else) && (c = expression())) {
        IfExp* e = mk<IfExp>(start);
        e->test = b;
        e->body = a;
        e->orelse = c;
        return e;
      }
      if (error_) return nullptr;
    }
    mark_ = m;
    return a;
  }
  if (error_) return nullptr;
  return lambdef();
}

// yield_expr[expr_ty]:
//     | 'yield' 'from' a=expression { YieldFrom(a) }
//     | 'yield' a=[star_expressions] { Yield(a) }
expr* Parser::yield_expr() {
  RULE_ENTER();
  int start = mark_;
  if (!expect_kw(KW_yield)) return nullptr;
  if (expect_kw(KW_from)) {
    if (expr* a = expression()) {
      YieldFrom* e = mk<YieldFrom>(start);
      e->value = a;
      return e;
    }
    if (error_) return nullptr;
    mark_ = start + 1;
  }
  expr* a = star_expressions();
  if (error_) return nullptr;
  Yield* e = mk<Yield>(start);
  e->value = a;
  return e;
}

// star_expressions[expr_ty]:
//     | a=star_expression b=(',' c=star_expression { c })+ [','] { Tuple([a] + b, Load) }
//     | a=star_expression ',' { Tuple([a], Load) }
//     | star_expression
expr* Parser::star_expressions() {
  RULE_ENTER();
  int start = mark_;
  expr* a = star_expression();
  if (!a) return nullptr;
  if (!at(TokenKind::COMMA)) return a;
  Frame f(*this);
  f.push(a);
  for (;;) {
    int m = mark_;
    if (!expect(TokenKind::COMMA)) break;
    expr* c = star_expression();
    if (!c) {
      mark_ = m;
      break;
    }
    f.push(c);
  }
  if (error_) return nullptr;
  expect(TokenKind::COMMA);
  Tuple* t = mk<Tuple>(start);
  t->elts = f.seq<expr*>();
  t->ctx = expr_context::Load;
  return t;
}

// star_expression[expr_ty] (memo):
//     | '*' a=bitwise_or { Starred(a, Load) }
//     | expression
expr* Parser::star_expression() {
  RULE_ENTER();
  int start = mark_;
  expr* r;
  if (memo_get(M_star_expression, r)) return r;
  r = nullptr;
  if (expect(TokenKind::STAR)) {
    if (expr* a = bitwise_or()) {
      Starred* s = mk<Starred>(start);
      s->value = a;
      s->ctx = expr_context::Load;
      r = s;
    } else {
      mark_ = start;
    }
  }
  if (!r && !error_) r = expression();
  memo_put(start, M_star_expression, r);
  return r;
}

// star_named_expressions[asdl_expr_seq*]: a=','.star_named_expression+ [','] { a }
SeqBox<expr*>* Parser::star_named_expressions() {
  RULE_ENTER();
  Enter gather_guard(*this);  // pegen's _gather level
  Frame f(*this);
  expr* a = star_named_expression();
  if (!a) return nullptr;
  f.push(a);
  for (;;) {
    int m = mark_;
    if (!expect(TokenKind::COMMA)) break;
    expr* c = star_named_expression();
    if (!c) {
      mark_ = m;
      break;
    }
    f.push(c);
  }
  if (error_) return nullptr;
  expect(TokenKind::COMMA);
  return box(f.seq<expr*>());
}

// star_named_expression[expr_ty]:
//     | '*' a=bitwise_or { Starred(a, Load) }
//     | named_expression
expr* Parser::star_named_expression() {
  RULE_ENTER();
  int start = mark_;
  if (expect(TokenKind::STAR)) {
    if (expr* a = bitwise_or()) {
      Starred* s = mk<Starred>(start);
      s->value = a;
      s->ctx = expr_context::Load;
      return s;
    }
    mark_ = start;
    if (error_) return nullptr;
  }
  return named_expression();
}

// assignment_expression[expr_ty]:
//     | a=NAME ':=' ~ b=expression { NamedExpr(Store(a), b) }
expr* Parser::assignment_expression() {
  RULE_ENTER();
  int start = mark_;
  if (!at_name() || !at_kind(1, TokenKind::COLONEQUAL)) return nullptr;
  expr* a = name_token();
  ++mark_;  // ':='
  expr* b = expression();
  if (!b) {
    mark_ = start;
    return nullptr;  // cut
  }
  NamedExpr* e = mk<NamedExpr>(start);
  e->target = set_expr_context(a, expr_context::Store);
  e->value = b;
  return e;
}

// named_expression[expr_ty]:
//     | assignment_expression
//     | invalid_named_expression
//     | a=expression !':=' { a }
expr* Parser::named_expression() {
  RULE_ENTER();
  int start = mark_;
  if (expr* a = assignment_expression()) return a;
  if (error_) return nullptr;
  if (call_invalid_) {
    invalid_named_expression();
    if (error_) return nullptr;
    mark_ = start;
  }
  if (expr* a = expression()) {
    if (!at(TokenKind::COLONEQUAL)) return a;
    mark_ = start;
  }
  return nullptr;
}

// disjunction[expr_ty] (memo):
//     | a=conjunction b=('or' c=conjunction { c })+ { BoolOp(Or, [a] + b) }
//     | conjunction
expr* Parser::disjunction() {
  RULE_ENTER();
  int start = mark_;
  expr* r;
  if (memo_get(M_disjunction, r)) return r;
  r = conjunction();
  if (r && at_kw(KW_or)) {
    Frame f(*this);
    f.push(r);
    for (;;) {
      int m = mark_;
      if (!expect_kw(KW_or)) break;
      expr* c = conjunction();
      if (!c) {
        mark_ = m;
        break;
      }
      f.push(c);
    }
    if (error_) return nullptr;
    if (f.size() > 1) {
      BoolOp* b = mk<BoolOp>(start);
      b->op = boolop::Or;
      b->values = f.seq<expr*>();
      r = b;
    }
  }
  memo_put(start, M_disjunction, r);
  return r;
}

// conjunction[expr_ty] (memo):
//     | a=inversion b=('and' c=inversion { c })+ { BoolOp(And, [a] + b) }
//     | inversion
expr* Parser::conjunction() {
  RULE_ENTER();
  int start = mark_;
  expr* r;
  if (memo_get(M_conjunction, r)) return r;
  r = inversion();
  if (r && at_kw(KW_and)) {
    Frame f(*this);
    f.push(r);
    for (;;) {
      int m = mark_;
      if (!expect_kw(KW_and)) break;
      expr* c = inversion();
      if (!c) {
        mark_ = m;
        break;
      }
      f.push(c);
    }
    if (error_) return nullptr;
    if (f.size() > 1) {
      BoolOp* b = mk<BoolOp>(start);
      b->op = boolop::And;
      b->values = f.seq<expr*>();
      r = b;
    }
  }
  memo_put(start, M_conjunction, r);
  return r;
}

// inversion[expr_ty] (memo):
//     | 'not' a=inversion { UnaryOp(Not, a) }
//     | comparison
expr* Parser::inversion() {
  RULE_ENTER();
  int start = mark_;
  expr* r;
  if (memo_get(M_inversion, r)) return r;
  r = nullptr;
  if (expect_kw(KW_not)) {
    if (expr* a = inversion()) {
      UnaryOp* u = mk<UnaryOp>(start);
      u->op = unaryop::Not;
      u->operand = a;
      r = u;
    } else {
      mark_ = start;
    }
  }
  if (!r && !error_) r = comparison();
  memo_put(start, M_inversion, r);
  return r;
}

// comparison[expr_ty]:
//     | a=bitwise_or b=compare_op_bitwise_or_pair+ { Compare(a, ops(b), exprs(b)) }
//     | bitwise_or
expr* Parser::comparison() {
  RULE_ENTER();
  int start = mark_;
  expr* a = bitwise_or();
  if (!a) return nullptr;
  Frame f(*this);
  while (CmpopExprPair* p = compare_op_bitwise_or_pair()) f.push(p);
  if (error_) return nullptr;
  if (f.size() == 0) return a;
  Compare* c = mk<Compare>(start);
  c->left = a;
  Seq<CmpopExprPair*> pairs = f.seq<CmpopExprPair*>();
  c->ops.count = pairs.count;
  c->ops.items = static_cast<cmpop*>(arena_.allocate(sizeof(cmpop) * pairs.count, alignof(cmpop)));
  c->comparators.count = pairs.count;
  c->comparators.items =
      static_cast<expr**>(arena_.allocate(sizeof(expr*) * pairs.count, alignof(expr*)));
  for (uint32_t i = 0; i < pairs.count; ++i) {
    c->ops.items[i] = pairs[i]->op;
    c->comparators.items[i] = pairs[i]->e;
  }
  return c;
}

// compare_op_bitwise_or_pair[CmpopExprPair*]:
//     | eq_bitwise_or | noteq_bitwise_or | lte_bitwise_or | lt_bitwise_or
//     | gte_bitwise_or | gt_bitwise_or | notin_bitwise_or | in_bitwise_or
//     | isnot_bitwise_or | is_bitwise_or
// eq_bitwise_or: '==' a=bitwise_or;  noteq_bitwise_or: '!=' a=bitwise_or (not '<>');
// notin_bitwise_or: 'not' 'in' a=bitwise_or;  isnot_bitwise_or: 'is' 'not' a=bitwise_or; ...
CmpopExprPair* Parser::compare_op_bitwise_or_pair() {
  RULE_ENTER();
  int start = mark_;
  if (!ensure(mark_)) return nullptr;
  const Tok& t = tok(mark_);
  cmpop op;
  int width = 1;
  switch (t.kind) {
    case TokenKind::EQEQUAL: op = cmpop::Eq; break;
    case TokenKind::NOTEQUAL:
      if (t.text != "!=") return nullptr;  // '<>' only with barry_as_FLUFL
      op = cmpop::NotEq;
      break;
    case TokenKind::LESSEQUAL: op = cmpop::LtE; break;
    case TokenKind::LESS: op = cmpop::Lt; break;
    case TokenKind::GREATEREQUAL: op = cmpop::GtE; break;
    case TokenKind::GREATER: op = cmpop::Gt; break;
    case TokenKind::NAME:
      if (t.kw == KW_not) {
        if (!ensure(mark_ + 1) || tok(mark_ + 1).kw != KW_in) return nullptr;
        op = cmpop::NotIn;
        width = 2;
      } else if (t.kw == KW_in) {
        op = cmpop::In;
      } else if (t.kw == KW_is) {
        op = cmpop::Is;
        if (ensure(mark_ + 1) && tok(mark_ + 1).kw == KW_not) {
          mark_ += 2;
          if (expr* a = bitwise_or()) {
            CmpopExprPair* p = make_struct<CmpopExprPair>();
            p->op = cmpop::IsNot;
            p->e = a;
            return p;
          }
          if (error_) return nullptr;
          mark_ = start;
        }
      } else {
        return nullptr;
      }
      break;
    default:
      return nullptr;
  }
  mark_ += width;
  expr* a = bitwise_or();
  if (!a) {
    mark_ = start;
    return nullptr;
  }
  CmpopExprPair* p = make_struct<CmpopExprPair>();
  p->op = op;
  p->e = a;
  return p;
}

namespace {
// The binary operator a token stands for at one precedence level.
bool binop_of(TokenKind k, int level, operator_& op) {
  switch (level) {
    case 0:  // bitwise_or
      if (k == TokenKind::VBAR) { op = operator_::BitOr; return true; }
      return false;
    case 1:  // bitwise_xor
      if (k == TokenKind::CIRCUMFLEX) { op = operator_::BitXor; return true; }
      return false;
    case 2:  // bitwise_and
      if (k == TokenKind::AMPER) { op = operator_::BitAnd; return true; }
      return false;
    case 3:  // shift_expr
      if (k == TokenKind::LEFTSHIFT) { op = operator_::LShift; return true; }
      if (k == TokenKind::RIGHTSHIFT) { op = operator_::RShift; return true; }
      return false;
    case 4:  // sum
      if (k == TokenKind::PLUS) { op = operator_::Add; return true; }
      if (k == TokenKind::MINUS) { op = operator_::Sub; return true; }
      return false;
    case 5:  // term
      switch (k) {
        case TokenKind::STAR: op = operator_::Mult; return true;
        case TokenKind::SLASH: op = operator_::Div; return true;
        case TokenKind::DOUBLESLASH: op = operator_::FloorDiv; return true;
        case TokenKind::PERCENT: op = operator_::Mod; return true;
        case TokenKind::AT: op = operator_::MatMult; return true;
        default: return false;
      }
  }
  return false;
}
}  // namespace

// bitwise_or[expr_ty]:
//     | a=bitwise_or '|' b=bitwise_xor { BinOp(a, BitOr, b) }
//     | bitwise_xor
expr* Parser::bitwise_or() {
  RULE_ENTER();
  Enter raw_guard(*this);  // pegen's bitwise_or_raw level
  int start = mark_;
  expr* r;
  if (memo_get(M_bitwise_or, r)) return r;
  r = bitwise_xor();
  while (r) {
    operator_ op;
    if (!ensure(mark_) || !binop_of(tok(mark_).kind, 0, op)) break;
    int m = mark_;
    ++mark_;
    expr* b = bitwise_xor();
    if (!b) {
      mark_ = m;
      break;
    }
    BinOp* e = mk<BinOp>(start);
    e->left = r;
    e->op = op;
    e->right = b;
    r = e;
  }
  if (error_) return nullptr;
  memo_put(start, M_bitwise_or, r);
  return r;
}

// bitwise_xor[expr_ty]:
//     | a=bitwise_xor '^' b=bitwise_and { BinOp(a, BitXor, b) }
//     | bitwise_and
expr* Parser::bitwise_xor() {
  RULE_ENTER();
  Enter raw_guard(*this);  // pegen's bitwise_xor_raw level
  int start = mark_;
  expr* r = bitwise_and();
  while (r) {
    operator_ op;
    if (!ensure(mark_) || !binop_of(tok(mark_).kind, 1, op)) break;
    int m = mark_;
    ++mark_;
    expr* b = bitwise_and();
    if (!b) {
      mark_ = m;
      break;
    }
    BinOp* e = mk<BinOp>(start);
    e->left = r;
    e->op = op;
    e->right = b;
    r = e;
  }
  if (error_) return nullptr;
  return r;
}

// bitwise_and[expr_ty]:
//     | a=bitwise_and '&' b=shift_expr { BinOp(a, BitAnd, b) }
//     | shift_expr
expr* Parser::bitwise_and() {
  RULE_ENTER();
  Enter raw_guard(*this);  // pegen's bitwise_and_raw level
  int start = mark_;
  expr* r = shift_expr();
  while (r) {
    operator_ op;
    if (!ensure(mark_) || !binop_of(tok(mark_).kind, 2, op)) break;
    int m = mark_;
    ++mark_;
    expr* b = shift_expr();
    if (!b) {
      mark_ = m;
      break;
    }
    BinOp* e = mk<BinOp>(start);
    e->left = r;
    e->op = op;
    e->right = b;
    r = e;
  }
  if (error_) return nullptr;
  return r;
}

// shift_expr[expr_ty]:
//     | a=shift_expr '<<' b=sum { BinOp(a, LShift, b) }
//     | a=shift_expr '>>' b=sum { BinOp(a, RShift, b) }
//     | sum
expr* Parser::shift_expr() {
  RULE_ENTER();
  Enter raw_guard(*this);  // pegen's shift_expr_raw level
  int start = mark_;
  expr* r = sum();
  while (r) {
    operator_ op;
    if (!ensure(mark_) || !binop_of(tok(mark_).kind, 3, op)) break;
    int m = mark_;
    ++mark_;
    expr* b = sum();
    if (!b) {
      mark_ = m;
      break;
    }
    BinOp* e = mk<BinOp>(start);
    e->left = r;
    e->op = op;
    e->right = b;
    r = e;
  }
  if (error_) return nullptr;
  return r;
}

// sum[expr_ty]:
//     | a=sum '+' b=term { BinOp(a, Add, b) }
//     | a=sum '-' b=term { BinOp(a, Sub, b) }
//     | term
expr* Parser::sum() {
  RULE_ENTER();
  Enter raw_guard(*this);  // pegen's sum_raw level
  int start = mark_;
  expr* r = term();
  while (r) {
    operator_ op;
    if (!ensure(mark_) || !binop_of(tok(mark_).kind, 4, op)) break;
    int m = mark_;
    ++mark_;
    expr* b = term();
    if (!b) {
      mark_ = m;
      break;
    }
    BinOp* e = mk<BinOp>(start);
    e->left = r;
    e->op = op;
    e->right = b;
    r = e;
  }
  if (error_) return nullptr;
  return r;
}

// term[expr_ty]:
//     | a=term '*' b=factor { BinOp(a, Mult, b) }
//     | a=term '/' b=factor { BinOp(a, Div, b) }
//     | a=term '//' b=factor { BinOp(a, FloorDiv, b) }
//     | a=term '%' b=factor { BinOp(a, Mod, b) }
//     | a=term '@' b=factor { BinOp(a, MatMult, b) }
//     | factor
expr* Parser::term() {
  RULE_ENTER();
  Enter raw_guard(*this);  // pegen's term_raw level
  int start = mark_;
  expr* r = factor();
  while (r) {
    operator_ op;
    if (!ensure(mark_) || !binop_of(tok(mark_).kind, 5, op)) break;
    int m = mark_;
    ++mark_;
    expr* b = factor();
    if (!b) {
      mark_ = m;
      break;
    }
    BinOp* e = mk<BinOp>(start);
    e->left = r;
    e->op = op;
    e->right = b;
    r = e;
  }
  if (error_) return nullptr;
  return r;
}

// factor[expr_ty] (memo):
//     | '+' a=factor { UnaryOp(UAdd, a) }
//     | '-' a=factor { UnaryOp(USub, a) }
//     | '~' a=factor { UnaryOp(Invert, a) }
//     | power
expr* Parser::factor() {
  RULE_ENTER();
  int start = mark_;
  expr* r;
  if (memo_get(M_factor, r)) return r;
  r = nullptr;
  unaryop op;
  bool unary = true;
  switch (tok(mark_).kind) {
    case TokenKind::PLUS: op = unaryop::UAdd; break;
    case TokenKind::MINUS: op = unaryop::USub; break;
    case TokenKind::TILDE: op = unaryop::Invert; break;
    default: unary = false; break;
  }
  if (unary) {
    ++mark_;
    if (expr* a = factor()) {
      UnaryOp* u = mk<UnaryOp>(start);
      u->op = op;
      u->operand = a;
      r = u;
    } else {
      mark_ = start;
    }
  }
  if (!r && !error_) r = power();
  memo_put(start, M_factor, r);
  return r;
}

// power[expr_ty]:
//     | a=await_primary '**' b=factor { BinOp(a, Pow, b) }
//     | await_primary
expr* Parser::power() {
  RULE_ENTER();
  int start = mark_;
  expr* a = await_primary();
  if (!a) return nullptr;
  int m = mark_;
  if (expect(TokenKind::DOUBLESTAR)) {
    if (expr* b = factor()) {
      BinOp* e = mk<BinOp>(start);
      e->left = a;
      e->op = operator_::Pow;
      e->right = b;
      return e;
    }
    if (error_) return nullptr;
    mark_ = m;
  }
  return a;
}

// await_primary[expr_ty] (memo):
//     | AWAIT a=primary { Await(a) }
//     | primary
expr* Parser::await_primary() {
  RULE_ENTER();
  int start = mark_;
  expr* r;
  if (memo_get(M_await_primary, r)) return r;
  r = nullptr;
  if (expect_kw(KW_await)) {
    if (expr* a = primary()) {
      Await* e = mk<Await>(start);
      e->value = a;
      r = e;
    } else {
      mark_ = start;
    }
  }
  if (!r && !error_) r = primary();
  memo_put(start, M_await_primary, r);
  return r;
}

// primary[expr_ty]:
//     | a=primary '.' b=NAME { Attribute(a, b, Load) }
//     | a=primary b=genexp { Call(a, [b], NULL) }
//     | a=primary '(' b=[arguments] ')' { Call(a, b.args, b.keywords) }
//     | a=primary '[' b=slices ']' { Subscript(a, b, Load) }
//     | atom
expr* Parser::primary() {
  RULE_ENTER();
  Enter raw_guard(*this);  // pegen's primary_raw level
  int start = mark_;
  expr* r;
  if (memo_get(M_primary, r)) return r;
  r = atom();
  while (r && !error_) {
    int m = mark_;
    if (!ensure(mark_)) break;
    TokenKind k = tok(mark_).kind;
    if (k == TokenKind::DOT) {
      ++mark_;
      if (Tok* b = name_tok()) {
        Attribute* e = mk<Attribute>(start);
        e->value = r;
        e->attr = new_identifier(b->text);
        e->ctx = expr_context::Load;
        r = e;
        continue;
      }
      mark_ = m;
      break;
    }
    if (k == TokenKind::LPAR) {
      if (expr* g = genexp()) {
        Call* e = mk<Call>(start);
        e->func = r;
        e->args = singleton<expr*>(g);
        r = e;
        continue;
      }
      if (error_) break;
      mark_ = m + 1;
      expr* b = arguments_rule();
      if (error_) break;
      if (expect(TokenKind::RPAR)) {
        Call* e = mk<Call>(start);
        e->func = r;
        if (b) {
          e->args = static_cast<Call*>(b)->args;
          e->keywords = static_cast<Call*>(b)->keywords;
        }
        r = e;
        continue;
      }
      mark_ = m;
      break;
    }
    if (k == TokenKind::LSQB) {
      ++mark_;
      expr* b = slices();
      if (b && expect(TokenKind::RSQB)) {
        Subscript* e = mk<Subscript>(start);
        e->value = r;
        e->slice = b;
        e->ctx = expr_context::Load;
        r = e;
        continue;
      }
      mark_ = m;
      break;
    }
    break;
  }
  if (error_) return nullptr;
  memo_put(start, M_primary, r);
  return r;
}

// slices[expr_ty]:
//     | a=slice !',' { a }
//     | a[asdl_expr_seq*]=','.(slice | starred_expression)+ [','] { Tuple(a, Load) }
expr* Parser::slices() {
  RULE_ENTER();
  int start = mark_;
  if (expr* a = slice()) {
    if (!at(TokenKind::COMMA)) return a;
    mark_ = start;
  }
  if (error_) return nullptr;
  Frame f(*this);
  auto one = [this]() -> expr* {
    if (expr* s = slice()) return s;
    if (error_) return nullptr;
    return starred_expression();
  };
  expr* a = one();
  if (!a) return nullptr;
  f.push(a);
  for (;;) {
    int m = mark_;
    if (!expect(TokenKind::COMMA)) break;
    expr* c = one();
    if (!c) {
      mark_ = m;
      break;
    }
    f.push(c);
  }
  if (error_) return nullptr;
  expect(TokenKind::COMMA);
  Tuple* t = mk<Tuple>(start);
  t->elts = f.seq<expr*>();
  t->ctx = expr_context::Load;
  return t;
}

// slice[expr_ty]:
//     | a=[expression] ':' b=[expression] c=[':' d=[expression] { d }] { Slice(a, b, c) }
//     | a=named_expression { a }
expr* Parser::slice() {
  RULE_ENTER();
  int start = mark_;
  expr* a = expression();
  if (error_) return nullptr;
  if (expect(TokenKind::COLON)) {
    expr* b = expression();
    if (error_) return nullptr;
    expr* c = nullptr;
    if (expect(TokenKind::COLON)) {
      c = expression();
      if (error_) return nullptr;
    }
    Slice* s = mk<Slice>(start);
    s->lower = a;
    s->upper = b;
    s->step = c;
    return s;
  }
  mark_ = start;
  return named_expression();
}

// atom[expr_ty]:
//     | NAME
//     | 'True' | 'False' | 'None'
//     | &STRING strings
//     | NUMBER
//     | &'(' (tuple | group | genexp)
//     | &'[' (list | listcomp)
//     | &'{' (dict | set | dictcomp | setcomp)
//     | '...' { Constant(Ellipsis) }
expr* Parser::atom() {
  RULE_ENTER();
  int start = mark_;
  if (!ensure(mark_)) return nullptr;
  const Tok& t = tok(mark_);
  switch (t.kind) {
    case TokenKind::NAME: {
      ConstantValue::Kind ck;
      switch (t.kw) {
        case KW_NONE: return name_token();
        case KW_True: ck = ConstantValue::Kind::True; break;
        case KW_False: ck = ConstantValue::Kind::False; break;
        case KW_None: ck = ConstantValue::Kind::None; break;
        default: return nullptr;
      }
      ++mark_;
      Constant* c = mk<Constant>(start);
      c->value.kind = ck;
      return c;
    }
    case TokenKind::STRING:
      return strings();
    case TokenKind::NUMBER:
      return number_token();
    case TokenKind::LPAR: {
      Enter group_guard(*this);  // pegen's _tmp level for (tuple | group | genexp)
      if (expr* e = tuple()) return e;
      if (error_) return nullptr;
      if (expr* e = group()) return e;
      if (error_) return nullptr;
      return genexp();
    }
    case TokenKind::LSQB: {
      Enter group_guard(*this);  // pegen's _tmp level for (list | listcomp)
      if (expr* e = list()) return e;
      if (error_) return nullptr;
      return listcomp();
    }
    case TokenKind::LBRACE: {
      Enter group_guard(*this);  // pegen's _tmp level for (dict | set | dictcomp | setcomp)
      if (expr* e = dict()) return e;
      if (error_) return nullptr;
      if (expr* e = set()) return e;
      if (error_) return nullptr;
      if (expr* e = dictcomp()) return e;
      if (error_) return nullptr;
      return setcomp();
    }
    case TokenKind::ELLIPSIS: {
      ++mark_;
      Constant* c = mk<Constant>(start);
      c->value.kind = ConstantValue::Kind::Ellipsis;
      return c;
    }
    default:
      return nullptr;
  }
}

expr* Parser::number_token() {
  Tok* t = expect(TokenKind::NUMBER);
  if (!t) return nullptr;
  Constant* c = mk_loc<Constant>(loc_of(*t));
  parse_number(t->text, c->value, arena_);
  return c;
}

// group[expr_ty]:
//     | '(' a=(yield_expr | named_expression) ')' { a }
//     | invalid_group
expr* Parser::group() {
  RULE_ENTER();
  int start = mark_;
  if (expect(TokenKind::LPAR)) {
    Enter group_guard(*this);  // pegen's _tmp level for (yield_expr | named_expression)
    expr* a = yield_expr();
    if (!a && !error_) a = named_expression();
    if (a && expect(TokenKind::RPAR)) return a;
    if (error_) return nullptr;
    mark_ = start;
  }
  if (call_invalid_) {
    invalid_group();
    mark_ = start;
  }
  return nullptr;
}

// lambdef[expr_ty]:
//     | 'lambda' a=[lambda_params] ':' b=expression { Lambda(a or empty, b) }
expr* Parser::lambdef() {
  RULE_ENTER();
  int start = mark_;
  if (!expect_kw(KW_lambda)) return nullptr;
  arguments* a = lambda_params();
  if (error_) return nullptr;
  if (expect(TokenKind::COLON)) {
    if (expr* b = expression()) {
      Lambda* l = mk<Lambda>(start);
      l->args = a ? a : empty_arguments();
      l->body = b;
      return l;
    }
  }
  mark_ = start;
  return nullptr;
}

// lambda_params[arguments_ty]: invalid_lambda_parameters | lambda_parameters
arguments* Parser::lambda_params() {
  RULE_ENTER();
  if (call_invalid_) {
    int m = mark_;
    invalid_lambda_parameters();
    if (error_) return nullptr;
    mark_ = m;
  }
  return lambda_parameters();
}

// lambda_parameters[arguments_ty]:
//     | a=lambda_slash_no_default b=lambda_param_no_default* c=lambda_param_with_default* d=[lambda_star_etc]
//     | a=lambda_slash_with_default b=lambda_param_with_default* c=[lambda_star_etc]
//     | a=lambda_param_no_default+ b=lambda_param_with_default* c=[lambda_star_etc]
//     | a=lambda_param_with_default+ b=[lambda_star_etc]
//     | a=lambda_star_etc
arguments* Parser::lambda_parameters() {
  RULE_ENTER();
  int start = mark_;
  auto collect_no_default = [this](Frame& f) {
    while (arg* x = lambda_param_no_default()) f.push(x);
  };
  auto collect_with_default = [this](Frame& f) {
    while (NameDefaultPair* x = lambda_param_with_default()) f.push(x);
  };
  if (SeqBox<arg*>* a = lambda_slash_no_default()) {
    Frame fb(*this);
    collect_no_default(fb);
    Seq<arg*> b = fb.seq<arg*>();
    Frame fc(*this);
    collect_with_default(fc);
    Seq<NameDefaultPair*> c = fc.seq<NameDefaultPair*>();
    StarEtc* d = lambda_star_etc();
    if (error_) return nullptr;
    return make_arguments(&a->seq, nullptr, &b, &c, d);
  }
  if (error_) return nullptr;
  mark_ = start;
  if (SlashWithDefault* a = lambda_slash_with_default()) {
    Frame fb(*this);
    collect_with_default(fb);
    Seq<NameDefaultPair*> b = fb.seq<NameDefaultPair*>();
    StarEtc* c = lambda_star_etc();
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
      StarEtc* c = lambda_star_etc();
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
      StarEtc* b = lambda_star_etc();
      if (error_) return nullptr;
      return make_arguments(nullptr, nullptr, nullptr, &a, b);
    }
  }
  mark_ = start;
  if (StarEtc* a = lambda_star_etc()) return make_arguments(nullptr, nullptr, nullptr, nullptr, a);
  return nullptr;
}

// lambda_slash_no_default[asdl_arg_seq*]:
//     | a=lambda_param_no_default+ '/' ',' { a }
//     | a=lambda_param_no_default+ '/' &':' { a }
SeqBox<arg*>* Parser::lambda_slash_no_default() {
  RULE_ENTER();
  int start = mark_;
  Frame f(*this);
  while (arg* x = lambda_param_no_default()) f.push(x);
  if (error_) return nullptr;
  if (f.size() > 0 && expect(TokenKind::SLASH)) {
    if (expect(TokenKind::COMMA) || at(TokenKind::COLON)) return box(f.seq<arg*>());
  }
  mark_ = start;
  return nullptr;
}

// lambda_slash_with_default[SlashWithDefault*]:
//     | a=lambda_param_no_default* b=lambda_param_with_default+ '/' ','
//     | a=lambda_param_no_default* b=lambda_param_with_default+ '/' &':'
SlashWithDefault* Parser::lambda_slash_with_default() {
  RULE_ENTER();
  int start = mark_;
  Seq<arg*> plain;
  {
    Frame fa(*this);
    while (arg* x = lambda_param_no_default()) fa.push(x);
    plain = fa.seq<arg*>();
  }
  Frame fb(*this);
  while (NameDefaultPair* x = lambda_param_with_default()) fb.push(x);
  if (error_) return nullptr;
  if (fb.size() > 0 && expect(TokenKind::SLASH)) {
    if (expect(TokenKind::COMMA) || at(TokenKind::COLON)) {
      SlashWithDefault* r = make_struct<SlashWithDefault>();
      r->names_with_defaults = fb.seq<NameDefaultPair*>();
      r->plain_names = plain;
      return r;
    }
  }
  mark_ = start;
  return nullptr;
}

// lambda_star_etc[StarEtc*]:
//     | invalid_lambda_star_etc
//     | '*' a=lambda_param_no_default b=lambda_param_maybe_default* c=[lambda_kwds]
//     | '*' ',' b=lambda_param_maybe_default+ c=[lambda_kwds]
//     | a=lambda_kwds
StarEtc* Parser::lambda_star_etc() {
  RULE_ENTER();
  int start = mark_;
  if (call_invalid_) {
    invalid_lambda_star_etc();
    if (error_) return nullptr;
    mark_ = start;
  }
  if (expect(TokenKind::STAR)) {
    int after_star = mark_;
    if (arg* a = lambda_param_no_default()) {
      Frame fb(*this);
      while (NameDefaultPair* x = lambda_param_maybe_default()) fb.push(x);
      arg* c = lambda_kwds();
      if (error_) return nullptr;
      StarEtc* r = make_struct<StarEtc>();
      r->vararg = a;
      r->kwonlyargs = fb.seq<NameDefaultPair*>();
      r->kwarg = c;
      return r;
    }
    if (error_) return nullptr;
    mark_ = after_star;
    if (expect(TokenKind::COMMA)) {
      Frame fb(*this);
      while (NameDefaultPair* x = lambda_param_maybe_default()) fb.push(x);
      if (error_) return nullptr;
      if (fb.size() > 0) {
        arg* c = lambda_kwds();
        if (error_) return nullptr;
        StarEtc* r = make_struct<StarEtc>();
        r->kwonlyargs = fb.seq<NameDefaultPair*>();
        r->kwarg = c;
        return r;
      }
    }
    mark_ = start;
  }
  if (arg* a = lambda_kwds()) {
    StarEtc* r = make_struct<StarEtc>();
    r->kwarg = a;
    return r;
  }
  return nullptr;
}

// lambda_kwds[arg_ty]: invalid_lambda_kwds | '**' a=lambda_param_no_default { a }
arg* Parser::lambda_kwds() {
  RULE_ENTER();
  int start = mark_;
  if (call_invalid_) {
    invalid_lambda_kwds();
    if (error_) return nullptr;
    mark_ = start;
  }
  if (expect(TokenKind::DOUBLESTAR)) {
    if (arg* a = lambda_param_no_default()) return a;
    mark_ = start;
  }
  return nullptr;
}

// lambda_param_no_default[arg_ty]: a=lambda_param ',' { a } | a=lambda_param &':' { a }
arg* Parser::lambda_param_no_default() {
  RULE_ENTER();
  int start = mark_;
  arg* a = lambda_param();
  if (!a) return nullptr;
  if (expect(TokenKind::COMMA) || at(TokenKind::COLON)) return a;
  mark_ = start;
  return nullptr;
}

// lambda_param_with_default[NameDefaultPair*]:
//     | a=lambda_param c=default ',' | a=lambda_param c=default &':'
NameDefaultPair* Parser::lambda_param_with_default() {
  RULE_ENTER();
  int start = mark_;
  arg* a = lambda_param();
  if (!a) return nullptr;
  expr* c = default_();
  if (c && (expect(TokenKind::COMMA) || at(TokenKind::COLON))) {
    NameDefaultPair* p = make_struct<NameDefaultPair>();
    p->a = a;
    p->value = c;
    return p;
  }
  mark_ = start;
  return nullptr;
}

// lambda_param_maybe_default[NameDefaultPair*]:
//     | a=lambda_param c=default? ',' | a=lambda_param c=default? &':'
NameDefaultPair* Parser::lambda_param_maybe_default() {
  RULE_ENTER();
  int start = mark_;
  arg* a = lambda_param();
  if (!a) return nullptr;
  expr* c = default_();
  if (error_) return nullptr;
  if (expect(TokenKind::COMMA) || at(TokenKind::COLON)) {
    NameDefaultPair* p = make_struct<NameDefaultPair>();
    p->a = a;
    p->value = c;
    return p;
  }
  mark_ = start;
  return nullptr;
}

// lambda_param[arg_ty]: a=NAME { _PyAST_arg(a->v.Name.id, NULL, NULL, EXTRA) }
arg* Parser::lambda_param() {
  RULE_ENTER();
  Tok* a = name_tok();
  if (!a) return nullptr;
  arg* r = mk_loc<arg>(loc_of(*a));
  r->arg = new_identifier(a->text);
  return r;
}

// strings[expr_ty] (memo): a=STRING+ { _PyPegen_concatenate_strings(p, a) }
expr* Parser::strings() {
  RULE_ENTER();
  int start = mark_;
  expr* r;
  if (memo_get(M_strings, r)) return r;
  r = nullptr;
  while (expect(TokenKind::STRING)) {
  }
  if (mark_ > start && !error_) {
    r = concatenate_strings(start, mark_ - 1);
    if (!r) mark_ = start;
  }
  if (error_) return nullptr;
  memo_put(start, M_strings, r);
  return r;
}

// list[expr_ty]: '[' a=[star_named_expressions] ']' { List(a, Load) }
expr* Parser::list() {
  RULE_ENTER();
  int start = mark_;
  if (!expect(TokenKind::LSQB)) return nullptr;
  SeqBox<expr*>* a = star_named_expressions();
  if (error_) return nullptr;
  if (!expect(TokenKind::RSQB)) {
    mark_ = start;
    return nullptr;
  }
  List* l = mk<List>(start);
  if (a) l->elts = a->seq;
  l->ctx = expr_context::Load;
  return l;
}

// tuple[expr_ty]:
//     | '(' a=[y=star_named_expression ',' z=[star_named_expressions] { [y] + z } ] ')' { Tuple(a, Load) }
expr* Parser::tuple() {
  RULE_ENTER();
  int start = mark_;
  if (!expect(TokenKind::LPAR)) return nullptr;
  Seq<expr*> elts;
  int m = mark_;
  Enter group_guard(*this);  // pegen's _tmp level for the optional group
  if (expr* y = star_named_expression()) {
    if (expect(TokenKind::COMMA)) {
      SeqBox<expr*>* z = star_named_expressions();
      if (error_) return nullptr;
      elts = z ? insert_in_front(y, z->seq) : singleton<expr*>(y);
    } else {
      mark_ = m;
    }
  }
  if (error_) return nullptr;
  if (!expect(TokenKind::RPAR)) {
    mark_ = start;
    return nullptr;
  }
  Tuple* t = mk<Tuple>(start);
  t->elts = elts;
  t->ctx = expr_context::Load;
  return t;
}

// set[expr_ty]: '{' a=star_named_expressions '}' { Set(a) }
expr* Parser::set() {
  RULE_ENTER();
  int start = mark_;
  if (!expect(TokenKind::LBRACE)) return nullptr;
  SeqBox<expr*>* a = star_named_expressions();
  if (!a || !expect(TokenKind::RBRACE)) {
    mark_ = start;
    return nullptr;
  }
  Set* s = mk<Set>(start);
  s->elts = a->seq;
  return s;
}

// dict[expr_ty]:
//     | '{' a=[double_starred_kvpairs] '}' { Dict(keys(a), values(a)) }
//     | '{' invalid_double_starred_kvpairs '}'
expr* Parser::dict() {
  RULE_ENTER();
  int start = mark_;
  if (!expect(TokenKind::LBRACE)) return nullptr;
  SeqBox<KeyValuePair*>* a = double_starred_kvpairs();
  if (error_) return nullptr;
  if (expect(TokenKind::RBRACE)) {
    Dict* d = mk<Dict>(start);
    if (a) {
      uint32_t n = a->seq.count;
      d->keys.count = d->values.count = n;
      d->keys.items = static_cast<expr**>(arena_.allocate(sizeof(expr*) * n, alignof(expr*)));
      d->values.items = static_cast<expr**>(arena_.allocate(sizeof(expr*) * n, alignof(expr*)));
      for (uint32_t i = 0; i < n; ++i) {
        d->keys.items[i] = a->seq[i]->key;
        d->values.items[i] = a->seq[i]->value;
      }
    }
    return d;
  }
  mark_ = start;
  if (call_invalid_) {
    if (expect(TokenKind::LBRACE)) {
      invalid_double_starred_kvpairs();
      if (error_) return nullptr;
    }
    mark_ = start;
  }
  return nullptr;
}

// double_starred_kvpairs[asdl_seq*]: a=','.double_starred_kvpair+ [','] { a }
SeqBox<KeyValuePair*>* Parser::double_starred_kvpairs() {
  RULE_ENTER();
  Enter gather_guard(*this);  // pegen's _gather level
  Frame f(*this);
  KeyValuePair* a = double_starred_kvpair();
  if (!a) return nullptr;
  f.push(a);
  for (;;) {
    int m = mark_;
    if (!expect(TokenKind::COMMA)) break;
    KeyValuePair* c = double_starred_kvpair();
    if (!c) {
      mark_ = m;
      break;
    }
    f.push(c);
  }
  if (error_) return nullptr;
  expect(TokenKind::COMMA);
  return box(f.seq<KeyValuePair*>());
}

// double_starred_kvpair[KeyValuePair*]:
//     | '**' a=bitwise_or { KeyValuePair(NULL, a) }
//     | kvpair
KeyValuePair* Parser::double_starred_kvpair() {
  RULE_ENTER();
  int start = mark_;
  if (expect(TokenKind::DOUBLESTAR)) {
    if (expr* a = bitwise_or()) {
      KeyValuePair* kv = make_struct<KeyValuePair>();
      kv->value = a;
      return kv;
    }
    if (error_) return nullptr;
    mark_ = start;
  }
  return kvpair();
}

// kvpair[KeyValuePair*]: a=expression ':' b=expression { KeyValuePair(a, b) }
KeyValuePair* Parser::kvpair() {
  RULE_ENTER();
  int start = mark_;
  expr* a = expression();
  if (!a) return nullptr;
  if (expect(TokenKind::COLON)) {
    if (expr* b = expression()) {
      KeyValuePair* kv = make_struct<KeyValuePair>();
      kv->key = a;
      kv->value = b;
      return kv;
    }
  }
  mark_ = start;
  return nullptr;
}

// for_if_clauses[asdl_comprehension_seq*]: a=for_if_clause+ { a }
SeqBox<comprehension*>* Parser::for_if_clauses() {
  RULE_ENTER();
  Frame f(*this);
  while (comprehension* c = for_if_clause()) f.push(c);
  if (error_ || f.size() == 0) return nullptr;
  return box(f.seq<comprehension*>());
}

// for_if_clause[comprehension_ty]:
//     | ASYNC 'for' a=star_targets 'in' ~ b=disjunction c=('if' z=disjunction { z })* { comprehension(a, b, c, 1) }
//     | 'for' a=star_targets 'in' ~ b=disjunction c=('if' z=disjunction { z })* { comprehension(a, b, c, 0) }
//     | invalid_for_target
comprehension* Parser::for_if_clause() {
  RULE_ENTER();
  int start = mark_;
  bool is_async = expect_kw(KW_async) != nullptr;
  if (expect_kw(KW_for)) {
    expr* a = star_targets();
    if (a && expect_kw(KW_in)) {
      expr* b = disjunction();
      if (!b) {
        mark_ = start;
        return nullptr;  // cut
      }
      Frame f(*this);
      for (;;) {
        int m = mark_;
        if (!expect_kw(KW_if)) break;
        expr* z = disjunction();
        if (!z) {
          mark_ = m;
          break;
        }
        f.push(z);
      }
      if (error_) return nullptr;
      comprehension* c = make_struct<comprehension>();
      c->node_kind = NodeKind::comprehension;
      c->target = a;
      c->iter = b;
      c->ifs = f.seq<expr*>();
      c->is_async = is_async ? 1 : 0;
      return c;
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

// listcomp[expr_ty]:
//     | '[' a=named_expression b=for_if_clauses ']' { ListComp(a, b) }
//     | invalid_comprehension
expr* Parser::listcomp() {
  RULE_ENTER();
  int start = mark_;
  if (expect(TokenKind::LSQB)) {
    if (expr* a = named_expression()) {
      if (SeqBox<comprehension*>* b = for_if_clauses()) {
        if (expect(TokenKind::RSQB)) {
          ListComp* e = mk<ListComp>(start);
          e->elt = a;
          e->generators = b->seq;
          return e;
        }
      }
    }
    if (error_) return nullptr;
  }
  mark_ = start;
  if (call_invalid_) {
    invalid_comprehension();
    mark_ = start;
  }
  return nullptr;
}

// setcomp[expr_ty]:
//     | '{' a=named_expression b=for_if_clauses '}' { SetComp(a, b) }
//     | invalid_comprehension
expr* Parser::setcomp() {
  RULE_ENTER();
  int start = mark_;
  if (expect(TokenKind::LBRACE)) {
    if (expr* a = named_expression()) {
      if (SeqBox<comprehension*>* b = for_if_clauses()) {
        if (expect(TokenKind::RBRACE)) {
          SetComp* e = mk<SetComp>(start);
          e->elt = a;
          e->generators = b->seq;
          return e;
        }
      }
    }
    if (error_) return nullptr;
  }
  mark_ = start;
  if (call_invalid_) {
    invalid_comprehension();
    mark_ = start;
  }
  return nullptr;
}

// genexp[expr_ty]:
//     | '(' a=( assignment_expression | expression !':=') b=for_if_clauses ')' { GeneratorExp(a, b) }
//     | invalid_comprehension
expr* Parser::genexp() {
  RULE_ENTER();
  int start = mark_;
  if (expect(TokenKind::LPAR)) {
    int m = mark_;
    Enter group_guard(*this);  // pegen's _tmp level for the element group
    expr* a = assignment_expression();
    if (!a && !error_) {
      a = expression();
      if (a && at(TokenKind::COLONEQUAL)) {
        a = nullptr;
        mark_ = m;
      }
    }
    if (a) {
      if (SeqBox<comprehension*>* b = for_if_clauses()) {
        if (expect(TokenKind::RPAR)) {
          GeneratorExp* e = mk<GeneratorExp>(start);
          e->elt = a;
          e->generators = b->seq;
          return e;
        }
      }
    }
    if (error_) return nullptr;
  }
  mark_ = start;
  if (call_invalid_) {
    invalid_comprehension();
    mark_ = start;
  }
  return nullptr;
}

// dictcomp[expr_ty]:
//     | '{' a=kvpair b=for_if_clauses '}' { DictComp(a->key, a->value, b) }
//     | invalid_dict_comprehension
expr* Parser::dictcomp() {
  RULE_ENTER();
  int start = mark_;
  if (expect(TokenKind::LBRACE)) {
    if (KeyValuePair* a = kvpair()) {
      if (SeqBox<comprehension*>* b = for_if_clauses()) {
        if (expect(TokenKind::RBRACE)) {
          DictComp* e = mk<DictComp>(start);
          e->key = a->key;
          e->value = a->value;
          e->generators = b->seq;
          return e;
        }
      }
    }
    if (error_) return nullptr;
  }
  mark_ = start;
  if (call_invalid_) {
    invalid_dict_comprehension();
    mark_ = start;
  }
  return nullptr;
}

// arguments[expr_ty] (memo):
//     | a=args [','] &')' { a }
//     | invalid_arguments
expr* Parser::arguments_rule() {
  RULE_ENTER();
  int start = mark_;
  expr* r;
  if (memo_get(M_arguments, r)) return r;
  r = args();
  if (r) {
    expect(TokenKind::COMMA);
    if (!at(TokenKind::RPAR)) {
      r = nullptr;
      mark_ = start;
    }
  }
  if (!r && !error_ && call_invalid_) {
    mark_ = start;
    invalid_arguments();
    mark_ = start;
  }
  if (error_) return nullptr;
  memo_put(start, M_arguments, r);
  return r;
}

// args[expr_ty]:
//     | a=','.(starred_expression | ( assignment_expression | expression !':=') !'=')+ b=[',' k=kwargs {k}] {
//         _PyPegen_collect_call_seqs(p, a, b, EXTRA) }
//     | a=kwargs { Call(dummy, starred(a), keywords(a)) }
expr* Parser::args() {
  RULE_ENTER();
  int start = mark_;
  auto positional = [this]() -> expr* {
    Enter gather_guard(*this);  // pegen's _gather and _tmp levels
    Enter group_guard(*this);
    int m = mark_;
    if (expr* s = starred_expression()) return s;
    if (error_) return nullptr;
    expr* e = assignment_expression();
    if (!e && !error_) {
      e = expression();
      if (e && at(TokenKind::COLONEQUAL)) e = nullptr;
    }
    if (e && !at(TokenKind::EQUAL)) return e;
    mark_ = m;
    return nullptr;
  };
  {
    Frame f(*this);
    if (expr* a = positional()) {
      f.push(a);
      for (;;) {
        int m = mark_;
        if (!expect(TokenKind::COMMA)) break;
        expr* c = positional();
        if (!c) {
          mark_ = m;
          break;
        }
        f.push(c);
      }
      if (error_) return nullptr;
      SeqBox<KeywordOrStarred*>* b = nullptr;
      int m = mark_;
      if (expect(TokenKind::COMMA)) {
        b = kwargs();
        if (!b) mark_ = m;
      }
      if (error_) return nullptr;
      return collect_call_seqs(f.seq<expr*>(), b ? &b->seq : nullptr, start);
    }
    if (error_) return nullptr;
  }
  mark_ = start;
  if (SeqBox<KeywordOrStarred*>* a = kwargs()) {
    Call* c = mk<Call>(start);
    Frame s(*this);
    for (KeywordOrStarred* k : a->seq)
      if (!k->is_keyword) s.push(k->element);
    c->args = s.seq<expr*>();
    Frame kw(*this);
    for (KeywordOrStarred* k : a->seq)
      if (k->is_keyword) kw.push(k->element);
    c->keywords = kw.seq<keyword*>();
    return c;
  }
  return nullptr;
}

// kwargs[asdl_seq*]:
//     | a=','.kwarg_or_starred+ ',' b=','.kwarg_or_double_starred+ { a + b }
//     | ','.kwarg_or_starred+
//     | ','.kwarg_or_double_starred+
SeqBox<KeywordOrStarred*>* Parser::kwargs() {
  RULE_ENTER();
  int start = mark_;
  Frame f(*this);
  auto gather = [this, &f](bool starred) -> size_t {
    size_t before = f.size();
    KeywordOrStarred* a = starred ? kwarg_or_starred() : kwarg_or_double_starred();
    if (!a) return 0;
    f.push(a);
    for (;;) {
      int m = mark_;
      if (!expect(TokenKind::COMMA)) break;
      KeywordOrStarred* c = starred ? kwarg_or_starred() : kwarg_or_double_starred();
      if (!c) {
        mark_ = m;
        break;
      }
      f.push(c);
    }
    return f.size() - before;
  };
  if (gather(true) > 0) {
    int after_a = mark_;
    size_t na = f.size();
    if (!error_ && expect(TokenKind::COMMA) && gather(false) > 0) {
      return box(f.seq<KeywordOrStarred*>());
    }
    if (error_) return nullptr;
    mark_ = after_a;
    scratch_.resize(f.base + na);
    return box(f.seq<KeywordOrStarred*>());
  }
  if (error_) return nullptr;
  mark_ = start;
  if (gather(false) > 0) return box(f.seq<KeywordOrStarred*>());
  return nullptr;
}

// starred_expression[expr_ty]: '*' a=expression { Starred(a, Load) }
expr* Parser::starred_expression() {
  RULE_ENTER();
  int start = mark_;
  if (!expect(TokenKind::STAR)) return nullptr;
  if (expr* a = expression()) {
    Starred* s = mk<Starred>(start);
    s->value = a;
    s->ctx = expr_context::Load;
    return s;
  }
  mark_ = start;
  return nullptr;
}

// kwarg_or_starred[KeywordOrStarred*]:
//     | invalid_kwarg
//     | a=NAME '=' b=expression { keyword(a, b) }
//     | a=starred_expression { a }
KeywordOrStarred* Parser::kwarg_or_starred() {
  RULE_ENTER();
  int start = mark_;
  if (call_invalid_) {
    invalid_kwarg();
    if (error_) return nullptr;
    mark_ = start;
  }
  if (Tok* a = name_tok()) {
    if (expect(TokenKind::EQUAL)) {
      if (expr* b = expression()) {
        keyword* k = mk<keyword>(start);
        k->arg = new_identifier(a->text);
        k->value = b;
        KeywordOrStarred* r = make_struct<KeywordOrStarred>();
        r->element = k;
        r->is_keyword = true;
        return r;
      }
    }
    if (error_) return nullptr;
    mark_ = start;
  }
  if (expr* a = starred_expression()) {
    KeywordOrStarred* r = make_struct<KeywordOrStarred>();
    r->element = a;
    r->is_keyword = false;
    return r;
  }
  return nullptr;
}

// kwarg_or_double_starred[KeywordOrStarred*]:
//     | invalid_kwarg
//     | a=NAME '=' b=expression { keyword(a, b) }
//     | '**' a=expression { keyword(NULL, a) }
KeywordOrStarred* Parser::kwarg_or_double_starred() {
  RULE_ENTER();
  int start = mark_;
  if (call_invalid_) {
    invalid_kwarg();
    if (error_) return nullptr;
    mark_ = start;
  }
  if (Tok* a = name_tok()) {
    if (expect(TokenKind::EQUAL)) {
      if (expr* b = expression()) {
        keyword* k = mk<keyword>(start);
        k->arg = new_identifier(a->text);
        k->value = b;
        KeywordOrStarred* r = make_struct<KeywordOrStarred>();
        r->element = k;
        r->is_keyword = true;
        return r;
      }
    }
    if (error_) return nullptr;
    mark_ = start;
  }
  if (expect(TokenKind::DOUBLESTAR)) {
    if (expr* a = expression()) {
      keyword* k = mk<keyword>(start);
      k->value = a;
      KeywordOrStarred* r = make_struct<KeywordOrStarred>();
      r->element = k;
      r->is_keyword = true;
      return r;
    }
    mark_ = start;
  }
  return nullptr;
}

// star_targets[expr_ty]:
//     | a=star_target !',' { a }
//     | a=star_target b=(',' c=star_target { c })* [','] { Tuple([a] + b, Store) }
expr* Parser::star_targets() {
  RULE_ENTER();
  int start = mark_;
  expr* a = star_target();
  if (!a) return nullptr;
  if (!at(TokenKind::COMMA)) return a;
  Frame f(*this);
  f.push(a);
  for (;;) {
    int m = mark_;
    if (!expect(TokenKind::COMMA)) break;
    expr* c = star_target();
    if (!c) {
      mark_ = m;
      break;
    }
    f.push(c);
  }
  if (error_) return nullptr;
  expect(TokenKind::COMMA);
  Tuple* t = mk<Tuple>(start);
  t->elts = f.seq<expr*>();
  t->ctx = expr_context::Store;
  return t;
}

// star_targets_list_seq[asdl_expr_seq*]: a=','.star_target+ [','] { a }
SeqBox<expr*>* Parser::star_targets_list_seq() {
  RULE_ENTER();
  Frame f(*this);
  expr* a = star_target();
  if (!a) return nullptr;
  f.push(a);
  for (;;) {
    int m = mark_;
    if (!expect(TokenKind::COMMA)) break;
    expr* c = star_target();
    if (!c) {
      mark_ = m;
      break;
    }
    f.push(c);
  }
  if (error_) return nullptr;
  expect(TokenKind::COMMA);
  return box(f.seq<expr*>());
}

// star_targets_tuple_seq[asdl_expr_seq*]:
//     | a=star_target b=(',' c=star_target { c })+ [','] { [a] + b }
//     | a=star_target ',' { [a] }
SeqBox<expr*>* Parser::star_targets_tuple_seq() {
  RULE_ENTER();
  int start = mark_;
  Frame f(*this);
  expr* a = star_target();
  if (!a) return nullptr;
  f.push(a);
  for (;;) {
    int m = mark_;
    if (!expect(TokenKind::COMMA)) break;
    expr* c = star_target();
    if (!c) {
      mark_ = m;
      break;
    }
    f.push(c);
  }
  if (error_) return nullptr;
  if (f.size() > 1) {
    expect(TokenKind::COMMA);
    return box(f.seq<expr*>());
  }
  if (expect(TokenKind::COMMA)) return box(f.seq<expr*>());
  mark_ = start;
  return nullptr;
}

// star_target[expr_ty] (memo):
//     | '*' a=(!'*' star_target) { Starred(Store(a), Store) }
//     | target_with_star_atom
expr* Parser::star_target() {
  RULE_ENTER();
  int start = mark_;
  expr* r;
  if (memo_get(M_star_target, r)) return r;
  r = nullptr;
  if (expect(TokenKind::STAR)) {
    if (!at(TokenKind::STAR)) {
      if (expr* a = star_target()) {
        Starred* s = mk<Starred>(start);
        s->value = set_expr_context(a, expr_context::Store);
        s->ctx = expr_context::Store;
        r = s;
      }
    }
    if (!r) mark_ = start;
  }
  if (!r && !error_) r = target_with_star_atom();
  if (error_) return nullptr;
  memo_put(start, M_star_target, r);
  return r;
}

// target_with_star_atom[expr_ty] (memo):
//     | a=t_primary '.' b=NAME !t_lookahead { Attribute(a, b, Store) }
//     | a=t_primary '[' b=slices ']' !t_lookahead { Subscript(a, b, Store) }
//     | star_atom
expr* Parser::target_with_star_atom() {
  RULE_ENTER();
  int start = mark_;
  expr* r;
  if (memo_get(M_target_with_star_atom, r)) return r;
  // The first two alternatives are exactly single_subscript_attribute_target.
  r = single_subscript_attribute_target();
  if (!r && !error_) {
    mark_ = start;
    r = star_atom();
  }
  if (error_) return nullptr;
  memo_put(start, M_target_with_star_atom, r);
  return r;
}

// star_atom[expr_ty]:
//     | a=NAME { Store(a) }
//     | '(' a=target_with_star_atom ')' { Store(a) }
//     | '(' a=[star_targets_tuple_seq] ')' { Tuple(a, Store) }
//     | '[' a=[star_targets_list_seq] ']' { List(a, Store) }
expr* Parser::star_atom() {
  RULE_ENTER();
  int start = mark_;
  if (expr* a = name_token()) return set_expr_context(a, expr_context::Store);
  if (expect(TokenKind::LPAR)) {
    if (expr* a = target_with_star_atom()) {
      if (expect(TokenKind::RPAR)) return set_expr_context(a, expr_context::Store);
    }
    if (error_) return nullptr;
    mark_ = start + 1;
    SeqBox<expr*>* a = star_targets_tuple_seq();
    if (error_) return nullptr;
    if (expect(TokenKind::RPAR)) {
      Tuple* t = mk<Tuple>(start);
      if (a) t->elts = a->seq;
      t->ctx = expr_context::Store;
      return t;
    }
    mark_ = start;
    return nullptr;
  }
  if (expect(TokenKind::LSQB)) {
    SeqBox<expr*>* a = star_targets_list_seq();
    if (error_) return nullptr;
    if (expect(TokenKind::RSQB)) {
      List* l = mk<List>(start);
      if (a) l->elts = a->seq;
      l->ctx = expr_context::Store;
      return l;
    }
    mark_ = start;
  }
  return nullptr;
}

// single_target[expr_ty]:
//     | single_subscript_attribute_target
//     | a=NAME { Store(a) }
//     | '(' a=single_target ')' { a }
expr* Parser::single_target() {
  RULE_ENTER();
  int start = mark_;
  if (expr* a = single_subscript_attribute_target()) return a;
  if (error_) return nullptr;
  if (expr* a = name_token()) return set_expr_context(a, expr_context::Store);
  if (expect(TokenKind::LPAR)) {
    if (expr* a = single_target()) {
      if (expect(TokenKind::RPAR)) return a;
    }
    mark_ = start;
  }
  return nullptr;
}

// single_subscript_attribute_target[expr_ty]:
//     | a=t_primary '.' b=NAME !t_lookahead { Attribute(a, b, Store) }
//     | a=t_primary '[' b=slices ']' !t_lookahead { Subscript(a, b, Store) }
expr* Parser::single_subscript_attribute_target() {
  RULE_ENTER();
  int start = mark_;
  expr* a = t_primary();
  if (!a) return nullptr;
  int after = mark_;
  if (expect(TokenKind::DOT)) {
    if (Tok* b = name_tok()) {
      if (!t_lookahead()) {
        Attribute* e = mk<Attribute>(start);
        e->value = a;
        e->attr = new_identifier(b->text);
        e->ctx = expr_context::Store;
        return e;
      }
    }
  }
  mark_ = after;
  if (expect(TokenKind::LSQB)) {
    expr* b = slices();
    if (b && expect(TokenKind::RSQB) && !t_lookahead()) {
      Subscript* e = mk<Subscript>(start);
      e->value = a;
      e->slice = b;
      e->ctx = expr_context::Store;
      return e;
    }
  }
  mark_ = start;
  return nullptr;
}

// t_primary[expr_ty]:
//     | a=t_primary '.' b=NAME &t_lookahead { Attribute(a, b, Load) }
//     | a=t_primary '[' b=slices ']' &t_lookahead { Subscript(a, b, Load) }
//     | a=t_primary b=genexp &t_lookahead { Call(a, [b], NULL) }
//     | a=t_primary '(' b=[arguments] ')' &t_lookahead { Call(a, b.args, b.keywords) }
//     | a=atom &t_lookahead { a }
expr* Parser::t_primary() {
  RULE_ENTER();
  Enter raw_guard(*this);  // pegen's t_primary_raw level
  int start = mark_;
  expr* r;
  if (memo_get(M_t_primary, r)) return r;
  r = atom();
  if (r && !t_lookahead()) {
    r = nullptr;
    mark_ = start;
  }
  while (r && !error_) {
    int m = mark_;
    if (!ensure(mark_)) break;
    TokenKind k = tok(mark_).kind;
    if (k == TokenKind::DOT) {
      ++mark_;
      if (Tok* b = name_tok()) {
        if (t_lookahead()) {
          Attribute* e = mk<Attribute>(start);
          e->value = r;
          e->attr = new_identifier(b->text);
          e->ctx = expr_context::Load;
          r = e;
          continue;
        }
      }
      mark_ = m;
      break;
    }
    if (k == TokenKind::LSQB) {
      ++mark_;
      expr* b = slices();
      if (b && expect(TokenKind::RSQB) && t_lookahead()) {
        Subscript* e = mk<Subscript>(start);
        e->value = r;
        e->slice = b;
        e->ctx = expr_context::Load;
        r = e;
        continue;
      }
      mark_ = m;
      break;
    }
    if (k == TokenKind::LPAR) {
      if (expr* g = genexp()) {
        if (t_lookahead()) {
          Call* e = mk<Call>(start);
          e->func = r;
          e->args = singleton<expr*>(g);
          r = e;
          continue;
        }
      }
      if (error_) break;
      mark_ = m + 1;
      expr* b = arguments_rule();
      if (error_) break;
      if (expect(TokenKind::RPAR) && t_lookahead()) {
        Call* e = mk<Call>(start);
        e->func = r;
        if (b) {
          e->args = static_cast<Call*>(b)->args;
          e->keywords = static_cast<Call*>(b)->keywords;
        }
        r = e;
        continue;
      }
      mark_ = m;
      break;
    }
    break;
  }
  if (error_) return nullptr;
  memo_put(start, M_t_primary, r);
  return r;
}

// t_lookahead: '(' | '[' | '.'
bool Parser::t_lookahead() {
  if (!ensure(mark_)) return false;
  TokenKind k = tok(mark_).kind;
  return k == TokenKind::LPAR || k == TokenKind::LSQB || k == TokenKind::DOT;
}

// del_targets[asdl_expr_seq*]: a=','.del_target+ [','] { a }
SeqBox<expr*>* Parser::del_targets() {
  RULE_ENTER();
  Frame f(*this);
  expr* a = del_target();
  if (!a) return nullptr;
  f.push(a);
  for (;;) {
    int m = mark_;
    if (!expect(TokenKind::COMMA)) break;
    expr* c = del_target();
    if (!c) {
      mark_ = m;
      break;
    }
    f.push(c);
  }
  if (error_) return nullptr;
  expect(TokenKind::COMMA);
  return box(f.seq<expr*>());
}

// del_target[expr_ty] (memo):
//     | a=t_primary '.' b=NAME !t_lookahead { Attribute(a, b, Del) }
//     | a=t_primary '[' b=slices ']' !t_lookahead { Subscript(a, b, Del) }
//     | del_t_atom
expr* Parser::del_target() {
  RULE_ENTER();
  int start = mark_;
  expr* r;
  if (memo_get(M_del_target, r)) return r;
  r = nullptr;
  if (expr* a = t_primary()) {
    int after = mark_;
    if (expect(TokenKind::DOT)) {
      if (Tok* b = name_tok()) {
        if (!t_lookahead()) {
          Attribute* e = mk<Attribute>(start);
          e->value = a;
          e->attr = new_identifier(b->text);
          e->ctx = expr_context::Del;
          r = e;
        }
      }
    }
    if (!r && !error_) {
      mark_ = after;
      if (expect(TokenKind::LSQB)) {
        expr* b = slices();
        if (b && expect(TokenKind::RSQB) && !t_lookahead()) {
          Subscript* e = mk<Subscript>(start);
          e->value = a;
          e->slice = b;
          e->ctx = expr_context::Del;
          r = e;
        }
      }
    }
  }
  if (!r && !error_) {
    mark_ = start;
    r = del_t_atom();
  }
  if (error_) return nullptr;
  memo_put(start, M_del_target, r);
  return r;
}

// del_t_atom[expr_ty]:
//     | a=NAME { Del(a) }
//     | '(' a=del_target ')' { Del(a) }
//     | '(' a=[del_targets] ')' { Tuple(a, Del) }
//     | '[' a=[del_targets] ']' { List(a, Del) }
expr* Parser::del_t_atom() {
  RULE_ENTER();
  int start = mark_;
  if (expr* a = name_token()) return set_expr_context(a, expr_context::Del);
  if (expect(TokenKind::LPAR)) {
    if (expr* a = del_target()) {
      if (expect(TokenKind::RPAR)) return set_expr_context(a, expr_context::Del);
    }
    if (error_) return nullptr;
    mark_ = start + 1;
    SeqBox<expr*>* a = del_targets();
    if (error_) return nullptr;
    if (expect(TokenKind::RPAR)) {
      Tuple* t = mk<Tuple>(start);
      if (a) t->elts = a->seq;
      t->ctx = expr_context::Del;
      return t;
    }
    mark_ = start;
    return nullptr;
  }
  if (expect(TokenKind::LSQB)) {
    SeqBox<expr*>* a = del_targets();
    if (error_) return nullptr;
    if (expect(TokenKind::RSQB)) {
      List* l = mk<List>(start);
      if (a) l->elts = a->seq;
      l->ctx = expr_context::Del;
      return l;
    }
    mark_ = start;
  }
  return nullptr;
}

// type_expressions[asdl_expr_seq*]:
//     | a=','.expression+ ',' '*' b=expression ',' '**' c=expression { a + [b, c] }
//     | a=','.expression+ ',' '*' b=expression { a + [b] }
//     | a=','.expression+ ',' '**' b=expression { a + [b] }
//     | '*' a=expression ',' '**' b=expression { [a, b] }
//     | '*' a=expression { [a] }
//     | '**' a=expression { [a] }
//     | a[asdl_expr_seq*]=','.expression+ {a}
SeqBox<expr*>* Parser::type_expressions() {
  RULE_ENTER();
  int start = mark_;
  Frame f(*this);
  if (expr* a = expression()) {
    f.push(a);
    for (;;) {
      int m = mark_;
      if (!expect(TokenKind::COMMA)) break;
      expr* c = expression();
      if (!c) {
        mark_ = m;
        break;
      }
      f.push(c);
    }
    if (error_) return nullptr;
    int after = mark_;
    if (expect(TokenKind::COMMA)) {
      int m = mark_;
      if (expect(TokenKind::STAR)) {
        if (expr* b = expression()) {
          f.push(b);
          int m2 = mark_;
          if (expect(TokenKind::COMMA) && expect(TokenKind::DOUBLESTAR)) {
            if (expr* c = expression()) {
              f.push(c);
              return box(f.seq<expr*>());
            }
          }
          mark_ = m2;
          return box(f.seq<expr*>());
        }
      }
      mark_ = m;
      if (expect(TokenKind::DOUBLESTAR)) {
        if (expr* b = expression()) {
          f.push(b);
          return box(f.seq<expr*>());
        }
      }
    }
    if (error_) return nullptr;
    mark_ = after;
    return box(f.seq<expr*>());
  }
  if (error_) return nullptr;
  mark_ = start;
  if (expect(TokenKind::STAR)) {
    if (expr* a = expression()) {
      f.push(a);
      int m = mark_;
      if (expect(TokenKind::COMMA) && expect(TokenKind::DOUBLESTAR)) {
        if (expr* b = expression()) {
          f.push(b);
          return box(f.seq<expr*>());
        }
      }
      mark_ = m;
      return box(f.seq<expr*>());
    }
    mark_ = start;
  }
  if (expect(TokenKind::DOUBLESTAR)) {
    if (expr* a = expression()) {
      f.push(a);
      return box(f.seq<expr*>());
    }
    mark_ = start;
  }
  return nullptr;
}

}  // namespace glasspy::parser_impl
