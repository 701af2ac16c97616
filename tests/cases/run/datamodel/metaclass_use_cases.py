# Metaclasses used as real programs use them: enums, registries, validators, class-level operators.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class EnumMeta(type):
    def __new__(mcls, name, bases, ns):
        members = {k: v for k, v in ns.items() if not k.startswith("_") and isinstance(v, int)}
        cls = super().__new__(mcls, name, bases, {k: v for k, v in ns.items() if k not in members})
        cls._members = {}
        for k, v in members.items():
            inst = object.__new__(cls)
            inst.name, inst.value = k, v
            cls._members[k] = inst
            type.__setattr__(cls, k, inst)
        return cls
    def __iter__(cls): return iter(cls._members.values())
    def __len__(cls): return len(cls._members)
    def __contains__(cls, x): return isinstance(x, cls) and x.name in cls._members
    def __getitem__(cls, name): return cls._members[name]
    def __setattr__(cls, k, v):
        if k in cls.__dict__.get("_members", {}):
            raise AttributeError(f"cannot reassign member '{k}'")
        super().__setattr__(k, v)
    def __repr__(cls): return f"<enum {cls.__name__}>"
class Color(metaclass=EnumMeta):
    RED = 1
    GREEN = 2
    def __repr__(self): return f"<{type(self).__name__}.{self.name}: {self.value}>"
print(list(Color), len(Color), Color.RED in Color, 1 in Color, Color["GREEN"], Color)
err(lambda: setattr(Color, "RED", 5))
err(lambda: Color["BLUE"])
Color.other = "fine"
print(Color.other)

class Validated(type):
    def __call__(cls, *args, **kwargs):
        inst = super().__call__(*args, **kwargs)
        for name, kind in getattr(cls, "__annotations__", {}).items():
            if not isinstance(getattr(inst, name, None), kind):
                raise TypeError(f"{cls.__name__}.{name} must be {kind.__name__}")
        return inst
class Point(metaclass=Validated):
    x: int
    y: int
    def __init__(self, x, y): self.x, self.y = x, y
print(Point(1, 2).x)
err(lambda: Point(1, "2"))

class OpMeta(type):
    def __or__(cls, other): return f"{cls.__name__}|{other.__name__}"
    def __eq__(cls, other): return "meta eq"
    __hash__ = type.__hash__
    def __bool__(cls): return False
class X(metaclass=OpMeta): pass
class Y: pass
print(X | Y, X == Y, bool(X), Y | None if False else "")
err(lambda: Y | X)
print(int | str, type(int | str).__name__)
err(lambda: X | 1)
err(lambda: 1 | X)
class AttrMeta(type):
    @property
    def upper_name(cls): return cls.__name__.upper()
class Z(metaclass=AttrMeta): pass
print(Z.upper_name)
err(lambda: Z().upper_name)
err(lambda: setattr(Z, "upper_name", 1))
