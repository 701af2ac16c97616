// Code generation, part 2: expressions -- conditional jumps, boolean
// operators, comparisons, calls (PRECALL/CALL, KW_NAMES, LOAD_METHOD,
// CALL_FUNCTION_EX), displays with star-unpacking, subscripts, f-strings,
// lambdas, comprehensions, yield/await.  Mirrors CPython 3.11's compile.c.
#include "compiler/compiler_internal.h"

namespace glasspy {

using namespace glasspy::ast;
using Value = glasspy::Constant;

namespace cc {

using symtable::BlockType;

constexpr int kStackUseGuideline = 30;

enum { kCompGenexp = 0, kCompListcomp = 1, kCompSetcomp = 2, kCompDictcomp = 3 };

namespace {

int binop_arg(operator_ o) {
  switch (o) {
    case operator_::Add: return 0;
    case operator_::BitAnd: return 1;
    case operator_::FloorDiv: return 2;
    case operator_::LShift: return 3;
    case operator_::MatMult: return 4;
    case operator_::Mult: return 5;
    case operator_::Mod: return 6;
    case operator_::BitOr: return 7;
    case operator_::Pow: return 8;
    case operator_::RShift: return 9;
    case operator_::Sub: return 10;
    case operator_::Div: return 11;
    case operator_::BitXor: return 12;
  }
  return 0;
}

// infer_type: the type name of an expression that obviously has one.
const char* inferred_type(const expr* e, const AstOptimizer& opt) {
  switch (e->node_kind) {
    case NodeKind::Tuple: return "tuple";
    case NodeKind::List:
    case NodeKind::ListComp: return "list";
    case NodeKind::Dict:
    case NodeKind::DictComp: return "dict";
    case NodeKind::Set:
    case NodeKind::SetComp: return "set";
    case NodeKind::GeneratorExp: return "generator";
    case NodeKind::Lambda: return "function";
    case NodeKind::JoinedStr:
    case NodeKind::FormattedValue: return "str";
    case NodeKind::Constant: {
      using K = glasspy::Constant::Kind;
      switch (opt.value(static_cast<const ast::Constant*>(e)).kind()) {
        case K::None: return "NoneType";
        case K::Bool: return "bool";
        case K::Ellipsis: return "ellipsis";
        case K::Int: return "int";
        case K::Float: return "float";
        case K::Complex: return "complex";
        case K::Str: return "str";
        case K::Bytes: return "bytes";
        case K::Tuple: return "tuple";
        case K::FrozenSet: return "frozenset";
        case K::Code: return "code";
      }
      return nullptr;
    }
    default: return nullptr;
  }
}

bool are_all_items_const(const Seq<expr*>& elts, size_t begin, size_t end) {
  for (size_t i = begin; i < end; ++i)
    if (!elts[i] || elts[i]->node_kind != NodeKind::Constant) return false;
  return true;
}

}  // namespace

// ---- the visitor ----------------------------------------------------------------------

void Compiler::visit_expr(const expr* e) {
  Loc old = u().loc;
  set_loc(e);
  visit_expr1(e);
  u().loc = old;
}

void Compiler::visit_expr1(const expr* e) {
  switch (e->node_kind) {
    case NodeKind::NamedExpr: {
      auto* n = static_cast<const NamedExpr*>(e);
      visit_expr(n->value);
      addop_i(op::COPY, 1);
      visit_expr(n->target);
      break;
    }
    case NodeKind::BoolOp: boolop(static_cast<const BoolOp*>(e)); break;
    case NodeKind::BinOp: {
      auto* b = static_cast<const BinOp*>(e);
      visit_expr(b->left);
      visit_expr(b->right);
      addop_i(op::BINARY_OP, binop_arg(b->op));
      break;
    }
    case NodeKind::UnaryOp: {
      auto* un = static_cast<const UnaryOp*>(e);
      visit_expr(un->operand);
      switch (un->op) {
        case unaryop::Invert: addop(op::UNARY_INVERT); break;
        case unaryop::Not: addop(op::UNARY_NOT); break;
        case unaryop::UAdd: addop(op::UNARY_POSITIVE); break;
        case unaryop::USub: addop(op::UNARY_NEGATIVE); break;
      }
      break;
    }
    case NodeKind::Lambda: lambda(static_cast<const Lambda*>(e)); break;
    case NodeKind::IfExp: ifexp(static_cast<const IfExp*>(e)); break;
    case NodeKind::Dict: dict_expr(static_cast<const Dict*>(e)); break;
    case NodeKind::Set:
      starunpack_helper(static_cast<const Set*>(e)->elts, 0, op::BUILD_SET, op::SET_ADD, op::SET_UPDATE, false);
      break;
    case NodeKind::GeneratorExp: {
      auto* g = static_cast<const GeneratorExp*>(e);
      comprehension(e, kCompGenexp, "<genexpr>", g->generators, g->elt, nullptr);
      break;
    }
    case NodeKind::ListComp: {
      auto* g = static_cast<const ListComp*>(e);
      comprehension(e, kCompListcomp, "<listcomp>", g->generators, g->elt, nullptr);
      break;
    }
    case NodeKind::SetComp: {
      auto* g = static_cast<const SetComp*>(e);
      comprehension(e, kCompSetcomp, "<setcomp>", g->generators, g->elt, nullptr);
      break;
    }
    case NodeKind::DictComp: {
      auto* g = static_cast<const DictComp*>(e);
      comprehension(e, kCompDictcomp, "<dictcomp>", g->generators, g->key, g->value);
      break;
    }
    case NodeKind::Yield: {
      if (u().ste->type != BlockType::Function) error("'yield' outside function");
      auto* y = static_cast<const Yield*>(e);
      if (y->value)
        visit_expr(y->value);
      else
        load_const(glasspy::Constant::none());
      addop_yield();
      break;
    }
    case NodeKind::YieldFrom: {
      if (u().ste->type != BlockType::Function) error("'yield' outside function");
      if (u().scope_type == ScopeType::AsyncFunction) error("'yield from' inside async function");
      visit_expr(static_cast<const YieldFrom*>(e)->value);
      addop(op::GET_YIELD_FROM_ITER);
      load_const(glasspy::Constant::none());
      add_yield_from(false);
      break;
    }
    case NodeKind::Await: {
      if (u().ste->type != BlockType::Function) error("'await' outside function");
      if (u().scope_type != ScopeType::AsyncFunction && u().scope_type != ScopeType::Comprehension)
        error("'await' outside async function");
      visit_expr(static_cast<const Await*>(e)->value);
      addop_i(op::GET_AWAITABLE, 0);
      load_const(glasspy::Constant::none());
      add_yield_from(true);
      break;
    }
    case NodeKind::Compare: compare(static_cast<const Compare*>(e)); break;
    case NodeKind::Call: call(static_cast<const Call*>(e)); break;
    case NodeKind::Constant: load_const(const_value(e)); break;
    case NodeKind::JoinedStr: joined_str(static_cast<const JoinedStr*>(e)); break;
    case NodeKind::FormattedValue: formatted_value(static_cast<const FormattedValue*>(e)); break;
    case NodeKind::Attribute: attribute(static_cast<const Attribute*>(e)); break;
    case NodeKind::Subscript: subscript(static_cast<const Subscript*>(e)); break;
    case NodeKind::Starred:
      if (static_cast<const Starred*>(e)->ctx == expr_context::Store)
        error("starred assignment target must be in a list or tuple");
      error("can't use starred expression here");
    case NodeKind::Slice: slice(static_cast<const Slice*>(e)); break;
    case NodeKind::Name: {
      auto* n = static_cast<const Name*>(e);
      nameop(std::string(n->id), n->ctx);
      break;
    }
    case NodeKind::List: list_expr(static_cast<const List*>(e)); break;
    case NodeKind::Tuple: tuple_expr(static_cast<const Tuple*>(e)); break;
    default: break;
  }
}

// ---- conditional jumps ---------------------------------------------------------------------

void Compiler::jump_if(const expr* e, Block* next, bool cond) {
  switch (e->node_kind) {
    case NodeKind::UnaryOp: {
      auto* un = static_cast<const UnaryOp*>(e);
      if (un->op == unaryop::Not) return jump_if(un->operand, next, !cond);
      break;
    }
    case NodeKind::BoolOp: {
      auto* b = static_cast<const BoolOp*>(e);
      size_t n = b->values.size() - 1;
      bool cond2 = b->op == boolop::Or;
      Block* next2 = next;
      if (!cond2 != !cond) next2 = new_block();
      for (size_t i = 0; i < n; ++i) jump_if(b->values[i], next2, cond2);
      jump_if(b->values[n], next, cond);
      if (next2 != next) use_next_block(next2);
      return;
    }
    case NodeKind::IfExp: {
      auto* ie = static_cast<const IfExp*>(e);
      Block* end = new_block();
      Block* next2 = new_block();
      jump_if(ie->test, next2, false);
      jump_if(ie->body, next, cond);
      addop_j_noline(op::JUMP, end);
      use_next_block(next2);
      jump_if(ie->orelse, next, cond);
      use_next_block(end);
      return;
    }
    case NodeKind::Compare: {
      auto* c = static_cast<const Compare*>(e);
      size_t n = c->ops.size() - 1;
      set_loc(e);  // the jumps carry the comparison's position
      if (n > 0) {
        check_compare(c);
        Block* cleanup = new_block();
        visit_expr(c->left);
        for (size_t i = 0; i < n; ++i) {
          visit_expr(c->comparators[i]);
          addop_i(op::SWAP, 2);
          addop_i(op::COPY, 2);
          addcompare(c->ops[i]);
          addop_j(op::POP_JUMP_IF_FALSE, cleanup);
        }
        visit_expr(c->comparators[n]);
        addcompare(c->ops[n]);
        addop_j(cond ? op::POP_JUMP_IF_TRUE : op::POP_JUMP_IF_FALSE, next);
        Block* end = new_block();
        addop_j_noline(op::JUMP, end);
        use_next_block(cleanup);
        addop(op::POP_TOP);
        if (!cond) addop_j_noline(op::JUMP, next);
        use_next_block(end);
        return;
      }
      break;
    }
    default:
      break;
  }
  visit_expr(e);
  addop_j(cond ? op::POP_JUMP_IF_TRUE : op::POP_JUMP_IF_FALSE, next);
}

void Compiler::boolop(const BoolOp* e) {
  int jumpi = e->op == boolop::And ? op::JUMP_IF_FALSE_OR_POP : op::JUMP_IF_TRUE_OR_POP;
  Block* end = new_block();
  size_t n = e->values.size() - 1;
  for (size_t i = 0; i < n; ++i) {
    visit_expr(e->values[i]);
    addop_j(jumpi, end);
    use_next_block(new_block());
  }
  visit_expr(e->values[n]);
  use_next_block(end);
}

void Compiler::ifexp(const IfExp* e) {
  Block* end = new_block();
  Block* next = new_block();
  jump_if(e->test, next, false);
  visit_expr(e->body);
  addop_j_noline(op::JUMP, end);
  use_next_block(next);
  visit_expr(e->orelse);
  use_next_block(end);
}

// ---- comparisons ----------------------------------------------------------------------------

void Compiler::addcompare(cmpop o) {
  switch (o) {
    case cmpop::Eq: addop_i(op::COMPARE_OP, 2); return;
    case cmpop::NotEq: addop_i(op::COMPARE_OP, 3); return;
    case cmpop::Lt: addop_i(op::COMPARE_OP, 0); return;
    case cmpop::LtE: addop_i(op::COMPARE_OP, 1); return;
    case cmpop::Gt: addop_i(op::COMPARE_OP, 4); return;
    case cmpop::GtE: addop_i(op::COMPARE_OP, 5); return;
    case cmpop::Is: addop_i(op::IS_OP, 0); return;
    case cmpop::IsNot: addop_i(op::IS_OP, 1); return;
    case cmpop::In: addop_i(op::CONTAINS_OP, 0); return;
    case cmpop::NotIn: addop_i(op::CONTAINS_OP, 1); return;
  }
}

void Compiler::check_compare(const Compare* e) {
  auto is_arg = [&](const expr* x) {
    if (!is_const(x)) return true;
    using K = glasspy::Constant::Kind;
    K k = const_value(x).kind();
    return k == K::None || k == K::Bool || k == K::Ellipsis;
  };
  bool left = is_arg(e->left);
  for (size_t i = 0; i < e->ops.size(); ++i) {
    cmpop o = e->ops[i];
    bool right = is_arg(e->comparators[i]);
    if (o == cmpop::Is || o == cmpop::IsNot) {
      if (!right || !left) {
        warn(o == cmpop::Is ? "\"is\" with a literal. Did you mean \"==\"?"
                            : "\"is not\" with a literal. Did you mean \"!=\"?");
        return;
      }
    }
    left = right;
  }
}

void Compiler::compare(const Compare* e) {
  check_compare(e);
  visit_expr(e->left);
  size_t n = e->ops.size() - 1;
  if (n == 0) {
    visit_expr(e->comparators[0]);
    addcompare(e->ops[0]);
    return;
  }
  Block* cleanup = new_block();
  for (size_t i = 0; i < n; ++i) {
    visit_expr(e->comparators[i]);
    addop_i(op::SWAP, 2);
    addop_i(op::COPY, 2);
    addcompare(e->ops[i]);
    addop_j(op::JUMP_IF_FALSE_OR_POP, cleanup);
  }
  visit_expr(e->comparators[n]);
  addcompare(e->ops[n]);
  Block* end = new_block();
  addop_j_noline(op::JUMP, end);
  use_next_block(cleanup);
  addop_i(op::SWAP, 2);
  addop(op::POP_TOP);
  use_next_block(end);
}

// ---- calls ---------------------------------------------------------------------------------------

void Compiler::check_caller(const expr* e) {
  switch (e->node_kind) {
    case NodeKind::Constant:
    case NodeKind::Tuple:
    case NodeKind::List:
    case NodeKind::ListComp:
    case NodeKind::Dict:
    case NodeKind::DictComp:
    case NodeKind::Set:
    case NodeKind::SetComp:
    case NodeKind::GeneratorExp:
    case NodeKind::JoinedStr:
    case NodeKind::FormattedValue:
      warn(std::string("'") + inferred_type(e, optimizer_) + "' object is not callable; perhaps you missed a comma?");
      return;
    default:
      return;
  }
}

void Compiler::check_subscripter(const expr* e) {
  switch (e->node_kind) {
    case NodeKind::Constant: {
      using K = glasspy::Constant::Kind;
      K k = const_value(e).kind();
      if (!(k == K::None || k == K::Ellipsis || k == K::Int || k == K::Bool || k == K::Float ||
            k == K::Complex || k == K::FrozenSet))
        return;
      [[fallthrough]];
    }
    case NodeKind::Set:
    case NodeKind::SetComp:
    case NodeKind::GeneratorExp:
    case NodeKind::Lambda:
      warn(std::string("'") + inferred_type(e, optimizer_) +
           "' object is not subscriptable; perhaps you missed a comma?");
      return;
    default:
      return;
  }
}

void Compiler::check_index(const expr* e, const expr* s) {
  const char* index_type = inferred_type(s, optimizer_);
  if (!index_type || std::string(index_type) == "int" || std::string(index_type) == "bool") return;
  if (s->node_kind == NodeKind::Slice) return;
  switch (e->node_kind) {
    case NodeKind::Constant: {
      using K = glasspy::Constant::Kind;
      K k = const_value(e).kind();
      if (!(k == K::Str || k == K::Bytes || k == K::Tuple)) return;
      [[fallthrough]];
    }
    case NodeKind::Tuple:
    case NodeKind::List:
    case NodeKind::ListComp:
    case NodeKind::JoinedStr:
    case NodeKind::FormattedValue:
      warn(std::string(inferred_type(e, optimizer_)) + " indices must be integers or slices, not " + index_type +
           "; perhaps you missed a comma?");
      return;
    default:
      return;
  }
}

void Compiler::validate_keywords(const Seq<keyword*>& keywords) {
  for (size_t i = 0; i < keywords.size(); ++i) {
    keyword* key = keywords[i];
    if (is_none(key->arg)) continue;
    forbidden_name(std::string(key->arg), expr_context::Store);
    for (size_t j = i + 1; j < keywords.size(); ++j) {
      keyword* other = keywords[j];
      if (!is_none(other->arg) && other->arg == key->arg) {
        set_loc(other);
        error("keyword argument repeated: " + std::string(key->arg));
      }
    }
  }
}

bool Compiler::is_import_originated(const expr* e) {
  if (e->node_kind != NodeKind::Name) return false;
  return symtable_.top()->flags_of(std::string(static_cast<const Name*>(e)->id)) & symtable::DEF_IMPORT;
}

bool Compiler::maybe_optimize_method_call(const Call* e) {
  const expr* meth = e->func;
  if (meth->node_kind != NodeKind::Attribute) return false;
  auto* attr = static_cast<const Attribute*>(meth);
  if (attr->ctx != expr_context::Load) return false;
  if (is_import_originated(attr->value)) return false;
  size_t argsl = e->args.size(), kwdsl = e->keywords.size();
  if (argsl + kwdsl + (kwdsl != 0) >= static_cast<size_t>(kStackUseGuideline)) return false;
  for (expr* a : e->args)
    if (a->node_kind == NodeKind::Starred) return false;
  for (keyword* k : e->keywords)
    if (is_none(k->arg)) return false;
  visit_expr(attr->value);
  set_loc(meth);
  update_start_location_to_match_attr(attr);
  addop_name(op::LOAD_METHOD, std::string(attr->attr));
  visit_exprs(e->args);
  if (kwdsl) {
    validate_keywords(e->keywords);
    for (keyword* k : e->keywords) visit_expr(k->value);
    call_simple_kw_helper(e->keywords);
  }
  set_loc(e);
  update_start_location_to_match_attr(attr);
  addop_i(op::PRECALL, static_cast<int>(argsl + kwdsl));
  addop_i(op::CALL, static_cast<int>(argsl + kwdsl));
  return true;
}

void Compiler::call(const Call* e) {
  if (maybe_optimize_method_call(e)) return;
  check_caller(e->func);
  set_loc(e->func);
  addop(op::PUSH_NULL);
  set_loc(e);
  visit_expr(e->func);
  call_helper(0, e->args, e->keywords);
}

void Compiler::call_simple_kw_helper(const Seq<keyword*>& keywords) {
  std::vector<glasspy::Constant> names;
  for (keyword* k : keywords) names.push_back(glasspy::Constant::str(std::string(k->arg)));
  glasspy::Constant t = glasspy::Constant::tuple(std::move(names));
  register_strings(t, true);
  addop_i(op::KW_NAMES, add_const(t));
}

void Compiler::subkwargs(const Seq<keyword*>& keywords, size_t begin, size_t end) {
  size_t n = end - begin;
  bool big = n * 2 > static_cast<size_t>(kStackUseGuideline);
  if (n > 1 && !big) {
    for (size_t i = begin; i < end; ++i) visit_expr(keywords[i]->value);
    std::vector<glasspy::Constant> keys;
    for (size_t i = begin; i < end; ++i) keys.push_back(glasspy::Constant::str(std::string(keywords[i]->arg)));
    load_identifier_const(glasspy::Constant::tuple(std::move(keys)));
    addop_i(op::BUILD_CONST_KEY_MAP, static_cast<int>(n));
    return;
  }
  if (big) add_instr(op::BUILD_MAP, 0, Loc{});
  for (size_t i = begin; i < end; ++i) {
    load_identifier_const(glasspy::Constant::str(std::string(keywords[i]->arg)));
    visit_expr(keywords[i]->value);
    if (big) add_instr(op::MAP_ADD, 1, Loc{});
  }
  if (!big) addop_i(op::BUILD_MAP, static_cast<int>(n));
}

void Compiler::call_helper(int n, const Seq<expr*>& args, const Seq<keyword*>& keywords) {
  validate_keywords(keywords);
  size_t nelts = args.size(), nkwelts = keywords.size();
  bool ex_call = nelts + nkwelts * 2 > static_cast<size_t>(kStackUseGuideline);
  for (expr* a : args)
    if (a->node_kind == NodeKind::Starred) ex_call = true;
  for (keyword* k : keywords)
    if (is_none(k->arg)) ex_call = true;
  if (!ex_call) {
    visit_exprs(args);
    if (nkwelts) {
      for (keyword* k : keywords) visit_expr(k->value);
      call_simple_kw_helper(keywords);
    }
    addop_i(op::PRECALL, n + static_cast<int>(nelts + nkwelts));
    addop_i(op::CALL, n + static_cast<int>(nelts + nkwelts));
    return;
  }
  if (n == 0 && nelts == 1 && args[0]->node_kind == NodeKind::Starred) {
    visit_expr(static_cast<const Starred*>(args[0])->value);
  } else {
    starunpack_helper(args, n, op::BUILD_LIST, op::LIST_APPEND, op::LIST_EXTEND, true);
  }
  if (nkwelts) {
    bool have_dict = false;
    size_t nseen = 0;
    for (size_t i = 0; i < nkwelts; ++i) {
      keyword* kw = keywords[i];
      if (is_none(kw->arg)) {
        if (nseen) {
          subkwargs(keywords, i - nseen, i);
          if (have_dict) addop_i(op::DICT_MERGE, 1);
          have_dict = true;
          nseen = 0;
        }
        if (!have_dict) {
          addop_i(op::BUILD_MAP, 0);
          have_dict = true;
        }
        visit_expr(kw->value);
        addop_i(op::DICT_MERGE, 1);
      } else {
        ++nseen;
      }
    }
    if (nseen) {
      subkwargs(keywords, nkwelts - nseen, nkwelts);
      if (have_dict) addop_i(op::DICT_MERGE, 1);
      have_dict = true;
    }
  }
  addop_i(op::CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0);
}

// ---- displays ----------------------------------------------------------------------------------

void Compiler::starunpack_helper(const Seq<expr*>& elts, int pushed, int build, int add, int extend,
                                 bool tuple) {
  size_t n = elts.size();
  if (n > 2 && are_all_items_const(elts, 0, n)) {
    std::vector<glasspy::Constant> items;
    for (expr* x : elts) items.push_back(const_value(x));
    if (tuple && !pushed) {
      load_const(glasspy::Constant::tuple(std::move(items)));
    } else {
      glasspy::Constant folded = add == op::SET_ADD ? glasspy::Constant::frozenset(items)
                                                    : glasspy::Constant::tuple(std::move(items));
      addop_i(build, pushed);
      load_const(folded);
      addop_i(extend, 1);
      if (tuple) addop(op::LIST_TO_TUPLE);
    }
    return;
  }
  bool big = static_cast<int>(n) + pushed > kStackUseGuideline;
  bool seen_star = false;
  for (expr* x : elts)
    if (x->node_kind == NodeKind::Starred) seen_star = true;
  if (!seen_star && !big) {
    visit_exprs(elts);
    addop_i(tuple ? op::BUILD_TUPLE : build, static_cast<int>(n) + pushed);
    return;
  }
  bool sequence_built = false;
  if (big) {
    addop_i(build, pushed);
    sequence_built = true;
  }
  for (size_t i = 0; i < n; ++i) {
    expr* x = elts[i];
    if (x->node_kind == NodeKind::Starred) {
      if (!sequence_built) {
        addop_i(build, static_cast<int>(i) + pushed);
        sequence_built = true;
      }
      visit_expr(static_cast<const Starred*>(x)->value);
      addop_i(extend, 1);
    } else {
      visit_expr(x);
      if (sequence_built) addop_i(add, 1);
    }
  }
  if (tuple) addop(op::LIST_TO_TUPLE);
}

void Compiler::unpack_helper(const Seq<expr*>& elts) {
  size_t n = elts.size();
  bool seen_star = false;
  for (size_t i = 0; i < n; ++i) {
    expr* x = elts[i];
    if (x->node_kind == NodeKind::Starred && !seen_star) {
      if (i >= (1u << 8) || (n - i - 1) >= (INT_MAX >> 8)) error("too many expressions in star-unpacking assignment");
      addop_i(op::UNPACK_EX, static_cast<int>(i + ((n - i - 1) << 8)));
      seen_star = true;
    } else if (x->node_kind == NodeKind::Starred) {
      error("multiple starred expressions in assignment");
    }
  }
  if (!seen_star) addop_i(op::UNPACK_SEQUENCE, static_cast<int>(n));
}

void Compiler::assignment_helper(const Seq<expr*>& elts) {
  unpack_helper(elts);
  for (expr* x : elts)
    visit_expr(x->node_kind == NodeKind::Starred ? static_cast<const Starred*>(x)->value : x);
}

void Compiler::list_expr(const List* e) {
  if (e->ctx == expr_context::Store)
    assignment_helper(e->elts);
  else if (e->ctx == expr_context::Load)
    starunpack_helper(e->elts, 0, op::BUILD_LIST, op::LIST_APPEND, op::LIST_EXTEND, false);
  else
    visit_exprs(e->elts);
}

void Compiler::tuple_expr(const Tuple* e) {
  if (e->ctx == expr_context::Store)
    assignment_helper(e->elts);
  else if (e->ctx == expr_context::Load)
    starunpack_helper(e->elts, 0, op::BUILD_LIST, op::LIST_APPEND, op::LIST_EXTEND, true);
  else
    visit_exprs(e->elts);
}

void Compiler::subdict(const Dict* e, size_t begin, size_t end) {
  size_t n = end - begin;
  bool big = n * 2 > static_cast<size_t>(kStackUseGuideline);
  if (n > 1 && !big && are_all_items_const(e->keys, begin, end)) {
    for (size_t i = begin; i < end; ++i) visit_expr(e->values[i]);
    std::vector<glasspy::Constant> keys;
    for (size_t i = begin; i < end; ++i) keys.push_back(const_value(e->keys[i]));
    load_const(glasspy::Constant::tuple(std::move(keys)));
    addop_i(op::BUILD_CONST_KEY_MAP, static_cast<int>(n));
    return;
  }
  if (big) addop_i(op::BUILD_MAP, 0);
  for (size_t i = begin; i < end; ++i) {
    visit_expr(e->keys[i]);
    visit_expr(e->values[i]);
    if (big) addop_i(op::MAP_ADD, 1);
  }
  if (!big) addop_i(op::BUILD_MAP, static_cast<int>(n));
}

void Compiler::dict_expr(const Dict* e) {
  size_t n = e->values.size();
  bool have_dict = false;
  size_t elements = 0;
  for (size_t i = 0; i < n; ++i) {
    bool is_unpacking = e->keys[i] == nullptr;
    if (is_unpacking) {
      if (elements) {
        subdict(e, i - elements, i);
        if (have_dict) addop_i(op::DICT_UPDATE, 1);
        have_dict = true;
        elements = 0;
      }
      if (!have_dict) {
        addop_i(op::BUILD_MAP, 0);
        have_dict = true;
      }
      visit_expr(e->values[i]);
      addop_i(op::DICT_UPDATE, 1);
    } else {
      if (elements * 2 > static_cast<size_t>(kStackUseGuideline)) {
        subdict(e, i - elements, i + 1);
        if (have_dict) addop_i(op::DICT_UPDATE, 1);
        have_dict = true;
        elements = 0;
      } else {
        ++elements;
      }
    }
  }
  if (elements) {
    subdict(e, n - elements, n);
    if (have_dict) addop_i(op::DICT_UPDATE, 1);
    have_dict = true;
  }
  if (!have_dict) addop_i(op::BUILD_MAP, 0);
}

// ---- subscripts, attributes -------------------------------------------------------------------------

void Compiler::subscript(const Subscript* e) {
  if (e->ctx == expr_context::Load) {
    check_subscripter(e->value);
    check_index(e->value, e->slice);
  }
  int opc = e->ctx == expr_context::Load ? op::BINARY_SUBSCR
            : e->ctx == expr_context::Store ? op::STORE_SUBSCR
                                            : op::DELETE_SUBSCR;
  visit_expr(e->value);
  visit_expr(e->slice);
  addop(opc);
}

void Compiler::slice(const Slice* s) {
  int n = 2;
  if (s->lower)
    visit_expr(s->lower);
  else
    load_const(glasspy::Constant::none());
  if (s->upper)
    visit_expr(s->upper);
  else
    load_const(glasspy::Constant::none());
  if (s->step) {
    ++n;
    visit_expr(s->step);
  }
  addop_i(op::BUILD_SLICE, n);
}

void Compiler::attribute(const Attribute* e) {
  visit_expr(e->value);
  update_start_location_to_match_attr(e);
  std::string attr(e->attr);
  switch (e->ctx) {
    case expr_context::Load: addop_name(op::LOAD_ATTR, attr); break;
    case expr_context::Store:
      forbidden_name(attr, e->ctx);
      addop_name(op::STORE_ATTR, attr);
      break;
    case expr_context::Del: addop_name(op::DELETE_ATTR, attr); break;
  }
}

// ---- f-strings -------------------------------------------------------------------------------------

void Compiler::joined_str(const JoinedStr* e) {
  size_t n = e->values.size();
  if (n > static_cast<size_t>(kStackUseGuideline)) {
    load_const(glasspy::Constant::str(""));
    addop_name(op::LOAD_METHOD, "join");
    addop_i(op::BUILD_LIST, 0);
    for (expr* v : e->values) {
      visit_expr(v);
      addop_i(op::LIST_APPEND, 1);
    }
    addop_i(op::PRECALL, 1);
    addop_i(op::CALL, 1);
  } else {
    visit_exprs(e->values);
    if (n != 1) addop_i(op::BUILD_STRING, static_cast<int>(n));
  }
}

void Compiler::formatted_value(const FormattedValue* e) {
  visit_expr(e->value);
  int oparg;
  switch (e->conversion) {
    case 's': oparg = 1; break;
    case 'r': oparg = 2; break;
    case 'a': oparg = 3; break;
    default: oparg = 0; break;
  }
  if (e->format_spec) {
    visit_expr(e->format_spec);
    oparg |= 4;
  }
  addop_i(op::FORMAT_VALUE, oparg);
}

// ---- lambda, comprehensions ------------------------------------------------------------------------

void Compiler::lambda(const Lambda* e) {
  check_debug_args(e->args);
  int funcflags = default_arguments(e->args);
  enter_scope("<lambda>", ScopeType::Lambda, e, e->lineno);
  add_const(glasspy::Constant::none());
  u().argcount = static_cast<int>(e->args->args.size());
  u().posonlyargcount = static_cast<int>(e->args->posonlyargs.size());
  u().kwonlyargcount = static_cast<int>(e->args->kwonlyargs.size());
  visit_expr(e->body);
  std::shared_ptr<CodeUnit> co;
  if (u().ste->generator) {
    co = assemble(false);
  } else {
    addop(op::RETURN_VALUE);
    co = assemble(true);
  }
  exit_scope();
  make_closure(co, funcflags);
}

void Compiler::addop_yield() {
  if (u().ste->generator && u().ste->coroutine) addop(op::ASYNC_GEN_WRAP);
  addop(op::YIELD_VALUE);
  addop_i(op::RESUME, 1);
}

void Compiler::add_yield_from(bool await) {
  Block* start = new_block();
  Block* resume = new_block();
  Block* exit = new_block();
  use_next_block(start);
  addop_j(op::SEND, exit);
  use_next_block(resume);
  addop(op::YIELD_VALUE);
  addop_i(op::RESUME, await ? 3 : 2);
  addop_j(op::JUMP_NO_INTERRUPT, start);
  use_next_block(exit);
}

void Compiler::comprehension_generator(const Seq<ast::comprehension*>& gens, size_t index, int depth,
                                       const expr* elt, const expr* val, int type) {
  if (gens[index]->is_async)
    async_comprehension_generator(gens, index, depth, elt, val, type);
  else
    sync_comprehension_generator(gens, index, depth, elt, val, type);
}

void Compiler::sync_comprehension_generator(const Seq<ast::comprehension*>& gens, size_t index, int depth,
                                            const expr* elt, const expr* val, int type) {
  Block* start = new_block();
  Block* if_cleanup = new_block();
  Block* anchor = new_block();
  ast::comprehension* gen = gens[index];
  if (index == 0) {
    u().argcount = 1;
    addop_i(op::LOAD_FAST, 0);
  } else {
    const Seq<expr*>* elts = nullptr;
    if (gen->iter->node_kind == NodeKind::List) elts = &static_cast<const List*>(gen->iter)->elts;
    if (gen->iter->node_kind == NodeKind::Tuple) elts = &static_cast<const Tuple*>(gen->iter)->elts;
    if (elts && elts->size() == 1 && (*elts)[0]->node_kind != NodeKind::Starred) {
      visit_expr((*elts)[0]);
      start = nullptr;
    }
    if (start) {
      visit_expr(gen->iter);
      addop(op::GET_ITER);
    }
  }
  if (start) {
    ++depth;
    use_next_block(start);
    addop_j(op::FOR_ITER, anchor);
  }
  visit_expr(gen->target);
  for (expr* cond : gen->ifs) jump_if(cond, if_cleanup, false);
  if (++index < gens.size()) comprehension_generator(gens, index, depth, elt, val, type);
  if (index >= gens.size()) {
    switch (type) {
      case kCompGenexp:
        visit_expr(elt);
        addop_yield();
        addop(op::POP_TOP);
        break;
      case kCompListcomp:
        visit_expr(elt);
        addop_i(op::LIST_APPEND, depth + 1);
        break;
      case kCompSetcomp:
        visit_expr(elt);
        addop_i(op::SET_ADD, depth + 1);
        break;
      case kCompDictcomp:
        visit_expr(elt);
        visit_expr(val);
        addop_i(op::MAP_ADD, depth + 1);
        break;
    }
  }
  use_next_block(if_cleanup);
  if (start) {
    addop_j(op::JUMP, start);
    use_next_block(anchor);
  }
}

void Compiler::async_comprehension_generator(const Seq<ast::comprehension*>& gens, size_t index, int depth,
                                             const expr* elt, const expr* val, int type) {
  Block* start = new_block();
  Block* except = new_block();
  Block* if_cleanup = new_block();
  ast::comprehension* gen = gens[index];
  if (index == 0) {
    u().argcount = 1;
    addop_i(op::LOAD_FAST, 0);
  } else {
    visit_expr(gen->iter);
    addop(op::GET_AITER);
  }
  use_next_block(start);
  push_fblock(FBlock{FBlockType::AsyncComprehensionGenerator, start});
  addop_j(op::SETUP_FINALLY, except);
  addop(op::GET_ANEXT);
  load_const(glasspy::Constant::none());
  add_yield_from(true);
  addop(op::POP_BLOCK);
  visit_expr(gen->target);
  for (expr* cond : gen->ifs) jump_if(cond, if_cleanup, false);
  ++depth;
  if (++index < gens.size()) comprehension_generator(gens, index, depth, elt, val, type);
  if (index >= gens.size()) {
    switch (type) {
      case kCompGenexp:
        visit_expr(elt);
        addop_yield();
        addop(op::POP_TOP);
        break;
      case kCompListcomp:
        visit_expr(elt);
        addop_i(op::LIST_APPEND, depth + 1);
        break;
      case kCompSetcomp:
        visit_expr(elt);
        addop_i(op::SET_ADD, depth + 1);
        break;
      case kCompDictcomp:
        visit_expr(elt);
        visit_expr(val);
        addop_i(op::MAP_ADD, depth + 1);
        break;
    }
  }
  use_next_block(if_cleanup);
  addop_j(op::JUMP, start);
  pop_fblock(FBlockType::AsyncComprehensionGenerator, start);
  use_next_block(except);
  addop(op::END_ASYNC_FOR);
}

void Compiler::comprehension(const expr* e, int type, const std::string& name,
                             const Seq<ast::comprehension*>& gens, const expr* elt, const expr* val) {
  ScopeType scope_type = u().scope_type;
  ast::comprehension* outermost = gens[0];
  enter_scope(name, ScopeType::Comprehension, e, e->lineno);
  set_loc(e);
  bool is_async_generator = u().ste->coroutine;
  if (is_async_generator && type != kCompGenexp && scope_type != ScopeType::AsyncFunction &&
      scope_type != ScopeType::Comprehension) {
    error("asynchronous comprehension outside of an asynchronous function");
  }
  if (type != kCompGenexp) {
    int opc = type == kCompListcomp ? op::BUILD_LIST : type == kCompSetcomp ? op::BUILD_SET : op::BUILD_MAP;
    addop_i(opc, 0);
  }
  comprehension_generator(gens, 0, 0, elt, val, type);
  if (type != kCompGenexp) addop(op::RETURN_VALUE);
  auto co = assemble(true);
  exit_scope();
  make_closure(co, 0);
  visit_expr(outermost->iter);
  addop(outermost->is_async ? op::GET_AITER : op::GET_ITER);
  addop_i(op::PRECALL, 0);
  addop_i(op::CALL, 0);
  if (is_async_generator && type != kCompGenexp) {
    addop_i(op::GET_AWAITABLE, 0);
    load_const(glasspy::Constant::none());
    add_yield_from(true);
  }
}

}  // namespace cc
}  // namespace glasspy
