# eval()/exec() with globals and locals: dicts, mappings, builtins injection, errors.
import collections
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

g = {"a": 1}
t("eval globals", lambda: eval("a + 1", g))
print("__builtins__" in g, g["__builtins__"] is __builtins__ or type(g["__builtins__"]).__name__)
t("eval locals wins", lambda: eval("a", {"a": 1}, {"a": 2}))
t("exec stores in locals", lambda: (lambda gl, lo: (exec("x = a * 10", gl, lo), lo, "x" in gl))({"a": 3}, {}))
class Loud(dict):
    def __getitem__(self, key):
        print("lookup", key)
        return dict.__getitem__(self, key)
t("dict subclass locals", lambda: eval("q", {}, Loud(q=5)))
class Mapping:
    def __getitem__(self, key):
        if key == "m":
            return "from mapping"
        raise KeyError(key)
t("mapping locals", lambda: eval("m", {}, Mapping()))
t("mapping locals fallback to builtins", lambda: eval("len('ab')", {}, Mapping()))
t("mapping missing name", lambda: eval("nope", {}, Mapping()))
cm = collections.ChainMap({"z": 1}, {"y": 2})
t("chainmap locals", lambda: eval("z + y", {}, cm))
t("exec into chainmap", lambda: (exec("w = 9", {}, cm), cm.maps[0]["w"]))
t("globals not dict", lambda: eval("1", Mapping()))
t("globals list", lambda: exec("1", []))
t("locals not mapping", lambda: eval("1", {}, 5))
t("locals None", lambda: eval("2", None, None))
t("globals None locals dict", lambda: eval("b", None, {"b": 4}))
t("eval code with free vars", lambda: eval((lambda: (lambda: a_free)).__code__.co_consts[1]))
t("exec returns", lambda: exec("1"))
t("eval empty", lambda: eval(""))
t("eval whitespace", lambda: eval("  \t1 + 1  \n"))
t("eval leading newline", lambda: eval("\n1"))
t("eval kw globals", lambda: eval("1", globals={}))
t("exec kw", lambda: exec("1", globals={}))
t("exec too many", lambda: exec("1", {}, {}, {}))
t("eval no args", lambda: eval())
t("custom builtins", lambda: eval("len", {"__builtins__": {"len": "fake"}}))
t("builtins module", lambda: eval("abs(-2)", {"__builtins__": __import__("builtins")}))
t("no builtins", lambda: eval("abs", {"__builtins__": {}}))
ns = {}
exec("def f():\n    return g2\ng2 = 'global2'", ns)
t("function globals", lambda: (ns["f"](), ns["f"].__globals__ is ns))
t("eval statement", lambda: eval("x = 1"))
t("exec closure bad", lambda: exec((lambda: (lambda: ns)).__code__.co_consts[1]))
t("eval nested scope", lambda: eval("[i * k for i in range(3)]", {"k": 2}))
t("eval lambda sees globals", lambda: eval("(lambda: gg)()", {"gg": "G"}, {"gg": "L"}))
t("exec class body locals", lambda: (lambda d: (exec("class K:\n    v = top\n", {"top": 1}, d), d["K"].v))({}))
def scope():
    local_var = 5
    return eval("local_var + 1"), eval("local_var", {"local_var": 99})
t("implicit scope", scope)
t("exec str subclass source", lambda: exec(type("S", (str,), {})("r = 1"), {}))
