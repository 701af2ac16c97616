// The compiler stage: the opcode table, symbol tables, code objects' fields
// (flags, stack sizes, locals, exception and location tables) against what
// CPython 3.11 produced for the same source, constant hashing and ordering,
// and the bytecode cache's round trip.
#include <gtest/gtest.h>

#include <cctype>
#include <cmath>
#include <cstdio>
#include <string>

#include "ast/ast.h"
#include "compiler/code_unit.h"
#include "compiler/compiler.h"
#include "compiler/dis.h"
#include "compiler/opcodes.h"
#include "compiler/symtable.h"
#include "lexer/source.h"
#include "parser/parser.h"

using namespace glasspy;

namespace {

std::shared_ptr<CodeUnit> compile_src(const std::string& src, SyntaxErrorInfo* err_out = nullptr) {
  SourceText text;
  SyntaxErrorInfo err;
  if (!decode_source(src, "x.py", text, err, SourceOrigin::String)) return nullptr;
  ast::Arena arena;
  ast::mod* tree = parse(text, ParseMode::File, arena, err);
  if (!tree) {
    if (err_out) *err_out = err;
    return nullptr;
  }
  std::shared_ptr<CodeUnit> co;
  if (!compile_module(tree, text, "x.py", co, err)) {
    if (err_out) *err_out = err;
    return nullptr;
  }
  return co;
}

// The nested code object called `name` (depth-first).
const CodeUnit* find_code(const CodeUnit& co, const std::string& name) {
  if (co.name == name) return &co;
  for (const Constant& c : co.consts) {
    if (c.kind() == Constant::Kind::Code)
      if (const CodeUnit* f = find_code(*c.code_unit(), name)) return f;
  }
  return nullptr;
}

std::string hex(const std::string& bytes) {
  std::string out;
  char buf[3];
  for (unsigned char c : bytes) {
    std::snprintf(buf, sizeof buf, "%02x", c);
    out += buf;
  }
  return out;
}

// A disassembly with code objects' addresses masked, as the tests compare them.
std::string masked(std::string dis) {
  size_t pos = 0;
  while ((pos = dis.find(" at 0x", pos)) != std::string::npos) {
    size_t end = pos + 6;
    while (end < dis.size() && std::isxdigit(static_cast<unsigned char>(dis[end]))) ++end;
    dis.replace(pos, end - pos, " at 0x");
    pos += 6;
  }
  return dis;
}

std::vector<std::string> strings(std::initializer_list<const char*> l) {
  return std::vector<std::string>(l.begin(), l.end());
}

// Symbol tables of `src`, for scope questions.
struct Table {
  SourceText text;
  ast::Arena arena;
  symtable::SymbolTable st;
  ast::mod* tree = nullptr;
  bool ok = false;
  SyntaxErrorInfo err;

  explicit Table(const std::string& src) {
    decode_source(src, "x.py", text, err, SourceOrigin::String);
    tree = parse(text, ParseMode::File, arena, err);
    if (tree) ok = st.build(tree, text, false, err);
  }
  // The entry of the n-th child block of the module (definition order).
  const symtable::Entry* child(size_t i) const { return st.top()->children.at(i); }
};

}  // namespace

// ---- opcode table ---------------------------------------------------------------------

TEST(Opcodes, NumbersAndCachesAreCPythons) {
  EXPECT_EQ(op::LOAD_CONST, 100);
  EXPECT_EQ(op::LOAD_GLOBAL, 116);
  EXPECT_EQ(op::caches(op::LOAD_GLOBAL), 5);
  EXPECT_EQ(op::caches(op::BINARY_OP), 1);
  EXPECT_EQ(op::caches(op::CALL), 4);
  EXPECT_EQ(op::caches(op::LOAD_METHOD), 10);
  EXPECT_EQ(op::caches(op::PRECALL), 1);
  EXPECT_STREQ(op::name(op::POP_JUMP_BACKWARD_IF_NOT_NONE), "POP_JUMP_BACKWARD_IF_NOT_NONE");
  EXPECT_EQ(op::name(3) != nullptr, true);  // a specialized instruction's slot
  EXPECT_EQ(op::deoptimize(op::LOAD_ATTR_SLOT), op::LOAD_ATTR);
  EXPECT_EQ(op::caches(op::LOAD_ATTR_SLOT), op::caches(op::LOAD_ATTR));
}

