# aiter()/anext() driven by a hand-written coroutine runner (no asyncio).
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

async def agen(n):
    for i in range(n):
        yield i * 10

async def collect(ait):
    out = []
    while True:
        try:
            out.append(await anext(ait))
        except StopAsyncIteration:
            return out

print(run(collect(aiter(agen(4)))))

async def with_default():
    g = agen(2)
    return [await anext(g, "done"), await anext(g, "done"), await anext(g, "done"), await anext(g, None)]
print(run(with_default()))

class Counter:
    def __init__(self, stop):
        self.i = 0
        self.stop = stop
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.stop:
            raise StopAsyncIteration
        self.i += 1
        return self.i
c = Counter(3)
print(aiter(c) is c)
print(run(collect(c)))

async def default_on_custom():
    c = Counter(1)
    return (await anext(c, "x"), await anext(c, "y"))
print(run(default_on_custom()))

t("aiter non-async", lambda: aiter([1, 2]))
t("anext non-async", lambda: anext(iter([1])))
t("anext non-async default", lambda: anext(iter([1]), 0))
class BadAiter:
    def __aiter__(self):
        return 5
t("aiter bad result", lambda: aiter(BadAiter()))
t("aiter no args", lambda: aiter())
t("anext no args", lambda: anext())
t("anext three args", lambda: anext(agen(1), 1, 2))
t("aiter kw", lambda: aiter(async_iterable=agen(1)))

async def raising_gen():
    yield 1
    raise ValueError("inside agen")
async def read_all_default():
    g = raising_gen()
    out = [await anext(g, "d")]
    try:
        await anext(g, "d")
    except ValueError as e:
        out.append(("ValueError", str(e)))
    out.append(await anext(g, "d"))
    return out
print(run(read_all_default()))

aw = anext(agen(1))
print(type(aw).__name__)
aw2 = anext(agen(0), 7)
print(type(aw2).__name__)
try:
    aw2.send(None)
except StopIteration as e:
    print("StopIteration value", e.value)
aw3 = anext(agen(1), 9)
try:
    aw3.send(None)
except StopIteration as e:
    print("first value", e.value)
async def asyncfor():
    total = []
    async for v in aiter(agen(3)):
        total.append(v)
    return total
print(run(asyncfor()))
