def f(aiter):
    return [x async for x in aiter]
