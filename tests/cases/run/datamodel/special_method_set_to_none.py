# Special methods set to None (or to non-callables) block the operation with CPython's messages.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

def make(**ns):
    return type("A", (), ns)()

err(lambda: make(__eq__=None) == 1)
print(type(make(__eq__=None)).__hash__)
err(lambda: repr(make(__repr__=None)))
err(lambda: str(make(__str__=None)))
err(lambda: format(make(__format__=None)))
err(lambda: make(__getattr__=None).x)
def set_none(): make(__setattr__=None).x = 1
err(set_none)
err(lambda: make(__getitem__=None)[0])
err(lambda: iter(make(__getitem__=None)))
err(lambda: -make(__neg__=None))
err(lambda: make(__add__=None) + 1)
err(lambda: 1 + make(__radd__=None))
err(lambda: make(__lt__=None) < 1)
err(lambda: len(make(__len__=None)))
err(lambda: 1 in make(__contains__=None))
err(lambda: [1][make(__index__=None)])
err(lambda: int(make(__int__=None)))
err(lambda: float(make(__float__=None)))
err(lambda: complex(make(__complex__=None)))
err(lambda: bool(make(__bool__=None)))
err(lambda: make(__call__=None)())
err(lambda: hash(make(__hash__=None)))
err(lambda: reversed(make(__reversed__=None, __len__=lambda s: 1, __getitem__=lambda s, i: i)))
err(lambda: round(make(__round__=None)))
err(lambda: abs(make(__abs__=None)))

def with_none():
    with make(__enter__=None, __exit__=lambda *a: None): pass
err(with_none)

async def await_none():
    await make(__await__=None)
err(lambda: await_none().send(None))
async def aiter_none():
    async for x in make(__aiter__=None): pass
err(lambda: aiter_none().send(None))

# __new__ / __init__ set to None or non-callables
err(lambda: type("A", (), {"__new__": None})())
err(lambda: type("A", (), {"__init__": None})())
err(lambda: type("A", (), {"__init__": 5})())
err(lambda: type("A", (), {"__new__": 5})())
err(lambda: type("A", (), {"__new__": staticmethod(lambda cls: "static new")})())
err(lambda: type("A", (), {"__new__": classmethod(lambda cls: "class new")})())

# functions in the namespace become the right kind of method
T = type("T", (), {"__new__": lambda cls: "made", "__class_getitem__": lambda cls, x: ("cgi", x),
                   "__init_subclass__": lambda cls: print("init_subclass", cls.__name__)})
print(type(T.__dict__["__new__"]).__name__, type(T.__dict__["__class_getitem__"]).__name__,
      type(T.__dict__["__init_subclass__"]).__name__)
print(T(), T[1])
class U(T): pass

# non-callable values for ordinary dunders
err(lambda: len(make(__len__=5)))
err(lambda: make(__add__="x") + 1)
err(lambda: repr(make(__repr__=42)))
err(lambda: make(__getitem__=[1, 2])[0])
err(lambda: iter(make(__iter__=3)))
