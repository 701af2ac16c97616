import sys
def who():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_back.f_code.co_name if f.f_back else None
def gen():
    yield who()
    yield who()
def consumer():
    g = gen()
    first = next(g)
    return first, helper(g)
def helper(g):
    return next(g)
print(consumer())
def chain():
    frame = sys._getframe()
    yield [f.f_code.co_name for f in iter_frames(frame)]
def iter_frames(f):
    while f:
        yield f
        f = f.f_back
def outer():
    return next(chain())
print(outer())
g = gen()
print(g.gi_frame.f_back)
next(g)
print(g.gi_frame.f_back, g.gi_frame.f_lineno)
async def coro():
    return sys._getframe().f_back.f_code.co_name
def drive():
    c = coro()
    try:
        c.send(None)
    except StopIteration as e:
        return e.value
print(drive())
def lineno_tracker():
    f = sys._getframe()
    lines = [f.f_lineno]
    lines.append(f.f_lineno)
    yield lines
    lines.append(f.f_lineno)
    yield lines
t = lineno_tracker()
a = next(t)
b = next(t)
print(b[1] - b[0], b[2] - b[0])
