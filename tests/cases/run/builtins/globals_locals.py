# globals() and locals(): identity, snapshots in functions, class bodies, comprehensions.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

print(globals() is globals(), type(globals()).__name__, globals()["__name__"])
print(locals() is globals())
globals()["injected"] = "via globals()"
print(injected)
def f(a, *args, k=1, **kw):
    b = 2
    snap = locals()
    c = 3
    return sorted(snap), sorted(locals())
print(f(0, 9, z=1))
def closure():
    x = 1
    def inner():
        y = 2
        return sorted(locals()), x
    return inner()
print(closure())
def writes_ignored():
    v = 1
    locals()["v"] = 2
    return v
print(writes_ignored())
class K:
    a = 1
    names = sorted(locals())
    locals()["b"] = "class body locals are real"
print(K.names, K.b)
print(sorted((lambda p: locals())(5)))
print([sorted(locals()) for _ in range(1)])
print(sorted({k: 1 for k in [1] if "k" in locals()} or ["empty"]))
def gen():
    g = 1
    yield sorted(locals())
    h = 2
    yield sorted(locals())
print(list(gen()))
t("globals arg", lambda: globals(1))
t("locals arg", lambda: locals(1))
t("globals kw", lambda: globals(x=1))
def uses_exec():
    exec("new_name = 5")
    return "new_name" in locals(), locals().get("new_name")
print(uses_exec())
def deleted():
    d = 1
    del d
    return "d" in locals()
print(deleted())
def cell_var():
    c = "cell"
    def use():
        return c
    return locals()["c"], sorted(locals())
print(cell_var())
print(globals().get("__builtins__") is not None, "__file__" in globals())
