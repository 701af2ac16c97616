async def f():
    await x
    await x.y()
    r = await f() + await g()
    async for a in b:
        pass
    async for a, b in c:
        pass
    else:
        pass
    async with a as b, c:
        pass
    async with (a as b, c as d):
        pass
    l = [x async for x in y]
    s = {x async for x in y if await x}
    d = {k: v async for k, v in y}
    g = (x async for x in y)
    return await asyncio.sleep(0)
async def g():
    yield 1
