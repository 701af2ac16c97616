import types

@types.coroutine
def suspend(tag):
    return (yield tag)

class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await suspend(("tick", self.i))
        return self.i

class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await suspend("enter " + self.name)
        print("acquired", self.name)
        return self
    async def __aexit__(self, et, ev, tb):
        await suspend("exit " + self.name)
        print("released", self.name, et.__name__ if et else None)
        return et is KeyError

async def main():
    async with Resource("db") as r, Resource("cache"):
        async for t in Ticker(3):
            print("got", t, "in", r.name)
    async with Resource("x"):
        raise KeyError("suppressed")
    try:
        async with Resource("y"):
            raise ValueError("escapes")
    except ValueError as e:
        print("caught", e)
    async for t in Ticker(2):
        if t == 1:
            continue
        print("second loop", t)
    else:
        print("async for else")
    return "main done"

def run(coro):
    suspended = []
    try:
        while True:
            suspended.append(coro.send(None))
    except StopIteration as e:
        print("suspensions:", suspended)
        return e.value
print(run(main()))
