# Awaitables and async protocols driven by hand: __await__, __aiter__/__anext__, __aenter__/__aexit__.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as stop:
        return stop.value

class Ready:
    def __init__(self, v): self.v = v
    def __await__(self):
        yield
        return self.v

class Ticker:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n: raise StopAsyncIteration
        self.i += 1
        return self.i

class Session:
    async def __aenter__(self):
        print("  aenter")
        return "session"
    async def __aexit__(self, et, ev, tb):
        print("  aexit", et.__name__ if et else None)
        return True

async def main():
    x = await Ready(41)
    items = [i async for i in Ticker(3)]
    async with Session() as s:
        raise ValueError("suppressed")
    return x + 1, items, s

print(run(main()))

class BadAwait:
    def __await__(self): return 5
class NoAwait: pass
async def await_bad(obj): return await obj
err(lambda: run(await_bad(BadAwait())))
err(lambda: run(await_bad(NoAwait())))
err(lambda: run(await_bad(5)))
class NotAsyncIter: pass
async def iterate(obj):
    async for _ in obj:
        pass
err(lambda: run(iterate(NotAsyncIter())))
err(lambda: run(iterate([1])))
class AiterBad:
    def __aiter__(self): return 5
err(lambda: run(iterate(AiterBad())))
class AnextNotAwaitable:
    def __aiter__(self): return self
    def __anext__(self): return 5
err(lambda: run(iterate(AnextNotAwaitable())))
async def with_bad():
    async with NoAwait():
        pass
err(lambda: run(with_bad()))
class EnterOnly:
    async def __aenter__(self): pass
async def with_enter_only():
    async with EnterOnly():
        pass
err(lambda: run(with_enter_only()))
async def plain_with_async_cm():
    with Session():
        pass
err(lambda: run(plain_with_async_cm()))
c = main()
print(type(c).__name__, c.__qualname__, hasattr(c, "__await__"))
c.close()
