# weakref.finalize: called once when the object dies, by detach/peek/call, or
# at exit (in reverse order of creation) when still alive.
import weakref


class C:
    def __init__(self, n):
        self.n = n


def report(*args, **kwargs):
    print("finalize", args, kwargs)
    return "result"


x = C(1)
f = weakref.finalize(x, report, "x", k=1)
print(f.alive, f.peek()[1:], f.atexit)
del x
print(f.alive, f.peek(), f())

y = C(2)
g = weakref.finalize(y, report, "y")
print(g.detach()[1:], g.alive, g.detach())
del y

z = C(3)
h = weakref.finalize(z, report, "z")
print(h(), h(), h.alive)

late = C(4)
a = weakref.finalize(late, report, "at exit 1")
b = weakref.finalize(late, report, "at exit 2")
n = weakref.finalize(late, report, "not at exit")
n.atexit = False
print(repr(a).startswith("<finalize object at"), "C object" in repr(a))
print("end of script")
