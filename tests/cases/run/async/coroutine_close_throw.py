import types
@types.coroutine
def suspend():
    yield "tick"
async def task():
    try:
        await suspend()
        await suspend()
    except ValueError as e:
        print("task caught", e)
        return "recovered"
    finally:
        print("task finally")
c = task()
print(c.send(None))
try:
    c.throw(ValueError("boom"))
except StopIteration as e:
    print("result", e.value)
c2 = task()
c2.send(None)
c2.close()
print("closed", c2.cr_frame)
c3 = task()
c3.close()
async def nested():
    return await task()
n = nested()
n.send(None)
print(n.cr_await is not None, type(n.cr_await).__name__)
try:
    n.throw(ValueError("deep"))
except StopIteration as e:
    print("nested result", e.value)
