# Under `from __future__ import annotations`, annotations become strings.
from __future__ import annotations

def f(a: int, b: list[dict[str, int]] = [], *args: 'quoted', c: x | None = None, **kw: Callable[..., T]) -> Optional[int]:
    return a

class C:
    x: int = 1
    y: a.b.c[1:2, ::3]
    z: (lambda q, *, r=1: q) = None
    w: {1: 2, **d} | {3, 4}
    v: [i for i in range(3) if i]
    u: -x ** 2 + (not y) * ~z
    t: f'{a!r:>{w}}'
    s: (1, 2) if cond else 3.5e-10
