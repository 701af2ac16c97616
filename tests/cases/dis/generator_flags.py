# Code flags: generators, coroutines, async generators, nested, varargs.
def plain(): pass
def gen(): yield
async def coro(): pass
async def agen(): yield
def args(*a, **k): pass
def outer():
    def nested(): return outer
    return nested