TEST(Opcodes, StackEffectsMatchDis) {
  EXPECT_EQ(op::stack_effect(op::MAKE_FUNCTION, 15, false), -4);
  EXPECT_EQ(op::stack_effect(op::UNPACK_EX, 0x102, false), 3);
  EXPECT_EQ(op::stack_effect(op::FOR_ITER, 0, false), 1);
  EXPECT_EQ(op::stack_effect(op::FOR_ITER, 0, true), -1);
  EXPECT_EQ(op::stack_effect(op::LOAD_GLOBAL, 3, false), 2);
  EXPECT_EQ(op::stack_effect(op::BUILD_MAP, 3, false), -5);
  EXPECT_EQ(op::stack_effect(op::FORMAT_VALUE, 4, false), -1);
  EXPECT_EQ(op::stack_effect(op::CALL_FUNCTION_EX, 1, false), -3);
  EXPECT_EQ(op::stack_effect(op::SETUP_CLEANUP, 0, true), 2);
  EXPECT_EQ(op::stack_effect(op::SETUP_CLEANUP, 0, false), 0);
  EXPECT_EQ(op::stack_effect(op::JUMP_IF_TRUE_OR_POP, 0, false), -1);
  EXPECT_EQ(op::stack_effect(op::JUMP_IF_TRUE_OR_POP, 0, true), 0);
}

TEST(Opcodes, JumpClassification) {
  EXPECT_TRUE(op::is_jump(op::FOR_ITER));
  EXPECT_TRUE(op::is_jump(op::SEND));
  EXPECT_TRUE(op::is_jump(op::JUMP));
  EXPECT_TRUE(op::is_jump(op::POP_JUMP_IF_NONE));
  EXPECT_FALSE(op::is_jump(op::SETUP_FINALLY));
  EXPECT_TRUE(op::is_block_push(op::SETUP_WITH));
  EXPECT_TRUE(op::is_scope_exit(op::RERAISE));
  EXPECT_TRUE(op::is_unconditional_jump(op::JUMP_BACKWARD_NO_INTERRUPT));
}

// ---- symbol tables ---------------------------------------------------------------------------

TEST(Symtable, FunctionScopes) {
  Table t(
      "g = 0\n"
      "def f(a, b):\n"
      "    global g\n"
      "    c = a\n"
      "    def inner():\n"
      "        return b + c + h\n"
      "    return inner\n");
  ASSERT_TRUE(t.ok) << t.err.msg;
  const symtable::Entry* f = t.child(0);
  EXPECT_EQ(f->type, symtable::BlockType::Function);
  EXPECT_EQ(f->varnames, strings({"a", "b"}));
  EXPECT_EQ(f->scope_of("a"), symtable::LOCAL);
  EXPECT_EQ(f->scope_of("b"), symtable::CELL);
  EXPECT_EQ(f->scope_of("c"), symtable::CELL);
  EXPECT_EQ(f->scope_of("g"), symtable::GLOBAL_EXPLICIT);
  const symtable::Entry* inner = f->children.at(0);
  EXPECT_TRUE(inner->nested);
  EXPECT_EQ(inner->scope_of("b"), symtable::FREE);
  EXPECT_EQ(inner->scope_of("h"), symtable::GLOBAL_IMPLICIT);
  EXPECT_EQ(t.st.top()->scope_of("g"), symtable::GLOBAL_EXPLICIT);
}

TEST(Symtable, ClassCellForSuper) {
  Table t(
      "class C(B):\n"
      "    x = 1\n"
      "    def m(self):\n"
      "        return super().m() + x\n");
  ASSERT_TRUE(t.ok) << t.err.msg;
  const symtable::Entry* c = t.child(0);
  EXPECT_EQ(c->type, symtable::BlockType::Class);
  EXPECT_TRUE(c->needs_class_closure);
  const symtable::Entry* m = c->children.at(0);
  EXPECT_EQ(m->scope_of("__class__"), symtable::FREE);
  // Class bindings are not visible in methods.
  EXPECT_EQ(m->scope_of("x"), symtable::GLOBAL_IMPLICIT);
}

