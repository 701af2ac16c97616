# Container special methods: results, fallbacks and error messages.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Seq:
    def __init__(self, *items): self.items = list(items)
    def __len__(self): return len(self.items)
    def __getitem__(self, i):
        print("getitem", repr(i))
        return self.items[i]
    def __setitem__(self, i, v):
        print("setitem", repr(i), v)
        self.items[i] = v
    def __delitem__(self, i):
        print("delitem", repr(i))
        del self.items[i]

s = Seq(1, 2, 3, 4)
print(s[0], s[-1], s[1:3], s[::2], s[1, ] if False else "")
err(lambda: s[10])
err(lambda: s["x"])
s[0] = 10
s[1:2] = [20, 21]
del s[0]
del s[::2]
print(s.items)
print(s[...] if False else "skip", 3 in Seq(1, 3), 5 in Seq(1, 3))
print(list(Seq("a", "b")), list(reversed(Seq("a", "b"))))

class NoItems: pass
n = NoItems()
err(lambda: n[0])
err(lambda: n.__getitem__)
def setit(): n[0] = 1
def delit(): del n[0]
err(setit)
err(delit)
err(lambda: 1 in n)
err(lambda: iter(n))
err(lambda: reversed(n))
err(lambda: len(n))

class ReadOnly:
    def __getitem__(self, i): return i
r = ReadOnly()
def setr(): r[0] = 1
def delr(): del r[0]
err(setr)
err(delr)
err(lambda: reversed(r))
err(lambda: len(r))
print(r[1:2], r[1, 2], r[...], r[::])

# __contains__ results are converted with bool()
class Cont:
    def __contains__(self, x): return x if isinstance(x, int) else [x]
print(0 in Cont(), 5 in Cont(), "s" in Cont(), 0 not in Cont())
class ContRaises:
    def __contains__(self, x): raise KeyError(x)
err(lambda: 1 in ContRaises())
class ContNone:
    __contains__ = None
err(lambda: 1 in ContNone())
class IterNone:
    __iter__ = None
    def __getitem__(self, i): return i
err(lambda: iter(IterNone()))
err(lambda: 1 in IterNone())

# __contains__ falls back to __iter__ then __getitem__
class ItOnly:
    def __iter__(self):
        print("iterating")
        return iter([1, 2])
print(2 in ItOnly(), 3 in ItOnly())
class GetOnly:
    def __getitem__(self, i):
        if i > 2: raise IndexError
        return i * 10
print(20 in GetOnly(), 25 in GetOnly())

# __reversed__ = None
class NoRev:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
err(lambda: reversed(NoRev()))

# __len__ result checks
class BadLen:
    def __len__(self): return -5
err(lambda: len(BadLen()))
err(lambda: reversed(type("Q", (), {"__len__": lambda s: -1, "__getitem__": lambda s, i: i})()))

# operator module helpers on containers
import operator
s2 = Seq(5, 6)
print(operator.getitem(s2, 0), operator.contains(s2, 6), operator.countOf(s2, 5), operator.indexOf(s2, 6))
err(lambda: operator.indexOf(s2, 99))
operator.setitem(s2, 0, 7)
operator.delitem(s2, 1)
print(s2.items)
