from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
class Sq(Shape):
    def area(self): return 1
try:
    Shape()
except TypeError as e:
    print(e)
try:
    Sq()
except TypeError as e:
    print(e)
print(Shape.__abstractmethods__, type(Shape), isinstance(Sq, type))
from enum import Enum, IntEnum, auto, Flag
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = auto()
print(Color.RED, repr(Color.GREEN), Color(3), Color["RED"], list(Color), len(Color), Color.RED.name, Color.RED.value)
print(Color.RED is Color(1), Color.RED == 1, isinstance(Color.RED, Color), Color.__members__)
class N(IntEnum):
    A = 1
    B = 2
print(N.A, repr(N.B), N.A + 1, N.A == 1, str(N.A), f"{N.B}")
try:
    Color(7)
except ValueError as e:
    print(e)
class Perm(Flag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.R in (Perm.R | Perm.W))
from dataclasses import dataclass, field, asdict
@dataclass
class P:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = P(1)
print(p, p == P(1), asdict(p), P.__init__.__qualname__)
@dataclass(order=True, frozen=True)
class Q:
    a: int
    b: str = "z"
print(Q(1) < Q(2), sorted([Q(3), Q(1, "a")]), hash(Q(1)) == hash(Q(1)))
try:
    Q(1).a = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    P()
except TypeError as e:
    print(e)
