import types

@types.coroutine
def pause():
    yield "pause"

async def countdown(n):
    try:
        while n > 0:
            await pause()
            yield n
            n -= 1
    finally:
        print("countdown finally")

async def echo():
    received = None
    while True:
        received = yield f"echo {received}"

async def main():
    out = [x async for x in countdown(3)]
    print(out)
    print([x * 10 async for x in countdown(2) if x > 1])
    print({x async for x in countdown(2)})
    print({x: -x async for x in countdown(2)})
    gen = echo()
    print(await gen.asend(None))
    print(await gen.asend("hi"))
    await gen.aclose()
    try:
        await gen.asend("after close")
    except StopAsyncIteration:
        print("stopped after aclose")
    cd = countdown(5)
    print(await cd.__anext__())
    try:
        await cd.athrow(ValueError("thrown in"))
    except ValueError as e:
        print("athrow propagated:", e)
    print(type(cd).__name__, cd.__name__, cd.ag_running)

def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
run(main())
