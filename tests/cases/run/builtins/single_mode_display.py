# compile(..., 'single'): expression results go through sys.displayhook, and builtins._ is set.
import sys
import builtins
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

exec(compile("1 + 1", "<s>", "single"))
print("underscore", builtins._)
exec(compile("None", "<s>", "single"))
print("underscore after None", builtins._)
exec(compile("'text'", "<s>", "single"))
exec(compile("[1, 'a']\n", "<s>", "single"))
exec(compile("x = 5", "<s>", "single"))
exec(compile("if True:\n    3\n    4\n", "<s>", "single"))
exec(compile("for i in range(2): i * 10\n", "<s>", "single"))
seen = []
def hook(value):
    seen.append(value)
sys.displayhook = hook
exec(compile("7", "<s>", "single"))
exec(compile("None", "<s>", "single"))
print("hook saw", seen)
sys.displayhook = None
t("displayhook None", lambda: exec(compile("8", "<s>", "single")))
del sys.displayhook
t("displayhook lost", lambda: exec(compile("9", "<s>", "single")))
sys.displayhook = sys.__displayhook__
class BadRepr:
    def __repr__(self):
        raise ValueError("repr failed")
g = {"BadRepr": BadRepr}
t("repr fails", lambda: exec(compile("BadRepr()", "<s>", "single"), g))
class Unicode:
    def __repr__(self):
        return "\u20ac"
exec(compile("Unicode()", "<s>", "single"), {"Unicode": Unicode})
t("eval single", lambda: eval(compile("5", "<s>", "single")))
t("displayhook direct", lambda: sys.__displayhook__(123))
t("displayhook direct none", lambda: sys.__displayhook__(None))
t("displayhook no args", lambda: sys.__displayhook__())
print("final underscore", builtins._)
