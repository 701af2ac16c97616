// The AST optimizer; see ast_opt.h.  The traversal order and what is folded
// where mirror ast_opt.c: children first, then the node itself.
#include "compiler/ast_opt.h"

#include <cstdio>

#include "compiler/const_ops.h"
#include "util/unicode.h"

namespace glasspy {

using namespace glasspy::ast;
using Value = glasspy::Constant;

glasspy::Constant constant_from_ast(const ConstantValue& v) {
  switch (v.kind) {
    case ConstantValue::Kind::None: return Value::none();
    case ConstantValue::Kind::True: return Value::boolean(true);
    case ConstantValue::Kind::False: return Value::boolean(false);
    case ConstantValue::Kind::Ellipsis: return Value::ellipsis();
    case ConstantValue::Kind::Int:
      if (!v.big_int.empty()) return Value::integer_from_decimal(v.big_int);
      return Value::integer(v.int_value);
    case ConstantValue::Kind::Float: return Value::floating(v.real);
    case ConstantValue::Kind::Complex: return Value::complex(v.real, v.imag);
    case ConstantValue::Kind::Str: return Value::str(std::string(v.text));
    case ConstantValue::Kind::Bytes: return Value::bytes(std::string(v.text));
  }
  return Value::none();
}

// ---- deep copy ---------------------------------------------------------------

namespace {

template <class T>
void deep(T&, Arena&) {}

thread_local int copy_depth = 0;

template <class T>
  requires std::is_base_of_v<Node, T>
void deep(T*& field, Arena& arena) {
  if (field) field = static_cast<T*>(copy_tree(field, arena));
}

template <class T>
void deep(Seq<T>& s, Arena& arena) {
  if (s.count == 0) return;
  T* items = static_cast<T*>(arena.allocate(sizeof(T) * s.count, alignof(T)));
  for (uint32_t i = 0; i < s.count; ++i) {
    new (&items[i]) T(s.items[i]);
    deep(items[i], arena);
  }
  s.items = items;
}

}  // namespace

Node* copy_tree(const Node* node, Arena& arena) {
  if (!node) return nullptr;
  struct Depth {
    Depth() {
      if (++copy_depth > 2 * kCompileRecursionLimit) {
        copy_depth = 0;
        throw CompileRecursionError{};
      }
    }
    ~Depth() {
      if (copy_depth > 0) --copy_depth;
    }
  } depth;
  switch (node->node_kind) {
#define FIELD(Type, name) deep(d->name, arena);
#define AST_NODE(Name, Base, Fields)                        \
  case NodeKind::Name: {                                    \
    auto* d = arena.make<ast::Name>();                      \
    *d = *static_cast<const ast::Name*>(node);              \
    Fields                                                  \
    return d;                                               \
  }
#include "ast/ast_nodes.def"
#undef AST_NODE
#undef FIELD
  }
  return nullptr;
}

// ---- folding ----------------------------------------------------------------

constexpr size_t kMaxIntSize = 128;       // bits
constexpr size_t kMaxCollectionSize = 256;
constexpr size_t kMaxStrSize = 4096;      // characters
constexpr long kMaxTotalItems = 1024;

class Folder {
 public:
  explicit Folder(AstOptimizer& o) : o_(o) {}

  void mod(ast::mod* m);

 private:
  AstOptimizer& o_;
  int depth_ = 0;  // expression nesting, as ast_opt.c counts it

  bool is_const(const expr* e) const { return e && e->node_kind == NodeKind::Constant; }
  Value cval(const expr* e) const { return o_.value(static_cast<const ast::Constant*>(e)); }

  // Replaces the node in `slot` by a Value with the same position.
  void make_const(expr*& slot, Value value) {
    auto* c = o_.arena_.make<ast::Constant>();
    c->lineno = slot->lineno;
    c->col_offset = slot->col_offset;
    c->end_lineno = slot->end_lineno;
    c->end_col_offset = slot->end_col_offset;
    o_.folded_[c] = std::move(value);
    slot = c;
  }
  ast::Constant* new_const(Value value, int lineno, int col, int end_lineno, int end_col) {
    auto* c = o_.arena_.make<ast::Constant>();
    c->lineno = lineno;
    c->col_offset = col;
    c->end_lineno = end_lineno;
    c->end_col_offset = end_col;
    o_.folded_[c] = std::move(value);
    return c;
  }

