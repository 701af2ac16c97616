class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "elsewhere"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return f"string {s!r}"
        case _:
            return "unknown"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 7), 4, 2.5, "s", None]:
    print(where(p))
class NoArgs:
    pass
def no_args(v):
    match v:
        case NoArgs(a):
            return a
try:
    no_args(NoArgs())
except TypeError as e:
    print(e)
class TooMany:
    __match_args__ = ("a",)
    a = 1
try:
    match TooMany():
        case TooMany(1, 2):
            pass
except TypeError as e:
    print(e)
class Dup:
    __match_args__ = ("a",)
    a = 1
try:
    match Dup():
        case Dup(1, a=1):
            pass
except TypeError as e:
    print(e)
class BadArgs:
    __match_args__ = ["a"]
try:
    match BadArgs():
        case BadArgs(1):
            pass
except TypeError as e:
    print(e)
try:
    match 1:
        case print(1):
            pass
except TypeError as e:
    print(e)
from dataclasses import dataclass
match [True, 1, 1.0]:
    case [bool(b), int(i), float(f)]:
        print("builtins bind self", b, i, f)
