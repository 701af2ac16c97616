// Unit tests for ast::dump.  The trees are built by hand to match what
// ast.parse gives for the source quoted beside each; the expected text is
// CPython 3.11's ast.dump of that parse.
#include "ast/ast_dump.h"

#include <gtest/gtest.h>

#include <initializer_list>
#include <string>
#include <vector>

namespace glasspy::ast {
namespace {

class Builder {
 public:
  template <class T>
  T* make(int lineno = 0, int col = 0, int end_lineno = 0, int end_col = 0) {
    T* n = arena.make<T>();
    n->lineno = lineno;
    n->col_offset = col;
    n->end_lineno = end_lineno;
    n->end_col_offset = end_col;
    return n;
  }
  template <class T>
  Seq<T> seq(std::initializer_list<T> items) {
    return arena.seq(std::vector<T>(items));
  }
  Name* name(const char* id, expr_context ctx = expr_context::Load) {
    Name* n = make<Name>();
    n->id = arena.str(id);
    n->ctx = ctx;
    return n;
  }
  Constant* constant(ConstantValue::Kind kind) {
    Constant* c = make<Constant>();
    c->value.kind = kind;
    return c;
  }
  Constant* integer(int64_t v) {
    Constant* c = constant(ConstantValue::Kind::Int);
    c->value.int_value = v;
    return c;
  }
  Constant* text(ConstantValue::Kind kind, std::string_view s) {
    Constant* c = constant(kind);
    c->value.text = arena.str(s);
    return c;
  }
  arg* argument(const char* id) {
    arg* a = make<arg>();
    a->arg = arena.str(id);
    return a;
  }
  Module* module(std::initializer_list<stmt*> body) {
    Module* m = make<Module>();
    m->body = seq(body);
    return m;
  }
  Expr* expr_stmt(expr* value) {
    Expr* e = make<Expr>();
    e->value = value;
    return e;
  }

