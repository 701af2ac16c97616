import types
class Sleep:
    def __init__(self, n): self.n = n
    def __await__(self):
        r = yield self.n
        return r
async def worker(name, n):
    total = 0
    for i in range(n):
        got = await Sleep(i)
        total += got
    return f"{name}:{total}"
async def main():
    a = await worker("a", 3)
    b = await worker("b", 2)
    return [a, b]
def run(coro):
    value = None
    while True:
        try:
            step = coro.send(value)
        except StopIteration as e:
            return e.value
        value = step * 10
print(run(main()))
async def agen(n):
    for i in range(n):
        await Sleep(i)
        yield i * 2
async def consume():
    out = []
    async for v in agen(3):
        out.append(v)
    return out
print(run(consume()))
class ACM:
    async def __aenter__(self):
        print("aenter")
        return self
    async def __aexit__(self, *a):
        print("aexit", a[0])
async def use_acm():
    async with ACM() as m:
        print("inside")
    return "ok"
print(run(use_acm()))
c = main()
print(type(c).__name__, c.__name__, c.__qualname__)
c.close()
async def raiser():
    raise ValueError("in coro")
try:
    run(raiser())
except ValueError as e:
    print("caught", e)
async def comp():
    return [x async for x in agen(3)]
print(run(comp()))
