# Enum, IntEnum, StrEnum, auto, unique from CPython's enum, with reprs.
import enum
from enum import Enum, IntEnum, StrEnum, auto, unique

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.RED.name, Color.RED.value, Color.__members__.keys())
print(Color.RED in Color, isinstance(Color.RED, Color), type(Color.RED), hash(Color.RED) == hash(Color.RED))
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)
print(Planet.EARTH.gravity, Planet.MERCURY.value, repr(Planet.EARTH))

class Level(IntEnum):
    LOW = auto()
    MID = auto()
    HIGH = auto()
print(Level.MID, repr(Level.HIGH), Level.LOW < Level.HIGH, Level.MID + 1, sorted([Level.HIGH, Level.LOW]), f"{Level.MID}")

class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
print(Mode.READ, repr(Mode.WRITE), Mode.READ == "read", Mode.WRITE.upper())

class Animal(Enum):
    CAT = auto()
    DOG = auto()
    def describe(self):
        return "%s is number %d" % (self.name.title(), self.value)
print(Animal.DOG.describe(), Animal._member_map_.keys())
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)
Shape = Enum("Shape", "SQUARE CIRCLE")
print(list(Shape), Shape.CIRCLE.value, repr(Shape(1)))
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green matched")
print(Color.RED.__class__.__name__, enum.EnumMeta is enum.EnumType, format(Color.BLUE), str(Level.LOW))
