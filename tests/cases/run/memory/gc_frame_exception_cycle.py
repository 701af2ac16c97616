# An exception kept in a local of the frame it was raised in makes a cycle
# (traceback -> frame -> locals -> exception); the collector frees it.
import gc
gc.collect()
class Witness:
    def __del__(self):
        print('witness freed')
def f():
    w = Witness()
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    return 'done'
print(f())
print('after call')
gc.collect()
print('after collect')
def g():
    w = Witness()
    try:
        raise KeyError('k')
    except KeyError as e:
        pass
    return 'no cycle'
print(g())
print('end')
