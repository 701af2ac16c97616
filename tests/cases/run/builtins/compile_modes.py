# compile(): exec/eval/single modes, flags, dont_inherit, sources and errors.
import __future__
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

c = compile("x = 1\ny = x + 1", "<prog>", "exec")
ns = {}
print(type(c).__name__, c.co_filename, c.co_name, exec(c, ns), ns["y"])
e = compile("3 * 7", "<expr>", "eval")
print(eval(e), e.co_name)
s = compile("1 + 1", "<single>", "single")
print(s.co_name, eval(s))
s2 = compile("for i in range(2): print('single', i)\n", "<single>", "single")
exec(s2)
t("bytes source", lambda: eval(compile(b"40 + 2", "b", "eval")))
t("bytearray source", lambda: eval(compile(bytearray(b"'ba'"), "b", "eval")))
t("memoryview source", lambda: compile(memoryview(b"1"), "m", "eval"))
t("coding cookie", lambda: eval(compile(b"# -*- coding: latin-1 -*-\n'\xe9'", "c", "exec") or "ok"))
t("kwargs", lambda: eval(compile(source="5", filename="k", mode="eval")))
t("bytes filename", lambda: compile("1", b"bfile", "eval").co_filename)
class P:
    def __fspath__(self):
        return "/p/q.py"
t("pathlike filename", lambda: compile("1", P(), "eval").co_filename)
t("exec memoryview", lambda: exec(memoryview(b"print('from memoryview')")))
t("eval bytearray", lambda: eval(bytearray(b"6 * 7")))
t("exec int", lambda: exec(5))
t("eval list", lambda: eval([1]))
t("bad mode", lambda: compile("1", "f", "run"))
t("bad mode type", lambda: compile("1", "f", 1))
t("eval with statement", lambda: compile("x = 1", "f", "eval"))
t("single two statements", lambda: compile("x = 1\ny = 2\n", "f", "single"))
t("syntax error", lambda: compile("1 +", "f", "exec"))
t("null byte", lambda: compile("1\0", "f", "eval"))
t("bad source type", lambda: compile(5, "f", "eval"))
t("bad filename type", lambda: compile("1", 5, "eval"))
t("bad flags", lambda: compile("1", "f", "eval", 0x100000000))
t("unknown flag", lambda: compile("1", "f", "eval", 1 << 30))
t("too few args", lambda: compile("1", "f"))
t("too many args", lambda: compile("1", "f", "eval", 0, False, -1, False, 1))
t("optimize bad", lambda: compile("1", "f", "eval", optimize=7))
t("optimize 2 asserts", lambda: exec(compile("assert False, 'gone'", "f", "exec", optimize=2)))
t("optimize 0 asserts", lambda: exec(compile("assert False, 'kept'", "f", "exec", optimize=0)))
t("debug under optimize", lambda: eval(compile("__debug__", "f", "eval", optimize=1)))
t("dont_inherit", lambda: eval(compile("7", "f", "eval", 0, True)))
t("annotations future flag", lambda: compile("def f(a: undefined): pass\nr = f.__annotations__", "f", "exec",
                                             __future__.annotations.compiler_flag))
ns = {}
exec(compile("def f(a: undefined) -> int: pass\nr = f.__annotations__", "f", "exec",
             __future__.annotations.compiler_flag), ns)
print(ns["r"])
t("flag value", lambda: __future__.annotations.compiler_flag)
t("generator expr", lambda: list(eval(compile("(i*i for i in range(4))", "g", "eval"))))
t("indent error", lambda: compile("if 1:\nprint(1)", "f", "exec"))
t("tab error", lambda: compile("if 1:\n\tx=1\n        y=2", "f", "exec"))
try:
    compile("a b\n", "named.py", "exec")
except SyntaxError as err:
    print(err.filename, err.lineno, err.offset, err.text, err.msg)
print(compile("", "empty", "exec").co_consts)
print(eval(compile("'''doc'''", "d", "single")))
class BadP:
    def __fspath__(self):
        return 7
t("pathlike bad result", lambda: compile("1", BadP(), "eval"))
for src in ["a b", "x = 1\na b", "f(**a, *b)", "\n\na b  ", "a b\r\n"]:
    for mode in ("exec", "single"):
        try:
            compile(src, "f", mode)
        except SyntaxError as e:
            print(repr(src), mode, repr(e.text), e.lineno, e.offset)
try:
    exec("a b")
except SyntaxError as e:
    print("exec text", repr(e.text))