  static bool is_docstring(const Seq<stmt*>& body, const AstOptimizer& o);

  void body(Seq<stmt*>& stmts);
  void stmt_(stmt*& s);
  void stmts(Seq<stmt*>& s) {
    for (stmt*& x : s) stmt_(x);
  }
  void expr_(expr*& e);
  void exprs(Seq<expr*>& s) {
    for (expr*& x : s)
      if (x) expr_(x);
  }
  void opt(expr*& e) {
    if (e) expr_(e);
  }
  void arguments_(ast::arguments* a);
  void arg_(ast::arg* a) {
    if (!o_.future_annotations_) opt(a->annotation);
  }
  void comprehension_(ast::comprehension* c) {
    expr_(c->target);
    expr_(c->iter);
    exprs(c->ifs);
    fold_iter(c->iter);
  }
  void pattern_(ast::pattern* p);

  void fold_unaryop(expr*& slot);
  void fold_binop(expr*& slot);
  void fold_tuple(expr*& slot);
  void fold_subscr(expr*& slot);
  void fold_compare(expr*& slot);
  void fold_iter(expr*& slot);
  bool make_const_tuple(const Seq<expr*>& elts, std::vector<Value>& out);
  bool optimize_format(expr*& slot, const std::string& fmt, const Seq<expr*>& elts);