TEST(Symtable, ComprehensionsAreFunctions) {
  Table t("def f(n):\n    return [i * n for i in range(n)]\n");
  ASSERT_TRUE(t.ok) << t.err.msg;
  const symtable::Entry* comp = t.child(0)->children.at(0);
  EXPECT_EQ(comp->type, symtable::BlockType::Function);
  EXPECT_EQ(comp->comprehension, symtable::Comprehension::List);
  EXPECT_EQ(comp->varnames, strings({".0"}));
  EXPECT_EQ(comp->scope_of("i"), symtable::LOCAL);
  EXPECT_EQ(comp->scope_of("n"), symtable::FREE);
  EXPECT_EQ(t.child(0)->scope_of("n"), symtable::CELL);
}

TEST(Symtable, WalrusInComprehensionBindsInFunction) {
  Table t("def f(xs):\n    ys = [(last := x) for x in xs]\n    return last\n");
  ASSERT_TRUE(t.ok) << t.err.msg;
  EXPECT_EQ(t.child(0)->scope_of("last"), symtable::CELL);
  EXPECT_EQ(t.child(0)->children.at(0)->scope_of("last"), symtable::FREE);
}

TEST(Symtable, Nonlocal) {
  Table t("def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n");
  ASSERT_TRUE(t.ok) << t.err.msg;
  EXPECT_EQ(t.child(0)->scope_of("x"), symtable::CELL);
  EXPECT_EQ(t.child(0)->children.at(0)->scope_of("x"), symtable::FREE);
}

TEST(Symtable, ErrorsCarryCPythonsMessageAndPosition) {
  struct Case {
    const char* src;
    const char* msg;
    int lineno, offset, end_lineno, end_offset;
  } cases[] = {
      {"nonlocal x\n", "nonlocal declaration not allowed at module level", 1, 1, 1, 11},
      {"def f():\n    nonlocal q\n", "no binding for nonlocal 'q' found", 2, 5, 2, 15},
      {"def f(a, a): pass\n", "duplicate argument 'a' in function definition", 1, 10, 1, 11},
      {"def f(a):\n    global a\n", "name 'a' is parameter and global", 2, 5, 2, 13},
      {"def f():\n    x = 1\n    global x\n", "name 'x' is assigned to before global declaration", 3, 5, 3, 13},
      {"def f():\n    print(x)\n    global x\n", "name 'x' is used prior to global declaration", 3, 5, 3, 13},
      {"[(yield x) for x in y]\n", "'yield' inside list comprehension", 1, 3, 1, 10},
      {"[x for x in (y := [1])]\n", "assignment expression cannot be used in a comprehension iterable expression",
       1, 14, 1, 22},
      {"def f():\n    from os import *\n", "import * only allowed at module level", 2, 20, 2, 21},
  };
  for (const Case& c : cases) {
    Table t(c.src);
    ASSERT_NE(t.tree, nullptr) << c.src;
    EXPECT_FALSE(t.ok) << c.src;
    EXPECT_EQ(t.err.msg, c.msg) << c.src;
    EXPECT_EQ(t.err.lineno, c.lineno) << c.src;
    EXPECT_EQ(t.err.offset, c.offset) << c.src;
    EXPECT_EQ(t.err.end_lineno, c.end_lineno) << c.src;
    EXPECT_EQ(t.err.end_offset, c.end_offset) << c.src;
  }
}

TEST(Symtable, Mangling) {
  EXPECT_EQ(symtable::mangle("C", "__x"), "_C__x");
  EXPECT_EQ(symtable::mangle("_C", "__x"), "_C__x");
  EXPECT_EQ(symtable::mangle("C", "__x__"), "__x__");
  EXPECT_EQ(symtable::mangle("C", "_x"), "_x");
  EXPECT_EQ(symtable::mangle("___", "__x"), "__x");
  EXPECT_EQ(symtable::mangle("C", "__a.b"), "__a.b");
}

// ---- compiler errors -----------------------------------------------------------------------------

