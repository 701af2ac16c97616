ns = {}
exec("a = 1\nb = a + 1", ns)
print(ns["a"], ns["b"], "__builtins__" in ns)
g = {"x": 10}
l = {}
exec("y = x * 2", g, l)
print(l, "y" in g)
print(eval("x + 1", g), eval("x * y", g, {"y": 3}))
code = compile("z = 5", "<str>", "exec")
exec(code, ns)
print(ns["z"])
single = compile("1 + 2", "<single>", "single")
exec(single)
exec(compile("for i in range(2): i", "<s>", "single")) if False else None
e = compile("3 * 4", "<e>", "eval")
print(eval(e), type(e).__name__, e.co_name)
try:
    exec(e)
    print("exec of eval code works")
except Exception as err:
    print(err)
for src, mode in [("x = 1", "eval"), ("1 +", "exec"), ("a\nb", "single"), ("def", "exec")]:
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as err:
        print(mode, err.msg, err.lineno, err.offset)
try:
    compile("1", "<m>", "bogus")
except ValueError as err:
    print(err)
try:
    exec(123)
except TypeError as err:
    print(err)
try:
    eval(123)
except TypeError as err:
    print(err)
try:
    exec("1", [])
except TypeError as err:
    print(err)
try:
    eval("1", {}, [])
except TypeError as err:
    print(err)
print(eval("  42  "), eval("\t7"), eval(b"8"), exec("") is None)
print(eval("__name__"), eval("__name__", {}), eval("__builtins__", {}) is not None)
