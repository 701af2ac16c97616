// Pattern rules of the `match` statement (CPython 3.11 Grammar/python.gram,
// "Match statement" section, from `patterns` down to `keyword_pattern`).
#include "parser/parser_internal.h"

namespace glasspy::parser_impl {

// patterns[pattern_ty]:
//     | patterns[asdl_pattern_seq*]=open_sequence_pattern { MatchSequence(patterns) }
//     | pattern
pattern* Parser::patterns() {
  RULE_ENTER();
  int start = mark_;
  if (SeqBox<pattern*>* ps = open_sequence_pattern()) {
    MatchSequence* m = mk<MatchSequence>(start);
    m->patterns = ps->seq;
    return m;
  }
  if (error_) return nullptr;
  return pattern_rule();
}

// pattern[pattern_ty]: as_pattern | or_pattern
pattern* Parser::pattern_rule() {
  RULE_ENTER();
  if (pattern* p = as_pattern()) return p;
  if (error_) return nullptr;
  return or_pattern();
}

// as_pattern[pattern_ty]:
//     | pattern=or_pattern 'as' target=pattern_capture_target { MatchAs(pattern, target) }
//     | invalid_as_pattern
pattern* Parser::as_pattern() {
  RULE_ENTER();
  int start = mark_;
  if (pattern* p = or_pattern()) {
    if (expect_kw(KW_as)) {
      if (expr* target = pattern_capture_target()) {
        MatchAs* m = mk<MatchAs>(start);
        m->pattern = p;
        m->name = static_cast<Name*>(target)->id;
        return m;
      }
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  if (call_invalid_) {
    invalid_as_pattern();
    mark_ = start;
  }
  return nullptr;
}

// or_pattern[pattern_ty]:
//     | patterns[asdl_pattern_seq*]='|'.closed_pattern+ {
//         len(patterns) == 1 ? patterns[0] : MatchOr(patterns) }
pattern* Parser::or_pattern() {
  RULE_ENTER();
  int start = mark_;
  Frame f(*this);
  pattern* a = closed_pattern();
  if (!a) return nullptr;
  f.push(a);
  for (;;) {
    int m = mark_;
    if (!expect(TokenKind::VBAR)) break;
    pattern* c = closed_pattern();
    if (!c) {
      mark_ = m;
      break;
    }
    f.push(c);
  }
  if (error_) return nullptr;
  if (f.size() == 1) return a;
  MatchOr* o = mk<MatchOr>(start);
  o->patterns = f.seq<pattern*>();
  return o;
}

// closed_pattern[pattern_ty] (memo):
//     | literal_pattern
//     | capture_pattern
//     | wildcard_pattern
//     | value_pattern
//     | group_pattern
//     | sequence_pattern
//     | mapping_pattern
//     | class_pattern
pattern* Parser::closed_pattern() {
  RULE_ENTER();
  int start = mark_;
  pattern* r;
  if (memo_get(M_closed_pattern, r)) return r;
  r = closed_pattern_raw();
  if (error_) return nullptr;
  memo_put(start, M_closed_pattern, r);
  return r;
}

pattern* Parser::closed_pattern_raw() {
  if (pattern* p = literal_pattern()) return p;
  if (error_) return nullptr;
  if (pattern* p = capture_pattern()) return p;
  if (error_) return nullptr;
  if (pattern* p = wildcard_pattern()) return p;
  if (error_) return nullptr;
  if (pattern* p = value_pattern()) return p;
  if (error_) return nullptr;
  if (pattern* p = group_pattern()) return p;
  if (error_) return nullptr;
  if (pattern* p = sequence_pattern()) return p;
  if (error_) return nullptr;
  if (pattern* p = mapping_pattern()) return p;
  if (error_) return nullptr;
  return class_pattern();
}

// literal_pattern[pattern_ty]:
//     | value=signed_number !('+' | '-') { MatchValue(value) }
//     | value=complex_number { MatchValue(value) }
//     | value=strings { MatchValue(value) }
//     | 'None' { MatchSingleton(None) }
//     | 'True' { MatchSingleton(True) }
//     | 'False' { MatchSingleton(False) }
pattern* Parser::literal_pattern() {
  RULE_ENTER();
  int start = mark_;
  expr* value = nullptr;
  if (expr* v = signed_number()) {
    if (!at(TokenKind::PLUS) && !at(TokenKind::MINUS)) {
      value = v;
    } else {
      mark_ = start;
    }
  }
  if (error_) return nullptr;
  if (!value) value = complex_number();
  if (error_) return nullptr;
  if (!value && at(TokenKind::STRING)) value = strings();
  if (error_) return nullptr;
  if (value) {
    MatchValue* m = mk<MatchValue>(start);
    m->value = value;
    return m;
  }
  ConstantValue::Kind k;
  if (expect_kw(KW_None)) {
    k = ConstantValue::Kind::None;
  } else if (expect_kw(KW_True)) {
    k = ConstantValue::Kind::True;
  } else if (expect_kw(KW_False)) {
    k = ConstantValue::Kind::False;
  } else {
    return nullptr;
  }
  MatchSingleton* m = mk<MatchSingleton>(start);
  m->value.kind = k;
  return m;
}

// literal_expr[expr_ty]:
//     | signed_number !('+' | '-')
//     | complex_number
//     | strings
//     | 'None' | 'True' | 'False'
expr* Parser::literal_expr() {
  RULE_ENTER();
  int start = mark_;
  if (expr* v = signed_number()) {
    if (!at(TokenKind::PLUS) && !at(TokenKind::MINUS)) return v;
    mark_ = start;
  }
  if (error_) return nullptr;
  if (expr* v = complex_number()) return v;
  if (error_) return nullptr;
  if (at(TokenKind::STRING)) {
    if (expr* v = strings()) return v;
    if (error_) return nullptr;
  }
  ConstantValue::Kind k;
  if (expect_kw(KW_None)) {
    k = ConstantValue::Kind::None;
  } else if (expect_kw(KW_True)) {
    k = ConstantValue::Kind::True;
  } else if (expect_kw(KW_False)) {
    k = ConstantValue::Kind::False;
  } else {
    return nullptr;
  }
  Constant* c = mk<Constant>(start);
  c->value.kind = k;
  return c;
}

// complex_number[expr_ty]:
//     | real=signed_real_number '+' imag=imaginary_number { BinOp(real, Add, imag) }
//     | real=signed_real_number '-' imag=imaginary_number { BinOp(real, Sub, imag) }
expr* Parser::complex_number() {
  RULE_ENTER();
  int start = mark_;
  expr* real = signed_real_number();
  if (!real) return nullptr;
  operator_ op;
  if (expect(TokenKind::PLUS)) {
    op = operator_::Add;
  } else if (expect(TokenKind::MINUS)) {
    op = operator_::Sub;
  } else {
    mark_ = start;
    return nullptr;
  }
  expr* imag = imaginary_number();
  if (!imag) {
    mark_ = start;
    return nullptr;
  }
  BinOp* b = mk<BinOp>(start);
  b->left = real;
  b->op = op;
  b->right = imag;
  return b;
}

// signed_number[expr_ty]:
//     | NUMBER
//     | '-' number=NUMBER { UnaryOp(USub, number) }
expr* Parser::signed_number() {
  RULE_ENTER();
  int start = mark_;
  if (expr* n = number_token()) return n;
  if (expect(TokenKind::MINUS)) {
    if (expr* n = number_token()) {
      UnaryOp* u = mk<UnaryOp>(start);
      u->op = unaryop::USub;
      u->operand = n;
      return u;
    }
    mark_ = start;
  }
  return nullptr;
}

// signed_real_number[expr_ty]:
//     | real_number
//     | '-' real=real_number { UnaryOp(USub, real) }
expr* Parser::signed_real_number() {
  RULE_ENTER();
  int start = mark_;
  if (expr* n = real_number()) return n;
  if (error_) return nullptr;
  if (expect(TokenKind::MINUS)) {
    if (expr* n = real_number()) {
      UnaryOp* u = mk<UnaryOp>(start);
      u->op = unaryop::USub;
      u->operand = n;
      return u;
    }
    mark_ = start;
  }
  return nullptr;
}

// real_number[expr_ty]: real=NUMBER { _PyPegen_ensure_real(p, real) }
expr* Parser::real_number() {
  RULE_ENTER();
  expr* real = number_token();
  if (!real) return nullptr;
  if (static_cast<Constant*>(real)->value.kind == ConstantValue::Kind::Complex) {
    raise_at(loc_of(real), "real number required in complex literal");
    return nullptr;
  }
  return real;
}

// imaginary_number[expr_ty]: imag=NUMBER { _PyPegen_ensure_imaginary(p, imag) }
expr* Parser::imaginary_number() {
  RULE_ENTER();
  expr* imag = number_token();
  if (!imag) return nullptr;
  if (static_cast<Constant*>(imag)->value.kind != ConstantValue::Kind::Complex) {
    raise_at(loc_of(imag), "imaginary number required in complex literal");
    return nullptr;
  }
  return imag;
}

// capture_pattern[pattern_ty]: target=pattern_capture_target { MatchAs(NULL, target) }
pattern* Parser::capture_pattern() {
  RULE_ENTER();
  int start = mark_;
  expr* target = pattern_capture_target();
  if (!target) return nullptr;
  MatchAs* m = mk<MatchAs>(start);
  m->name = static_cast<Name*>(target)->id;
  return m;
}

// pattern_capture_target[expr_ty]:
//     | !"_" name=NAME !('.' | '(' | '=') { Store(name) }
expr* Parser::pattern_capture_target() {
  RULE_ENTER();
  int start = mark_;
  if (!ensure(mark_)) return nullptr;
  if (tok(mark_).kind == TokenKind::NAME && tok(mark_).soft == SK_underscore) return nullptr;
  expr* name = name_token();
  if (!name) return nullptr;
  if (at(TokenKind::DOT) || at(TokenKind::LPAR) || at(TokenKind::EQUAL)) {
    mark_ = start;
    return nullptr;
  }
  return set_expr_context(name, expr_context::Store);
}

// wildcard_pattern[pattern_ty]: "_" { MatchAs(NULL, NULL) }
pattern* Parser::wildcard_pattern() {
  RULE_ENTER();
  int start = mark_;
  if (!expect_soft(SK_underscore)) return nullptr;
  return mk<MatchAs>(start);
}

// value_pattern[pattern_ty]: attr=attr !('.' | '(' | '=') { MatchValue(attr) }
pattern* Parser::value_pattern() {
  RULE_ENTER();
  int start = mark_;
  expr* a = attr();
  if (!a) return nullptr;
  if (at(TokenKind::DOT) || at(TokenKind::LPAR) || at(TokenKind::EQUAL)) {
    mark_ = start;
    return nullptr;
  }
  MatchValue* m = mk<MatchValue>(start);
  m->value = a;
  return m;
}

// attr[expr_ty]: value=name_or_attr '.' attr=NAME { Attribute(value, attr, Load) }
// (left-recursive through name_or_attr: NAME ('.' NAME)+, nested to the left)
expr* Parser::attr() {
  RULE_ENTER();
  int start = mark_;
  expr* r;
  if (memo_get(M_attr, r)) return r;
  r = nullptr;
  expr* cur = name_token();
  while (cur) {
    int m = mark_;
    if (!expect(TokenKind::DOT)) break;
    Tok* n = name_tok();
    if (!n) {
      mark_ = m;
      break;
    }
    Attribute* a = mk<Attribute>(start);
    a->value = cur;
    a->attr = new_identifier(n->text);
    a->ctx = expr_context::Load;
    cur = a;
    r = a;
  }
  if (!r) mark_ = start;
  memo_put(start, M_attr, r);
  return r;
}

// name_or_attr[expr_ty]: attr | NAME
expr* Parser::name_or_attr() {
  RULE_ENTER();
  if (expr* a = attr()) return a;
  if (error_) return nullptr;
  return name_token();
}

// group_pattern[pattern_ty]: '(' pattern=pattern ')' { pattern }
pattern* Parser::group_pattern() {
  RULE_ENTER();
  int start = mark_;
  if (!expect(TokenKind::LPAR)) return nullptr;
  if (pattern* p = pattern_rule()) {
    if (expect(TokenKind::RPAR)) return p;
  }
  mark_ = start;
  return nullptr;
}

// sequence_pattern[pattern_ty]:
//     | '[' patterns=maybe_sequence_pattern? ']' { MatchSequence(patterns) }
//     | '(' patterns=open_sequence_pattern? ')' { MatchSequence(patterns) }
pattern* Parser::sequence_pattern() {
  RULE_ENTER();
  int start = mark_;
  if (expect(TokenKind::LSQB)) {
    SeqBox<pattern*>* ps = maybe_sequence_pattern();
    if (error_) return nullptr;
    if (expect(TokenKind::RSQB)) {
      MatchSequence* m = mk<MatchSequence>(start);
      if (ps) m->patterns = ps->seq;
      return m;
    }
    mark_ = start;
    return nullptr;
  }
  if (expect(TokenKind::LPAR)) {
    SeqBox<pattern*>* ps = open_sequence_pattern();
    if (error_) return nullptr;
    if (expect(TokenKind::RPAR)) {
      MatchSequence* m = mk<MatchSequence>(start);
      if (ps) m->patterns = ps->seq;
      return m;
    }
    mark_ = start;
  }
  return nullptr;
}

// open_sequence_pattern[asdl_seq*]:
//     | pattern=maybe_star_pattern ',' patterns=maybe_sequence_pattern? { [pattern] + patterns }
SeqBox<pattern*>* Parser::open_sequence_pattern() {
  RULE_ENTER();
  int start = mark_;
  pattern* p = maybe_star_pattern();
  if (!p) return nullptr;
  if (!expect(TokenKind::COMMA)) {
    mark_ = start;
    return nullptr;
  }
  SeqBox<pattern*>* ps = maybe_sequence_pattern();
  if (error_) return nullptr;
  return box(ps ? insert_in_front(p, ps->seq) : singleton<pattern*>(p));
}

// maybe_sequence_pattern[asdl_seq*]: patterns=','.maybe_star_pattern+ ','? { patterns }
SeqBox<pattern*>* Parser::maybe_sequence_pattern() {
  RULE_ENTER();
  Frame f(*this);
  pattern* a = maybe_star_pattern();
  if (!a) return nullptr;
  f.push(a);
  for (;;) {
    int m = mark_;
    if (!expect(TokenKind::COMMA)) break;
    pattern* c = maybe_star_pattern();
    if (!c) {
      mark_ = m;
      break;
    }
    f.push(c);
  }
  if (error_) return nullptr;
  expect(TokenKind::COMMA);
  return box(f.seq<pattern*>());
}

// maybe_star_pattern[pattern_ty]: star_pattern | pattern
pattern* Parser::maybe_star_pattern() {
  RULE_ENTER();
  if (pattern* p = star_pattern()) return p;
  if (error_) return nullptr;
  return pattern_rule();
}

// star_pattern[pattern_ty] (memo):
//     | '*' target=pattern_capture_target { MatchStar(target) }
//     | '*' wildcard_pattern { MatchStar(NULL) }
pattern* Parser::star_pattern() {
  RULE_ENTER();
  int start = mark_;
  pattern* r;
  if (memo_get(M_star_pattern, r)) return r;
  r = nullptr;
  if (expect(TokenKind::STAR)) {
    if (expr* target = pattern_capture_target()) {
      MatchStar* s = mk<MatchStar>(start);
      s->name = static_cast<Name*>(target)->id;
      r = s;
    } else if (!error_ && wildcard_pattern()) {
      r = mk<MatchStar>(start);
    } else {
      mark_ = start;
    }
  }
  if (error_) return nullptr;
  memo_put(start, M_star_pattern, r);
  return r;
}

// mapping_pattern[pattern_ty]:
//     | '{' '}' { MatchMapping(NULL, NULL, NULL) }
//     | '{' rest=double_star_pattern ','? '}' { MatchMapping(NULL, NULL, rest) }
//     | '{' items=items_pattern ',' rest=double_star_pattern ','? '}' { MatchMapping(keys, patterns, rest) }
//     | '{' items=items_pattern ','? '}' { MatchMapping(keys, patterns, NULL) }
pattern* Parser::mapping_pattern() {
  RULE_ENTER();
  int start = mark_;
  if (!expect(TokenKind::LBRACE)) return nullptr;
  if (expect(TokenKind::RBRACE)) return mk<MatchMapping>(start);
  if (expr* rest = double_star_pattern()) {
    expect(TokenKind::COMMA);
    if (expect(TokenKind::RBRACE)) {
      MatchMapping* m = mk<MatchMapping>(start);
      m->rest = static_cast<Name*>(rest)->id;
      return m;
    }
  }
  if (error_) return nullptr;
  mark_ = start + 1;
  if (SeqBox<KeyPatternPair*>* items = items_pattern()) {
    int after_items = mark_;
    expr* rest = nullptr;
    if (expect(TokenKind::COMMA)) {
      rest = double_star_pattern();
      if (rest) {
        expect(TokenKind::COMMA);
        if (!expect(TokenKind::RBRACE)) rest = nullptr;
      }
    }
    if (error_) return nullptr;
    if (!rest) {
      mark_ = after_items;
      expect(TokenKind::COMMA);
      if (!expect(TokenKind::RBRACE)) {
        mark_ = start;
        return nullptr;
      }
    }
    MatchMapping* m = mk<MatchMapping>(start);
    {
      Frame keys(*this);
      for (KeyPatternPair* kp : items->seq) keys.push(kp->key);
      m->keys = keys.seq<expr*>();
    }
    {
      Frame pats(*this);
      for (KeyPatternPair* kp : items->seq) pats.push(kp->pat);
      m->patterns = pats.seq<pattern*>();
    }
    if (rest) m->rest = static_cast<Name*>(rest)->id;
    return m;
  }
  mark_ = start;
  return nullptr;
}

// items_pattern[asdl_seq*]: ','.key_value_pattern+
SeqBox<KeyPatternPair*>* Parser::items_pattern() {
  RULE_ENTER();
  Frame f(*this);
  KeyPatternPair* a = key_value_pattern();
  if (!a) return nullptr;
  f.push(a);
  for (;;) {
    int m = mark_;
    if (!expect(TokenKind::COMMA)) break;
    KeyPatternPair* c = key_value_pattern();
    if (!c) {
      mark_ = m;
      break;
    }
    f.push(c);
  }
  if (error_) return nullptr;
  return box(f.seq<KeyPatternPair*>());
}

// key_value_pattern[KeyPatternPair*]:
//     | key=(literal_expr | attr) ':' pattern=pattern { KeyPatternPair(key, pattern) }
KeyPatternPair* Parser::key_value_pattern() {
  RULE_ENTER();
  int start = mark_;
  expr* key = literal_expr();
  if (!key && !error_) key = attr();
  if (!key) return nullptr;
  if (expect(TokenKind::COLON)) {
    if (pattern* p = pattern_rule()) {
      KeyPatternPair* kp = make_struct<KeyPatternPair>();
      kp->key = key;
      kp->pat = p;
      return kp;
    }
  }
  mark_ = start;
  return nullptr;
}

// double_star_pattern[expr_ty]: '**' target=pattern_capture_target { target }
expr* Parser::double_star_pattern() {
  RULE_ENTER();
  int start = mark_;
  if (!expect(TokenKind::DOUBLESTAR)) return nullptr;
  if (expr* t = pattern_capture_target()) return t;
  mark_ = start;
  return nullptr;
}

// class_pattern[pattern_ty]:
//     | cls=name_or_attr '(' ')' { MatchClass(cls, NULL, NULL, NULL) }
//     | cls=name_or_attr '(' patterns=positional_patterns ','? ')' { MatchClass(cls, patterns, NULL, NULL) }
//     | cls=name_or_attr '(' keywords=keyword_patterns ','? ')' { MatchClass(cls, NULL, kwd_attrs, kwd_patterns) }
//     | cls=name_or_attr '(' patterns=positional_patterns ',' keywords=keyword_patterns ','? ')' { ... }
//     | invalid_class_pattern
pattern* Parser::class_pattern() {
  RULE_ENTER();
  int start = mark_;
  expr* cls = name_or_attr();
  if (cls && expect(TokenKind::LPAR)) {
    int after_lpar = mark_;
    auto finish = [&](Seq<pattern*> pats, SeqBox<KeyPatternPair*>* kws) -> pattern* {
      MatchClass* m = mk<MatchClass>(start);
      m->cls = cls;
      m->patterns = pats;
      if (kws) {
        std::vector<Identifier> names;
        Frame kp(*this);
        for (KeyPatternPair* k : kws->seq) {
          names.push_back(static_cast<Name*>(k->key)->id);
          kp.push(k->pat);
        }
        m->kwd_attrs = arena_.seq(names);
        m->kwd_patterns = kp.seq<pattern*>();
      }
      return m;
    };
    if (expect(TokenKind::RPAR)) return finish(Seq<pattern*>{}, nullptr);
    if (SeqBox<pattern*>* ps = positional_patterns()) {
      int after_ps = mark_;
      expect(TokenKind::COMMA);
      if (expect(TokenKind::RPAR)) return finish(ps->seq, nullptr);
      if (error_) return nullptr;
      mark_ = after_ps;
    }
    if (error_) return nullptr;
    mark_ = after_lpar;
    if (SeqBox<KeyPatternPair*>* kws = keyword_patterns()) {
      expect(TokenKind::COMMA);
      if (expect(TokenKind::RPAR)) return finish(Seq<pattern*>{}, kws);
    }
    if (error_) return nullptr;
    mark_ = after_lpar;
    if (SeqBox<pattern*>* ps = positional_patterns()) {
      if (expect(TokenKind::COMMA)) {
        if (SeqBox<KeyPatternPair*>* kws = keyword_patterns()) {
          expect(TokenKind::COMMA);
          if (expect(TokenKind::RPAR)) return finish(ps->seq, kws);
        }
      }
    }
    if (error_) return nullptr;
  }
  if (error_) return nullptr;
  mark_ = start;
  if (call_invalid_) {
    invalid_class_pattern();
    mark_ = start;
  }
  return nullptr;
}

// positional_patterns[asdl_pattern_seq*]: args[asdl_pattern_seq*]=','.pattern+ { args }
SeqBox<pattern*>* Parser::positional_patterns() {
  RULE_ENTER();
  Frame f(*this);
  pattern* a = pattern_rule();
  if (!a) return nullptr;
  f.push(a);
  for (;;) {
    int m = mark_;
    if (!expect(TokenKind::COMMA)) break;
    pattern* c = pattern_rule();
    if (!c) {
      mark_ = m;
      break;
    }
    f.push(c);
  }
  if (error_) return nullptr;
  return box(f.seq<pattern*>());
}

// keyword_patterns[asdl_seq*]: ','.keyword_pattern+
SeqBox<KeyPatternPair*>* Parser::keyword_patterns() {
  RULE_ENTER();
  Frame f(*this);
  KeyPatternPair* a = keyword_pattern();
  if (!a) return nullptr;
  f.push(a);
  for (;;) {
    int m = mark_;
    if (!expect(TokenKind::COMMA)) break;
    KeyPatternPair* c = keyword_pattern();
    if (!c) {
      mark_ = m;
      break;
    }
    f.push(c);
  }
  if (error_) return nullptr;
  return box(f.seq<KeyPatternPair*>());
}

// keyword_pattern[KeyPatternPair*]: arg=NAME '=' value=pattern { KeyPatternPair(arg, value) }
KeyPatternPair* Parser::keyword_pattern() {
  RULE_ENTER();
  int start = mark_;
  expr* a = name_token();
  if (!a) return nullptr;
  if (expect(TokenKind::EQUAL)) {
    if (pattern* p = pattern_rule()) {
      KeyPatternPair* kp = make_struct<KeyPatternPair>();
      kp->key = a;
      kp->pat = p;
      return kp;
    }
  }
  mark_ = start;
  return nullptr;
}

}  // namespace glasspy::parser_impl
