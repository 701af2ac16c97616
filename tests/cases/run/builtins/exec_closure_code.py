# exec() of code objects: closure= (3.11), free variables, returned values, and errors.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

def outer():
    x = "captured"
    def inner():
        print("inner sees", x)
    return inner
inner = outer()
code = inner.__code__
print(code.co_freevars, len(inner.__closure__))
t("exec with closure", lambda: exec(code, {}, None, closure=inner.__closure__))
t("exec without closure", lambda: exec(code, {}))
t("closure wrong length", lambda: exec(code, {}, closure=()))
t("closure not tuple", lambda: exec(code, {}, closure=[1]))
t("closure non-cell", lambda: exec(code, {}, closure=(1,)))
t("closure for plain code", lambda: exec(compile("1", "c", "exec"), {}, closure=()))
t("closure with str source", lambda: exec("1", {}, closure=()))
t("closure None", lambda: exec(compile("print('none closure')", "c", "exec"), {}, closure=None))
import types
cell = types.CellType("made by hand")
t("exec with handmade cell", lambda: exec(code, {}, closure=(cell,)))
t("eval code", lambda: eval(compile("6 * 7", "e", "eval")))
t("exec eval-mode code", lambda: exec(compile("6 * 7", "e", "eval")))
t("eval exec-mode code", lambda: eval(compile("y = 5", "e", "exec"), {}))
g = {}
exec(compile("def f():\n    return 'from f'\n", "defs", "exec"), g)
t("defined function", lambda: (g["f"](), g["f"].__module__ if "__name__" in g else "no module name"))
t("code with return value", lambda: eval((lambda: 3).__code__))
def gen_fn():
    yield 1
t("generator code", lambda: type(eval(gen_fn.__code__)).__name__)
async def coro_fn():
    return 1
def run_coro():
    c = eval(coro_fn.__code__)
    try:
        c.send(None)
    except StopIteration as e:
        return ("coroutine returned", e.value)
t("coroutine code", run_coro)
def args_fn(a, b):
    return a
t("code needing args", lambda: eval(args_fn.__code__))
t("exec code globals kw", lambda: exec(code, globals=None))
ns = {"__builtins__": {"print": lambda *a: None}}
t("builtins in globals used by code", lambda: exec(compile("print('hidden')", "h", "exec"), ns))
t("exec returns None", lambda: exec(compile("42", "r", "exec")))
