# vars(), __dict__ of instances with dict subclasses, and attribute storage order.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Bag:
    def __init__(self):
        self.z = 1
        self.a = 2
        self.m = 3
b = Bag()
print(list(vars(b)), list(b.__dict__.items()))
del b.a
b.a = 4
print(list(vars(b)))
class LoggingDict(dict):
    def __setitem__(self, k, v):
        print("  LoggingDict set", k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("  LoggingDict get", k)
        return super().__getitem__(k)
b.__dict__ = LoggingDict(x=1)
print(b.x, type(b.__dict__).__name__)
b.y = 2
print(b.y, dict(b.__dict__))
err(lambda: setattr(b, "__dict__", [("a", 1)]))

class Shared:
    pass
one, two = Shared(), Shared()
one.__dict__ = two.__dict__
one.value = "shared"
print(two.value)

class Many: pass
objs = [Many() for _ in range(3)]
for i, o in enumerate(objs):
    o.index = i
    if i % 2:
        o.odd = True
print([sorted(vars(o)) for o in objs])
print(vars(Many)["__module__"], "__dict__" in vars(Many), "__weakref__" in vars(Many))
class SubMany(Many): pass
print("__dict__" in vars(SubMany), sorted(vars(SubMany)))
err(lambda: vars(SubMany).clear())
proxy = vars(SubMany)
print(type(proxy).__name__, proxy.get("__module__"), len(proxy) > 0, "__doc__" in proxy, proxy["__doc__"])
err(lambda: proxy["missing"])
print(repr(type(proxy)), proxy == dict(proxy), proxy | {"x": 1} == {**proxy, "x": 1})
err(lambda: type(proxy)(1))
err(lambda: type(proxy)([]))
print(type(proxy)({"a": 1}), type(proxy)({"a": 1})["a"])
