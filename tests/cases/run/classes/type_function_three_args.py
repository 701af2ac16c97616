def init(self, v):
    self.v = v
Dynamic = type("Dynamic", (object,), {"__init__": init, "kind": "dynamic", "__doc__": "made by type()"})
d = Dynamic(3)
print(d.v, d.kind, Dynamic.__name__, Dynamic.__doc__, Dynamic.__module__, Dynamic.__qualname__)
Sub = type("Sub", (Dynamic,), {})
print(Sub(4).v, Sub.__mro__[1].__name__)
print(type(5), type("s"), type(Dynamic), type(type))
for args in [(1, 2), ("N", 1, {}), ("N", (1,), {}), ("N", (), []), (1, (), {})]:
    try:
        type(*args)
    except TypeError as e:
        print(e)
try:
    type()
except TypeError as e:
    print(e)
try:
    type("A", (bool,), {})
except TypeError as e:
    print(e)
Q = type("Q", (), {"__qualname__": "Outer.Q", "__slots__": ("a",)})
print(Q.__qualname__, Q.__slots__)
try:
    type("Q", (), {"__qualname__": 5})
except TypeError as e:
    print(e)
print(type.__call__(int, "7"), type("E", (Exception,), {})("msg").args)
