# weakref.ref can be subclassed: extra attributes, keyword arguments taken
# by the subclass's own __init__, and no reuse of the basic reference.
import weakref


class C:
    pass


class MyRef(weakref.ref):
    pass


class Tagged(weakref.ref):
    __slots__ = ("tag",)

    def __new__(cls, ob, callback=None, tag=None):
        return super().__new__(cls, ob, callback)

    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
        self.tag = tag


class KwRef(weakref.ref):
    def __init__(self, ob, callback=None, **kw):
        super().__init__(ob, callback)
        self.kw = kw


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


c = C()
r = MyRef(c)
print(type(r).__name__, r() is c, MyRef(c) is r, weakref.ref(c) is r)
print(r.__dict__, isinstance(r, weakref.ref))
r.note = "hello"
print(r.note)
t = Tagged(c, None, "T")
print(t.tag, t() is c, hasattr(t, "__dict__"))
k = KwRef(c, a=1)
print(k.kw)
attempt("kwargs", lambda: MyRef(c, a=1))
attempt("ref of subclass instance", lambda: weakref.ref(r)() is r)
print(len(weakref.getweakrefs(c)))
basic = weakref.ref(c)
print(weakref.getweakrefs(c)[0] is basic)
hits = []
cb_ref = MyRef(c, lambda w: hits.append(type(w).__name__))
del c
print(hits, r(), t(), repr(r).endswith("; dead>"))


class EqRef(weakref.ref):
    def __eq__(self, other):
        return "custom"

    __hash__ = weakref.ref.__hash__


d = C()
print(EqRef(d) == weakref.ref(d))
print(weakref.ref.__new__(weakref.ref, d, extra=1)() is d)
