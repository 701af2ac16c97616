code = compile("a = 1\nb = a + 1\n", "<mine>", "exec")
ns = {}
exec(code, ns)
print(ns["b"], sorted(k for k in ns if k != "__builtins__"), type(ns["__builtins__"]).__name__)
print(eval(compile("3 * 4", "<e>", "eval")))
exec(compile("1 + 1", "<s>", "single"))
exec(compile("x = 5\nx", "<s>", "exec"))
exec(compile("'single str'", "<s>", "single"))
exec(compile("None", "<s>", "single"))
def f():
    x = 1
    l = locals()
    l["y"] = 2
    return sorted(l), x
print(f())
def g():
    a = 1
    exec("a = 2; b = 3")
    return a, locals().get("b")
print(g())
print(eval("[i * 2 for i in range(3)]"))
src = """
def add(x, y):
    return x + y
result = add(2, 3)
"""
loc = {}
exec(src, {}, loc)
print(loc["result"], "add" in loc)
try:
    exec("1/0", {}, {})
except ZeroDivisionError as e:
    print("exec error", e)
try:
    eval("bad syntax here")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset)
import builtins
print(builtins.len([1]), builtins.__name__)
builtins.custom_global = 42
print(custom_global)
print(globals()["__name__"], "exec1" not in globals())
x = 10
globals()["x"] = 20
print(x)
exec("raise ValueError('from exec')")
