# enum: a heavy user of metaclasses, __prepare__, descriptors and __set_name__.
import enum
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Color(enum.Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1        # alias
    def describe(self): return f"{self.name}={self.value}"
    @classmethod
    def default(cls): return cls.RED

print(Color.RED, repr(Color.GREEN), list(Color), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(len(Color), Color.RED in Color, type(Color).__name__, list(Color.__members__), Color.default())
print(Color.RED.describe(), Color.RED.name, Color.RED.value, hash(Color.RED) == hash(Color.RED))
err(lambda: Color(7))
err(lambda: Color["PURPLE"])
err(lambda: setattr(Color, "RED", 5))
err(lambda: delattr(Color, "RED"))
err(lambda: setattr(Color.RED, "value", 9))
err(lambda: Color.RED < Color.BLUE)
print(Color.RED == 1, Color.RED is Color(1), sorted(Color, key=lambda c: c.value)[-1])

try:
    class Bad(enum.Enum):
        A = 1
        A = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Extend(Color):
        EXTRA = 9
except TypeError as e:
    print(type(e).__name__, e)

class Shape(enum.Enum):
    SQUARE = enum.auto()
    CIRCLE = enum.auto()
print(Shape.SQUARE.value, Shape.CIRCLE.value)

class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
rw = Perm.R | Perm.W
print(rw, int(rw), Perm.R in rw, Perm.X in rw, rw & Perm.W, repr(~Perm.R), Perm(7), list(Perm(7)))
print(rw + 1, isinstance(rw, int), Perm(0), bool(Perm(0)))

class Status(enum.IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Status.OK == 200, Status(404), Status.OK + 1, f"{Status.OK}", f"{Status.OK!r}", str(Status.NOT_FOUND))
print(sorted([Status.NOT_FOUND, Status.OK]), max(Status), Status.OK < 300)

class Mode(enum.StrEnum):
    READ = "r"
    WRITE = enum.auto()
print(Mode.READ, Mode.WRITE, Mode.READ + "b", Mode.READ.upper(), repr(Mode.WRITE), Mode("r"))

# member values with custom __new__ and __init__
class Planet(enum.Enum):
    MERCURY = (3.3e23, 2.4e6)
    EARTH = (5.9e24, 6.3e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
print(Planet.EARTH.mass, Planet.MERCURY.value, Planet((5.9e24, 6.3e6)).name)

class Coded(enum.Enum):
    def __new__(cls, code, label):
        obj = object.__new__(cls)
        obj._value_ = code
        obj.label = label
        return obj
    A = (1, "first")
    B = (2, "second")
print(Coded(2).label, Coded.A.value, [m.label for m in Coded])

# _missing_ hook and functional API
class Lenient(enum.Enum):
    ONE = "one"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
print(Lenient("ONE"), Lenient("One"))
err(lambda: Lenient(1))
Animal = enum.Enum("Animal", "CAT DOG")
print(list(Animal), Animal.DOG.value, Animal.__name__)
print(enum.unique(Shape) is Shape)
err(lambda: enum.unique(Color))

# members are not descriptors on instances; dir and pickling
print("RED" in dir(Color), "describe" in dir(Color.RED))
import pickle
print(pickle.loads(pickle.dumps(Color.BLUE)) is Color.BLUE, copy_ok := __import__("copy").copy(Color.RED) is Color.RED)
