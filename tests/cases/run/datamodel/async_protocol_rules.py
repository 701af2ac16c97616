# __await__, __aiter__/__anext__, async context managers, driven without an event loop.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

class Ready:
    def __init__(self, v): self.v = v
    def __await__(self):
        yield from ()
        return self.v
class Suspends:
    def __await__(self):
        got = yield "suspended"
        return ("resumed with", got)

async def main():
    a = await Ready(5)
    return a * 2
print(run(main()))

c = Suspends().__await__()
print(next(c))
try:
    c.send("value")
except StopIteration as e:
    print(e.value)

class BadAwait:
    def __await__(self): return 5
class ListAwait:
    def __await__(self): return iter([1, 2])
class NoAwait: pass
class CoroAwait:
    def __await__(self):
        async def inner(): return 1
        return inner()
async def aw(x): return await x
err(lambda: run(aw(BadAwait())))
err(lambda: run(aw(ListAwait())))
err(lambda: run(aw(NoAwait())))
err(lambda: run(aw(5)))

# async iteration
class Ticker:
    def __init__(self, n): self.i, self.n = 0, n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def collect(it):
    out = []
    async for v in it:
        out.append(v)
    return out
print(run(collect(Ticker(3))))
async def comp():
    return [v * 10 async for v in Ticker(3)]
print(run(comp()))

class AiterNotAsync:
    def __aiter__(self): return 5
class NoAnext:
    def __aiter__(self): return self
class AnextNotAwaitable:
    def __aiter__(self): return self
    def __anext__(self): return 5
err(lambda: run(collect(AiterNotAsync())))
err(lambda: run(collect(NoAnext())))
err(lambda: run(collect(AnextNotAwaitable())))
err(lambda: run(collect([1, 2])))

# async with
class ACM:
    def __init__(self, suppress=False): self.suppress = suppress
    async def __aenter__(self):
        print("aenter")
        return "resource"
    async def __aexit__(self, et, ev, tb):
        print("aexit", et.__name__ if et else None)
        return self.suppress
async def use(cm, fail=False):
    async with cm as r:
        print("inside", r)
        if fail:
            raise ValueError("inside failure")
    return "done"
print(run(use(ACM())))
print(run(use(ACM(True), fail=True)))
err(lambda: run(use(ACM(), fail=True)))
class SyncOnly:
    def __enter__(self): return 1
    def __exit__(self, *a): pass
err(lambda: run(use(SyncOnly())))
class AenterNotAwaitable:
    def __aenter__(self): return 1
    async def __aexit__(self, *a): pass
err(lambda: run(use(AenterNotAwaitable())))
class AexitNotAwaitable:
    async def __aenter__(self): return 1
    def __aexit__(self, *a): return 1
err(lambda: run(use(AexitNotAwaitable())))

# aiter()/anext() builtins
async def with_builtins():
    t = Ticker(2)
    it = aiter(t)
    a = await anext(it)
    b = await anext(it)
    c = await anext(it, "default")
    return a, b, c
print(run(with_builtins()))
err(lambda: aiter(5))
err(lambda: anext(5))
async def anext_exhausted():
    return await anext(Ticker(0))
err(lambda: run(anext_exhausted()))
