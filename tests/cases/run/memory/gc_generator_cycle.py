# A suspended generator in a cycle is closed (its finally runs) when the
# cycle is collected.
import gc
gc.collect()
log = []
def gen(box):
    try:
        yield 1
        yield 2
    finally:
        log.append('closed')
box = []
g = gen(box)
box.append(g)
next(g)
del g, box
print(log)
gc.collect()
print(log)
class Holder:
    pass
def gen2():
    h = Holder()
    h.g = me[0]
    try:
        yield h
    finally:
        log.append('gen2 closed')
me = [None]
g = gen2()
me[0] = g
next(g)
del g
me.clear()
gc.collect()
print(log)
