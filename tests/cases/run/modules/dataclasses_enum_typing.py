from dataclasses import dataclass, field, asdict, astuple, replace, fields
from typing import List, Dict, Optional, Union, Tuple, Any, Callable, TypeVar, Generic, NamedTuple
from enum import Enum, auto, IntEnum, StrEnum
from abc import ABC, abstractmethod
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> Optional[T]:
        return self.items.pop() if self.items else None
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), s.pop(), s.pop())
print(List[int], Dict[str, int], Optional[str], Union[int, str], Tuple[int, ...], Any, T)
class Emp(NamedTuple):
    name: str
    salary: int = 100
e = Emp("bob")
print(e, e.salary, e._asdict(), Emp._fields, isinstance(e, tuple))
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    def total(self) -> float:
        return self.price * self.qty
@dataclass
class Order:
    items: List[Item] = field(default_factory=list)
    note: Optional[str] = None
    def __post_init__(self):
        self.count = len(self.items)
o = Order([Item("a", 2.0, 3), Item("b", 1.5)])
print(o, o.count, sum(i.total() for i in o.items))
print(asdict(o), astuple(Item("x", 1.0)), replace(Item("y", 2.0), qty=5), [f.name for f in fields(Item)])
print(Item("a", 1.0) == Item("a", 1.0), Item("a", 1.0) != Item("b", 1.0))
try:
    @dataclass
    class Bad:
        x: int = 0
        y: int
except TypeError as err:
    print(err)
try:
    @dataclass
    class Bad2:
        x: list = []
except ValueError as err:
    print(err)
class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    def describe(self):
        return self.name.lower() + "!"
print(Status("active"), Status.ACTIVE.describe(), [s.value for s in Status], Status.ACTIVE in Status)
class Prio(IntEnum):
    LOW = auto()
    HIGH = auto()
print(sorted([Prio.HIGH, Prio.LOW]), Prio.HIGH > Prio.LOW, int(Prio.HIGH), Prio(2).name)
class Dir(StrEnum):
    N = auto()
    S = auto()
print(Dir.N, repr(Dir.S), Dir.N == "n", Dir("s"))
class Animal(ABC):
    @abstractmethod
    def speak(self) -> str: ...
    def greet(self):
        return "I say " + self.speak()
class Dog(Animal):
    def speak(self):
        return "woof"
print(Dog().greet(), isinstance(Dog(), Animal), issubclass(Dog, Animal))
match Status.ACTIVE:
    case Status.ACTIVE:
        print("matched enum")
@dataclass
class Pt:
    x: int
    y: int
match Pt(1, 2):
    case Pt(x=1, y=yy):
        print("dataclass match", yy)
    case Pt(a, b):
        print("positional", a, b)
def apply(f: Callable[[int], int], v: int) -> int:
    return f(v)
print(apply(lambda x: x + 1, 1))
