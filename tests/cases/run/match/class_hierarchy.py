class Shape:
    pass
class Circle(Shape):
    __match_args__ = ("r",)
    def __init__(self, r):
        self.r = r
class Rect(Shape):
    __match_args__ = ("w", "h")
    def __init__(self, w, h):
        self.w, self.h = w, h
class Square(Rect):
    __match_args__ = ("w",)
    def __init__(self, s):
        super().__init__(s, s)
def area(shape):
    match shape:
        case Circle(r=0) | Rect(0, _) | Rect(_, 0):
            return "degenerate"
        case Circle(r):
            return round(3.14159 * r * r, 2)
        case Square(s):
            return f"square {s * s}"
        case Rect(w, h):
            return w * h
        case Shape():
            return "unknown shape"
        case _:
            return "not a shape"
for s in [Circle(1), Circle(0), Rect(2, 3), Rect(0, 5), Square(4), Shape(), 42]:
    print(type(s).__name__, area(s))
def describe(obj):
    match obj:
        case list([int(), *_]) as l:
            return f"int list of {len(l)}"
        case dict({"id": int(i)}):
            return f"record {i}"
        case tuple((x, y)) if x == y:
            return "twin tuple"
        case bytes(b) | bytearray(b):
            return f"binary {len(b)}"
        case set() | frozenset():
            return "a set"
    return "other"
for o in [[1, "x"], ["x"], {"id": 7, "n": 1}, (2, 2), (1, 2), b"ab", bytearray(3), {1}, frozenset()]:
    print(describe(o))
