# Class versus instance attributes and __dict__.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Counter:
    count = 0
    shared = []
    def __init__(self, name):
        self.name = name
        Counter.count += 1
    def add(self, x):
        self.shared.append(x)

a = Counter("a")
b = Counter("b")
a.add(1); b.add(2)
print(Counter.count, a.count, a.shared is b.shared, a.shared)
a.count = 100
print(a.count, b.count, Counter.count)
del a.count
print(a.count)
err(lambda: delattr(a, "count"))
print(sorted(a.__dict__), sorted(vars(b)))
a.__dict__["extra"] = 5
print(a.extra)
a.__dict__ = {"name": "replaced"}
print(a.name, vars(a))
err(lambda: setattr(a, "__dict__", 5))
err(lambda: setattr(a, "__dict__", None))
err(lambda: delattr(a, "__dict__"))
print(type(Counter.__dict__).__name__, "count" in Counter.__dict__)
err(lambda: Counter.__dict__.__setitem__("x", 1))
err(lambda: setattr(Counter, "__dict__", {}))
err(lambda: a.missing)
err(lambda: Counter.missing)
err(lambda: vars(1))
err(lambda: vars())
print(sorted(k for k in vars() if k in ("a", "b", "err")))
err(lambda: vars(a, b))
err(lambda: getattr(a, 1))
err(lambda: setattr(a, 1, 2))
err(lambda: getattr(a, "missing"))
print(getattr(a, "missing", "default"), hasattr(a, "name"), hasattr(a, "zzz"))
err(lambda: object().x)
err(lambda: setattr(object(), "x", 1))
err(lambda: setattr(1, "x", 1))
err(lambda: setattr("s", "upper", 1))
err(lambda: delattr(1, "real"))
err(lambda: setattr(1, "real", 5))

class WithDictAttr:
    pass
w = WithDictAttr()
w.__dict__.update(x=1, y=2)
print(w.x + w.y)
setattr(w, "not an identifier", 3)
print(getattr(w, "not an identifier"))
print(WithDictAttr.__dict__["__dict__"].__name__, WithDictAttr.__dict__["__weakref__"].__name__)
print(WithDictAttr.__dict__["__dict__"].__objclass__.__name__)
err(lambda: WithDictAttr.__dict__["__dict__"].__get__(1))
