class Future:
    def __init__(self):
        self.done = False
        self.result = None
        self.callbacks = []
    def set_result(self, value):
        self.done, self.result = True, value
    def __await__(self):
        while not self.done:
            yield self
        return self.result
class Loop:
    def __init__(self):
        self.pending = []
        self.timers = []
    def run(self, coro):
        waiting = None
        while True:
            try:
                waiting = coro.send(None)
            except StopIteration as e:
                return e.value
            if self.timers:
                fut, value = self.timers.pop(0)
                fut.set_result(value)
loop = Loop()
def later(value):
    f = Future()
    loop.timers.append((f, value))
    return f
async def compute():
    a = await later(20)
    b = await later(22)
    return a + b
async def main():
    results = []
    for _ in range(2):
        results.append(await compute())
    done = Future()
    done.set_result("already done")
    results.append(await done)
    return results
print(loop.run(main()))
class AwaitableWithIter:
    def __await__(self):
        return iter([None, None])
async def uses_iter():
    return await AwaitableWithIter()
print(loop.run(uses_iter()))
