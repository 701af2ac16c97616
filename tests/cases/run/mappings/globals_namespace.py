# module namespaces are dicts
g = globals()
print(type(g).__name__, g is globals(), "__name__" in g, g["__name__"])
g["injected"] = 42
print(injected)
del g["injected"]
try:
    injected
except NameError as e:
    print(type(e).__name__, e)
x = 1
keys_before = list(g)
y = 2
print([k for k in g if k not in keys_before])
def f():
    loc = locals()
    a = 1
    loc2 = locals()
    return loc is loc2, sorted(loc2)
print(f())
ns = {}
exec("a = 1\nb = a + 1", ns)
print(sorted(k for k in ns if k != "__builtins__"), ns["b"])
ns2 = {"__builtins__": {"len": len}}
exec("r = len('abc')", ns2)
print(ns2["r"])
try:
    exec("print('x')", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
class Ns(dict):
    def __missing__(self, k):
        return "missing:" + k
print(eval("foo", {}, Ns()))
try:
    eval("foo", Ns())
except TypeError as e:
    print(type(e).__name__, e)
except NameError as e:
    print(type(e).__name__, e)
loc = {"z": 3}
print(eval("z * 2", {}, loc), eval("[z for _ in range(2)]", {"z": 1}, loc))
import types
m = types.ModuleType("m")
m.__dict__["attr"] = 1
print(m.attr, sorted(k for k in vars(m) if not k.startswith("__")) + ["..."])
for k in list(g):
    if k.startswith("zz"):
        del g[k]
for i in range(3):
    g[f"zz{i}"] = i
print(zz0 + zz1 + zz2)
