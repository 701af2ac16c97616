# Name lookup through builtins: shadowing, replacing builtins at run time, custom __builtins__.
import builtins
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

original_len = builtins.len
def uses_len():
    return len("abc")
print(uses_len())
builtins.len = lambda x: "patched"
print(uses_len())
del builtins.len
t("deleted builtin", uses_len)
builtins.len = original_len
print(uses_len())
len = lambda x: "global shadow"
print(uses_len())
del len
print(uses_len())
def local_shadow():
    len = lambda x: "local"
    return len("q")
print(local_shadow())
builtins.new_builtin = "visible everywhere"
print(new_builtin)
del builtins.new_builtin
t("removed", lambda: new_builtin)
g = {"__builtins__": {"len": lambda x: "dict builtins"}}
exec("r = len('x')", g)
print(g["r"])
t("missing in custom", lambda: exec("print('x')", {"__builtins__": {}}))
g2 = {"__builtins__": builtins}
exec("r = len('xy')", g2)
print(g2["r"])
class Weird(dict):
    def __missing__(self, key):
        return lambda *a: "from __missing__"
t("dict subclass builtins", lambda: exec("r = len('x')", {"__builtins__": Weird()}))
def loop_lookup():
    out = []
    for i in range(3):
        if i == 1:
            builtins.abs = lambda x: "swapped"
        out.append(abs(-1))
    return out
real_abs = abs
print(loop_lookup())
builtins.abs = real_abs
print(abs(-5))
print(type(__builtins__).__name__)
print(eval("__builtins__") is __builtins__)
print(eval("__builtins__", {}) is builtins.__dict__ or eval("__builtins__", {}) is builtins)
t("assign to True", lambda: exec("True = 1"))
t("assign to None attribute", lambda: exec("None.x = 1"))
real_print = print
builtins.print = lambda *a, **k: None
print("swallowed")
del builtins.print
try:
    print("gone")
except NameError as e:
    msg = str(e)
builtins.print = real_print
print("restored", msg)
