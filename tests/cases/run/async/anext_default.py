import asyncio
async def agen():
    yield 1
    yield 2
async def main():
    g = agen()
    print(await anext(g), await anext(g), await anext(g, 'done'))
    try:
        await anext(g)
    except StopAsyncIteration:
        print('stop')
    it = aiter(agen())
    print([x async for x in it])
    try:
        anext(5)
    except TypeError as e:
        print(e)
asyncio.run(main())
class Ticker:
    def __init__(self, n): self.i = 0; self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        await asyncio.sleep(0)
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main3():
    t = Ticker(2)
    print(await anext(t, 'end'), await anext(t, 'end'), await anext(t, 'end'))
    async for v in Ticker(3):
        print('v', v)
    g = (x * 2 async for x in Ticker(3))
    print(await anext(g), [y async for y in g])
    aw = anext(Ticker(0), 42)
    print(await aw)
    try:
        await anext(Ticker(0))
    except StopAsyncIteration:
        print('SAI')
asyncio.run(main3())
