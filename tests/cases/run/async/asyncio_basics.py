import asyncio
async def worker(name, delay, log):
    log.append(f"{name} start")
    await asyncio.sleep(delay)
    log.append(f"{name} done")
    return name.upper()
async def main():
    log = []
    results = await asyncio.gather(worker("a", 0.02, log), worker("b", 0.01, log), worker("c", 0, log))
    print(results)
    print(log)
    t1 = asyncio.create_task(worker("t1", 0.01, log))
    t2 = asyncio.create_task(worker("t2", 0, log))
    print(await t1, await t2)
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.01)
    except asyncio.TimeoutError:
        print("timed out")
    q = asyncio.Queue()
    async def producer():
        for i in range(3):
            await q.put(i)
            print("put", i)
        await q.put(None)
    async def consumer():
        while True:
            item = await q.get()
            if item is None:
                break
            print("got", item)
    await asyncio.gather(producer(), consumer())
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        print("event seen")
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    await w
    lock = asyncio.Lock()
    async def locked(n):
        async with lock:
            print("in lock", n)
            await asyncio.sleep(0)
            print("out lock", n)
    await asyncio.gather(locked(1), locked(2))
    async def fails():
        raise ValueError("boom")
    r = await asyncio.gather(fails(), worker("x", 0, []), return_exceptions=True)
    print(r)
    try:
        await asyncio.gather(fails())
    except ValueError as e:
        print("gather raised", e)
    task = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", task.cancelled())
    return "main done"
print(asyncio.run(main()))
async def agen():
    for i in range(3):
        await asyncio.sleep(0)
        yield i
async def use_agen():
    return [x async for x in agen()]
print(asyncio.run(use_agen()))
