# Weak references compare and hash by their referents while alive, by
# identity once dead; a dead reference keeps a hash it computed before.
import weakref


class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, K) and self.v == other.v

    def __hash__(self):
        return hash(self.v)


def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


a, b, c = K(1), K(1), K(2)
ra, rb, rc = weakref.ref(a), weakref.ref(b), weakref.ref(c)
print(ra == rb, ra != rb, ra == rc, ra != rc)
print(hash(ra) == hash(1), hash(ra) == hash(rb))
print(ra == a, ra == 1)
attempt(lambda: ra < rb)
d = {ra: "a"}
print(d[rb])
print(ra == weakref.proxy(b), ra != weakref.proxy(c))

del a
print(ra == rb, ra == ra, ra != rb)
print(hash(ra) == hash(1))
e = K(5)
re_ = weakref.ref(e)
del e
attempt(lambda: hash(re_))


class Unhashable:
    __hash__ = None


u = Unhashable()
attempt(lambda: hash(weakref.ref(u)))
attempt(lambda: hash(weakref.proxy(u)))
print(weakref.ref.__hash__ is not None, weakref.ProxyType.__hash__)
