# NamedTuple, TypedDict, Generic, Protocol and get_type_hints from CPython's typing.
from typing import (Any, Callable, Dict, Generic, List, NamedTuple, Optional,
                    Protocol, TypedDict, TypeVar, Union, get_args, get_origin,
                    get_type_hints, runtime_checkable, cast, overload, Literal, Final)

class Employee(NamedTuple):
    name: str
    id: int = 3
e = Employee("Guido")
print(e, e._fields, Employee._field_defaults, Employee.__annotations__)
print(e._replace(id=7), isinstance(e, tuple))

class Movie(TypedDict):
    title: str
    year: int
class Partial(TypedDict, total=False):
    rating: float
m: Movie = {"title": "Blade Runner", "year": 1982}
print(m, type(m), sorted(Movie.__required_keys__), sorted(Partial.__optional_keys__), Movie.__total__)

T = TypeVar("T")
K = TypeVar("K", str, bytes)
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), Stack[int], Stack.__parameters__, T, K.__constraints__)

def greet(name: str, times: int = 1, *, sep: Optional[str] = None) -> List[str]:
    return [name] * times
print(get_type_hints(greet))
print(get_type_hints(Employee), get_type_hints(Movie))
print(Optional[int], Union[int, str], Union[int, int], List[Dict[str, int]], Callable[[int, str], bool])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Callable[[int], str]), get_origin(Union[int, str]))
print(Literal["a", "b"], Any, Final[int], list[int], dict[str, list[int]], int | None)

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class File:
    def close(self):
        pass
print(isinstance(File(), Closable), isinstance(3, Closable))
print(cast(int, "not really"), cast("List[int]", 5))

@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2
print(double(2), double("ab"))
class Node:
    def link(self, other: "Node") -> "Optional[Node]":
        return other
print(get_type_hints(Node.link))
