# What DEBUG_STATS and DEBUG_COLLECTABLE print (numbers that depend on the
# interpreter's own objects are masked).
import gc, sys, io, re
gc.collect()
class Cyc:
    pass
def run(flags, gen=2):
    c = Cyc(); c.me = c
    l = []; l.append(l)
    del c, l
    err = io.StringIO()
    old = sys.stderr
    sys.stderr = err
    gc.set_debug(flags)
    try:
        n = gc.collect(gen)
    finally:
        gc.set_debug(0)
        sys.stderr = old
    text = err.getvalue()
    text = re.sub(r'0x[0-9a-f]+', 'ADDR', text)
    text = re.sub(r'generation: [0-9 ]+', 'generation: N', text)
    text = re.sub(r'generation:( \d+)+', 'generation: N', text)
    text = re.sub(r'[0-9.]+s elapsed', 'Ts elapsed', text)
    text = re.sub(r'done, \d+ unreachable', 'done, K unreachable', text)
    print(text, end='')
    print('--')
run(gc.DEBUG_STATS)
run(gc.DEBUG_STATS, 0)
lines = []
class Marker: pass
m = Marker(); m.m = m; del m
err = io.StringIO(); old = sys.stderr; sys.stderr = err
gc.set_debug(gc.DEBUG_COLLECTABLE)
gc.collect()
gc.set_debug(0); sys.stderr = old
print([l for l in re.sub(r'0x[0-9a-f]+', 'ADDR', err.getvalue()).splitlines() if 'Marker' in l])
gc.set_debug(gc.DEBUG_LEAK)
print(gc.get_debug())
gc.set_debug(0)
try:
    gc.set_debug('x')
except TypeError as e:
    print(e)
