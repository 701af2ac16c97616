// The invalid_* rules of CPython 3.11's grammar: they run only in the second
// pass (call_invalid_ set) and raise the specialised SyntaxErrors.  Each one
// either raises (setting error_) or fails; a rule that fails may leave mark_
// anywhere, callers restore it.  The order of the alternatives matters exactly
// as in the grammar: the first alternative that raises wins.
#include <string>

#include "parser/parser_internal.h"

namespace glasspy::parser_impl {

// invalid_arguments:
//     | args ',' a='*' { KNOWN_LOCATION(a, "iterable argument unpacking follows keyword argument unpacking") }
//     | a=expression b=for_if_clauses ',' [args | expression for_if_clauses] {
//         KNOWN_RANGE(a, last_comprehension_item(b[-1]), "Generator expression must be parenthesized") }
//     | a=NAME b='=' expression for_if_clauses {
//         KNOWN_RANGE(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")}
//     | a=args b=for_if_clauses { _PyPegen_nonparen_genexp_in_call(p, a, b) }
//     | args ',' a=expression b=for_if_clauses {
//         KNOWN_RANGE(a, last_comprehension_item(b[-1]), "Generator expression must be parenthesized") }
//     | a=args ',' args { _PyPegen_arguments_parsing_error(p, a) }
void* Parser::invalid_arguments() {
  RULE_ENTER();
  int start = mark_;
  {
    // ((','.(starred_expression | (assignment_expression | expression !':=') !'=')+ ',' kwargs)
    //  | kwargs) ',' b='*'
    bool have = false;
    // The first alternative of the group: positional arguments, ',' and kwargs.
    {
      auto positional = [this]() -> bool {
        int m = mark_;
        if (starred_expression()) return true;
        if (error_) return false;
        expr* e = assignment_expression();
        if (!e && !error_) {
          e = expression();
          if (e && at(TokenKind::COLONEQUAL)) e = nullptr;
        }
        if (e && !at(TokenKind::EQUAL)) return true;
        mark_ = m;
        return false;
      };
      if (positional()) {
        for (;;) {
          int m = mark_;
          if (!expect(TokenKind::COMMA) || !positional()) {
            mark_ = m;
            break;
          }
        }
        if (!error_ && expect(TokenKind::COMMA) && kwargs()) have = true;
      }
      if (error_) return nullptr;
      if (!have) {
        mark_ = start;
        have = kwargs() != nullptr;
      }
    }
    if (error_) return nullptr;
    if (have && expect(TokenKind::COMMA)) {
      if (Tok* b = expect(TokenKind::STAR)) {
        raise_at(loc_of(*b), "iterable argument unpacking follows keyword argument unpacking");
        return nullptr;
      }
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  if (expr* a = expression()) {
    if (SeqBox<comprehension*>* b = for_if_clauses()) {
      if (expect(TokenKind::COMMA)) {
        int m = mark_;
        if (!args()) {
          mark_ = m;
          if (!error_ && expression() && !for_if_clauses()) mark_ = m;
        }
        if (error_) return nullptr;
        raise_range(loc_of(a), loc_of(last_comprehension_item(b->seq[b->seq.size() - 1])),
                    "Generator expression must be parenthesized");
        return nullptr;
      }
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  if (Tok* a = name_tok()) {
    if (Tok* b = expect(TokenKind::EQUAL)) {
      if (expression() && for_if_clauses()) {
        raise_range(loc_of(*a), loc_of(*b),
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return nullptr;
      }
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  if (expr* a = args()) {
    if (SeqBox<comprehension*>* b = for_if_clauses()) {
      nonparen_genexp_in_call(a, b->seq);
      if (error_) return nullptr;
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  if (args() && expect(TokenKind::COMMA)) {
    if (expr* a = expression()) {
      if (SeqBox<comprehension*>* b = for_if_clauses()) {
        raise_range(loc_of(a), loc_of(last_comprehension_item(b->seq[b->seq.size() - 1])),
                    "Generator expression must be parenthesized");
        return nullptr;
      }
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  if (expr* a = args()) {
    if (expect(TokenKind::COMMA) && args()) {
      arguments_parsing_error(a);
      return nullptr;
    }
  }
  return nullptr;
}

// invalid_kwarg:
//     | a[Token*]=('True'|'False'|'None') b='=' { KNOWN_RANGE(a, b, "cannot assign to %s") }
//     | a=NAME b='=' expression for_if_clauses {
//         KNOWN_RANGE(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")}
//     | !(NAME '=') a=expression b='=' {
//         KNOWN_RANGE(a, b, "expression cannot contain assignment, perhaps you meant \"==\"?") }
void* Parser::invalid_kwarg() {
  RULE_ENTER();
  int start = mark_;
  if (!ensure(mark_)) return nullptr;
  {
    Tok& t = tok(mark_);
    if (t.kw == KW_True || t.kw == KW_False || t.kw == KW_None) {
      ++mark_;
      if (Tok* b = expect(TokenKind::EQUAL)) {
        raise_range(loc_of(t), loc_of(*b), "cannot assign to " + std::string(t.text));
        return nullptr;
      }
    }
  }
  mark_ = start;
  if (Tok* a = name_tok()) {
    if (Tok* b = expect(TokenKind::EQUAL)) {
      if (expression() && for_if_clauses()) {
        raise_range(loc_of(*a), loc_of(*b),
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        return nullptr;
      }
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  bool name_eq = at_name() && at_kind(1, TokenKind::EQUAL);
  if (!name_eq) {
    if (expr* a = expression()) {
      if (Tok* b = expect(TokenKind::EQUAL)) {
        raise_range(loc_of(a), loc_of(*b),
                    "expression cannot contain assignment, perhaps you meant \"==\"?");
        return nullptr;
      }
    }
  }
  return nullptr;
}

// invalid_legacy_expression:
//     | a=NAME !'(' b=star_expressions {
//         _PyPegen_check_legacy_stmt(p, a) ? KNOWN_RANGE(a, b,
//             "Missing parentheses in call to '%U'. Did you mean %U(...)?") : NULL}
void* Parser::invalid_legacy_expression() {
  RULE_ENTER();
  expr* a = name_token();
  if (!a || at(TokenKind::LPAR)) return nullptr;
  expr* b = star_expressions();
  if (!b) return nullptr;
  if (check_legacy_stmt(a)) {
    std::string id(static_cast<Name*>(a)->id);
    raise_range(loc_of(a), loc_of(b),
                "Missing parentheses in call to '" + id + "'. Did you mean " + id + "(...)?");
  }
  return nullptr;
}

// invalid_expression:
//    | !(NAME STRING | SOFT_KEYWORD) a=disjunction b=expression_without_invalid {
//         _PyPegen_check_legacy_stmt(p, a) ? NULL : p->tokens[p->mark-1]->level == 0 ? NULL :
//         KNOWN_RANGE(a, b, "invalid syntax. Perhaps you forgot a comma?") }
//    | a=disjunction 'if' b=disjunction !('else'|':') {
//         KNOWN_RANGE(a, b, "expected 'else' after 'if' expression") }
void* Parser::invalid_expression() {
  RULE_ENTER();
  int start = mark_;
  bool blocked = false;
  if (ensure(mark_)) {
    const Tok& t = tok(mark_);
    if (t.kind == TokenKind::NAME && t.kw == KW_NONE) {
      // CPython's SOFT_KEYWORD token compares only the NAME's own length
      // (strncmp), so any prefix of "match", "case" or "_" counts.
      auto is_prefix = [](std::string_view name, std::string_view kw) {
        return !name.empty() && name.size() <= kw.size() && kw.compare(0, name.size(), name) == 0;
      };
      if (at_kind(1, TokenKind::STRING) || is_prefix(t.text, "match") ||
          is_prefix(t.text, "case") || is_prefix(t.text, "_"))
        blocked = true;
    }
  }
  if (error_) return nullptr;
  if (!blocked) {
    if (expr* a = disjunction()) {
      if (expr* b = expression_without_invalid()) {
        if (!check_legacy_stmt(a) && tok(mark_ - 1).level != 0) {
          raise_range(loc_of(a), loc_of(b), "invalid syntax. Perhaps you forgot a comma?");
        }
        return nullptr;
      }
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  if (expr* a = disjunction()) {
    if (expect_kw(KW_if)) {
      if (expr* b = disjunction()) {
        if (!at_kw(KW_else) && !at(TokenKind::COLON)) {
          raise_range(loc_of(a), loc_of(b), "expected 'else' after 'if' expression");
        }
      }
    }
  }
  return nullptr;
}

// invalid_named_expression(memo):
//     | a=expression ':=' expression {
//         KNOWN_LOCATION(a, "cannot use assignment expressions with %s", _PyPegen_get_expr_name(a)) }
//     | a=NAME '=' b=bitwise_or !('='|':=') {
//         KNOWN_RANGE(a, b, "invalid syntax. Maybe you meant '==' or ':=' instead of '='?") }
//     | !(list|tuple|genexp|'True'|'None'|'False') a=bitwise_or b='=' bitwise_or !('='|':=') {
//         KNOWN_LOCATION(a, "cannot assign to %s here. Maybe you meant '==' instead of '='?", name(a)) }
void* Parser::invalid_named_expression() {
  RULE_ENTER();
  int start = mark_;
  void* memo;
  if (memo_get(M_invalid_named_expression, memo)) return memo;
  if (expr* a = expression()) {
    if (expect(TokenKind::COLONEQUAL) && expression()) {
      raise_at(loc_of(a), std::string("cannot use assignment expressions with ") + expr_name(a));
      return nullptr;
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  if (expr* a = name_token()) {
    if (expect(TokenKind::EQUAL)) {
      if (expr* b = bitwise_or()) {
        if (!at(TokenKind::EQUAL) && !at(TokenKind::COLONEQUAL)) {
          raise_range(loc_of(a), loc_of(b),
                      "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
          return nullptr;
        }
      }
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  bool blocked = false;
  if (list() || (!error_ && (mark_ = start, tuple())) || (!error_ && (mark_ = start, genexp())))
    blocked = true;
  if (error_) return nullptr;
  mark_ = start;
  if (!blocked && ensure(mark_)) {
    Kw k = tok(mark_).kw;
    if (k == KW_True || k == KW_None || k == KW_False) blocked = true;
  }
  if (!blocked) {
    if (expr* a = bitwise_or()) {
      if (expect(TokenKind::EQUAL) && bitwise_or()) {
        if (!at(TokenKind::EQUAL) && !at(TokenKind::COLONEQUAL)) {
          raise_at(loc_of(a), std::string("cannot assign to ") + expr_name(a) +
                                  " here. Maybe you meant '==' instead of '='?");
          return nullptr;
        }
      }
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  memo_put(start, M_invalid_named_expression, nullptr);
  return nullptr;
}

// invalid_assignment:
//     | a=invalid_ann_assign_target ':' expression {
//         KNOWN_LOCATION(a, "only single target (not %s) can be annotated", name(a)) }
//     | a=star_named_expression ',' star_named_expressions* ':' expression {
//         KNOWN_LOCATION(a, "only single target (not tuple) can be annotated") }
//     | a=expression ':' expression { KNOWN_LOCATION(a, "illegal target for annotation") }
//     | (star_targets '=')* a=star_expressions '=' { INVALID_TARGET(STAR_TARGETS, a) }
//     | (star_targets '=')* a=yield_expr '=' { KNOWN_LOCATION(a, "assignment to yield expression not possible") }
//     | a=star_expressions augassign (yield_expr | star_expressions) {
//         KNOWN_LOCATION(a, "'%s' is an illegal expression for augmented assignment", name(a)) }
void* Parser::invalid_assignment() {
  RULE_ENTER();
  int start = mark_;
  if (expr* a = invalid_ann_assign_target()) {
    if (expect(TokenKind::COLON) && expression()) {
      raise_at(loc_of(a), std::string("only single target (not ") + expr_name(a) +
                              ") can be annotated");
      return nullptr;
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  if (expr* a = star_named_expression()) {
    if (expect(TokenKind::COMMA)) {
      while (star_named_expressions()) {
      }
      if (!error_ && expect(TokenKind::COLON) && expression()) {
        raise_at(loc_of(a), "only single target (not tuple) can be annotated");
        return nullptr;
      }
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  if (expr* a = expression()) {
    if (expect(TokenKind::COLON) && expression()) {
      raise_at(loc_of(a), "illegal target for annotation");
      return nullptr;
    }
  }
  if (error_) return nullptr;
  auto skip_targets = [this]() {
    for (;;) {
      int m = mark_;
      if (!star_targets() || !expect(TokenKind::EQUAL)) {
        mark_ = m;
        return;
      }
    }
  };
  mark_ = start;
  skip_targets();
  if (error_) return nullptr;
  if (expr* a = star_expressions()) {
    if (expect(TokenKind::EQUAL)) {
      raise_invalid_target(STAR_TARGETS, a);
      if (error_) return nullptr;
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  skip_targets();
  if (error_) return nullptr;
  if (expr* a = yield_expr()) {
    if (expect(TokenKind::EQUAL)) {
      raise_at(loc_of(a), "assignment to yield expression not possible");
      return nullptr;
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  if (expr* a = star_expressions()) {
    operator_ op;
    if (augassign(op)) {
      expr* rhs = yield_expr();
      if (!rhs && !error_) rhs = star_expressions();
      if (rhs) {
        raise_at(loc_of(a), std::string("'") + expr_name(a) +
                                "' is an illegal expression for augmented assignment");
        return nullptr;
      }
    }
  }
  return nullptr;
}

// invalid_ann_assign_target[expr_ty]:
//     | list
//     | tuple
//     | '(' a=invalid_ann_assign_target ')' { a }
expr* Parser::invalid_ann_assign_target() {
  RULE_ENTER();
  int start = mark_;
  if (expr* a = list()) return a;
  if (error_) return nullptr;
  if (expr* a = tuple()) return a;
  if (error_) return nullptr;
  if (expect(TokenKind::LPAR)) {
    if (expr* a = invalid_ann_assign_target()) {
      if (expect(TokenKind::RPAR)) return a;
    }
  }
  mark_ = start;
  return nullptr;
}

// invalid_del_stmt: 'del' a=star_expressions { INVALID_TARGET(DEL_TARGETS, a) }
void* Parser::invalid_del_stmt() {
  RULE_ENTER();
  if (!expect_kw(KW_del)) return nullptr;
  if (expr* a = star_expressions()) raise_invalid_target(DEL_TARGETS, a);
  return nullptr;
}

// invalid_block: NEWLINE !INDENT { RAISE_INDENTATION_ERROR("expected an indented block") }
void* Parser::invalid_block() {
  RULE_ENTER();
  if (expect(TokenKind::NEWLINE) && !at(TokenKind::INDENT) && !error_)
    raise_indentation("expected an indented block");
  return nullptr;
}

// invalid_comprehension:
//     | ('[' | '(' | '{') a=starred_expression for_if_clauses {
//         KNOWN_LOCATION(a, "iterable unpacking cannot be used in comprehension") }
//     | ('[' | '{') a=star_named_expression ',' b=star_named_expressions for_if_clauses {
//         KNOWN_RANGE(a, b[-1], "did you forget parentheses around the comprehension target?") }
//     | ('[' | '{') a=star_named_expression b=',' for_if_clauses {
//         KNOWN_RANGE(a, b, "did you forget parentheses around the comprehension target?") }
void* Parser::invalid_comprehension() {
  RULE_ENTER();
  int start = mark_;
  if (expect(TokenKind::LSQB) || expect(TokenKind::LPAR) || expect(TokenKind::LBRACE)) {
    if (expr* a = starred_expression()) {
      if (for_if_clauses()) {
        raise_at(loc_of(a), "iterable unpacking cannot be used in comprehension");
        return nullptr;
      }
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  if (expect(TokenKind::LSQB) || expect(TokenKind::LBRACE)) {
    int after = mark_;
    if (expr* a = star_named_expression()) {
      if (expect(TokenKind::COMMA)) {
        if (SeqBox<expr*>* b = star_named_expressions()) {
          if (for_if_clauses()) {
            raise_range(loc_of(a), loc_of(b->seq[b->seq.size() - 1]),
                        "did you forget parentheses around the comprehension target?");
            return nullptr;
          }
        }
      }
    }
    if (error_) return nullptr;
    mark_ = after;
    if (expr* a = star_named_expression()) {
      if (Tok* b = expect(TokenKind::COMMA)) {
        if (for_if_clauses()) {
          raise_range(loc_of(a), loc_of(*b),
                      "did you forget parentheses around the comprehension target?");
          return nullptr;
        }
      }
    }
  }
  return nullptr;
}

// invalid_dict_comprehension:
//     | '{' a='**' bitwise_or for_if_clauses '}' {
//         KNOWN_LOCATION(a, "dict unpacking cannot be used in dict comprehension") }
void* Parser::invalid_dict_comprehension() {
  RULE_ENTER();
  if (!expect(TokenKind::LBRACE)) return nullptr;
  Tok* a = expect(TokenKind::DOUBLESTAR);
  if (a && bitwise_or() && for_if_clauses() && expect(TokenKind::RBRACE)) {
    raise_at(loc_of(*a), "dict unpacking cannot be used in dict comprehension");
  }
  return nullptr;
}

// invalid_parameters:
//     | param_no_default* invalid_parameters_helper a=param_no_default {
//         KNOWN_LOCATION(a, "non-default argument follows default argument") }
//     | param_no_default* a='(' param_no_default+ ','? b=')' {
//         KNOWN_RANGE(a, b, "Function parameters cannot be parenthesized") }
//     | a="/" ',' { KNOWN_LOCATION(a, "at least one argument must precede /") }
//     | (slash_no_default | slash_with_default) param_maybe_default* a='/' {
//         KNOWN_LOCATION(a, "/ may appear only once") }
//     | (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default)
//           param_maybe_default* a='/' { KNOWN_LOCATION(a, "/ must be ahead of *") }
//     | param_maybe_default+ '/' a='*' { KNOWN_LOCATION(a, "expected comma between / and *") }
void* Parser::invalid_parameters() {
  RULE_ENTER();
  int start = mark_;
  while (param_no_default()) {
  }
  if (error_) return nullptr;
  int after_plain = mark_;
  if (invalid_parameters_helper()) {
    if (arg* a = param_no_default()) {
      raise_at(loc_of(a), "non-default argument follows default argument");
      return nullptr;
    }
  }
  if (error_) return nullptr;
  mark_ = after_plain;
  if (Tok* a = expect(TokenKind::LPAR)) {
    int n = 0;
    while (param_no_default()) ++n;
    if (error_) return nullptr;
    if (n > 0) {
      expect(TokenKind::COMMA);
      if (Tok* b = expect(TokenKind::RPAR)) {
        raise_range(loc_of(*a), loc_of(*b), "Function parameters cannot be parenthesized");
        return nullptr;
      }
    }
  }
  mark_ = start;
  if (Tok* a = expect(TokenKind::SLASH)) {
    if (expect(TokenKind::COMMA)) {
      raise_at(loc_of(*a), "at least one argument must precede /");
      return nullptr;
    }
  }
  mark_ = start;
  bool have_slash = slash_no_default() != nullptr;
  if (!have_slash && !error_) {
    mark_ = start;
    have_slash = slash_with_default() != nullptr;
  }
  if (error_) return nullptr;
  if (have_slash) {
    while (param_maybe_default()) {
    }
    if (error_) return nullptr;
    if (Tok* a = expect(TokenKind::SLASH)) {
      raise_at(loc_of(*a), "/ may appear only once");
      return nullptr;
    }
  }
  mark_ = start;
  if (!slash_no_default()) {
    mark_ = start;
    if (!error_ && !slash_with_default()) mark_ = start;
  }
  if (error_) return nullptr;
  while (param_maybe_default()) {
  }
  if (error_) return nullptr;
  if (expect(TokenKind::STAR)) {
    if (expect(TokenKind::COMMA) || param_no_default()) {
      while (param_maybe_default()) {
      }
      if (error_) return nullptr;
      if (Tok* a = expect(TokenKind::SLASH)) {
        raise_at(loc_of(*a), "/ must be ahead of *");
        return nullptr;
      }
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  int n = 0;
  while (param_maybe_default()) ++n;
  if (error_) return nullptr;
  if (n > 0 && expect(TokenKind::SLASH)) {
    if (Tok* a = expect(TokenKind::STAR)) {
      raise_at(loc_of(*a), "expected comma between / and *");
      return nullptr;
    }
  }
  return nullptr;
}

// invalid_default: a='=' &(')'|',') { KNOWN_LOCATION(a, "expected default value expression") }
void* Parser::invalid_default() {
  RULE_ENTER();
  Tok* a = expect(TokenKind::EQUAL);
  if (a && (at(TokenKind::RPAR) || at(TokenKind::COMMA)))
    raise_at(loc_of(*a), "expected default value expression");
  return nullptr;
}

// invalid_star_etc:
//     | a='*' (')' | ',' (')' | '**')) { KNOWN_LOCATION(a, "named arguments must follow bare *") }
//     | '*' ',' TYPE_COMMENT { RAISE_SYNTAX_ERROR("bare * has associated type comment") }
//     | '*' param a='=' { KNOWN_LOCATION(a, "var-positional argument cannot have default value") }
//     | '*' (param_no_default | ',') param_maybe_default* a='*' (param_no_default | ',') {
//         KNOWN_LOCATION(a, "* argument may appear only once") }
void* Parser::invalid_star_etc() {
  RULE_ENTER();
  int start = mark_;
  if (Tok* a = expect(TokenKind::STAR)) {
    int m = mark_;
    bool hit = false;
    if (expect(TokenKind::RPAR)) {
      hit = true;
    } else if (expect(TokenKind::COMMA) &&
               (expect(TokenKind::RPAR) || expect(TokenKind::DOUBLESTAR))) {
      hit = true;
    }
    if (hit) {
      raise_at(loc_of(*a), "named arguments must follow bare *");
      return nullptr;
    }
    mark_ = m;
    if (expect(TokenKind::COMMA) && expect(TokenKind::TYPE_COMMENT)) {
      raise_syntax("bare * has associated type comment");
      return nullptr;
    }
  }
  mark_ = start;
  if (expect(TokenKind::STAR) && param()) {
    if (Tok* a = expect(TokenKind::EQUAL)) {
      raise_at(loc_of(*a), "var-positional argument cannot have default value");
      return nullptr;
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  if (expect(TokenKind::STAR)) {
    if (param_no_default() || (!error_ && expect(TokenKind::COMMA))) {
      while (param_maybe_default()) {
      }
      if (error_) return nullptr;
      if (Tok* a = expect(TokenKind::STAR)) {
        if (param_no_default() || (!error_ && expect(TokenKind::COMMA))) {
          raise_at(loc_of(*a), "* argument may appear only once");
          return nullptr;
        }
      }
    }
  }
  return nullptr;
}

// invalid_kwds:
//     | '**' param a='=' { KNOWN_LOCATION(a, "var-keyword argument cannot have default value") }
//     | '**' param ',' a=param { KNOWN_LOCATION(a, "arguments cannot follow var-keyword argument") }
//     | '**' param ',' a[Token*]=('*'|'**'|'/') { KNOWN_LOCATION(a, "arguments cannot follow var-keyword argument") }
void* Parser::invalid_kwds() {
  RULE_ENTER();
  if (!expect(TokenKind::DOUBLESTAR) || !param()) return nullptr;
  if (Tok* a = expect(TokenKind::EQUAL)) {
    raise_at(loc_of(*a), "var-keyword argument cannot have default value");
    return nullptr;
  }
  if (!expect(TokenKind::COMMA)) return nullptr;
  if (arg* a = param()) {
    raise_at(loc_of(a), "arguments cannot follow var-keyword argument");
    return nullptr;
  }
  if (error_) return nullptr;
  Tok* a = expect(TokenKind::STAR);
  if (!a) a = expect(TokenKind::DOUBLESTAR);
  if (!a) a = expect(TokenKind::SLASH);
  if (a) raise_at(loc_of(*a), "arguments cannot follow var-keyword argument");
  return nullptr;
}

// invalid_parameters_helper: # This is only there to avoid type errors
//     | a=slash_with_default { [a] }
//     | param_with_default+
bool Parser::invalid_parameters_helper() {
  Enter guard(*this);
  if (error_) return false;
  int start = mark_;
  if (slash_with_default()) return true;
  if (error_) return false;
  mark_ = start;
  int n = 0;
  while (param_with_default()) ++n;
  if (error_) return false;
  return n > 0;
}

// invalid_lambda_parameters:
//     | lambda_param_no_default* invalid_lambda_parameters_helper a=lambda_param_no_default {
//         KNOWN_LOCATION(a, "non-default argument follows default argument") }
//     | lambda_param_no_default* a='(' ','.lambda_param+ ','? b=')' {
//         KNOWN_RANGE(a, b, "Lambda expression parameters cannot be parenthesized") }
//     | a="/" ',' { KNOWN_LOCATION(a, "at least one argument must precede /") }
//     | (lambda_slash_no_default | lambda_slash_with_default) lambda_param_maybe_default* a='/' {
//         KNOWN_LOCATION(a, "/ may appear only once") }
//     | (lambda_slash_no_default | lambda_slash_with_default)? lambda_param_maybe_default* '*'
//           (',' | lambda_param_no_default) lambda_param_maybe_default* a='/' {
//         KNOWN_LOCATION(a, "/ must be ahead of *") }
//     | lambda_param_maybe_default+ '/' a='*' { KNOWN_LOCATION(a, "expected comma between / and *") }
void* Parser::invalid_lambda_parameters() {
  RULE_ENTER();
  int start = mark_;
  while (lambda_param_no_default()) {
  }
  if (error_) return nullptr;
  int after_plain = mark_;
  if (invalid_lambda_parameters_helper()) {
    if (arg* a = lambda_param_no_default()) {
      raise_at(loc_of(a), "non-default argument follows default argument");
      return nullptr;
    }
  }
  if (error_) return nullptr;
  mark_ = after_plain;
  if (Tok* a = expect(TokenKind::LPAR)) {
    if (lambda_param()) {
      for (;;) {
        int m = mark_;
        if (!expect(TokenKind::COMMA) || !lambda_param()) {
          mark_ = m;
          break;
        }
      }
      expect(TokenKind::COMMA);
      if (Tok* b = expect(TokenKind::RPAR)) {
        raise_range(loc_of(*a), loc_of(*b),
                    "Lambda expression parameters cannot be parenthesized");
        return nullptr;
      }
    }
  }
  mark_ = start;
  if (Tok* a = expect(TokenKind::SLASH)) {
    if (expect(TokenKind::COMMA)) {
      raise_at(loc_of(*a), "at least one argument must precede /");
      return nullptr;
    }
  }
  mark_ = start;
  bool have_slash = lambda_slash_no_default() != nullptr;
  if (!have_slash && !error_) {
    mark_ = start;
    have_slash = lambda_slash_with_default() != nullptr;
  }
  if (error_) return nullptr;
  if (have_slash) {
    while (lambda_param_maybe_default()) {
    }
    if (error_) return nullptr;
    if (Tok* a = expect(TokenKind::SLASH)) {
      raise_at(loc_of(*a), "/ may appear only once");
      return nullptr;
    }
  }
  mark_ = start;
  if (!lambda_slash_no_default()) {
    mark_ = start;
    if (!error_ && !lambda_slash_with_default()) mark_ = start;
  }
  if (error_) return nullptr;
  while (lambda_param_maybe_default()) {
  }
  if (error_) return nullptr;
  if (expect(TokenKind::STAR)) {
    if (expect(TokenKind::COMMA) || lambda_param_no_default()) {
      while (lambda_param_maybe_default()) {
      }
      if (error_) return nullptr;
      if (Tok* a = expect(TokenKind::SLASH)) {
        raise_at(loc_of(*a), "/ must be ahead of *");
        return nullptr;
      }
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  int n = 0;
  while (lambda_param_maybe_default()) ++n;
  if (error_) return nullptr;
  if (n > 0 && expect(TokenKind::SLASH)) {
    if (Tok* a = expect(TokenKind::STAR)) {
      raise_at(loc_of(*a), "expected comma between / and *");
      return nullptr;
    }
  }
  return nullptr;
}

// invalid_lambda_parameters_helper:
//     | a=lambda_slash_with_default { [a] }
//     | lambda_param_with_default+
bool Parser::invalid_lambda_parameters_helper() {
  Enter guard(*this);
  if (error_) return false;
  int start = mark_;
  if (lambda_slash_with_default()) return true;
  if (error_) return false;
  mark_ = start;
  int n = 0;
  while (lambda_param_with_default()) ++n;
  if (error_) return false;
  return n > 0;
}

// invalid_lambda_star_etc:
//     | '*' (':' | ',' (':' | '**')) { RAISE_SYNTAX_ERROR("named arguments must follow bare *") }
//     | '*' lambda_param a='=' { KNOWN_LOCATION(a, "var-positional argument cannot have default value") }
//     | '*' (lambda_param_no_default | ',') lambda_param_maybe_default* a='*' (lambda_param_no_default | ',') {
//         KNOWN_LOCATION(a, "* argument may appear only once") }
void* Parser::invalid_lambda_star_etc() {
  RULE_ENTER();
  int start = mark_;
  if (expect(TokenKind::STAR)) {
    bool hit = false;
    if (expect(TokenKind::COLON)) {
      hit = true;
    } else if (expect(TokenKind::COMMA) &&
               (expect(TokenKind::COLON) || expect(TokenKind::DOUBLESTAR))) {
      hit = true;
    }
    if (hit) {
      raise_syntax("named arguments must follow bare *");
      return nullptr;
    }
  }
  mark_ = start;
  if (expect(TokenKind::STAR) && lambda_param()) {
    if (Tok* a = expect(TokenKind::EQUAL)) {
      raise_at(loc_of(*a), "var-positional argument cannot have default value");
      return nullptr;
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  if (expect(TokenKind::STAR)) {
    if (lambda_param_no_default() || (!error_ && expect(TokenKind::COMMA))) {
      while (lambda_param_maybe_default()) {
      }
      if (error_) return nullptr;
      if (Tok* a = expect(TokenKind::STAR)) {
        if (lambda_param_no_default() || (!error_ && expect(TokenKind::COMMA))) {
          raise_at(loc_of(*a), "* argument may appear only once");
          return nullptr;
        }
      }
    }
  }
  return nullptr;
}

// invalid_lambda_kwds:
//     | '**' lambda_param a='=' { KNOWN_LOCATION(a, "var-keyword argument cannot have default value") }
//     | '**' lambda_param ',' a=lambda_param { KNOWN_LOCATION(a, "arguments cannot follow var-keyword argument") }
//     | '**' lambda_param ',' a[Token*]=('*'|'**'|'/') { KNOWN_LOCATION(a, "arguments cannot follow var-keyword argument") }
void* Parser::invalid_lambda_kwds() {
  RULE_ENTER();
  if (!expect(TokenKind::DOUBLESTAR) || !lambda_param()) return nullptr;
  if (Tok* a = expect(TokenKind::EQUAL)) {
    raise_at(loc_of(*a), "var-keyword argument cannot have default value");
    return nullptr;
  }
  if (!expect(TokenKind::COMMA)) return nullptr;
  if (arg* a = lambda_param()) {
    raise_at(loc_of(a), "arguments cannot follow var-keyword argument");
    return nullptr;
  }
  Tok* a = expect(TokenKind::STAR);
  if (!a) a = expect(TokenKind::DOUBLESTAR);
  if (!a) a = expect(TokenKind::SLASH);
  if (a) raise_at(loc_of(*a), "arguments cannot follow var-keyword argument");
  return nullptr;
}

// invalid_with_item:
//     | expression 'as' a=expression &(',' | ')' | ':') { INVALID_TARGET(STAR_TARGETS, a) }
void* Parser::invalid_with_item() {
  RULE_ENTER();
  if (expression() && expect_kw(KW_as)) {
    if (expr* a = expression()) {
      if (at(TokenKind::COMMA) || at(TokenKind::RPAR) || at(TokenKind::COLON))
        raise_invalid_target(STAR_TARGETS, a);
    }
  }
  return nullptr;
}

// invalid_for_target:
//     | ASYNC? 'for' a=star_expressions { INVALID_TARGET(FOR_TARGETS, a) }
void* Parser::invalid_for_target() {
  RULE_ENTER();
  expect_kw(KW_async);
  if (!expect_kw(KW_for)) return nullptr;
  if (expr* a = star_expressions()) raise_invalid_target(FOR_TARGETS, a);
  return nullptr;
}

// invalid_group:
//     | '(' a=starred_expression ')' { KNOWN_LOCATION(a, "cannot use starred expression here") }
//     | '(' a='**' expression ')' { KNOWN_LOCATION(a, "cannot use double starred expression here") }
void* Parser::invalid_group() {
  RULE_ENTER();
  int start = mark_;
  if (!expect(TokenKind::LPAR)) return nullptr;
  if (expr* a = starred_expression()) {
    if (expect(TokenKind::RPAR)) {
      raise_at(loc_of(a), "cannot use starred expression here");
      return nullptr;
    }
  }
  if (error_) return nullptr;
  mark_ = start + 1;
  if (Tok* a = expect(TokenKind::DOUBLESTAR)) {
    if (expression() && expect(TokenKind::RPAR)) {
      raise_at(loc_of(*a), "cannot use double starred expression here");
    }
  }
  return nullptr;
}

// invalid_import_from_targets:
//     | import_from_as_names ',' NEWLINE {
//         RAISE_SYNTAX_ERROR("trailing comma not allowed without surrounding parentheses") }
void* Parser::invalid_import_from_targets() {
  RULE_ENTER();
  if (import_from_as_names() && expect(TokenKind::COMMA) && expect(TokenKind::NEWLINE))
    raise_syntax("trailing comma not allowed without surrounding parentheses");
  return nullptr;
}

namespace {
// ','.(expression ['as' star_target])+  (or with `expressions` inside parens)
}

// invalid_with_stmt:
//     | [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE { RAISE_SYNTAX_ERROR("expected ':'") }
//     | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE { RAISE_SYNTAX_ERROR("expected ':'") }
void* Parser::invalid_with_stmt() {
  RULE_ENTER();
  int start = mark_;
  auto items = [this](bool parenthesized) -> bool {
    auto one = [this, parenthesized]() -> bool {
      expr* e = parenthesized ? expressions() : expression();
      if (!e) return false;
      int m = mark_;
      if (!(expect_kw(KW_as) && star_target())) mark_ = m;
      return !error_;
    };
    if (!one()) return false;
    for (;;) {
      int m = mark_;
      if (!expect(TokenKind::COMMA) || !one()) {
        mark_ = m;
        break;
      }
    }
    return !error_;
  };
  expect_kw(KW_async);
  if (expect_kw(KW_with) && items(false) && expect(TokenKind::NEWLINE)) {
    raise_syntax("expected ':'");
    return nullptr;
  }
  if (error_) return nullptr;
  mark_ = start;
  expect_kw(KW_async);
  if (expect_kw(KW_with) && expect(TokenKind::LPAR) && items(true)) {
    expect(TokenKind::COMMA);
    if (expect(TokenKind::RPAR) && expect(TokenKind::NEWLINE)) {
      raise_syntax("expected ':'");
      return nullptr;
    }
  }
  return nullptr;
}

// invalid_with_stmt_indent:
//     | [ASYNC] a='with' ','.(expression ['as' star_target])+ ':' NEWLINE !INDENT {
//         RAISE_INDENTATION_ERROR("expected an indented block after 'with' statement on line %d", a->lineno) }
//     | [ASYNC] a='with' '(' ','.(expressions ['as' star_target])+ ','? ')' ':' NEWLINE !INDENT { ... }
void* Parser::invalid_with_stmt_indent() {
  RULE_ENTER();
  int start = mark_;
  auto items = [this](bool parenthesized) -> bool {
    auto one = [this, parenthesized]() -> bool {
      expr* e = parenthesized ? expressions() : expression();
      if (!e) return false;
      int m = mark_;
      if (!(expect_kw(KW_as) && star_target())) mark_ = m;
      return !error_;
    };
    if (!one()) return false;
    for (;;) {
      int m = mark_;
      if (!expect(TokenKind::COMMA) || !one()) {
        mark_ = m;
        break;
      }
    }
    return !error_;
  };
  auto msg = [](int line) {
    return "expected an indented block after 'with' statement on line " + std::to_string(line);
  };
  expect_kw(KW_async);
  if (Tok* a = expect_kw(KW_with)) {
    if (items(false) && expect(TokenKind::COLON) && expect(TokenKind::NEWLINE) &&
        !at(TokenKind::INDENT) && !error_) {
      raise_indentation(msg(a->lineno));
      return nullptr;
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  expect_kw(KW_async);
  if (Tok* a = expect_kw(KW_with)) {
    if (expect(TokenKind::LPAR) && items(true)) {
      expect(TokenKind::COMMA);
      if (expect(TokenKind::RPAR) && expect(TokenKind::COLON) && expect(TokenKind::NEWLINE) &&
          !at(TokenKind::INDENT) && !error_) {
        raise_indentation(msg(a->lineno));
        return nullptr;
      }
    }
  }
  return nullptr;
}

// invalid_try_stmt:
//     | a='try' ':' NEWLINE !INDENT {
//         RAISE_INDENTATION_ERROR("expected an indented block after 'try' statement on line %d", a->lineno) }
//     | 'try' ':' block !('except' | 'finally') { RAISE_SYNTAX_ERROR("expected 'except' or 'finally' block") }
//     | 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':' {
//         KNOWN_RANGE(a, b, "cannot have both 'except' and 'except*' on the same 'try'") }
//     | 'try' ':' block* except_star_block+ a='except' [expression ['as' NAME]] ':' {
//         KNOWN_LOCATION(a, "cannot have both 'except' and 'except*' on the same 'try'") }
void* Parser::invalid_try_stmt() {
  RULE_ENTER();
  int start = mark_;
  if (Tok* a = expect_kw(KW_try)) {
    if (expect(TokenKind::COLON) && expect(TokenKind::NEWLINE) && !at(TokenKind::INDENT) &&
        !error_) {
      raise_indentation("expected an indented block after 'try' statement on line " +
                        std::to_string(a->lineno));
      return nullptr;
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  if (expect_kw(KW_try) && expect(TokenKind::COLON) && block()) {
    if (!at_kw(KW_except) && !at_kw(KW_finally) && !error_) {
      raise_syntax("expected 'except' or 'finally' block");
      return nullptr;
    }
  }
  if (error_) return nullptr;
  auto optional_as_name = [this]() {
    int m = mark_;
    if (!(expect_kw(KW_as) && name_tok())) mark_ = m;
  };
  mark_ = start;
  if (expect_kw(KW_try) && expect(TokenKind::COLON)) {
    while (block()) {
    }
    if (error_) return nullptr;
    int n = 0;
    while (except_block()) ++n;
    if (error_) return nullptr;
    if (n > 0) {
      if (Tok* a = expect_kw(KW_except)) {
        if (Tok* b = expect(TokenKind::STAR)) {
          if (expression()) {
            optional_as_name();
            if (expect(TokenKind::COLON)) {
              raise_range(loc_of(*a), loc_of(*b),
                          "cannot have both 'except' and 'except*' on the same 'try'");
              return nullptr;
            }
          }
        }
      }
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  if (expect_kw(KW_try) && expect(TokenKind::COLON)) {
    while (block()) {
    }
    if (error_) return nullptr;
    int n = 0;
    while (except_star_block()) ++n;
    if (error_) return nullptr;
    if (n > 0) {
      if (Tok* a = expect_kw(KW_except)) {
        int m = mark_;
        if (expression()) {
          optional_as_name();
        } else {
          mark_ = m;
        }
        if (error_) return nullptr;
        if (expect(TokenKind::COLON)) {
          raise_at(loc_of(*a), "cannot have both 'except' and 'except*' on the same 'try'");
          return nullptr;
        }
      }
    }
  }
  return nullptr;
}

// invalid_except_stmt:
//     | 'except' '*'? a=expression ',' expressions ['as' NAME ] ':' {
//         RAISE_SYNTAX_ERROR_STARTING_FROM(a, "multiple exception types must be parenthesized") }
//     | a='except' '*'? expression ['as' NAME ] NEWLINE { RAISE_SYNTAX_ERROR("expected ':'") }
//     | a='except' NEWLINE { RAISE_SYNTAX_ERROR("expected ':'") }
//     | a='except' '*' (NEWLINE | ':') { RAISE_SYNTAX_ERROR("expected one or more exception types") }
void* Parser::invalid_except_stmt() {
  RULE_ENTER();
  int start = mark_;
  auto optional_as_name = [this]() {
    int m = mark_;
    if (!(expect_kw(KW_as) && name_tok())) mark_ = m;
  };
  if (expect_kw(KW_except)) {
    expect(TokenKind::STAR);
    if (expr* a = expression()) {
      if (expect(TokenKind::COMMA) && expressions()) {
        optional_as_name();
        if (expect(TokenKind::COLON)) {
          raise_starting_from(loc_of(a), "multiple exception types must be parenthesized");
          return nullptr;
        }
      }
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  if (expect_kw(KW_except)) {
    expect(TokenKind::STAR);
    if (expression()) {
      optional_as_name();
      if (expect(TokenKind::NEWLINE)) {
        raise_syntax("expected ':'");
        return nullptr;
      }
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  if (expect_kw(KW_except) && expect(TokenKind::NEWLINE)) {
    raise_syntax("expected ':'");
    return nullptr;
  }
  mark_ = start;
  if (expect_kw(KW_except) && expect(TokenKind::STAR) &&
      (expect(TokenKind::NEWLINE) || expect(TokenKind::COLON))) {
    raise_syntax("expected one or more exception types");
  }
  return nullptr;
}

// invalid_finally_stmt:
//     | a='finally' ':' NEWLINE !INDENT {
//         RAISE_INDENTATION_ERROR("expected an indented block after 'finally' statement on line %d", a->lineno) }
void* Parser::invalid_finally_stmt() {
  RULE_ENTER();
  Tok* a = expect_kw(KW_finally);
  if (a && expect(TokenKind::COLON) && expect(TokenKind::NEWLINE) && !at(TokenKind::INDENT) &&
      !error_)
    raise_indentation("expected an indented block after 'finally' statement on line " +
                      std::to_string(a->lineno));
  return nullptr;
}

// invalid_except_stmt_indent:
//     | a='except' expression ['as' NAME ] ':' NEWLINE !INDENT {
//         RAISE_INDENTATION_ERROR("expected an indented block after 'except' statement on line %d", a->lineno) }
//     | a='except' ':' NEWLINE !INDENT { ... same ... }
void* Parser::invalid_except_stmt_indent() {
  RULE_ENTER();
  int start = mark_;
  Tok* a = expect_kw(KW_except);
  if (!a) return nullptr;
  std::string msg =
      "expected an indented block after 'except' statement on line " + std::to_string(a->lineno);
  if (expression()) {
    int m = mark_;
    if (!(expect_kw(KW_as) && name_tok())) mark_ = m;
    if (expect(TokenKind::COLON) && expect(TokenKind::NEWLINE) && !at(TokenKind::INDENT) &&
        !error_) {
      raise_indentation(msg);
      return nullptr;
    }
  }
  if (error_) return nullptr;
  mark_ = start + 1;
  if (expect(TokenKind::COLON) && expect(TokenKind::NEWLINE) && !at(TokenKind::INDENT) &&
      !error_)
    raise_indentation(msg);
  return nullptr;
}

// invalid_except_star_stmt_indent:
//     | a='except' '*' expression ['as' NAME ] ':' NEWLINE !INDENT {
//         RAISE_INDENTATION_ERROR("expected an indented block after 'except*' statement on line %d", a->lineno) }
void* Parser::invalid_except_star_stmt_indent() {
  RULE_ENTER();
  Tok* a = expect_kw(KW_except);
  if (!a || !expect(TokenKind::STAR) || !expression()) return nullptr;
  int m = mark_;
  if (!(expect_kw(KW_as) && name_tok())) mark_ = m;
  if (expect(TokenKind::COLON) && expect(TokenKind::NEWLINE) && !at(TokenKind::INDENT) && !error_)
    raise_indentation("expected an indented block after 'except*' statement on line " +
                      std::to_string(a->lineno));
  return nullptr;
}

// invalid_match_stmt:
//     | "match" subject_expr NEWLINE { CHECK_VERSION(void*, 10, "Pattern matching is", RAISE_SYNTAX_ERROR("expected ':'") ) }
//     | a="match" subject=subject_expr ':' NEWLINE !INDENT {
//         RAISE_INDENTATION_ERROR("expected an indented block after 'match' statement on line %d", a->lineno) }
void* Parser::invalid_match_stmt() {
  RULE_ENTER();
  int start = mark_;
  if (expect_soft(SK_match) && subject_expr() && expect(TokenKind::NEWLINE)) {
    raise_syntax("expected ':'");
    return nullptr;
  }
  if (error_) return nullptr;
  mark_ = start;
  if (Tok* a = expect_soft(SK_match)) {
    if (subject_expr() && expect(TokenKind::COLON) && expect(TokenKind::NEWLINE) &&
        !at(TokenKind::INDENT) && !error_) {
      raise_indentation("expected an indented block after 'match' statement on line " +
                        std::to_string(a->lineno));
    }
  }
  return nullptr;
}

// invalid_case_block:
//     | "case" patterns guard? NEWLINE { RAISE_SYNTAX_ERROR("expected ':'") }
//     | a="case" patterns guard? ':' NEWLINE !INDENT {
//         RAISE_INDENTATION_ERROR("expected an indented block after 'case' statement on line %d", a->lineno) }
void* Parser::invalid_case_block() {
  RULE_ENTER();
  int start = mark_;
  if (expect_soft(SK_case) && patterns()) {
    guard();
    if (!error_ && expect(TokenKind::NEWLINE)) {
      raise_syntax("expected ':'");
      return nullptr;
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  if (Tok* a = expect_soft(SK_case)) {
    if (patterns()) {
      guard();
      if (!error_ && expect(TokenKind::COLON) && expect(TokenKind::NEWLINE) &&
          !at(TokenKind::INDENT) && !error_) {
        raise_indentation("expected an indented block after 'case' statement on line " +
                          std::to_string(a->lineno));
      }
    }
  }
  return nullptr;
}

// invalid_as_pattern:
//     | or_pattern 'as' a="_" { KNOWN_LOCATION(a, "cannot use '_' as a target") }
//     | or_pattern 'as' !NAME a=expression { KNOWN_LOCATION(a, "invalid pattern target") }
void* Parser::invalid_as_pattern() {
  RULE_ENTER();
  int start = mark_;
  if (or_pattern() && expect_kw(KW_as)) {
    if (Tok* a = expect_soft(SK_underscore)) {
      raise_at(loc_of(*a), "cannot use '_' as a target");
      return nullptr;
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  if (or_pattern() && expect_kw(KW_as) && !at_name()) {
    if (expr* a = expression()) raise_at(loc_of(a), "invalid pattern target");
  }
  return nullptr;
}

// invalid_class_pattern:
//     | name_or_attr '(' a=invalid_class_argument_pattern  { KNOWN_RANGE(a[0], a[-1],
//         "positional patterns follow keyword patterns") }
void* Parser::invalid_class_pattern() {
  RULE_ENTER();
  if (name_or_attr() && expect(TokenKind::LPAR)) {
    if (SeqBox<pattern*>* a = invalid_class_argument_pattern()) {
      raise_range(loc_of(a->seq[0]), loc_of(a->seq[a->seq.size() - 1]),
                  "positional patterns follow keyword patterns");
    }
  }
  return nullptr;
}

// invalid_class_argument_pattern[asdl_pattern_seq*]:
//     | [positional_patterns ','] keyword_patterns ',' a=positional_patterns { a }
SeqBox<pattern*>* Parser::invalid_class_argument_pattern() {
  RULE_ENTER();
  int start = mark_;
  if (!(positional_patterns() && expect(TokenKind::COMMA))) mark_ = start;
  if (error_) return nullptr;
  if (keyword_patterns() && expect(TokenKind::COMMA)) {
    if (SeqBox<pattern*>* a = positional_patterns()) return a;
  }
  mark_ = start;
  return nullptr;
}

// invalid_if_stmt:
//     | 'if' named_expression NEWLINE { RAISE_SYNTAX_ERROR("expected ':'") }
//     | a='if' a=named_expression ':' NEWLINE !INDENT {
//         RAISE_INDENTATION_ERROR("expected an indented block after 'if' statement on line %d", a->lineno) }
void* Parser::invalid_if_stmt() {
  RULE_ENTER();
  int start = mark_;
  if (expect_kw(KW_if) && named_expression() && expect(TokenKind::NEWLINE)) {
    raise_syntax("expected ':'");
    return nullptr;
  }
  if (error_) return nullptr;
  mark_ = start;
  if (expect_kw(KW_if)) {
    if (expr* a = named_expression()) {
      if (expect(TokenKind::COLON) && expect(TokenKind::NEWLINE) && !at(TokenKind::INDENT) &&
          !error_)
        raise_indentation("expected an indented block after 'if' statement on line " +
                          std::to_string(a->lineno));
    }
  }
  return nullptr;
}

// invalid_elif_stmt:
//     | 'elif' named_expression NEWLINE { RAISE_SYNTAX_ERROR("expected ':'") }
//     | a='elif' named_expression ':' NEWLINE !INDENT {
//         RAISE_INDENTATION_ERROR("expected an indented block after 'elif' statement on line %d", a->lineno) }
void* Parser::invalid_elif_stmt() {
  RULE_ENTER();
  int start = mark_;
  if (expect_kw(KW_elif) && named_expression() && expect(TokenKind::NEWLINE)) {
    raise_syntax("expected ':'");
    return nullptr;
  }
  if (error_) return nullptr;
  mark_ = start;
  if (Tok* a = expect_kw(KW_elif)) {
    if (named_expression() && expect(TokenKind::COLON) && expect(TokenKind::NEWLINE) &&
        !at(TokenKind::INDENT) && !error_)
      raise_indentation("expected an indented block after 'elif' statement on line " +
                        std::to_string(a->lineno));
  }
  return nullptr;
}

// invalid_else_stmt:
//     | a='else' ':' NEWLINE !INDENT {
//         RAISE_INDENTATION_ERROR("expected an indented block after 'else' statement on line %d", a->lineno) }
void* Parser::invalid_else_stmt() {
  RULE_ENTER();
  Tok* a = expect_kw(KW_else);
  if (a && expect(TokenKind::COLON) && expect(TokenKind::NEWLINE) && !at(TokenKind::INDENT) &&
      !error_)
    raise_indentation("expected an indented block after 'else' statement on line " +
                      std::to_string(a->lineno));
  return nullptr;
}

// invalid_while_stmt:
//     | 'while' named_expression NEWLINE { RAISE_SYNTAX_ERROR("expected ':'") }
//     | a='while' named_expression ':' NEWLINE !INDENT {
//         RAISE_INDENTATION_ERROR("expected an indented block after 'while' statement on line %d", a->lineno) }
void* Parser::invalid_while_stmt() {
  RULE_ENTER();
  int start = mark_;
  if (expect_kw(KW_while) && named_expression() && expect(TokenKind::NEWLINE)) {
    raise_syntax("expected ':'");
    return nullptr;
  }
  if (error_) return nullptr;
  mark_ = start;
  if (Tok* a = expect_kw(KW_while)) {
    if (named_expression() && expect(TokenKind::COLON) && expect(TokenKind::NEWLINE) &&
        !at(TokenKind::INDENT) && !error_)
      raise_indentation("expected an indented block after 'while' statement on line " +
                        std::to_string(a->lineno));
  }
  return nullptr;
}

// invalid_for_stmt:
//     | [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE { RAISE_SYNTAX_ERROR("expected ':'") }
//     | [ASYNC] a='for' star_targets 'in' star_expressions ':' NEWLINE !INDENT {
//         RAISE_INDENTATION_ERROR("expected an indented block after 'for' statement on line %d", a->lineno) }
void* Parser::invalid_for_stmt() {
  RULE_ENTER();
  int start = mark_;
  expect_kw(KW_async);
  if (expect_kw(KW_for) && star_targets() && expect_kw(KW_in) && star_expressions() &&
      expect(TokenKind::NEWLINE)) {
    raise_syntax("expected ':'");
    return nullptr;
  }
  if (error_) return nullptr;
  mark_ = start;
  expect_kw(KW_async);
  if (Tok* a = expect_kw(KW_for)) {
    if (star_targets() && expect_kw(KW_in) && star_expressions() && expect(TokenKind::COLON) &&
        expect(TokenKind::NEWLINE) && !at(TokenKind::INDENT) && !error_)
      raise_indentation("expected an indented block after 'for' statement on line " +
                        std::to_string(a->lineno));
  }
  return nullptr;
}

// invalid_def_raw:
//     | [ASYNC] a='def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE !INDENT {
//         RAISE_INDENTATION_ERROR("expected an indented block after function definition on line %d", a->lineno) }
void* Parser::invalid_def_raw() {
  RULE_ENTER();
  expect_kw(KW_async);
  Tok* a = expect_kw(KW_def);
  if (!a || !name_tok() || !expect(TokenKind::LPAR)) return nullptr;
  params();
  if (error_ || !expect(TokenKind::RPAR)) return nullptr;
  int m = mark_;
  if (expect(TokenKind::RARROW)) {
    if (!expression()) mark_ = m;
  }
  if (error_) return nullptr;
  if (expect(TokenKind::COLON) && expect(TokenKind::NEWLINE) && !at(TokenKind::INDENT) && !error_)
    raise_indentation("expected an indented block after function definition on line " +
                      std::to_string(a->lineno));
  return nullptr;
}

// invalid_class_def_raw:
//     | 'class' NAME ['(' [arguments] ')'] NEWLINE { RAISE_SYNTAX_ERROR("expected ':'") }
//     | a='class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT {
//         RAISE_INDENTATION_ERROR("expected an indented block after class definition on line %d", a->lineno) }
void* Parser::invalid_class_def_raw() {
  RULE_ENTER();
  int start = mark_;
  Tok* a = expect_kw(KW_class);
  if (!a || !name_tok()) return nullptr;
  int m = mark_;
  if (expect(TokenKind::LPAR)) {
    arguments_rule();
    if (error_) return nullptr;
    if (!expect(TokenKind::RPAR)) mark_ = m;
  }
  int after = mark_;
  if (expect(TokenKind::NEWLINE)) {
    raise_syntax("expected ':'");
    return nullptr;
  }
  mark_ = after;
  if (expect(TokenKind::COLON) && expect(TokenKind::NEWLINE) && !at(TokenKind::INDENT) && !error_)
    raise_indentation("expected an indented block after class definition on line " +
                      std::to_string(a->lineno));
  (void)start;
  return nullptr;
}

// invalid_double_starred_kvpairs:
//     | ','.double_starred_kvpair+ ',' invalid_kvpair
//     | expression ':' a='*' bitwise_or { STARTING_FROM(a, "cannot use a starred expression in a dictionary value") }
//     | expression a=':' &('}'|',') { KNOWN_LOCATION(a, "expression expected after dictionary key and ':'") }
void* Parser::invalid_double_starred_kvpairs() {
  RULE_ENTER();
  int start = mark_;
  if (double_starred_kvpair()) {
    for (;;) {
      int m = mark_;
      if (!expect(TokenKind::COMMA) || !double_starred_kvpair()) {
        mark_ = m;
        break;
      }
    }
    if (error_) return nullptr;
    if (expect(TokenKind::COMMA)) {
      invalid_kvpair();
      if (error_) return nullptr;
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  if (expression() && expect(TokenKind::COLON)) {
    if (Tok* a = expect(TokenKind::STAR)) {
      if (bitwise_or()) {
        raise_starting_from(loc_of(*a), "cannot use a starred expression in a dictionary value");
        return nullptr;
      }
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  if (expression()) {
    if (Tok* a = expect(TokenKind::COLON)) {
      if (at(TokenKind::RBRACE) || at(TokenKind::COMMA)) {
        raise_at(loc_of(*a), "expression expected after dictionary key and ':'");
      }
    }
  }
  return nullptr;
}

// invalid_kvpair:
//     | a=expression !(':') {
//         RAISE_ERROR_KNOWN_LOCATION(p, PyExc_SyntaxError, a->lineno, a->end_col_offset - 1, a->end_lineno, -1,
//                                    "':' expected after dictionary key") }
//     | expression ':' a='*' bitwise_or { STARTING_FROM(a, "cannot use a starred expression in a dictionary value") }
//     | expression a=':' &('}'|',') { KNOWN_LOCATION(a, "expression expected after dictionary key and ':'") }
void* Parser::invalid_kvpair() {
  RULE_ENTER();
  int start = mark_;
  if (expr* a = expression()) {
    if (!at(TokenKind::COLON)) {
      if (error_) return nullptr;
      raise_known(SyntaxErrorKind::SyntaxError, a->lineno, a->end_col_offset - 1, a->end_lineno,
                  -1, "':' expected after dictionary key");
      return nullptr;
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  if (expression() && expect(TokenKind::COLON)) {
    if (Tok* a = expect(TokenKind::STAR)) {
      if (bitwise_or()) {
        raise_starting_from(loc_of(*a), "cannot use a starred expression in a dictionary value");
        return nullptr;
      }
    }
  }
  if (error_) return nullptr;
  mark_ = start;
  if (expression()) {
    if (Tok* a = expect(TokenKind::COLON)) {
      if (at(TokenKind::RBRACE) || at(TokenKind::COMMA))
        raise_at(loc_of(*a), "expression expected after dictionary key and ':'");
    }
  }
  return nullptr;
}

}  // namespace glasspy::parser_impl
