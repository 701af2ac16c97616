import sys
async def job():
    return "done"
def run(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
print(sys.get_coroutine_origin_tracking_depth())
c = job()
print(c.cr_origin)
c.close()
sys.set_coroutine_origin_tracking_depth(2)
def make():
    return job()
def outer():
    return make()
c = outer()
print([(fn.rsplit("/", 1)[-1], line, name) for fn, line, name in c.cr_origin])
print(run(c))
sys.set_coroutine_origin_tracking_depth(10)
c = make()
print(len(c.cr_origin), c.cr_origin[-1][2])
c.close()
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print(e)
try:
    sys.set_coroutine_origin_tracking_depth("2")
except TypeError as e:
    print(e)
sys.set_coroutine_origin_tracking_depth(depth=0)
c = make()
print(c.cr_origin, sys.get_coroutine_origin_tracking_depth())
c.close()
def gen():
    yield
sys.set_coroutine_origin_tracking_depth(1)
print(hasattr(gen(), "cr_origin"))
sys.set_coroutine_origin_tracking_depth(0)
