async def f():
    await g()
    match x:
        case [1, *rest] if rest:
            pass
        case _:
            return None
lambda a, /, b, *, c: (yield)
global q; nonlocal r
