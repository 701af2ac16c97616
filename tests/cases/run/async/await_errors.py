import types
class NotAwaitable:
    pass
class BadAwait:
    def __await__(self):
        return 5
class GoodAwait:
    def __await__(self):
        yield "suspended"
        return "awaited value"
async def try_await(obj):
    return await obj
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
for obj in [NotAwaitable(), BadAwait(), 5, None]:
    try:
        run(try_await(obj))
    except TypeError as e:
        print(e)
print(run(try_await(GoodAwait())))
async def simple():
    return 1
c = simple()
print(type(c).__name__, c.cr_running, c.cr_frame is not None, c.__qualname__)
print(run(c))
try:
    c.send(None)
except RuntimeError as e:
    print(e)
async def awaits_twice():
    inner = simple()
    await inner
    await inner
try:
    run(awaits_twice())
except RuntimeError as e:
    print(e)
unawaited = simple()
try:
    iter(unawaited)
except TypeError as e:
    print(e)
unawaited.close()
async def gen_in_async():
    async for x in [1, 2]:
        pass
try:
    run(gen_in_async())
except TypeError as e:
    print(e)
async def with_non_async():
    async with object():
        pass
try:
    run(with_non_async())
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class OnlyAiter:
    def __aiter__(self):
        return self
async def bad_anext():
    async for x in OnlyAiter():
        pass
try:
    run(bad_anext())
except TypeError as e:
    print(e)
@types.coroutine
def legacy():
    yield 1
    return "legacy"
async def uses_legacy():
    return await legacy()
print(run(uses_legacy()))
