import sys
import types

@types.coroutine
def tick():
    yield "tick"

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value

print(sys.get_asyncgen_hooks())
seen = []
finalized = []
def firstiter(agen):
    seen.append(agen.__name__)
def finalizer(agen):
    finalized.append(agen.__name__)
    agen.aclose().send(None) if False else None
sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
hooks = sys.get_asyncgen_hooks()
print(hooks.firstiter is firstiter, hooks.finalizer is finalizer, hooks[0] is firstiter, len(hooks))

async def numbers():
    try:
        for i in range(3):
            await tick()
            yield i
    finally:
        print("numbers finally")

async def take_one():
    agen = numbers()
    async for n in agen:
        return n, agen

value, agen = run(take_one())
print(value, seen)
del agen
print("finalizer called:", finalized)
async def consume_all():
    return [n async for n in numbers()]
print(run(consume_all()), seen, finalized)
never = numbers()
del never
print("never iterated:", seen, finalized)
sys.set_asyncgen_hooks(firstiter=None)
print(sys.get_asyncgen_hooks().firstiter, sys.get_asyncgen_hooks().finalizer is finalizer)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
for bad in [{"firstiter": 5}, {"finalizer": "x"}, {"firstiter": 1, "finalizer": 2}]:
    try:
        sys.set_asyncgen_hooks(**bad)
    except TypeError as e:
        print(e)
def failing_firstiter(agen):
    raise RuntimeError("firstiter refused")
sys.set_asyncgen_hooks(firstiter=failing_firstiter)
async def use():
    async for _ in numbers():
        pass
try:
    run(use())
except RuntimeError as e:
    print(e)
sys.set_asyncgen_hooks(firstiter=None)
a = numbers()
print(run(a.__anext__()))
sys.set_asyncgen_hooks(finalizer=lambda g: print("late hook not used"))
run(a.aclose())
print("closed", seen)
