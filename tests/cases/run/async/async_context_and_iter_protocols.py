import types
@types.coroutine
def pause(tag):
    yield tag

class AsyncRange:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return AsyncRangeIterator(self.n)
class AsyncRangeIterator:
    def __init__(self, n):
        self.i, self.n = 0, n
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        await pause(self.i)
        self.i += 1
        return self.i - 1

class Transaction:
    def __init__(self):
        self.log = []
    async def __aenter__(self):
        self.log.append("begin")
        return self
    async def __aexit__(self, et, ev, tb):
        self.log.append("rollback" if et else "commit")
        return False

async def main():
    total = 0
    async for i in AsyncRange(4):
        total += i
    print("total", total)
    tx = Transaction()
    async with tx:
        tx.log.append("work")
    try:
        async with Transaction() as tx2:
            raise ValueError("fail inside")
    except ValueError:
        print("tx2", tx2.log)
    print("tx", tx.log)
    result = [x async for x in AsyncRange(3)]
    nested = [[y async for y in AsyncRange(x)] async for x in AsyncRange(3)]
    print(result, nested)
    gen = (x * 2 async for x in AsyncRange(3))
    print(type(gen).__name__, [v async for v in gen])
    return "done"

def drive(coro):
    tags = []
    try:
        while True:
            tags.append(coro.send(None))
    except StopIteration as e:
        print("tags", tags)
        return e.value
print(drive(main()))
