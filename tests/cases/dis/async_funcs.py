# Coroutines: await, async for, async with, async generators.
async def fetch(url):
    resp = await get(url)
    return await resp.text()

async def loop(stream):
    async for chunk in stream:
        process(chunk)
    else:
        done()

async def managed(lock):
    async with lock:
        await work()
    async with a() as x, b() as y:
        return x + y

async def agen(n):
    for i in range(n):
        yield i
        await sleep(0)

async def breaking(stream):
    async for item in stream:
        if item:
            break
        continue
