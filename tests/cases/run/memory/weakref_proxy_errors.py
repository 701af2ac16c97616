# Proxies of dead objects raise ReferenceError for every operation; proxies
# are unhashable and cannot be made or subclassed directly.
import weakref


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class C:
    x = 1

    def __len__(self):
        return 1

    def __call__(self):
        return "called"


class NotIter:
    pass


c = C()
p = weakref.proxy(c)
attempt("hash", lambda: hash(p))
attempt("next", lambda: next(weakref.proxy(NotIter())))
attempt("new", lambda: weakref.ProxyType(c))
attempt("new callable", lambda: weakref.CallableProxyType(c))
try:
    class P(weakref.ProxyType):
        pass
except TypeError as e:
    print("subclass", e)
attempt("bytes", lambda: bytes(p))
attempt("proxy of int", lambda: weakref.proxy(1))
attempt("ref of list", lambda: weakref.ref([]))

del c
ops = {
    "getattr": lambda: p.x,
    "setattr": lambda: setattr(p, "y", 1),
    "delattr": lambda: delattr(p, "x"),
    "str": lambda: str(p),
    "bool": lambda: bool(p),
    "len": lambda: len(p),
    "call": lambda: p(),
    "add": lambda: p + 1,
    "radd": lambda: 1 + p,
    "iadd": lambda: operator_iadd(p),
    "neg": lambda: -p,
    "int": lambda: int(p),
    "getitem": lambda: p[0],
    "setitem": lambda: p.__setitem__(0, 1),
    "contains": lambda: 1 in p,
    "iter": lambda: iter(p),
    "eq": lambda: p == 1,
    "lt": lambda: p < 1,
    "pow": lambda: pow(2, p, 3),
    "reversed": lambda: p.__reversed__(),
}


def operator_iadd(x):
    x += 1
    return x


for name, f in ops.items():
    attempt(name, f)
print(repr(p).startswith("<weakproxy at"))
