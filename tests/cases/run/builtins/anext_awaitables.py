# The awaitable anext() returns: send/throw/close, non-awaitable __anext__ results, defaults.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except BaseException as e:
        print(label, "EXC", type(e).__name__, e)
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
class AwaitReturnsInt:
    def __await__(self):
        return 5
class AnextAwaitBad:
    def __aiter__(self):
        return self
    def __anext__(self):
        return AwaitReturnsInt()
class Yielding:
    def __await__(self):
        yield "suspended"
        return "resumed value"
class AnextYields:
    def __aiter__(self):
        return self
    def __anext__(self):
        return Yielding()
async def a1():
    return await anext(BadAnext())
async def a2():
    return await anext(BadAnext(), "d")
async def a3():
    return await anext(AnextAwaitBad(), "d")
t("non-awaitable", lambda: run(a1()))
t("non-awaitable default", lambda: run(a2()))
t("__await__ returns int", lambda: run(a3()))
aw = anext(AnextYields(), "dflt")
t("yielding send", lambda: aw.send(None))
t("yielding finish", lambda: aw.send(None))
async def ag():
    yield 1
    yield 2
g = ag()
aw = anext(g, 0)
t("type", lambda: type(aw).__name__)
t("send first", lambda: aw.send(None))
aw = anext(g, 0)
t("throw", lambda: aw.throw(ValueError("thrown in")))
aw = anext(g, "after")
t("exhausted default", lambda: aw.send(None))
aw = anext(ag(), 0)
t("close", lambda: aw.close())
t("await iter", lambda: type(anext(ag(), 0).__await__()).__name__)
t("anext bad type with default", lambda: anext(1, 2))
t("anext no default on generator", lambda: type(anext(ag())).__name__)
async def coro_anext():
    class C:
        def __aiter__(self):
            return self
        async def __anext__(self):
            return "from coroutine __anext__"
    return await anext(C(), None)
t("coroutine __anext__ with default", lambda: run(coro_anext()))
async def raising_anext():
    class C:
        def __aiter__(self):
            return self
        async def __anext__(self):
            raise StopAsyncIteration
    return await anext(C(), "default used")
t("StopAsyncIteration default", lambda: run(raising_anext()))