TEST(CompilerErrors, MessagesAndPositions) {
  struct Case {
    const char* src;
    const char* msg;
    int lineno, offset, end_lineno, end_offset;
  } cases[] = {
      {"return 1\n", "'return' outside function", 1, 1, 1, 9},
      {"yield 1\n", "'yield' outside function", 1, 1, 1, 8},
      {"await x\n", "'await' outside function", 1, 1, 1, 8},
      {"break\n", "'break' outside loop", 1, 1, 1, 6},
      {"continue\n", "'continue' not properly in loop", 1, 1, 1, 9},
      {"async def f():\n    yield 1\n    return 2\n", "'return' with value in async generator", 3, 5, 3, 13},
      {"def f():\n    [x async for x in y]\n", "asynchronous comprehension outside of an asynchronous function",
       2, 5, 2, 25},
      {"f(a=1, a=2)\n", "keyword argument repeated: a", 1, 8, 1, 11},
      {"from __future__ import braces\n", "not a chance", 1, 1, 1, 0},
  };
  for (const Case& c : cases) {
    SyntaxErrorInfo err;
    EXPECT_EQ(compile_src(c.src, &err), nullptr) << c.src;
    EXPECT_EQ(err.msg, c.msg) << c.src;
    EXPECT_EQ(err.lineno, c.lineno) << c.src;
    EXPECT_EQ(err.offset, c.offset) << c.src;
    EXPECT_EQ(err.end_lineno, c.end_lineno) << c.src;
    EXPECT_EQ(err.end_offset, c.end_offset) << c.src;
  }
}

TEST(CompilerErrors, RecursionLimitIsCPythons) {
  auto chain = [](int n) {
    std::string src = "x = a";
    for (int i = 1; i < n; ++i) src += "+a";
    return src + "\n";
  };
  SourceText text;
  SyntaxErrorInfo err;
  std::string ok_src = chain(2999), deep_src = chain(3000);
  for (const std::string* src : {&ok_src, &deep_src}) {
    ASSERT_TRUE(decode_source(*src, "x.py", text, err, SourceOrigin::String));
    ast::Arena arena;
    ast::mod* tree = parse(text, ParseMode::File, arena, err);
    ASSERT_NE(tree, nullptr);
    std::shared_ptr<CodeUnit> co;
    bool recursion = false;
    bool ok = compile_module(tree, text, "x.py", co, err, {}, nullptr, &recursion);
    EXPECT_EQ(ok, src == &ok_src);
    EXPECT_EQ(recursion, src == &deep_src);
  }
  EXPECT_EQ(err.msg, "maximum recursion depth exceeded during compilation");
}

TEST(CompilerWarnings, SyntaxWarningsInOrder) {
  SourceText text;
  SyntaxErrorInfo err;
  ASSERT_TRUE(decode_source("x = 1 is 2\ny = (1,)(2)\nassert (x, 'm')\n", "x.py", text, err,
                            SourceOrigin::String));
  ast::Arena arena;
  ast::mod* tree = parse(text, ParseMode::File, arena, err);
  ASSERT_NE(tree, nullptr);
  std::shared_ptr<CodeUnit> co;
  std::vector<CompileWarning> warnings;
  ASSERT_TRUE(compile_module(tree, text, "x.py", co, err, {}, &warnings));
  ASSERT_EQ(warnings.size(), 3u);
  EXPECT_EQ(warnings[0].msg, "\"is\" with a literal. Did you mean \"==\"?");
  EXPECT_EQ(warnings[0].lineno, 1);
  EXPECT_EQ(warnings[1].msg, "'tuple' object is not callable; perhaps you missed a comma?");
  EXPECT_EQ(warnings[2].msg, "assertion is always true, perhaps remove parentheses?");
  EXPECT_EQ(warnings[2].lineno, 3);
  EXPECT_EQ(warnings[2].category, "SyntaxWarning");
}

// ---- code objects: values CPython 3.11 gave for the same source -------------------------------

