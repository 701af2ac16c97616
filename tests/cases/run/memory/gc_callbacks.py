import gc
log = []
def cb(phase, info):
    log.append((phase, sorted(info), info['generation']))
    if phase == 'stop':
        log.append(('collected', info['collected'], info['uncollectable']))
gc.callbacks.append(cb)
gc.collect()
log.clear()
l = []; l.append(l); del l
gc.collect(1)
print(log)
log.clear()
gc.collect()
print(log)
gc.callbacks.remove(cb)
log.clear()
gc.collect()
print(log)
print(gc.callbacks)
# Every callback gets the same info dict.
seen = []
gc.callbacks.append(lambda p, i: seen.append(i))
gc.callbacks.append(lambda p, i: seen.append(i))
gc.collect()
print(len(seen), seen[0] is seen[1], seen[2] is seen[3], seen[0] is seen[2])
print(list(seen[0].items()))
gc.callbacks.clear()
# A failing callback is reported and the others still run.
def bad(p, i):
    raise ValueError('boom ' + p)
ran = []
gc.callbacks.extend([bad, lambda p, i: ran.append(p)])
import sys, io
err = io.StringIO()
old = sys.stderr
sys.stderr = err
try:
    gc.collect()
finally:
    sys.stderr = old
gc.callbacks.clear()
print(ran)
out = err.getvalue()
print(out.count('ValueError: boom'), 'Exception ignored in' in out)
