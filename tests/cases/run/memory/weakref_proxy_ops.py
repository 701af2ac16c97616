# A proxy forwards every operation to its referent.
import operator
import weakref


class Num:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Num({self.v})"

    def __str__(self):
        return f"<{self.v}>"

    def __add__(self, o):
        return Num(self.v + getattr(o, "v", o))

    def __radd__(self, o):
        return Num(o + self.v)

    def __sub__(self, o):
        return Num(self.v - o)

    def __rsub__(self, o):
        return Num(o - self.v)

    def __mul__(self, o):
        return Num(self.v * o)

    def __matmul__(self, o):
        return "matmul"

    def __truediv__(self, o):
        return self.v / o

    def __floordiv__(self, o):
        return self.v // o

    def __mod__(self, o):
        return self.v % o

    def __divmod__(self, o):
        return divmod(self.v, o)

    def __pow__(self, o, m=None):
        return pow(self.v, o, m)

    def __lshift__(self, o):
        return self.v << o

    def __rshift__(self, o):
        return self.v >> o

    def __and__(self, o):
        return self.v & o

    def __or__(self, o):
        return self.v | o

    def __xor__(self, o):
        return self.v ^ o

    def __neg__(self):
        return -self.v

    def __pos__(self):
        return +self.v

    def __abs__(self):
        return abs(self.v)

    def __invert__(self):
        return ~self.v

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __index__(self):
        return self.v

    def __bool__(self):
        return self.v != 0

    def __lt__(self, o):
        return self.v < getattr(o, "v", o)

    def __eq__(self, o):
        return self.v == getattr(o, "v", o)

    __hash__ = object.__hash__

    def __iadd__(self, o):
        self.v += o
        return self

    def __call__(self, *a, **k):
        return ("called", a, k)

    def __bytes__(self):
        return b"num"


n = Num(6)
p = weakref.proxy(n)
print(p + 1, 1 + p, p - 1, 10 - p, p * 2, p @ 1, p / 4, p // 4, p % 4, divmod(p, 4))
print(p ** 2, pow(p, 2, 5), p << 1, p >> 1, p & 3, p | 1, p ^ 3)
print(-p, +p, abs(p), ~p, int(p), float(p), operator.index(p), bool(p))
print(p < 7, p == 6, p != 6, p > 5, p == n, p + p)
print(str(p), p.v, p(1, k=2), bytes(p), [0, 1, 2, 3, 4, 5, 6, 7][p])
print(p.__class__.__name__, isinstance(p, Num), type(p).__name__)
q = p
q += 4
print(q is n, n.v)
p.extra = "set"
print(n.extra)
del p.extra
print(hasattr(n, "extra"))

lst = [3, 1, 2]
pl = weakref.proxy(lst) if False else None


class L(list):
    pass


lst = L([3, 1, 2])
pl = weakref.proxy(lst)
print(len(pl), pl[0], pl[-1], 1 in pl, 9 in pl, list(pl), pl[1:])
pl[0] = 10
del pl[1]
pl.append(4)
print(lst, list(reversed(pl)), pl.__reversed__().__class__.__name__)
pl += [5]
print(lst, sorted(pl))


class D(dict):
    pass


dd = D(a=1)
pd = weakref.proxy(dd)
pd["b"] = 2
print(pd["a"], len(pd), sorted(pd), "b" in pd)
del pd["a"]
print(dd)


class It:
    def __init__(self):
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i


it = It()
pi = weakref.proxy(it)
print(next(pi), list(pi))


def func(x):
    return x * 2


pf = weakref.proxy(func)
print(pf(21), pf.__name__, callable(pf), callable(weakref.proxy(n)))
