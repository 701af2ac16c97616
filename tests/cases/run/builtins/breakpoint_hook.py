# breakpoint() calls sys.breakpointhook with its arguments; hook replacement and errors.
import sys

def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

calls = []
def hook(*args, **kwargs):
    calls.append((args, sorted(kwargs.items())))
    return "hook result"
sys.breakpointhook = hook
print(breakpoint())
print(breakpoint(1, 2, key="v"))
print(calls)
print(sys.__breakpointhook__ is not hook, callable(sys.__breakpointhook__))

sys.breakpointhook = None
t("hook None", lambda: breakpoint())
del sys.breakpointhook
t("hook deleted", lambda: breakpoint())
sys.breakpointhook = lambda: 1 / 0
t("hook raises", lambda: breakpoint())
sys.breakpointhook = lambda: None
t("hook rejects args", lambda: breakpoint(1))

class Hook:
    def __call__(self, *a):
        return ("called", a)
sys.breakpointhook = Hook()
print(breakpoint("x"))
sys.breakpointhook = sys.__breakpointhook__
sys.breakpointhook = print
breakpoint("via print", 3, sep="-")
t("hook kw to lambda", lambda: breakpoint(key=1))
sys.breakpointhook = sys.__breakpointhook__
print(type(breakpoint).__name__, breakpoint.__name__)
