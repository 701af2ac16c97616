# A hand-written scheduler with task cancellation via throw().
import types

class Cancelled(Exception):
    pass

@types.coroutine
def yield_now():
    yield

class Task:
    def __init__(self, coro, name):
        self.coro, self.name = coro, name
        self.done = False
        self.result = None
        self.cancel_requested = False

class Scheduler:
    def __init__(self):
        self.tasks = []
    def spawn(self, coro, name):
        t = Task(coro, name)
        self.tasks.append(t)
        return t
    def run(self):
        step = 0
        while any(not t.done for t in self.tasks):
            step += 1
            for t in self.tasks:
                if t.done:
                    continue
                try:
                    if t.cancel_requested and step > 1:
                        t.cancel_requested = False
                        t.coro.throw(Cancelled(f"{t.name} cancelled at step {step}"))
                    else:
                        t.coro.send(None)
                except StopIteration as e:
                    t.done, t.result = True, e.value
                    print(f"step {step}: {t.name} returned {e.value!r}")
                except Cancelled as e:
                    t.done, t.result = True, e
                    print(f"step {step}: {t.name} died: {e}")
                except Exception as e:
                    t.done, t.result = True, e
                    print(f"step {step}: {t.name} failed: {type(e).__name__}: {e}")

async def counter(name, n):
    for i in range(n):
        await yield_now()
    return f"{name} counted {n}"

async def stubborn():
    while True:
        try:
            await yield_now()
        except Cancelled:
            print("stubborn: cleaning up, then re-raising")
            raise

async def crasher():
    await yield_now()
    return {}["missing"]

async def shielded():
    try:
        await yield_now()
        await yield_now()
    except Cancelled:
        return "swallowed cancellation"

s = Scheduler()
s.spawn(counter("a", 2), "a")
st = s.spawn(stubborn(), "stubborn")
s.spawn(crasher(), "crasher")
sh = s.spawn(shielded(), "shielded")
st.cancel_requested = True
sh.cancel_requested = True
s.run()
print([(t.name, type(t.result).__name__) for t in s.tasks])
