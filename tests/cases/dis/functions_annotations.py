# Parameter and return annotations (evaluated at definition time).
def f(a: int, b: 'str' = 'x', *args: tuple, c: float, d: int = 1, **kw: dict) -> bool:
    return True

def g(x: list[int], /, y: dict[str, int]) -> None:
    pass

def h() -> int:
    return 1

class K:
    def method(self, other: 'K') -> 'K':
        return self
