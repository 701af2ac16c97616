# Asynchronous comprehensions and await inside comprehensions.
async def f(aiter, coros):
    a = [x async for x in aiter]
    b = {x: y async for x, y in aiter}
    c = [await c for c in coros]
    d = (x async for x in aiter)
    e = [x for x in items if await check(x)]
    return a, b, c, d, e