  static long check_complexity(const Value& c, long limit);
  std::optional<Value> safe_multiply(const Value& v, const Value& w);
};

bool Folder::is_docstring(const Seq<stmt*>& body, const AstOptimizer& o) {
  if (body.empty()) return false;
  auto* e = as<Expr>(body[0]);
  if (!e || e->value->node_kind != NodeKind::Constant) return false;
  return o.value(static_cast<const ast::Constant*>(e->value)).kind() == Value::Kind::Str;
}

void Folder::mod(ast::mod* m) {
  switch (m->node_kind) {
    case NodeKind::Module: body(static_cast<Module*>(m)->body); break;
    case NodeKind::Interactive: stmts(static_cast<Interactive*>(m)->body); break;
    case NodeKind::Expression: expr_(static_cast<Expression*>(m)->body); break;
    default: break;
  }
}

void Folder::body(Seq<stmt*>& s) {
  bool docstring = is_docstring(s, o_);
  stmts(s);
  if (!docstring && is_docstring(s, o_)) {
    // A folded string is not a docstring: wrap it so it stays an expression.
    auto* st = static_cast<Expr*>(s[0]);
    auto* js = o_.arena_.make<JoinedStr>();
    js->lineno = st->lineno;
    js->col_offset = st->col_offset;
    js->end_lineno = st->end_lineno;
    js->end_col_offset = st->end_col_offset;
    js->values = o_.arena_.seq(std::vector<expr*>{st->value});
    st->value = js;
  }
}

void Folder::arguments_(ast::arguments* a) {
  for (ast::arg* x : a->posonlyargs) arg_(x);
  for (ast::arg* x : a->args) arg_(x);
  if (a->vararg) arg_(a->vararg);
  for (ast::arg* x : a->kwonlyargs) arg_(x);
  exprs(a->kw_defaults);
  if (a->kwarg) arg_(a->kwarg);
  exprs(a->defaults);
}

void Folder::pattern_(ast::pattern* p) {
  switch (p->node_kind) {
    case NodeKind::MatchValue: expr_(static_cast<MatchValue*>(p)->value); break;
    case NodeKind::MatchSequence:
      for (pattern* q : static_cast<MatchSequence*>(p)->patterns) pattern_(q);
      break;
    case NodeKind::MatchMapping: {
      auto* m = static_cast<MatchMapping*>(p);
      exprs(m->keys);
      for (pattern* q : m->patterns) pattern_(q);
      break;
    }
    case NodeKind::MatchClass: {
      auto* m = static_cast<MatchClass*>(p);
      expr_(m->cls);
      for (pattern* q : m->patterns) pattern_(q);
      for (pattern* q : m->kwd_patterns) pattern_(q);
      break;
    }
    case NodeKind::MatchAs: {
      auto* m = static_cast<MatchAs*>(p);
      if (m->pattern) pattern_(m->pattern);
      break;
    }
    case NodeKind::MatchOr:
      for (pattern* q : static_cast<MatchOr*>(p)->patterns) pattern_(q);
      break;
    default:
      break;
  }
}

void Folder::stmt_(stmt*& s) {
  switch (s->node_kind) {
    case NodeKind::FunctionDef: {
      auto* f = static_cast<FunctionDef*>(s);
      arguments_(f->args);
      body(f->body);
      exprs(f->decorator_list);
      if (!o_.future_annotations_) opt(f->returns);
      break;
    }
    case NodeKind::AsyncFunctionDef: {
      auto* f = static_cast<AsyncFunctionDef*>(s);
      arguments_(f->args);
      body(f->body);
      exprs(f->decorator_list);
      if (!o_.future_annotations_) opt(f->returns);
      break;
    }
    case NodeKind::ClassDef: {
      auto* c = static_cast<ClassDef*>(s);
      exprs(c->bases);
      for (keyword* k : c->keywords) expr_(k->value);
      body(c->body);
      exprs(c->decorator_list);
      break;
    }
    case NodeKind::Return: opt(static_cast<Return*>(s)->value); break;
    case NodeKind::Delete: exprs(static_cast<Delete*>(s)->targets); break;
    case NodeKind::Assign: {
      auto* a = static_cast<Assign*>(s);
      exprs(a->targets);
      expr_(a->value);
      break;
    }
    case NodeKind::AugAssign: {
      auto* a = static_cast<AugAssign*>(s);
      expr_(a->target);
      expr_(a->value);
      break;
    }
    case NodeKind::AnnAssign: {
      auto* a = static_cast<AnnAssign*>(s);
      expr_(a->target);
      if (!o_.future_annotations_) expr_(a->annotation);
      opt(a->value);
      break;
    }
    case NodeKind::For: {
      auto* f = static_cast<For*>(s);
      expr_(f->target);
      expr_(f->iter);
      stmts(f->body);
      stmts(f->orelse);
      fold_iter(f->iter);
      break;
    }
    case NodeKind::AsyncFor: {
      auto* f = static_cast<AsyncFor*>(s);
      expr_(f->target);
      expr_(f->iter);
      stmts(f->body);
      stmts(f->orelse);
      break;
    }
    case NodeKind::While: {
      auto* w = static_cast<While*>(s);
      expr_(w->test);
      stmts(w->body);
      stmts(w->orelse);
      break;
    }
    case NodeKind::If: {
      auto* i = static_cast<If*>(s);
      expr_(i->test);
      stmts(i->body);
      stmts(i->orelse);
      break;
    }
    case NodeKind::With:
    case NodeKind::AsyncWith: {
      Seq<withitem*>& items = s->node_kind == NodeKind::With ? static_cast<With*>(s)->items
                                                             : static_cast<AsyncWith*>(s)->items;
      for (withitem* w : items) {
        expr_(w->context_expr);
        opt(w->optional_vars);
      }
      stmts(s->node_kind == NodeKind::With ? static_cast<With*>(s)->body : static_cast<AsyncWith*>(s)->body);
      break;
    }
    case NodeKind::Raise: {
      auto* r = static_cast<Raise*>(s);
      opt(r->exc);
      opt(r->cause);
      break;
    }
    case NodeKind::Match: {
      auto* m = static_cast<Match*>(s);
      expr_(m->subject);
      for (match_case* c : m->cases) {
        pattern_(c->pattern);
        opt(c->guard);
        stmts(c->body);
      }
      break;
    }
    case NodeKind::Try:
    case NodeKind::TryStar: {
      bool plain = s->node_kind == NodeKind::Try;
      auto* t = static_cast<Try*>(s);
      auto* ts = static_cast<TryStar*>(s);
      stmts(plain ? t->body : ts->body);
      for (excepthandler* h : (plain ? t->handlers : ts->handlers)) {
        auto* eh = static_cast<ExceptHandler*>(h);
        opt(eh->type);
        stmts(eh->body);
      }
      stmts(plain ? t->orelse : ts->orelse);
      stmts(plain ? t->finalbody : ts->finalbody);
      break;
    }
    case NodeKind::Assert: {
      auto* a = static_cast<Assert*>(s);
      expr_(a->test);
      opt(a->msg);
      break;
    }
    case NodeKind::Expr: expr_(static_cast<Expr*>(s)->value); break;
    default: break;
  }
}

void Folder::expr_(expr*& e) {
  if (++depth_ > kCompileRecursionLimit) throw CompileRecursionError{};
  struct Leave {
    int& d;
    ~Leave() { --d; }
  } leave{depth_};
  switch (e->node_kind) {
    case NodeKind::BoolOp: exprs(static_cast<BoolOp*>(e)->values); break;
    case NodeKind::BinOp: {
      auto* b = static_cast<BinOp*>(e);
      expr_(b->left);
      expr_(b->right);
      fold_binop(e);
      break;
    }
    case NodeKind::UnaryOp:
      expr_(static_cast<UnaryOp*>(e)->operand);
      fold_unaryop(e);
      break;
    case NodeKind::Lambda: {
      auto* l = static_cast<Lambda*>(e);
      arguments_(l->args);
      expr_(l->body);
      break;
    }
    case NodeKind::IfExp: {
      auto* i = static_cast<IfExp*>(e);
      expr_(i->test);
      expr_(i->body);
      expr_(i->orelse);
      break;
    }
    case NodeKind::Dict: {
      auto* d = static_cast<Dict*>(e);
      exprs(d->keys);
      exprs(d->values);
      break;
    }
    case NodeKind::Set: exprs(static_cast<Set*>(e)->elts); break;
    case NodeKind::ListComp: {
      auto* c = static_cast<ListComp*>(e);
      expr_(c->elt);
      for (comprehension* g : c->generators) comprehension_(g);
      break;
    }
    case NodeKind::SetComp: {
      auto* c = static_cast<SetComp*>(e);
      expr_(c->elt);
      for (comprehension* g : c->generators) comprehension_(g);
      break;
    }
    case NodeKind::DictComp: {
      auto* c = static_cast<DictComp*>(e);
      expr_(c->key);
      expr_(c->value);
      for (comprehension* g : c->generators) comprehension_(g);
      break;
    }
    case NodeKind::GeneratorExp: {
      auto* c = static_cast<GeneratorExp*>(e);
      expr_(c->elt);
      for (comprehension* g : c->generators) comprehension_(g);
      break;
    }
    case NodeKind::Await: expr_(static_cast<Await*>(e)->value); break;
    case NodeKind::Yield: opt(static_cast<Yield*>(e)->value); break;
    case NodeKind::YieldFrom: expr_(static_cast<YieldFrom*>(e)->value); break;
    case NodeKind::Compare: {
      auto* c = static_cast<Compare*>(e);
      expr_(c->left);
      exprs(c->comparators);
      fold_compare(e);
      break;
    }
    case NodeKind::Call: {
      auto* c = static_cast<Call*>(e);
      expr_(c->func);
      exprs(c->args);
      for (keyword* k : c->keywords) expr_(k->value);
      break;
    }
    case NodeKind::FormattedValue: {
      auto* f = static_cast<FormattedValue*>(e);
      expr_(f->value);
      opt(f->format_spec);
      break;
    }
    case NodeKind::JoinedStr: exprs(static_cast<JoinedStr*>(e)->values); break;
    case NodeKind::Attribute: expr_(static_cast<Attribute*>(e)->value); break;
    case NodeKind::Subscript: {
      auto* s = static_cast<Subscript*>(e);
      expr_(s->value);
      expr_(s->slice);
      fold_subscr(e);
      break;
    }
    case NodeKind::Starred: expr_(static_cast<Starred*>(e)->value); break;
    case NodeKind::Slice: {
      auto* s = static_cast<Slice*>(e);
      opt(s->lower);
      opt(s->upper);
      opt(s->step);
      break;
    }
    case NodeKind::List: exprs(static_cast<List*>(e)->elts); break;
    case NodeKind::Tuple:
      exprs(static_cast<Tuple*>(e)->elts);
      fold_tuple(e);
      break;
    case NodeKind::Name: {
      auto* n = static_cast<Name*>(e);
      if (n->ctx == expr_context::Load && n->id == "__debug__")
        make_const(e, Value::boolean(!o_.optimize_));
      break;
    }
    case NodeKind::NamedExpr: expr_(static_cast<NamedExpr*>(e)->value); break;
    default: break;
  }
}

void Folder::fold_unaryop(expr*& slot) {
  auto* u = static_cast<UnaryOp*>(slot);
  expr* operand = u->operand;
  if (!is_const(operand)) {
    if (u->op == unaryop::Not && operand->node_kind == NodeKind::Compare) {
      auto* c = static_cast<Compare*>(operand);
      if (c->ops.size() == 1) {
        cmpop op = c->ops[0];
        bool ok = true;
        switch (op) {
          case cmpop::Is: op = cmpop::IsNot; break;
          case cmpop::IsNot: op = cmpop::Is; break;
          case cmpop::In: op = cmpop::NotIn; break;
          case cmpop::NotIn: op = cmpop::In; break;
          default: ok = false; break;
        }
        if (ok) {
          c->ops.items[0] = op;
          slot = c;  // the comparison, with its own position, replaces the not
        }
      }
    }
    return;
  }
  if (auto r = const_ops::unary(u->op, cval(operand))) make_const(slot, *r);
}

long Folder::check_complexity(const Value& c, long limit) {
  if (c.kind() == Value::Kind::Tuple || c.kind() == Value::Kind::FrozenSet) {
    limit -= static_cast<long>(c.items().size());
    for (size_t i = 0; limit >= 0 && i < c.items().size(); ++i) limit = check_complexity(c.items()[i], limit);
  }
  return limit;
}

std::optional<Value> Folder::safe_multiply(const Value& v, const Value& w) {
  using K = Value::Kind;
  bool vint = const_ops::is_int(v), wint = const_ops::is_int(w);
  if (vint && wint && v.int_value() != 0 && w.int_value() != 0) {
    if (const_ops::num_bits(v) + const_ops::num_bits(w) > kMaxIntSize) return std::nullopt;
  } else if (vint && (w.kind() == K::Tuple || w.kind() == K::FrozenSet)) {
    size_t size = w.items().size();
    if (size) {
      mpz_class n = v.int_value();
      if (!n.fits_slong_p()) return std::nullopt;
      long k = n.get_si();
      if (k < 0 || static_cast<size_t>(k) > kMaxCollectionSize / size) return std::nullopt;
      if (k && check_complexity(w, kMaxTotalItems / k) < 0) return std::nullopt;
    }
  } else if (vint && (w.kind() == K::Str || w.kind() == K::Bytes)) {
    size_t size = const_ops::length(w);
    if (size) {
      mpz_class n = v.int_value();
      if (!n.fits_slong_p()) return std::nullopt;
      long k = n.get_si();
      if (k < 0 || static_cast<size_t>(k) > kMaxStrSize / size) return std::nullopt;
    }
  } else if (wint && (v.kind() == K::Tuple || v.kind() == K::FrozenSet || v.kind() == K::Str ||
                      v.kind() == K::Bytes)) {
    return safe_multiply(w, v);
  }
  return const_ops::binary(operator_::Mult, v, w);
}

void Folder::fold_binop(expr*& slot) {
  auto* b = static_cast<BinOp*>(slot);
  if (!is_const(b->left)) return;
  Value lv = cval(b->left);
  if (b->op == operator_::Mod && b->right->node_kind == NodeKind::Tuple &&
      lv.kind() == Value::Kind::Str) {
    auto* t = static_cast<Tuple*>(b->right);
    bool starred = false;
    for (expr* x : t->elts)
      if (x->node_kind == NodeKind::Starred) starred = true;
    if (!starred) optimize_format(slot, lv.text(), t->elts);
    return;
  }
  if (!is_const(b->right)) return;
  Value rv = cval(b->right);
  std::optional<Value> r;
  using K = Value::Kind;
  switch (b->op) {
    case operator_::Mult:
      r = safe_multiply(lv, rv);
      break;
    case operator_::Mod:
      if (lv.kind() == K::Str || lv.kind() == K::Bytes) return;
      r = const_ops::binary(b->op, lv, rv);
      break;
    case operator_::Pow:
      if (const_ops::is_int(lv) && const_ops::is_int(rv) && lv.int_value() != 0 && rv.int_value() > 0) {
        size_t vbits = const_ops::num_bits(lv);
        mpz_class w = rv.int_value();
        if (!w.fits_ulong_p()) return;
        unsigned long wbits = w.get_ui();
        if (vbits > kMaxIntSize / wbits) return;
      }
      r = const_ops::binary(b->op, lv, rv);
      break;
    case operator_::LShift:
      if (const_ops::is_int(lv) && const_ops::is_int(rv) && lv.int_value() != 0 && rv.int_value() != 0) {
        size_t vbits = const_ops::num_bits(lv);
        mpz_class w = rv.int_value();
        if (sgn(w) < 0 || !w.fits_ulong_p()) return;
        unsigned long wbits = w.get_ui();
        if (wbits > kMaxIntSize || vbits > kMaxIntSize - wbits) return;
      }
      r = const_ops::binary(b->op, lv, rv);
      break;
    case operator_::MatMult:
      return;
    default:
      r = const_ops::binary(b->op, lv, rv);
      break;
  }
  if (r) make_const(slot, *r);
}

bool Folder::make_const_tuple(const Seq<expr*>& elts, std::vector<Value>& out) {
  out.clear();
  for (expr* e : elts) {
    if (!is_const(e)) return false;
    out.push_back(cval(e));
  }
  return true;
}

void Folder::fold_tuple(expr*& slot) {
  auto* t = static_cast<Tuple*>(slot);
  if (t->ctx != expr_context::Load) return;
  std::vector<Value> items;
  if (make_const_tuple(t->elts, items)) make_const(slot, Value::tuple(std::move(items)));
}

void Folder::fold_subscr(expr*& slot) {
  auto* s = static_cast<Subscript*>(slot);
  if (s->ctx != expr_context::Load || !is_const(s->value) || !is_const(s->slice)) return;
  if (auto r = const_ops::subscript(cval(s->value), cval(s->slice))) make_const(slot, *r);
}

void Folder::fold_iter(expr*& slot) {
  std::vector<Value> items;
  if (slot->node_kind == NodeKind::List) {
    auto* l = static_cast<List*>(slot);
    for (expr* x : l->elts)
      if (x->node_kind == NodeKind::Starred) return;
    auto* t = o_.arena_.make<Tuple>();
    static_cast<Node&>(*t) = static_cast<Node&>(*l);
    t->node_kind = NodeKind::Tuple;
    t->elts = l->elts;
    t->ctx = l->ctx;
    slot = t;
    if (make_const_tuple(t->elts, items)) make_const(slot, Value::tuple(std::move(items)));
  } else if (slot->node_kind == NodeKind::Set) {
    auto* s = static_cast<Set*>(slot);
    if (make_const_tuple(s->elts, items)) {
      // Unhashable items (a list can't be a constant; a tuple holding one
      // can't either), so every constant here is hashable in Python.
      make_const(slot, Value::frozenset(items));
    }
  }
}

void Folder::fold_compare(expr*& slot) {
  auto* c = static_cast<Compare*>(slot);
  size_t i = c->ops.size() - 1;
  cmpop op = c->ops[i];
  if (op == cmpop::In || op == cmpop::NotIn) fold_iter(c->comparators.items[i]);
}

// ---- '%' formatting into f-strings ----------------------------------------------

bool Folder::optimize_format(expr*& slot, const std::string& fmt_utf8, const Seq<expr*>& elts) {
  // Work on code points, as CPython does.
  std::vector<uint32_t> fmt;
  for (size_t pos = 0; pos < fmt_utf8.size();) {
    int32_t cp = unicode::decode_utf8(fmt_utf8, pos, true);
    fmt.push_back(cp < 0 ? 0xFFFD : static_cast<uint32_t>(cp));
  }
  auto substr = [&](size_t start, size_t end) {
    std::string s;
    for (size_t i = start; i < end; ++i) unicode::append_utf8(s, fmt[i]);
    return s;
  };
  std::vector<expr*> seq;
  size_t pos = 0, cnt = 0;
  const size_t len = fmt.size();
  while (true) {
    // A literal run ('%%' stands for '%').
    size_t start = pos;
    bool has_percents = false;
    while (pos < len) {
      if (fmt[pos] != '%') {
        ++pos;
      } else if (pos + 1 < len && fmt[pos + 1] == '%') {
        has_percents = true;
        pos += 2;
      } else {
        break;
      }
    }
    if (pos != start) {
      std::string lit = substr(start, pos);
      if (has_percents) {
        std::string replaced;
        for (size_t i = 0; i < lit.size(); ++i) {
          replaced += lit[i];
          if (lit[i] == '%' && i + 1 < lit.size() && lit[i + 1] == '%') ++i;
        }
        lit = replaced;
      }
      seq.push_back(new_const(Value::str(lit), -1, -1, -1, -1));
    }
    if (pos >= len) break;
    if (cnt >= elts.size()) return true;  // more format units than items
    ++pos;  // the '%'
    // simple_format_arg_parse
    constexpr int kMaxDigits = 3;
    int flags = 0, width = -1, prec = -1;
    uint32_t ch = 0;
    bool ok = true;
    auto next = [&]() {
      if (pos >= len) {
        ok = false;
        return;
      }
      ch = fmt[pos++];
    };
    enum { F_LJUST = 1, F_SIGN = 2, F_BLANK = 4, F_ALT = 8, F_ZERO = 16 };
    while (true) {
      next();
      if (!ok) return true;
      if (ch == '-') flags |= F_LJUST;
      else if (ch == '+') flags |= F_SIGN;
      else if (ch == ' ') flags |= F_BLANK;
      else if (ch == '#') flags |= F_ALT;
      else if (ch == '0') flags |= F_ZERO;
      else break;
    }
    if (ch >= '0' && ch <= '9') {
      width = 0;
      int digits = 0;
      while (ch >= '0' && ch <= '9') {
        width = width * 10 + static_cast<int>(ch - '0');
        next();
        if (!ok) return true;
        if (++digits >= kMaxDigits) return true;
      }
    }
    if (ch == '.') {
      next();
      if (!ok) return true;
      prec = 0;
      if (ch >= '0' && ch <= '9') {
        int digits = 0;
        while (ch >= '0' && ch <= '9') {
          prec = prec * 10 + static_cast<int>(ch - '0');
          next();
          if (!ok) return true;
          if (++digits >= kMaxDigits) return true;
        }
      }
    }
    int spec = static_cast<int>(ch);
    expr* arg = elts[cnt];
    ++cnt;
    if (spec != 's' && spec != 'r' && spec != 'a') return true;
    std::string buf;
    if (!(flags & F_LJUST) && width > 0) buf += '>';
    if (width >= 0) buf += std::to_string(width);
    if (prec >= 0) {
      buf += '.';
      buf += std::to_string(prec);
    }
    expr* format_spec = nullptr;
    if (!buf.empty()) format_spec = new_const(Value::str(buf), -1, -1, -1, -1);
    auto* fv = o_.arena_.make<FormattedValue>();
    fv->lineno = arg->lineno;
    fv->col_offset = arg->col_offset;
    fv->end_lineno = arg->end_lineno;
    fv->end_col_offset = arg->end_col_offset;
    fv->value = arg;
    fv->conversion = spec;
    fv->format_spec = format_spec;
    seq.push_back(fv);
  }
  if (cnt < elts.size()) return true;  // more items than format units
  auto* js = o_.arena_.make<JoinedStr>();
  static_cast<Node&>(*js) = static_cast<Node&>(*slot);
  js->node_kind = NodeKind::JoinedStr;
  js->values = o_.arena_.seq(seq);
  slot = js;
  return true;
}

// ---- AstOptimizer ----------------------------------------------------------------

ast::mod* AstOptimizer::run(const ast::mod* tree, bool future_annotations, bool optimize_flag) {
  future_annotations_ = future_annotations;
  optimize_ = optimize_flag;
  auto* copy = static_cast<ast::mod*>(copy_tree(tree, arena_));
  Folder f(*this);
  f.mod(copy);
  return copy;
}

glasspy::Constant AstOptimizer::value(const ast::Constant* node) const {
  auto it = folded_.find(node);
  if (it != folded_.end()) return it->second;
  return constant_from_ast(node->value);
}

}  // namespace glasspy