TEST(CodeObjects, Flags) {
  auto co = compile_src(
      "def g():\n    yield 1\n"
      "async def c():\n    await x\n"
      "async def ag():\n    yield 1\n"
      "def v(*a, **k):\n    def n(): return a\n    return n\n");
  ASSERT_NE(co, nullptr);
  EXPECT_EQ(co->flags, 0);
  EXPECT_EQ(find_code(*co, "g")->flags, 35);   // OPTIMIZED | NEWLOCALS | GENERATOR
  EXPECT_EQ(find_code(*co, "c")->flags, 131);  // ... | COROUTINE
  EXPECT_EQ(find_code(*co, "ag")->flags, 515); // ... | ASYNC_GENERATOR
  EXPECT_EQ(find_code(*co, "v")->flags, CO_OPTIMIZED | CO_NEWLOCALS | CO_VARARGS | CO_VARKEYWORDS);
  EXPECT_EQ(find_code(*co, "n")->flags, CO_OPTIMIZED | CO_NEWLOCALS | CO_NESTED);
}

TEST(CodeObjects, FutureAnnotationsFlagAndStrings) {
  auto co = compile_src("from __future__ import annotations\ndef f(a: list[int]) -> 'x': pass\n");
  ASSERT_NE(co, nullptr);
  EXPECT_EQ(co->flags, CO_FUTURE_ANNOTATIONS);
  EXPECT_EQ(find_code(*co, "f")->flags, CO_OPTIMIZED | CO_NEWLOCALS | CO_FUTURE_ANNOTATIONS);
  bool found = false;
  for (const Constant& c : co->consts)
    if (c.kind() == Constant::Kind::Str && c.text() == "list[int]") found = true;
  EXPECT_TRUE(found);
}

TEST(CodeObjects, StackSizes) {
  EXPECT_EQ(compile_src("f(a, b, c)\n")->stacksize, 5);
  auto tryexc = compile_src("def f():\n    try:\n        g()\n    except E as e:\n        h(e)\n");
  EXPECT_EQ(find_code(*tryexc, "f")->stacksize, 4);
  auto with = compile_src("def f():\n    with a as b:\n        return b\n");
  EXPECT_EQ(find_code(*with, "f")->stacksize, 6);
  auto gen = compile_src("def g():\n    yield 1\n");
  EXPECT_EQ(find_code(*gen, "g")->stacksize, 1);
}

TEST(CodeObjects, ExceptionTable) {
  auto co = compile_src("def f():\n    try:\n        g()\n    except E as e:\n        h(e)\n");
  const CodeUnit* f = find_code(*co, "f");
  ASSERT_NE(f, nullptr);
  // (start, end, target, depth, lasti) in bytes, as dis reports them.
  struct E {
    int start, end, target, depth;
    bool lasti;
  } want[] = {{4, 32, 36, 0, false}, {36, 56, 108, 1, true}, {56, 86, 98, 1, true}, {98, 108, 108, 1, true}};
  ASSERT_EQ(f->exception_table.size(), 4u);
  for (size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(f->exception_table[i].start * 2, want[i].start);
    EXPECT_EQ(f->exception_table[i].end * 2, want[i].end);
    EXPECT_EQ(f->exception_table[i].target * 2, want[i].target);
    EXPECT_EQ(f->exception_table[i].depth, want[i].depth);
    EXPECT_EQ(f->exception_table[i].lasti, want[i].lasti);
  }
  EXPECT_EQ(hex(f->encoded_exception_table()), "820e1200920a36039c0f3103b1053603");
}

TEST(CodeObjects, LocalsPlusCellsAndFrees) {
  auto co = compile_src("def f(a):\n    b = 1\n    def g():\n        return a + b\n    return g\n");
  const CodeUnit* f = find_code(*co, "f");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->varnames(), strings({"a", "g"}));
  EXPECT_EQ(f->cellvars(), strings({"a", "b"}));
  EXPECT_TRUE(f->freevars().empty());
  EXPECT_EQ(f->nlocals(), 2);
  ASSERT_EQ(f->localsplus_kinds.size(), 3u);
  EXPECT_EQ(f->localsplus_kinds[0], CO_FAST_LOCAL | CO_FAST_CELL);
  EXPECT_EQ(f->localsplus_kinds[2], CO_FAST_CELL);
  const CodeUnit* g = find_code(*co, "g");
  EXPECT_EQ(g->freevars(), strings({"a", "b"}));
  EXPECT_EQ(g->qualname, "f.<locals>.g");
}

