# An exception in a callback is reported as unraisable ("Exception ignored
# in: <callback>") and the other callbacks still run.
import sys
import weakref


class C:
    pass


def bad(ref):
    raise ValueError("bad callback")


def good(ref):
    print("good callback")


c = C()
r1 = weakref.ref(c, good)
r2 = weakref.ref(c, bad)
r3 = weakref.ref(c, good)
del c
print("after")
sys.stderr.flush()

# Through sys.unraisablehook.
def hook(u):
    print("hook:", u.exc_type.__name__, u.exc_value, u.object is bad, u.err_msg)


sys.unraisablehook = hook
c = C()
r = weakref.ref(c, bad)
del c
sys.unraisablehook = sys.__unraisablehook__

# An exception being handled is not disturbed by callbacks.
c = C()
r = weakref.ref(c, good)
try:
    try:
        raise KeyError("outer")
    finally:
        del c
except KeyError as e:
    print("caught", repr(e))
