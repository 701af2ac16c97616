# __import__(): fromlist, level, globals for relative imports, and errors.
import sys
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

m = __import__("math")
t("simple", lambda: m.__name__)
t("dotted returns top", lambda: __import__("os.path").__name__)
t("dotted fromlist", lambda: __import__("os.path", fromlist=["join"]).__name__ in ("posixpath", "os.path"))
t("collections abc", lambda: __import__("collections.abc").__name__)
t("collections abc fromlist", lambda: __import__("collections.abc", fromlist=["*"]).__name__)
t("fromlist empty string", lambda: __import__("collections", fromlist=[""]).__name__)
t("positional", lambda: __import__("json", {}, {}, ["loads"], 0).__name__)
t("kw", lambda: __import__(name="json", fromlist=("dumps",)).__name__)
t("missing", lambda: __import__("no_such_module_xyz"))
t("missing submodule", lambda: __import__("json.nope_xyz"))
t("not a package", lambda: __import__("math.sub"))
t("empty name", lambda: __import__(""))
t("name not str", lambda: __import__(5))
t("negative level", lambda: __import__("x", level=-1))
t("relative without package", lambda: __import__("x", {}, level=1))
t("relative no globals", lambda: __import__("x", level=1))
t("relative with package", lambda: __import__("decoder", {"__package__": "json", "__name__": "json.x"}, level=1).__name__)
t("relative dots", lambda: __import__("", {"__package__": "json", "__name__": "json.x"}, None, ["decoder"], 1).__name__)
t("relative too far", lambda: __import__("x", {"__package__": "json", "__name__": "json"}, level=3))
t("package not str", lambda: __import__("x", {"__package__": 5}, level=1))
t("name from __name__", lambda: __import__("decoder", {"__name__": "json.scanner"}, level=1).__name__)
t("fromlist non-str", lambda: __import__("json", fromlist=[1]))
t("fromlist missing attr ok", lambda: __import__("json", fromlist=["not_there"]).__name__)
t("cached", lambda: __import__("math") is sys.modules["math"])
t("builtin is hookable", lambda: __builtins__.__import__ is __import__ if hasattr(__builtins__, "__import__") else __builtins__["__import__"] is __import__)
import builtins
real = builtins.__import__
def hook(name, globals=None, locals=None, fromlist=(), level=0):
    print("hook", name, fromlist, level)
    return real(name, globals, locals, fromlist, level)
builtins.__import__ = hook
import math as _m
from json import loads as _l
builtins.__import__ = real
sys.modules["fake_mod"] = "a string module"
t("sys.modules non-module", lambda: __import__("fake_mod"))
sys.modules["none_mod"] = None
t("sys.modules None", lambda: __import__("none_mod"))
del sys.modules["fake_mod"], sys.modules["none_mod"]
t("too many", lambda: __import__("a", {}, {}, [], 0, 1))
t("no args", lambda: __import__())