TEST(CodeObjects, LocationTableIsCPythons) {
  auto co = compile_src("def f(a):\n    b = 1\n    def g():\n        return a + b\n    return g\n");
  EXPECT_EQ(hex(find_code(*co, "f")->encoded_line_table()),
            "f8f88000d808098041f002010515f000010515f000010515f000010515f000010515f000010515e00b0c8048");
  EXPECT_EQ(hex(find_code(*co, "g")->encoded_line_table()), "f88000d80f1090318975880c");
  auto calls = compile_src("f(a, b, c)\n");
  EXPECT_EQ(hex(calls->encoded_line_table()), "f003010101d800018001802180518801810a840a800a800a800a");
}

TEST(CodeObjects, LinesAndPositions) {
  auto co = compile_src("def f(a):\n    b = 1\n    def g():\n        return a + b\n    return g\n");
  const CodeUnit* g = find_code(*co, "g");
  std::vector<LineRange> lines = g->lines();
  // co_lines(): [(0, 2, None), (2, 4, 3), (4, 6, 4), (6, 8, 4), (8, 12, 4), (12, 14, 4)]
  ASSERT_EQ(lines.size(), 6u);
  EXPECT_EQ(lines[0].line, -1);
  EXPECT_EQ(lines[1].line, 3);
  EXPECT_EQ(lines[4].start, 8);
  EXPECT_EQ(lines[4].end, 12);
  EXPECT_EQ(g->positions.size(), g->code.size());
  // BINARY_OP a + b: line 4, columns 15..20
  EXPECT_EQ(g->positions[4], (Position{4, 4, 15, 20}));
}

TEST(CodeObjects, ConstantsFoldedAndOrdered) {
  auto co = compile_src("x = 2 ** 10\ny = (1, 2) + (3,)\nz = 2 ** 100\ndef f(a=1): pass\n");
  ASSERT_NE(co, nullptr);
  std::vector<std::string> reprs;
  for (const Constant& c : co->consts) reprs.push_back(c.kind() == Constant::Kind::Code ? "<code>" : c.repr());
  // The default tuple (1,) is folded during CFG optimization, so it comes last.
  EXPECT_EQ(reprs, strings({"1024", "(1, 2, 3)", "2", "100", "1", "<code>", "None", "(1,)"}));
}

TEST(CodeObjects, DisassemblyMatchesDisModule) {
  auto co = compile_src("x = 1\nif x:\n    print(x)\n");
  EXPECT_EQ(disassemble(*co),
            "  0           0 RESUME                   0\n"
            "\n"
            "  1           2 LOAD_CONST               0 (1)\n"
            "              4 STORE_NAME               0 (x)\n"
            "\n"
            "  2           6 LOAD_NAME                0 (x)\n"
            "              8 POP_JUMP_FORWARD_IF_FALSE    13 (to 36)\n"
            "\n"
            "  3          10 PUSH_NULL\n"
            "             12 LOAD_NAME                1 (print)\n"
            "             14 LOAD_NAME                0 (x)\n"
            "             16 PRECALL                  1\n"
            "             20 CALL                     1\n"
            "             30 POP_TOP\n"
            "             32 LOAD_CONST               1 (None)\n"
            "             34 RETURN_VALUE\n"
            "\n"
            "  2     >>   36 LOAD_CONST               1 (None)\n"
            "             38 RETURN_VALUE\n");
}

// ---- constants -------------------------------------------------------------------------------------

TEST(Constants, HashesAreCPythonsWithHashSeedZero) {
  auto h = [](const Constant& c) {
    int64_t v = 0;
    EXPECT_TRUE(c.py_hash(v));
    return v;
  };
  EXPECT_EQ(h(Constant::str("abc")), -4594863902769663758LL);
  EXPECT_EQ(h(Constant::bytes("abc")), -4594863902769663758LL);
  EXPECT_EQ(h(Constant::str("\xc3\xa9")), 6047309291227476195LL);               // 'é'
  EXPECT_EQ(h(Constant::str("\xe6\x97\xa5\xe6\x9c\xac")), 6243316497235261705LL);  // '日本'
  EXPECT_EQ(h(Constant::str("\xf0\x9f\x98\x80")), -3536540696076613844LL);     // U+1F600
  EXPECT_EQ(h(Constant::floating(1.5)), 1152921504606846977LL);
  EXPECT_EQ(h(Constant::integer(-1)), -2);
  EXPECT_EQ(h(Constant::integer(mpz_class("2305843009213693952"))), 1);  // 2**61
  EXPECT_EQ(h(Constant::tuple({Constant::integer(1), Constant::integer(2)})), -3550055125485641917LL);
  EXPECT_EQ(h(Constant::complex(1, 2)), 2000007);
  EXPECT_EQ(h(Constant::floating(INFINITY)), 314159);
}

