# compile()/exec()/eval() inherit the caller's __future__ features unless dont_inherit is set.
from __future__ import annotations
def t(label, fn):
    try:
        print(label, repr(fn()))
    except BaseException as e:
        print(label, "EXC", type(e).__name__, e)
ns = {}
t("exec inherits", lambda: (exec("def f(a: undefined_name) -> int: pass", ns), ns["f"].__annotations__)[1])
t("eval inherits", lambda: eval("(lambda: 1)").__code__.co_flags & 0x1000000)
t("compile inherits", lambda: compile("x", "f", "exec").co_flags & 0x1000000)
t("compile dont_inherit", lambda: compile("x", "f", "exec", dont_inherit=True).co_flags & 0x1000000)
def g(): pass
t("flag on code", lambda: g.__code__.co_flags & 0x1000000)
t("exec code obj", lambda: exec(compile("def h(a: nope): pass\nprint(h.__annotations__)", "f", "exec", dont_inherit=True), {}))
t("compile flags 0 inherit", lambda: (exec(compile("def h(a: nope2): pass\nprint(h.__annotations__)", "f", "exec"), {})))
t("eval string annotations", lambda: eval("(lambda: (lambda a: 0))()").__code__.co_flags & 0x1000000)
t("compile explicit flag and dont_inherit", lambda: compile("x", "f", "exec", 0x1000000, True).co_flags & 0x1000000)
t("exec in function", lambda: (lambda d: (exec("def k(a: missing): pass", d), d["k"].__annotations__))({})[1])
t("nested compile", lambda: eval("compile('y', 'g', 'exec').co_flags & 0x1000000"))
t("dont_inherit int", lambda: compile("x", "f", "exec", 0, 1).co_flags & 0x1000000)
t("dont_inherit str", lambda: compile("x", "f", "exec", 0, "x"))
t("dont_inherit None", lambda: compile("x", "f", "exec", 0, None))
