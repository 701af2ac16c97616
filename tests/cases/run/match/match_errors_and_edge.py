class NotAClass:
    pass
obj = NotAClass()
try:
    match 1:
        case obj.__class__.__name__():
            pass
except TypeError as e:
    print(e)
import collections
Point = collections.namedtuple("Point", "x y")
match Point(1, 2):
    case Point(x=1, y=y):
        print("namedtuple keyword match", y)
match Point(3, 4):
    case Point(a, b):
        print("namedtuple positional", a, b)
match {"k": None}:
    case {"k": None}:
        print("None value matched")
match 0.0:
    case -0.0:
        print("-0.0 matches 0.0")
match float("nan"):
    case x if x != x:
        print("nan via guard")
class Eq:
    def __eq__(self, other):
        print("Eq.__eq__ called")
        return True
class Holder:
    value = Eq()
match 5:
    case Holder.value:
        print("value pattern uses ==")
match "abc":
    case str(x) if len(x) > 2:
        print("long string", x)
match (1, [2, 3]):
    case (1, [2, *rest]) as whole:
        print(rest, whole)
for subject in [[1, 2], (1, 2), "12", {1: 2}]:
    match subject:
        case [1, 2]:
            print(type(subject).__name__, "is a sequence")
        case _:
            print(type(subject).__name__, "is not matched as sequence")
class Custom:
    __match_args__ = ("a", "b")
    def __init__(self):
        self.a = 1
match Custom():
    case Custom(1, b):
        print("unreachable", b)
    case Custom(1):
        print("partial positional match")
