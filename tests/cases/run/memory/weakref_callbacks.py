# Callbacks run when the referent dies, newest first, after every reference
# to it is dead; a reference that dies first never calls back.
import weakref


class C:
    def __init__(self, name):
        self.name = name


refs = []


def make_cb(tag):
    def cb(ref):
        print("callback", tag, ref in refs, [r() for r in refs])
    return cb


c = C("c")
refs.append(weakref.ref(c))
refs.append(weakref.ref(c, make_cb(1)))
refs.append(weakref.ref(c, make_cb(2)))
refs.append(weakref.proxy(c, make_cb(3)))
refs.append(weakref.ref(c, make_cb(4)))
print("deleting")
del c
print("deleted")

# A callback on a reference that is gone is not called.
c = C("c2")
r = weakref.ref(c, make_cb("never"))
del r
del c
print("no callback")

# The callback receives the (dead) reference itself.
got = []
c = C("c3")
r = weakref.ref(c, got.append)
del c
print(got[0] is r, r())

# A single callback.
c = C("c4")
r = weakref.ref(c, lambda ref: print("single", ref() is None))
c = None
print("after single")

# Callbacks that create more weak references and delete others.
class Holder:
    pass


h = Holder()
other = Holder()
keep = []


def cb_a(ref):
    print("a sees other", keep[0]() is other)
    keep.append(weakref.ref(other, lambda r: print("other died")))


def cb_b(ref):
    print("b")


x = Holder()
wa = weakref.ref(x, cb_a)
wb = weakref.ref(x, cb_b)
keep.append(weakref.ref(other))
del x
print("x gone")
del other
print("end")
