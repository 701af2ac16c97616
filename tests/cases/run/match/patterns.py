def classify(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case [a, b]:
            return f"pair {a} {b}"
        case [a, *rest]:
            return f"list head {a} rest {rest}"
        case {"k": v, **others}:
            return f"dict k={v} others={others}"
        case str() as s:
            return "str " + s
        case (1, 2, 3):
            return "tuple123"
        case None:
            return "none"
        case _:
            return "other"
for v in [0, 2, -5, [1, 2], [1, 2, 3], {"k": 1, "z": 2}, "hi", (1, 2, 3), None, 3.5]:
    print(classify(v))
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"y-axis {y}"
        case Point(x, 0):
            return f"x-axis {x}"
        case Point():
            return "elsewhere"
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1)]:
    print(where(p))
def keys(m):
    match m:
        case {"a": 1, "b": b}:
            return f"a1 b={b}"
        case {"a": a}:
            return f"a={a}"
        case {}:
            return "mapping"
for m in [{"a": 1, "b": 2}, {"a": 3}, {"z": 0}, {}]:
    print(keys(m))
class Color:
    RED = "red"
    GREEN = "green"
for c in ["red", "blue"]:
    match c:
        case Color.RED:
            print("is red")
        case other:
            print("not red:", other)
match (1, [2, 3]):
    case (x, [y, *z]) if x < y:
        print("nested", x, y, z)
match 5:
    case 1 | 2 | 3:
        print("low")
    case 4 | 5 as n:
        print("mid", n)
