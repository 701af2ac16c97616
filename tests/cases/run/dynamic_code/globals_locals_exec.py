def f():
    x = 1
    exec("x = 2")
    return x, locals()["x"]
print(f())
def g():
    exec("new_name = 5")
    return locals().get("new_name")
print(g())
def h():
    loc = {}
    exec("v = 7", globals(), loc)
    return loc["v"]
print(h())
def closure_eval():
    a = 3
    return eval("a + 1")
print(closure_eval())
def nested_eval():
    a = 3
    def inner():
        return eval("a")
    try:
        return inner()
    except NameError as e:
        return str(e)
print(nested_eval())
class C:
    exec("cls_attr = 1")
print(C.cls_attr)
ns = {}
exec("def fn():\n    return global_in_ns\nglobal_in_ns = 'found'", ns)
print(ns["fn"]())
print(eval("[x for x in range(3)]", {}), eval("(lambda: y)()", {"y": 9}))
glob = {"__builtins__": {"len": len}}
print(eval("len('abc')", glob))
try:
    eval("print('x')", glob)
except NameError as e:
    print(e)
exec("import sys as _s", glob) if False else None
m = {"k": 1}
class MapLocals(dict):
    def __getitem__(self, key):
        if key == "magic":
            return "from mapping"
        return super().__getitem__(key)
print(eval("magic", {}, MapLocals()))
exec("result = magic", {}, ml := MapLocals())
print(ml["result"])