  Arena arena;
};

// x = 1
Module* assign_x_1(Builder& b) {
  Assign* a = b.make<Assign>(1, 0, 1, 5);
  Name* x = b.name("x", expr_context::Store);
  x->lineno = 1, x->col_offset = 0, x->end_lineno = 1, x->end_col_offset = 1;
  Constant* one = b.integer(1);
  one->lineno = 1, one->col_offset = 4, one->end_lineno = 1, one->end_col_offset = 5;
  a->targets = b.seq<expr*>({x});
  a->value = one;
  return b.module({a});
}

TEST(AstDump, AssignOneLineAndIndented) {
  Builder b;
  Module* m = assign_x_1(b);
  EXPECT_EQ(dump(m, -1),
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], "
            "type_ignores=[])");
  EXPECT_EQ(dump(m, 2),
            "Module(\n  body=[\n    Assign(\n      targets=[\n        Name(id='x', ctx=Store())],\n"
            "      value=Constant(value=1))],\n  type_ignores=[])");
  EXPECT_EQ(dump(m, 0),
            "Module(\nbody=[\nAssign(\ntargets=[\nName(id='x', ctx=Store())],\n"
            "value=Constant(value=1))],\ntype_ignores=[])");
  EXPECT_EQ(dump(m->body[0], 3),
            "Assign(\n   targets=[\n      Name(id='x', ctx=Store())],\n   value=Constant(value=1))");
}

TEST(AstDump, IncludeAttributes) {
  Builder b;
  Module* m = assign_x_1(b);
  EXPECT_EQ(dump(m, -1, true),
            "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, "
            "end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, "
            "end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, "
            "end_col_offset=5)], type_ignores=[])");
  EXPECT_EQ(dump(m, 2, true),
            "Module(\n  body=[\n    Assign(\n      targets=[\n        Name(\n          id='x',\n"
            "          ctx=Store(),\n          lineno=1,\n          col_offset=0,\n"
            "          end_lineno=1,\n          end_col_offset=1)],\n      value=Constant(\n"
            "        value=1,\n        lineno=1,\n        col_offset=4,\n        end_lineno=1,\n"
            "        end_col_offset=5),\n      lineno=1,\n      col_offset=0,\n      end_lineno=1,\n"
            "      end_col_offset=5)],\n  type_ignores=[])");
  // arg has positions, arguments and comprehension do not.
  arg* a = b.make<arg>(1, 6, 1, 7);
  a->arg = b.arena.str("a");
  EXPECT_EQ(dump(a, -1, true), "arg(arg='a', lineno=1, col_offset=6, end_lineno=1, end_col_offset=7)");
  arguments* args = b.make<arguments>(1, 2, 3, 4);
  EXPECT_EQ(dump(args, -1, true),
            "arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[])");
}

// def f(a, /, b=2, *args, c, d=3, **kw) -> int:
//     pass
TEST(AstDump, FunctionDefArguments) {
  Builder b;
  FunctionDef* f = b.make<FunctionDef>();
  f->name = b.arena.str("f");
  arguments* args = b.make<arguments>();
  args->posonlyargs = b.seq({b.argument("a")});
  args->args = b.seq({b.argument("b")});
  args->vararg = b.argument("args");
  args->kwonlyargs = b.seq({b.argument("c"), b.argument("d")});
  args->kw_defaults = b.seq<expr*>({nullptr, b.integer(3)});
  args->kwarg = b.argument("kw");
  args->defaults = b.seq<expr*>({b.integer(2)});
  f->args = args;
  f->body = b.seq<stmt*>({b.make<Pass>()});
  f->returns = b.name("int");
  Module* m = b.module({f});
  EXPECT_EQ(dump(m, -1),
            "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a')], "
            "args=[arg(arg='b')], vararg=arg(arg='args'), kwonlyargs=[arg(arg='c'), arg(arg='d')], "
            "kw_defaults=[None, Constant(value=3)], kwarg=arg(arg='kw'), "
            "defaults=[Constant(value=2)]), body=[Pass()], decorator_list=[], "
            "returns=Name(id='int', ctx=Load()))], type_ignores=[])");
  EXPECT_EQ(dump(m, 2),
            "Module(\n  body=[\n    FunctionDef(\n      name='f',\n      args=arguments(\n"
            "        posonlyargs=[\n          arg(arg='a')],\n        args=[\n          arg(arg='b')],\n"
            "        vararg=arg(arg='args'),\n        kwonlyargs=[\n          arg(arg='c'),\n"
            "          arg(arg='d')],\n        kw_defaults=[\n          None,\n"
            "          Constant(value=3)],\n        kwarg=arg(arg='kw'),\n        defaults=[\n"
            "          Constant(value=2)]),\n      body=[\n        Pass()],\n      decorator_list=[],\n"
            "      returns=Name(id='int', ctx=Load()))],\n  type_ignores=[])");
}

// None, True, False, ..., 123456789012345678901234567890, 1.5, 2j, 'it\'s', b'\x00', u'x'
TEST(AstDump, Constants) {
  Builder b;
  using K = ConstantValue::Kind;
  Constant* big = b.constant(K::Int);
  big->value.big_int = b.arena.str("123456789012345678901234567890");
  Constant* flt = b.constant(K::Float);
  flt->value.real = 1.5;
  Constant* cpx = b.constant(K::Complex);
  cpx->value.imag = 2.0;
  Constant* u = b.text(K::Str, "x");
  u->kind = b.arena.str("u");
  Tuple* t = b.make<Tuple>();
  t->elts = b.seq<expr*>({b.constant(K::None), b.constant(K::True), b.constant(K::False),
                          b.constant(K::Ellipsis), big, flt, cpx, b.text(K::Str, "it's"),
                          b.text(K::Bytes, std::string_view("\0", 1)), u});
  Module* m = b.module({b.expr_stmt(t)});
  EXPECT_EQ(dump(m, -1),
            "Module(body=[Expr(value=Tuple(elts=[Constant(value=None), Constant(value=True), "
            "Constant(value=False), Constant(value=Ellipsis), "
            "Constant(value=123456789012345678901234567890), Constant(value=1.5), "
            "Constant(value=2j), Constant(value=\"it's\"), Constant(value=b'\\x00'), "
            "Constant(value='x', kind='u')], ctx=Load()))], type_ignores=[])");
  EXPECT_EQ(dump(m, 2),
            "Module(\n  body=[\n    Expr(\n      value=Tuple(\n        elts=[\n"
            "          Constant(value=None),\n          Constant(value=True),\n"
            "          Constant(value=False),\n          Constant(value=Ellipsis),\n"
            "          Constant(value=123456789012345678901234567890),\n"
            "          Constant(value=1.5),\n          Constant(value=2j),\n"
            "          Constant(value=\"it's\"),\n          Constant(value=b'\\x00'),\n"
            "          Constant(value='x', kind='u')],\n        ctx=Load()))],\n  type_ignores=[])");
  // More reprs: negative zero, exponents, a big float, imaginary forms.
  Constant* c = b.constant(K::Float);
  c->value.real = 1e16;
  EXPECT_EQ(dump(c, -1), "Constant(value=1e+16)");
  c->value.kind = K::Complex;
  c->value.real = 0;
  c->value.imag = 1e300;
  EXPECT_EQ(dump(c, -1), "Constant(value=1e+300j)");
  c->value.kind = K::Int;
  c->value.int_value = -5;
  EXPECT_EQ(dump(c, -1), "Constant(value=-5)");
}

TEST(AstDump, HugeIntRaisesLikeCPython) {
  Builder b;
  Constant* c = b.constant(ConstantValue::Kind::Int);
  c->value.big_int = b.arena.str(std::string(4300, '9'));
  EXPECT_EQ(dump(c, -1), "Constant(value=" + std::string(4300, '9') + ")");
  c->value.big_int = b.arena.str(std::string(4301, '9'));
  EXPECT_THROW(dump(c, -1), DumpValueError);
}

// a < b == c and not d
TEST(AstDump, OperatorsAndEnums) {
  Builder b;
  Compare* cmp = b.make<Compare>();
  cmp->left = b.name("a");
  cmp->ops = b.seq({cmpop::Lt, cmpop::Eq});
  cmp->comparators = b.seq<expr*>({b.name("b"), b.name("c")});
  UnaryOp* neg = b.make<UnaryOp>();
  neg->op = unaryop::Not;
  neg->operand = b.name("d");
  BoolOp* op = b.make<BoolOp>();
  op->op = boolop::And;
  op->values = b.seq<expr*>({cmp, neg});
  Module* m = b.module({b.expr_stmt(op)});
  EXPECT_EQ(dump(m, -1),
            "Module(body=[Expr(value=BoolOp(op=And(), values=[Compare(left=Name(id='a', "
            "ctx=Load()), ops=[Lt(), Eq()], comparators=[Name(id='b', ctx=Load()), Name(id='c', "
            "ctx=Load())]), UnaryOp(op=Not(), operand=Name(id='d', ctx=Load()))]))], "
            "type_ignores=[])");
  EXPECT_EQ(dump(m, 2),
            "Module(\n  body=[\n    Expr(\n      value=BoolOp(\n        op=And(),\n        values=[\n"
            "          Compare(\n            left=Name(id='a', ctx=Load()),\n            ops=[\n"
            "              Lt(),\n              Eq()],\n            comparators=[\n"
            "              Name(id='b', ctx=Load()),\n              Name(id='c', ctx=Load())]),\n"
            "          UnaryOp(\n            op=Not(),\n            operand=Name(id='d', ctx=Load()))]))],\n"
            "  type_ignores=[])");
  BinOp* bin = b.make<BinOp>();
  bin->left = b.name("x");
  bin->op = operator_::FloorDiv;
  bin->right = b.name("y");
  EXPECT_EQ(dump(bin, -1), "BinOp(left=Name(id='x', ctx=Load()), op=FloorDiv(), right=Name(id='y', ctx=Load()))");
}

// {**a, 'b': 1}
TEST(AstDump, NoneInsideLists) {
  Builder b;
  Dict* d = b.make<Dict>();
  d->keys = b.seq<expr*>({nullptr, b.text(ConstantValue::Kind::Str, "b")});
  d->values = b.seq<expr*>({b.name("a"), b.integer(1)});
  Module* m = b.module({b.expr_stmt(d)});
  EXPECT_EQ(dump(m, -1),
            "Module(body=[Expr(value=Dict(keys=[None, Constant(value='b')], values=[Name(id='a', "
            "ctx=Load()), Constant(value=1)]))], type_ignores=[])");
  EXPECT_EQ(dump(m, 2),
            "Module(\n  body=[\n    Expr(\n      value=Dict(\n        keys=[\n          None,\n"
            "          Constant(value='b')],\n        values=[\n          Name(id='a', ctx=Load()),\n"
            "          Constant(value=1)]))],\n  type_ignores=[])");
}

// from . import x as y
// global g, h
TEST(AstDump, OptionalIdentifiersAndIdentifierLists) {
  Builder b;
  ImportFrom* imp = b.make<ImportFrom>();
  alias* al = b.make<alias>();
  al->name = b.arena.str("x");
  al->asname = b.arena.str("y");
  imp->names = b.seq({al});
  imp->level = 1;
  Global* g = b.make<Global>();
  g->names = b.seq<Identifier>({b.arena.str("g"), b.arena.str("h")});
  Module* m = b.module({imp, g});
  EXPECT_EQ(dump(m, -1),
            "Module(body=[ImportFrom(names=[alias(name='x', asname='y')], level=1), "
            "Global(names=['g', 'h'])], type_ignores=[])");
  EXPECT_EQ(dump(m, 2),
            "Module(\n  body=[\n    ImportFrom(\n      names=[\n        alias(name='x', asname='y')],\n"
            "      level=1),\n    Global(\n      names=[\n        'g',\n        'h'])],\n"
            "  type_ignores=[])");
}

// match p:
//  case _: pass
TEST(AstDump, FieldlessNodeIsSimple) {
  Builder b;
  Match* match = b.make<Match>();
  match->subject = b.name("p");
  match_case* mc = b.make<match_case>();
  mc->pattern = b.make<MatchAs>();
  mc->body = b.seq<stmt*>({b.make<Pass>()});
  match->cases = b.seq({mc});
  Module* m = b.module({match});
  EXPECT_EQ(dump(m, -1),
            "Module(body=[Match(subject=Name(id='p', ctx=Load()), cases=[match_case(pattern=MatchAs(), "
            "body=[Pass()])])], type_ignores=[])");
  EXPECT_EQ(dump(m, 2),
            "Module(\n  body=[\n    Match(\n      subject=Name(id='p', ctx=Load()),\n      cases=[\n"
            "        match_case(\n          pattern=MatchAs(),\n          body=[\n            Pass()])])],\n"
            "  type_ignores=[])");
  MatchSingleton* s = b.make<MatchSingleton>();
  EXPECT_EQ(dump(s, -1), "MatchSingleton(value=None)");
  EXPECT_EQ(dump(b.constant(ConstantValue::Kind::None), -1), "Constant(value=None)");
}

TEST(AstDump, EveryNodeKindHasAName) {
  EXPECT_STREQ(node_kind_name(NodeKind::Module), "Module");
  EXPECT_STREQ(node_kind_name(NodeKind::match_case), "match_case");
  EXPECT_STREQ(node_kind_name(NodeKind::TryStar), "TryStar");
  EXPECT_STREQ(enum_name(cmpop::NotIn), "NotIn");
  EXPECT_STREQ(enum_name(operator_::MatMult), "MatMult");
  EXPECT_STREQ(enum_name(expr_context::Del), "Del");
  EXPECT_STREQ(enum_name(unaryop::USub), "USub");
  EXPECT_STREQ(enum_name(boolop::Or), "Or");
}

TEST(AstDump, ArenaAlignmentAndBigBlocks) {
  Arena arena;
  for (int i = 0; i < 1000; ++i) {
    void* p = arena.allocate(static_cast<size_t>(i % 37 + 1), 8);
    EXPECT_EQ(reinterpret_cast<uintptr_t>(p) % 8, 0u);
  }
  std::string big(200000, 'z');
  std::string_view s = arena.str(big);
  EXPECT_EQ(s, big);
  std::string_view empty = arena.str("");
  EXPECT_NE(empty.data(), nullptr);
  EXPECT_TRUE(empty.empty());
}

}  // namespace
}  // namespace glasspy::ast
