// The text of an annotation as CPython stores it under `from __future__
// import annotations` (Python/ast_unparse.c's rules, not the `ast` module's
// unparse): operator precedence decides the parentheses, constants are
// their repr() (infinities as 1e309), f-strings are rebuilt with doubled
// braces and then repr()'d.
#include <cmath>

#include "compiler/compiler_internal.h"
#include "util/py_repr.h"

namespace glasspy::cc {

using namespace glasspy::ast;
using Value = glasspy::Constant;

namespace {

enum Prec {
  PR_TUPLE, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_EXPR, PR_BOR = PR_EXPR, PR_BXOR, PR_BAND,
  PR_SHIFT, PR_ARITH, PR_TERM, PR_FACTOR, PR_POWER, PR_AWAIT, PR_ATOM
};

std::string replace_all(std::string s, const std::string& from, const std::string& to) {
  size_t pos = 0;
  while ((pos = s.find(from, pos)) != std::string::npos) {
    s.replace(pos, from.size(), to);
    pos += to.size();
  }
  return s;
}

class Unparser {
 public:
  explicit Unparser(const AstOptimizer& opt) : opt_(opt) {}
  std::string out;

  void expr(const ast::expr* e, int level);

 private:
  const AstOptimizer& opt_;

  void str(const char* s) { out += s; }
  void str_if(bool c, const char* s) {
    if (c) out += s;
  }
  void constant(const Value& v);
  void repr(const Value& v);
  void arg(const ast::arg* a);
  void args(const arguments* a);
  void comprehensions(const Seq<ast::comprehension*>& gens);
  void fstring_element(const ast::expr* e, bool is_format_spec);
  std::string fstring_body(const Seq<ast::expr*>& values, bool is_format_spec);
  void joinedstr(const JoinedStr* e, bool is_format_spec);
  void formattedvalue(const FormattedValue* e);
};

void Unparser::repr(const Value& v) {
  std::string r = v.repr();
  if ((v.kind() == Value::Kind::Float && std::isinf(v.real())) || v.kind() == Value::Kind::Complex)
    r = replace_all(r, "inf", "1e309");
  out += r;
}

void Unparser::constant(const Value& v) {
  if (v.kind() == Value::Kind::Tuple) {
    out += "(";
    for (size_t i = 0; i < v.items().size(); ++i) {
      if (i) out += ", ";
      constant(v.items()[i]);
    }
    if (v.items().size() == 1) out += ",";
    out += ")";
    return;
  }
  repr(v);
}

void Unparser::arg(const ast::arg* a) {
  out += a->arg;
  if (a->annotation) {
    str(": ");
    expr(a->annotation, PR_TEST);
  }
}

void Unparser::args(const arguments* a) {
  bool first = true;
  size_t posonly = a->posonlyargs.size(), nargs = a->args.size(), ndefaults = a->defaults.size();
  for (size_t i = 0; i < posonly + nargs; ++i) {
    if (first)
      first = false;
    else
      str(", ");
    arg(i < posonly ? a->posonlyargs[i] : a->args[i - posonly]);
    long di = static_cast<long>(i) - static_cast<long>(posonly + nargs) + static_cast<long>(ndefaults);
    if (di >= 0) {
      str("=");
      expr(a->defaults[di], PR_TEST);
    }
    if (posonly && i + 1 == posonly) str(", /");
  }
  if (a->vararg || !a->kwonlyargs.empty()) {
    if (first)
      first = false;
    else
      str(", ");
    str("*");
    if (a->vararg) arg(a->vararg);
  }
  size_t nkw = a->kwonlyargs.size(), nkwd = a->kw_defaults.size();
  for (size_t i = 0; i < nkw; ++i) {
    if (first)
      first = false;
    else
      str(", ");
    arg(a->kwonlyargs[i]);
    long di = static_cast<long>(i) - static_cast<long>(nkw) + static_cast<long>(nkwd);
    if (di >= 0 && a->kw_defaults[di]) {
      str("=");
      expr(a->kw_defaults[di], PR_TEST);
    }
  }
  if (a->kwarg) {
    if (!first) str(", ");
    str("**");
    arg(a->kwarg);
  }
}

void Unparser::comprehensions(const Seq<ast::comprehension*>& gens) {
  for (ast::comprehension* g : gens) {
    str(g->is_async ? " async for " : " for ");
    expr(g->target, PR_TUPLE);
    str(" in ");
    expr(g->iter, PR_TEST + 1);
    for (ast::expr* cond : g->ifs) {
      str(" if ");
      expr(cond, PR_TEST + 1);
    }
  }
}

void Unparser::fstring_element(const ast::expr* e, bool is_format_spec) {
  switch (e->node_kind) {
    case NodeKind::Constant: {
      std::string s = opt_.value(static_cast<const ast::Constant*>(e)).text();
      out += replace_all(replace_all(s, "{", "{{"), "}", "}}");
      break;
    }
    case NodeKind::JoinedStr: joinedstr(static_cast<const JoinedStr*>(e), is_format_spec); break;
    case NodeKind::FormattedValue: formattedvalue(static_cast<const FormattedValue*>(e)); break;
    default: break;
  }
}

std::string Unparser::fstring_body(const Seq<ast::expr*>& values, bool is_format_spec) {
  Unparser body(opt_);
  for (ast::expr* v : values) body.fstring_element(v, is_format_spec);
  return body.out;
}

void Unparser::joinedstr(const JoinedStr* e, bool is_format_spec) {
  std::string body = fstring_body(e->values, is_format_spec);
  if (!is_format_spec) {
    str("f");
    out += py_repr_str(body);
  } else {
    out += body;
  }
}

void Unparser::formattedvalue(const FormattedValue* e) {
  Unparser inner(opt_);
  inner.expr(e->value, PR_TEST + 1);
  out += (!inner.out.empty() && inner.out[0] == '{') ? "{ " : "{";
  out += inner.out;
  if (e->conversion > 0) {
    switch (e->conversion) {
      case 'a': str("!a"); break;
      case 'r': str("!r"); break;
      case 's': str("!s"); break;
    }
  }
  if (e->format_spec) {
    str(":");
    fstring_element(e->format_spec, true);
  }
  str("}");
}

void Unparser::expr(const ast::expr* e, int level) {
  switch (e->node_kind) {
    case NodeKind::BoolOp: {
      auto* b = static_cast<const BoolOp*>(e);
      const char* op = b->op == boolop::And ? " and " : " or ";
      int pr = b->op == boolop::And ? PR_AND : PR_OR;
      str_if(level > pr, "(");
      for (size_t i = 0; i < b->values.size(); ++i) {
        str_if(i > 0, op);
        expr(b->values[i], pr + 1);
      }
      str_if(level > pr, ")");
      return;
    }
    case NodeKind::BinOp: {
      auto* b = static_cast<const BinOp*>(e);
      const char* op = "";
      int pr = PR_ARITH;
      bool rassoc = false;
      switch (b->op) {
        case operator_::Add: op = " + "; pr = PR_ARITH; break;
        case operator_::Sub: op = " - "; pr = PR_ARITH; break;
        case operator_::Mult: op = " * "; pr = PR_TERM; break;
        case operator_::MatMult: op = " @ "; pr = PR_TERM; break;
        case operator_::Div: op = " / "; pr = PR_TERM; break;
        case operator_::Mod: op = " % "; pr = PR_TERM; break;
        case operator_::LShift: op = " << "; pr = PR_SHIFT; break;
        case operator_::RShift: op = " >> "; pr = PR_SHIFT; break;
        case operator_::BitOr: op = " | "; pr = PR_BOR; break;
        case operator_::BitXor: op = " ^ "; pr = PR_BXOR; break;
        case operator_::BitAnd: op = " & "; pr = PR_BAND; break;
        case operator_::FloorDiv: op = " // "; pr = PR_TERM; break;
        case operator_::Pow: op = " ** "; pr = PR_POWER; rassoc = true; break;
      }
      str_if(level > pr, "(");
      expr(b->left, pr + (rassoc ? 1 : 0));
      str(op);
      expr(b->right, pr + (rassoc ? 0 : 1));
      str_if(level > pr, ")");
      return;
    }
    case NodeKind::UnaryOp: {
      auto* u = static_cast<const UnaryOp*>(e);
      const char* op = "";
      int pr = PR_FACTOR;
      switch (u->op) {
        case unaryop::Invert: op = "~"; pr = PR_FACTOR; break;
        case unaryop::Not: op = "not "; pr = PR_NOT; break;
        case unaryop::UAdd: op = "+"; pr = PR_FACTOR; break;
        case unaryop::USub: op = "-"; pr = PR_FACTOR; break;
      }
      str_if(level > pr, "(");
      str(op);
      expr(u->operand, pr);
      str_if(level > pr, ")");
      return;
    }
    case NodeKind::Lambda: {
      auto* l = static_cast<const Lambda*>(e);
      str_if(level > PR_TEST, "(");
      size_t npos = l->args->args.size() + l->args->posonlyargs.size();
      str(npos ? "lambda " : "lambda");
      args(l->args);
      str(": ");
      expr(l->body, PR_TEST);
      str_if(level > PR_TEST, ")");
      return;
    }
    case NodeKind::IfExp: {
      auto* i = static_cast<const IfExp*>(e);
      str_if(level > PR_TEST, "(");
      expr(i->body, PR_TEST + 1);
      str(" if ");
      expr(i->test, PR_TEST + 1);
      str(" else ");
      expr(i->orelse, PR_TEST);
      str_if(level > PR_TEST, ")");
      return;
    }
    case NodeKind::Dict: {
      auto* d = static_cast<const Dict*>(e);
      str("{");
      for (size_t i = 0; i < d->values.size(); ++i) {
        str_if(i > 0, ", ");
        if (d->keys[i]) {
          expr(d->keys[i], PR_TEST);
          str(": ");
          expr(d->values[i], PR_TEST);
        } else {
          str("**");
          expr(d->values[i], PR_EXPR);
        }
      }
      str("}");
      return;
    }
    case NodeKind::Set: {
      auto* s = static_cast<const Set*>(e);
      str("{");
      for (size_t i = 0; i < s->elts.size(); ++i) {
        str_if(i > 0, ", ");
        expr(s->elts[i], PR_TEST);
      }
      str("}");
      return;
    }
    case NodeKind::GeneratorExp: {
      auto* g = static_cast<const GeneratorExp*>(e);
      str("(");
      expr(g->elt, PR_TEST);
      comprehensions(g->generators);
      str(")");
      return;
    }
    case NodeKind::ListComp: {
      auto* g = static_cast<const ListComp*>(e);
      str("[");
      expr(g->elt, PR_TEST);
      comprehensions(g->generators);
      str("]");
      return;
    }
    case NodeKind::SetComp: {
      auto* g = static_cast<const SetComp*>(e);
      str("{");
      expr(g->elt, PR_TEST);
      comprehensions(g->generators);
      str("}");
      return;
    }
    case NodeKind::DictComp: {
      auto* g = static_cast<const DictComp*>(e);
      str("{");
      expr(g->key, PR_TEST);
      str(": ");
      expr(g->value, PR_TEST);
      comprehensions(g->generators);
      str("}");
      return;
    }
    case NodeKind::Yield: {
      auto* y = static_cast<const Yield*>(e);
      if (!y->value) {
        str("(yield)");
        return;
      }
      str("(yield ");
      expr(y->value, PR_TEST);
      str(")");
      return;
    }
    case NodeKind::YieldFrom:
      str("(yield from ");
      expr(static_cast<const YieldFrom*>(e)->value, PR_TEST);
      str(")");
      return;
    case NodeKind::Await:
      str_if(level > PR_AWAIT, "(");
      str("await ");
      expr(static_cast<const Await*>(e)->value, PR_ATOM);
      str_if(level > PR_AWAIT, ")");
      return;
    case NodeKind::Compare: {
      auto* c = static_cast<const Compare*>(e);
      str_if(level > PR_CMP, "(");
      expr(c->left, PR_CMP + 1);
      for (size_t i = 0; i < c->ops.size(); ++i) {
        const char* op = "";
        switch (c->ops[i]) {
          case cmpop::Eq: op = " == "; break;
          case cmpop::NotEq: op = " != "; break;
          case cmpop::Lt: op = " < "; break;
          case cmpop::LtE: op = " <= "; break;
          case cmpop::Gt: op = " > "; break;
          case cmpop::GtE: op = " >= "; break;
          case cmpop::Is: op = " is "; break;
          case cmpop::IsNot: op = " is not "; break;
          case cmpop::In: op = " in "; break;
          case cmpop::NotIn: op = " not in "; break;
        }
        str(op);
        expr(c->comparators[i], PR_CMP + 1);
      }
      str_if(level > PR_CMP, ")");
      return;
    }
    case NodeKind::Call: {
      auto* c = static_cast<const Call*>(e);
      expr(c->func, PR_ATOM);
      if (c->args.size() == 1 && c->keywords.empty() && c->args[0]->node_kind == NodeKind::GeneratorExp) {
        expr(c->args[0], PR_TEST);
        return;
      }
      str("(");
      bool first = true;
      for (ast::expr* a : c->args) {
        if (!first) str(", ");
        first = false;
        expr(a, PR_TEST);
      }
      for (keyword* k : c->keywords) {
        if (!first) str(", ");
        first = false;
        if (is_none(k->arg)) {
          str("**");
        } else {
          out += k->arg;
          str("=");
        }
        expr(k->value, PR_TEST);
      }
      str(")");
      return;
    }
    case NodeKind::Constant: {
      auto* c = static_cast<const ast::Constant*>(e);
      Value v = opt_.value(c);
      if (v.kind() == Value::Kind::Ellipsis) {
        str("...");
        return;
      }
      if (!is_none(c->kind)) out += c->kind;
      constant(v);
      return;
    }
    case NodeKind::JoinedStr: joinedstr(static_cast<const JoinedStr*>(e), false); return;
    case NodeKind::FormattedValue: formattedvalue(static_cast<const FormattedValue*>(e)); return;
    case NodeKind::Attribute: {
      auto* a = static_cast<const Attribute*>(e);
      expr(a->value, PR_ATOM);
      bool int_const = a->value->node_kind == NodeKind::Constant &&
                       opt_.value(static_cast<const ast::Constant*>(a->value)).kind() == Value::Kind::Int;
      str(int_const ? " ." : ".");
      out += a->attr;
      return;
    }
    case NodeKind::Subscript: {
      auto* s = static_cast<const Subscript*>(e);
      expr(s->value, PR_ATOM);
      str("[");
      expr(s->slice, PR_TUPLE);
      str("]");
      return;
    }
    case NodeKind::Starred:
      str("*");
      expr(static_cast<const Starred*>(e)->value, PR_EXPR);
      return;
    case NodeKind::Slice: {
      auto* s = static_cast<const Slice*>(e);
      if (s->lower) expr(s->lower, PR_TEST);
      str(":");
      if (s->upper) expr(s->upper, PR_TEST);
      if (s->step) {
        str(":");
        expr(s->step, PR_TEST);
      }
      return;
    }
    case NodeKind::Name: out += static_cast<const Name*>(e)->id; return;
    case NodeKind::List: {
      auto* l = static_cast<const List*>(e);
      str("[");
      for (size_t i = 0; i < l->elts.size(); ++i) {
        str_if(i > 0, ", ");
        expr(l->elts[i], PR_TEST);
      }
      str("]");
      return;
    }
    case NodeKind::Tuple: {
      auto* t = static_cast<const Tuple*>(e);
      if (t->elts.empty()) {
        str("()");
        return;
      }
      str_if(level > PR_TUPLE, "(");
      for (size_t i = 0; i < t->elts.size(); ++i) {
        str_if(i > 0, ", ");
        expr(t->elts[i], PR_TEST);
      }
      str_if(t->elts.size() == 1, ",");
      str_if(level > PR_TUPLE, ")");
      return;
    }
    case NodeKind::NamedExpr: {
      auto* n = static_cast<const NamedExpr*>(e);
      str_if(level > PR_TUPLE, "(");
      expr(n->target, PR_ATOM);
      str(" := ");
      expr(n->value, PR_ATOM);
      str_if(level > PR_TUPLE, ")");
      return;
    }
    default:
      return;
  }
}

}  // namespace

std::string unparse_annotation(const ast::expr* e, const AstOptimizer& opt) {
  Unparser u(opt);
  u.expr(e, PR_TEST);
  return u.out;
}

}  // namespace glasspy::cc
