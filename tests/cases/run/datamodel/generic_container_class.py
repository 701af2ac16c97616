# A full user-defined mapping and sequence, as real programs write them.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class OrderedBag:
    def __init__(self, items=()):
        self._items = list(items)
    def __len__(self): return len(self._items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return OrderedBag(self._items[i])
        return self._items[i]
    def __setitem__(self, i, v): self._items[i] = v
    def __delitem__(self, i): del self._items[i]
    def __iter__(self): return iter(self._items)
    def __reversed__(self): return reversed(self._items)
    def __contains__(self, x): return x in self._items
    def __eq__(self, o):
        if not isinstance(o, OrderedBag): return NotImplemented
        return self._items == o._items
    def __add__(self, o):
        if not isinstance(o, OrderedBag): return NotImplemented
        return OrderedBag(self._items + o._items)
    def __iadd__(self, o):
        self._items.extend(o)
        return self
    def __mul__(self, n): return OrderedBag(self._items * n)
    __rmul__ = __mul__
    def __repr__(self): return f"OrderedBag({self._items!r})"
    __hash__ = None

b = OrderedBag([3, 1, 2])
print(b, len(b), b[0], b[-1], b[1:], list(reversed(b)), 2 in b, 9 in b, sorted(b))
b[0] = 30
del b[1]
b += [7, 8]
print(b, b + OrderedBag([0]), 2 * b, b * 0, b == OrderedBag([30, 2, 7, 8]), b != OrderedBag())
err(lambda: b + [1])
err(lambda: b[10])
err(lambda: hash(b))
err(lambda: b < b)
print(max(b), min(b), sum(b), list(enumerate(b))[:2], dict(zip(b, "abcd")))

class Registry:
    def __init__(self): self._d = {}
    def __getitem__(self, k):
        try:
            return self._d[k]
        except KeyError:
            raise KeyError(f"no entry {k!r}") from None
    def __setitem__(self, k, v):
        if not isinstance(k, str): raise TypeError(f"keys must be str, not {type(k).__name__}")
        self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __len__(self): return len(self._d)
    def __iter__(self): return iter(self._d)
    def keys(self): return self._d.keys()
    def __contains__(self, k): return k in self._d
r = Registry()
r["a"] = 1
r["b"] = 2
print(dict(r), {**r}, list(r), len(r), "a" in r)
def setbad(): r[1] = 2
err(setbad)
err(lambda: r["zz"])
def delbad(): del r["zz"]
err(delbad)
def f(**kw): return sorted(kw.items())
print(f(**r))
