x: int
y: int = 1
(z): int = 2
obj.attr: str = "a"
obj[0]: float
a.b.c: list[int] = []
def f():
    v: "str" = yield
    w: tuple = 1, 2