TEST(Constants, FrozensetOrderFollowsCPythonsTable) {
  Constant fs = Constant::frozenset({Constant::str("gettext"), Constant::str("ngettext"),
                                     Constant::str("npgettext"), Constant::str("pgettext")});
  EXPECT_EQ(fs.repr(), "frozenset({'ngettext', 'gettext', 'npgettext', 'pgettext'})");
  Constant mixed = Constant::frozenset(
      {Constant::integer(1), Constant::floating(1.0), Constant::boolean(true), Constant::integer(2)});
  EXPECT_EQ(mixed.repr(), "frozenset({1, 2})");
}

TEST(Constants, Reprs) {
  EXPECT_EQ(Constant::tuple({Constant::str("a")}).repr(), "('a',)");
  EXPECT_EQ(Constant::tuple({}).repr(), "()");
  EXPECT_EQ(Constant::complex(-0.0, -1.0).repr(), "(-0-1j)");
  EXPECT_EQ(Constant::floating(1e16).repr(), "1e+16");
  EXPECT_EQ(Constant::bytes(std::string("\x00\xff", 2)).repr(), "b'\\x00\\xff'");
  EXPECT_EQ(Constant::integer_from_decimal("-123456789012345678901234567890").repr(),
            "-123456789012345678901234567890");
  EXPECT_EQ(Constant::frozenset_in_order({}).repr(), "frozenset()");
}

// ---- the bytecode cache ----------------------------------------------------------------------------

TEST(CodeCache, RoundTrip) {
  auto co = compile_src(
      "import os\n"
      "x = 12345678901234567890123 + 1.5j\n"
      "def f(a, *b, c=b'\\x00', **d):\n"
      "    try:\n"
      "        return [i for i in a if i in {'p', 'q', 'r'}]\n"
      "    except E as e:\n"
      "        raise\n"
      "class K:\n"
      "    def m(self): return super().m(-0.0, 'é', None, ...)\n");
  ASSERT_NE(co, nullptr);
  std::string data = serialize_code(*co);
  std::shared_ptr<CodeUnit> back;
  std::string error;
  ASSERT_TRUE(deserialize_code(data, back, error)) << error;
  EXPECT_EQ(masked(disassemble(*back)), masked(disassemble(*co)));
  EXPECT_EQ(serialize_code(*back), data);
  const CodeUnit* f1 = find_code(*co, "f");
  const CodeUnit* f2 = find_code(*back, "f");
  ASSERT_NE(f2, nullptr);
  EXPECT_EQ(f2->qualname, f1->qualname);
  EXPECT_EQ(f2->flags, f1->flags);
  EXPECT_EQ(f2->stacksize, f1->stacksize);
  EXPECT_EQ(f2->localsplus_kinds, f1->localsplus_kinds);
  EXPECT_EQ(f2->positions, f1->positions);
  EXPECT_EQ(f2->encoded_line_table(), f1->encoded_line_table());
  EXPECT_EQ(f2->encoded_exception_table(), f1->encoded_exception_table());
}

TEST(CodeCache, RejectsDamage) {
  auto co = compile_src("x = 1\n");
  std::string data = serialize_code(*co);
  std::shared_ptr<CodeUnit> back;
  std::string error;
  EXPECT_FALSE(deserialize_code(data.substr(0, data.size() - 3), back, error));
  EXPECT_EQ(back, nullptr);
  std::string wrong_version = data;
  wrong_version[4] = 99;
  EXPECT_FALSE(deserialize_code(wrong_version, back, error));
  EXPECT_EQ(error, "bytecode cache written by another format version");
  EXPECT_FALSE(deserialize_code("not a cache", back, error));
  EXPECT_FALSE(deserialize_code(data + "x", back, error));
}
