# A tiny hand-written event loop: coroutines yield "sleep" requests.
import types

@types.coroutine
def sleep(ticks):
    yield ("sleep", ticks)

class Loop:
    def __init__(self):
        self.now = 0
        self.ready = []
        self.log = []
    def spawn(self, coro, name):
        self.ready.append((0, len(self.log) + len(self.ready), name, coro, None))
    def run(self):
        while self.ready:
            self.ready.sort(key=lambda t: (t[0], t[1]))
            when, seq, name, coro, value = self.ready.pop(0)
            self.now = max(self.now, when)
            try:
                req = coro.send(value)
            except StopIteration as e:
                print(f"t={self.now} {name} finished -> {e.value!r}")
                continue
            kind, ticks = req
            self.ready.append((self.now + ticks, seq + 100, name, coro, None))

async def worker(name, delays):
    total = 0
    for d in delays:
        await sleep(d)
        total += d
        print(f"{name} slept {d}")
    return total

loop = Loop()
loop.spawn(worker("A", [1, 3]), "A")
loop.spawn(worker("B", [2, 1]), "B")
loop.run()
