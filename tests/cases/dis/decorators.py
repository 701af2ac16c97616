# Decorators on functions and classes, with and without arguments.
@staticmethod
def f():
    pass

@dec1
@dec2(1, 2)
@dec3.attr
def g(x):
    return x

@dataclass(frozen=True)
class Point:
    x: int
    y: int

@a
@b
class Plain:
    pass
