// Unit tests for the parser: node positions (checked through ast::dump with
// include_attributes, against what CPython 3.11 gives), the SyntaxError
// fields of specialised errors, the start rules other than `file`, tokenizer
// warnings, and robustness on deeply nested or very long input.
#include "parser/parser.h"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "ast/ast_dump.h"
#include "lexer/source.h"

namespace glasspy {
namespace {

struct PositionCase {
  ParseMode mode;
  const char* source;
  const char* expected;  // ast.dump(tree, include_attributes=True)
};

struct ErrorCase {
  const char* source;
  SyntaxErrorKind kind;
  const char* msg;
  int lineno, offset, end_lineno, end_offset;
  const char* text;
};

// Generated from CPython 3.11 (ast.dump with include_attributes=True).
const PositionCase kPositionCases[] = {
    {ParseMode::File, "x = 1\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], type_ignores=[])"},
    {ParseMode::File, "@dec\ndef f(a, *, b=1):\n    return a\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', lineno=2, col_offset=6, end_lineno=2, end_col_offset=7)], kwonlyargs=[arg(arg='b', lineno=2, col_offset=12, end_lineno=2, end_col_offset=13)], kw_defaults=[Constant(value=1, lineno=2, col_offset=14, end_lineno=2, end_col_offset=15)], defaults=[]), body=[Return(value=Name(id='a', ctx=Load(), lineno=3, col_offset=11, end_lineno=3, end_col_offset=12), lineno=3, col_offset=4, end_lineno=3, end_col_offset=12)], decorator_list=[Name(id='dec', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=4)], lineno=2, col_offset=0, end_lineno=3, end_col_offset=12)], type_ignores=[])"},
    {ParseMode::File, "@dec\nclass C(B):\n    pass\n",
     "Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load(), lineno=2, col_offset=8, end_lineno=2, end_col_offset=9)], keywords=[], body=[Pass(lineno=3, col_offset=4, end_lineno=3, end_col_offset=8)], decorator_list=[Name(id='dec', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=4)], lineno=2, col_offset=0, end_lineno=3, end_col_offset=8)], type_ignores=[])"},
    {ParseMode::File, "f(x for x in y)\n",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), args=[GeneratorExp(elt=Name(id='x', ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), generators=[comprehension(target=Name(id='x', ctx=Store(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), iter=Name(id='y', ctx=Load(), lineno=1, col_offset=13, end_lineno=1, end_col_offset=14), ifs=[], is_async=0)], lineno=1, col_offset=1, end_lineno=1, end_col_offset=15)], keywords=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=15), lineno=1, col_offset=0, end_lineno=1, end_col_offset=15)], type_ignores=[])"},
    {ParseMode::File, "(a, b) = c\n",
     "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=2), Name(id='b', ctx=Store(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5)], ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)], value=Name(id='c', ctx=Load(), lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=0, end_lineno=1, end_col_offset=10)], type_ignores=[])"},
    {ParseMode::File, "x = (1)\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=6), lineno=1, col_offset=0, end_lineno=1, end_col_offset=7)], type_ignores=[])"},
    {ParseMode::File, "a.b[c](d).e\n",
     "Module(body=[Expr(value=Attribute(value=Call(func=Subscript(value=Attribute(value=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), attr='b', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=3), slice=Name(id='c', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6), args=[Name(id='d', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], keywords=[], lineno=1, col_offset=0, end_lineno=1, end_col_offset=9), attr='e', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11), lineno=1, col_offset=0, end_lineno=1, end_col_offset=11)], type_ignores=[])"},
    {ParseMode::File, "x = f\"a{b!r:>{c}}d\" \"e\"\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=JoinedStr(values=[Constant(value='a', lineno=1, col_offset=4, end_lineno=1, end_col_offset=23), FormattedValue(value=Name(id='b', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), conversion=114, format_spec=JoinedStr(values=[Constant(value='>', lineno=1, col_offset=4, end_lineno=1, end_col_offset=23), FormattedValue(value=Name(id='c', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15), conversion=-1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=23)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=19), lineno=1, col_offset=4, end_lineno=1, end_col_offset=23), Constant(value='de', lineno=1, col_offset=4, end_lineno=1, end_col_offset=23)], lineno=1, col_offset=4, end_lineno=1, end_col_offset=23), lineno=1, col_offset=0, end_lineno=1, end_col_offset=23)], type_ignores=[])"},
    {ParseMode::File, "x = f\"\"\"\n  {a +\n b}\"\"\"\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=JoinedStr(values=[Constant(value='\\n  ', lineno=1, col_offset=4, end_lineno=3, end_col_offset=6), FormattedValue(value=BinOp(left=Name(id='a', ctx=Load(), lineno=2, col_offset=3, end_lineno=2, end_col_offset=4), op=Add(), right=Name(id='b', ctx=Load(), lineno=3, col_offset=1, end_lineno=3, end_col_offset=2), lineno=2, col_offset=3, end_lineno=3, end_col_offset=2), conversion=-1, lineno=1, col_offset=4, end_lineno=3, end_col_offset=6)], lineno=1, col_offset=4, end_lineno=3, end_col_offset=6), lineno=1, col_offset=0, end_lineno=3, end_col_offset=6)], type_ignores=[])"},
    {ParseMode::File, "caf\xc3""\xa9"" = \"\xe6""\x97""\xa5""\xe6""\x9c""\xac""\" + x\n",
     "Module(body=[Assign(targets=[Name(id='caf\xc3""\xa9""', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], value=BinOp(left=Constant(value='\xe6""\x97""\xa5""\xe6""\x9c""\xac""', lineno=1, col_offset=8, end_lineno=1, end_col_offset=16), op=Add(), right=Name(id='x', ctx=Load(), lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), lineno=1, col_offset=8, end_lineno=1, end_col_offset=20), lineno=1, col_offset=0, end_lineno=1, end_col_offset=20)], type_ignores=[])"},
    {ParseMode::File, "match p:\n    case [1, *r] | {\"k\": v, **kw} if v:\n        pass\n",
     "Module(body=[Match(subject=Name(id='p', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), cases=[match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchValue(value=Constant(value=1, lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), lineno=2, col_offset=10, end_lineno=2, end_col_offset=11), MatchStar(name='r', lineno=2, col_offset=13, end_lineno=2, end_col_offset=15)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=16), MatchMapping(keys=[Constant(value='k', lineno=2, col_offset=20, end_lineno=2, end_col_offset=23)], patterns=[MatchAs(name='v', lineno=2, col_offset=25, end_lineno=2, end_col_offset=26)], rest='kw', lineno=2, col_offset=19, end_lineno=2, end_col_offset=33)], lineno=2, col_offset=9, end_lineno=2, end_col_offset=33), guard=Name(id='v', ctx=Load(), lineno=2, col_offset=37, end_lineno=2, end_col_offset=38), body=[Pass(lineno=3, col_offset=8, end_lineno=3, end_col_offset=12)])], lineno=1, col_offset=0, end_lineno=3, end_col_offset=12)], type_ignores=[])"},
    {ParseMode::File, "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n",
     "Module(body=[If(test=Name(id='a', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], orelse=[If(test=Name(id='b', ctx=Load(), lineno=3, col_offset=5, end_lineno=3, end_col_offset=6), body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], orelse=[Pass(lineno=6, col_offset=4, end_lineno=6, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=6, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=6, end_col_offset=8)], type_ignores=[])"},
    {ParseMode::File, "try:\n    pass\nexcept* E as e:\n    pass\n",
     "Module(body=[TryStar(body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], handlers=[ExceptHandler(type=Name(id='E', ctx=Load(), lineno=3, col_offset=8, end_lineno=3, end_col_offset=9), name='e', body=[Pass(lineno=4, col_offset=4, end_lineno=4, end_col_offset=8)], lineno=3, col_offset=0, end_lineno=4, end_col_offset=8)], orelse=[], finalbody=[], lineno=1, col_offset=0, end_lineno=4, end_col_offset=8)], type_ignores=[])"},
    {ParseMode::File, "with (a as b, c):\n    pass\n",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load(), lineno=1, col_offset=6, end_lineno=1, end_col_offset=7), optional_vars=Name(id='b', ctx=Store(), lineno=1, col_offset=11, end_lineno=1, end_col_offset=12)), withitem(context_expr=Name(id='c', ctx=Load(), lineno=1, col_offset=14, end_lineno=1, end_col_offset=15))], body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)], type_ignores=[])"},
    {ParseMode::File, "lambda x, /, y=1, *z, w, **k: 0\n",
     "Module(body=[Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='x', lineno=1, col_offset=7, end_lineno=1, end_col_offset=8)], args=[arg(arg='y', lineno=1, col_offset=13, end_lineno=1, end_col_offset=14)], vararg=arg(arg='z', lineno=1, col_offset=19, end_lineno=1, end_col_offset=20), kwonlyargs=[arg(arg='w', lineno=1, col_offset=22, end_lineno=1, end_col_offset=23)], kw_defaults=[None], kwarg=arg(arg='k', lineno=1, col_offset=27, end_lineno=1, end_col_offset=28), defaults=[Constant(value=1, lineno=1, col_offset=15, end_lineno=1, end_col_offset=16)]), body=Constant(value=0, lineno=1, col_offset=30, end_lineno=1, end_col_offset=31), lineno=1, col_offset=0, end_lineno=1, end_col_offset=31), lineno=1, col_offset=0, end_lineno=1, end_col_offset=31)], type_ignores=[])"},
    {ParseMode::File, "x[1:2, ::3, ...]\n",
     "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), slice=Tuple(elts=[Slice(lower=Constant(value=1, lineno=1, col_offset=2, end_lineno=1, end_col_offset=3), upper=Constant(value=2, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=2, end_lineno=1, end_col_offset=5), Slice(step=Constant(value=3, lineno=1, col_offset=9, end_lineno=1, end_col_offset=10), lineno=1, col_offset=7, end_lineno=1, end_col_offset=10), Constant(value=Ellipsis, lineno=1, col_offset=12, end_lineno=1, end_col_offset=15)], ctx=Load(), lineno=1, col_offset=2, end_lineno=1, end_col_offset=15), ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=16), lineno=1, col_offset=0, end_lineno=1, end_col_offset=16)], type_ignores=[])"},
    {ParseMode::File, "from . import (a as b,)\n",
     "Module(body=[ImportFrom(names=[alias(name='a', asname='b', lineno=1, col_offset=15, end_lineno=1, end_col_offset=21)], level=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=23)], type_ignores=[])"},
    {ParseMode::File, "x = yield\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Yield(lineno=1, col_offset=4, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9)], type_ignores=[])"},
    {ParseMode::File, "async def f():\n    async for x in y:\n        await z\n",
     "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncFor(target=Name(id='x', ctx=Store(), lineno=2, col_offset=14, end_lineno=2, end_col_offset=15), iter=Name(id='y', ctx=Load(), lineno=2, col_offset=19, end_lineno=2, end_col_offset=20), body=[Expr(value=Await(value=Name(id='z', ctx=Load(), lineno=3, col_offset=14, end_lineno=3, end_col_offset=15), lineno=3, col_offset=8, end_lineno=3, end_col_offset=15), lineno=3, col_offset=8, end_lineno=3, end_col_offset=15)], orelse=[], lineno=2, col_offset=4, end_lineno=3, end_col_offset=15)], decorator_list=[], lineno=1, col_offset=0, end_lineno=3, end_col_offset=15)], type_ignores=[])"},
    {ParseMode::Eval, "a + b * c",
     "Expression(body=BinOp(left=Name(id='a', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), op=Add(), right=BinOp(left=Name(id='b', ctx=Load(), lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), op=Mult(), right=Name(id='c', ctx=Load(), lineno=1, col_offset=8, end_lineno=1, end_col_offset=9), lineno=1, col_offset=4, end_lineno=1, end_col_offset=9), lineno=1, col_offset=0, end_lineno=1, end_col_offset=9))"},
    {ParseMode::Eval, "1, 2",
     "Expression(body=Tuple(elts=[Constant(value=1, lineno=1, col_offset=0, end_lineno=1, end_col_offset=1), Constant(value=2, lineno=1, col_offset=3, end_lineno=1, end_col_offset=4)], ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=4))"},
    {ParseMode::Single, "x = 1\n",
     "Interactive(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)])"},
    {ParseMode::Single, "if x:\n    pass\n\n",
     "Interactive(body=[If(test=Name(id='x', ctx=Load(), lineno=1, col_offset=3, end_lineno=1, end_col_offset=4), body=[Pass(lineno=2, col_offset=4, end_lineno=2, end_col_offset=8)], orelse=[], lineno=1, col_offset=0, end_lineno=2, end_col_offset=8)])"},
    {ParseMode::FuncType, "(int, *str) -> None",
     "FunctionType(argtypes=[Name(id='int', ctx=Load(), lineno=1, col_offset=1, end_lineno=1, end_col_offset=4), Name(id='str', ctx=Load(), lineno=1, col_offset=7, end_lineno=1, end_col_offset=10)], returns=Constant(value=None, lineno=1, col_offset=15, end_lineno=1, end_col_offset=19))"},
};
const ErrorCase kErrorCases[] = {
    {"print \"hi\"\n", SyntaxErrorKind::SyntaxError, "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 11, "print \"hi\"\n"},
    {"f(a=1, b)\n", SyntaxErrorKind::SyntaxError, "positional argument follows keyword argument", 1, 9, 1, 10, "f(a=1, b)\n"},
    {"x = (a b)\n", SyntaxErrorKind::SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9, "x = (a b)\n"},
    {"if x\n    pass\n", SyntaxErrorKind::SyntaxError, "expected ':'", 1, 5, 1, 5, "if x\n"},
    {"if x:\npass\n", SyntaxErrorKind::IndentationError, "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5, "pass\n"},
    {"def f(a=1, b): pass\n", SyntaxErrorKind::SyntaxError, "non-default argument follows default argument", 1, 12, 1, 13, "def f(a=1, b): pass\n"},
    {"f() = 1\n", SyntaxErrorKind::SyntaxError, "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4, "f() = 1\n"},
    {"del f()\n", SyntaxErrorKind::SyntaxError, "cannot delete function call", 1, 5, 1, 8, "del f()\n"},
    {"a, b += 1\n", SyntaxErrorKind::SyntaxError, "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 5, "a, b += 1\n"},
    {"x = a if b\n", SyntaxErrorKind::SyntaxError, "expected 'else' after 'if' expression", 1, 5, 1, 11, "x = a if b\n"},
    {"{1: 2, 3}\n", SyntaxErrorKind::SyntaxError, "':' expected after dictionary key", 1, 8, 1, 0, "{1: 2, 3}\n"},
    {"x = f\"{a b}\"\n", SyntaxErrorKind::SyntaxError, "f-string: invalid syntax. Perhaps you forgot a comma?", 1, 2, 1, 5, "(a b)\n"},
    {"x = b\"a\" \"b\"\n", SyntaxErrorKind::SyntaxError, "cannot mix bytes and nonbytes literals", 1, 13, 1, 13, "x = b\"a\" \"b\"\n"},
    {"try:\n    pass\nx = 1\n", SyntaxErrorKind::SyntaxError, "expected 'except' or 'finally' block", 3, 1, 3, 2, "x = 1\n"},
    {"x = 1\n    y = 2\n", SyntaxErrorKind::IndentationError, "unexpected indent", 2, 4, 2, -1, "    y = 2\n"},
    {"f(x for x in y, 1)\n", SyntaxErrorKind::SyntaxError, "Generator expression must be parenthesized", 1, 3, 1, 15, "f(x for x in y, 1)\n"},
    {"x = = 1\ns = \"abc\n", SyntaxErrorKind::SyntaxError, "unterminated string literal (detected at line 2)", 2, 5, 2, 5, "s = \"abc"},
    {"match x:\n    case 1 as _:\n        pass\n", SyntaxErrorKind::SyntaxError, "cannot use '_' as a target", 2, 15, 2, 16, "    case 1 as _:\n"},
    {"with a as 1: pass\n", SyntaxErrorKind::SyntaxError, "cannot assign to literal", 1, 11, 1, 12, "with a as 1: pass\n"},
    {"x = \"\xc3""\xa9""\" + (a b)\n", SyntaxErrorKind::SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 1, 13, 1, 16, "x = \"\xc3""\xa9""\" + (a b)\n"},
    {"# coding: utf-8\nx = \"\xc3""\xa9""\" + (a b)\n", SyntaxErrorKind::SyntaxError, "invalid syntax. Perhaps you forgot a comma?", 2, 12, 2, 15, "x = \"\xc3""\xa9""\" + (a b)\n"},
    {"for x in y z: pass\n", SyntaxErrorKind::SyntaxError, "invalid syntax", 1, 12, 1, 13, "for x in y z: pass\n"},
};

struct Parsed {
  SourceText source;
  ast::Arena arena;
  SyntaxErrorInfo err;
  ast::mod* tree = nullptr;
  std::vector<CompileWarning> warnings;
};

void parse_text(Parsed& p, const std::string& text, ParseMode mode = ParseMode::File) {
  ASSERT_TRUE(decode_source(text, "test.py", p.source, p.err)) << p.err.msg;
  p.tree = parse(p.source, mode, p.arena, p.err, &p.warnings);
}

TEST(ParserPositions, MatchCPython) {
  for (const PositionCase& c : kPositionCases) {
    Parsed p;
    parse_text(p, c.source, c.mode);
    ASSERT_NE(p.tree, nullptr) << c.source << "\n" << p.err.msg;
    EXPECT_EQ(ast::dump(p.tree, -1, true), c.expected) << c.source;
  }
}

TEST(ParserErrors, MatchCPython) {
  for (const ErrorCase& c : kErrorCases) {
    Parsed p;
    parse_text(p, c.source);
    ASSERT_EQ(p.tree, nullptr) << c.source;
    EXPECT_EQ(p.err.kind, c.kind) << c.source;
    EXPECT_EQ(p.err.msg, c.msg) << c.source;
    EXPECT_EQ(p.err.lineno, c.lineno) << c.source;
    EXPECT_EQ(p.err.offset, c.offset) << c.source;
    EXPECT_EQ(p.err.end_lineno, c.end_lineno) << c.source;
    EXPECT_EQ(p.err.end_offset, c.end_offset) << c.source;
    EXPECT_EQ(p.err.text, c.text) << c.source;
  }
}

TEST(ParserErrors, SecondPassKeepsFirstPassLocation) {
  // The generic error is reported at the furthest token of the first pass,
  // even though the invalid_ rules of the second pass read further.
  Parsed p;
  parse_text(p, "for x y: pass\n");
  ASSERT_EQ(p.tree, nullptr);
  EXPECT_EQ(p.err.msg, "invalid syntax");
  EXPECT_EQ(p.err.offset, 7);
  EXPECT_EQ(p.err.end_offset, 8);
}

TEST(ParserRobustness, DeepUnaryNestingIsMemoryError) {
  Parsed p;
  parse_text(p, std::string(100000, '-') + "1\n");
  ASSERT_EQ(p.tree, nullptr);
  EXPECT_EQ(p.err.kind, SyntaxErrorKind::MemoryError);
  EXPECT_TRUE(p.err.msg.empty());
}

TEST(ParserRobustness, NestingJustBelowCPythonsLimitParses) {
  // CPython 3.11 accepts 5969 unary minus signs and refuses 5970.
  Parsed ok;
  parse_text(ok, std::string(5969, '-') + "1\n");
  EXPECT_NE(ok.tree, nullptr);
  Parsed bad;
  parse_text(bad, std::string(5970, '-') + "1\n");
  EXPECT_EQ(bad.tree, nullptr);
  EXPECT_EQ(bad.err.kind, SyntaxErrorKind::MemoryError);
}

TEST(ParserRobustness, LongFlatChainsParse) {
  std::string sum = "x";
  for (int i = 0; i < 100000; ++i) sum += "+x";
  std::string attrs = "x";
  for (int i = 0; i < 100000; ++i) attrs += ".y";
  for (const std::string& text : {sum, attrs}) {
    Parsed p;
    parse_text(p, text + "\n");
    EXPECT_NE(p.tree, nullptr);
  }
}

TEST(ParserRobustness, NestedCallsAreLinear) {
  // Without memoization the alternatives of assignment/t_primary would make
  // this exponential in the nesting depth.
  std::string text;
  for (int i = 0; i < 190; ++i) text += "f(";
  text += "x";
  for (int i = 0; i < 190; ++i) text += ")";
  auto start = std::chrono::steady_clock::now();
  Parsed p;
  parse_text(p, text + "\n");
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_NE(p.tree, nullptr);
  EXPECT_LT(secs, 2.0);
}

TEST(ParserRobustness, TooManyParenthesesIsTheTokenizersError) {
  Parsed p;
  parse_text(p, std::string(10000, '(') + std::string(10000, ')') + "\n");
  ASSERT_EQ(p.tree, nullptr);
  EXPECT_EQ(p.err.msg, "too many nested parentheses");
}

TEST(ParserWarnings, TokenizerWarningsAreCollected) {
  Parsed p;
  parse_text(p, "x = 1if y else 2\nz = f'{0x1for a in b}'\n");
  ASSERT_NE(p.tree, nullptr) << p.err.msg;
  ASSERT_EQ(p.warnings.size(), 2u);
  EXPECT_EQ(p.warnings[0].msg, "invalid decimal literal");
  EXPECT_EQ(p.warnings[0].lineno, 1);
  EXPECT_EQ(p.warnings[1].msg, "invalid hexadecimal literal");
  EXPECT_EQ(p.warnings[1].lineno, 2);
}

TEST(ParserStrings, ConcatenationAndKinds) {
  Parsed p;
  parse_text(p, "u'a' 'b'\nb'x' b'y'\nf'' ''\n");
  ASSERT_NE(p.tree, nullptr);
  EXPECT_EQ(ast::dump(p.tree, -1, false),
            "Module(body=[Expr(value=Constant(value='ab', kind='u')), "
            "Expr(value=Constant(value=b'xy')), Expr(value=JoinedStr(values=[]))], "
            "type_ignores=[])");
}

TEST(ParserSoftKeywords, MatchAndCaseAsNames) {
  Parsed p;
  parse_text(p, "match = case = _ = 1\nmatch(x)\nmatch x:\n    case match: pass\n");
  ASSERT_NE(p.tree, nullptr) << p.err.msg;
}

}  // namespace
}  // namespace glasspy
