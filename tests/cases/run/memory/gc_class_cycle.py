# Classes are in cycles with themselves (__mro__, methods' __class__ cells);
# the collector frees them and their instances' finalizers run.
import gc
gc.collect()
def make():
    class Local:
        def method(self):
            return __class__
        def __del__(self):
            print('instance freed')
    return Local()
inst = make()
cls = type(inst)
print(cls.__name__, inst.method() is cls)
del inst
print('instance gone')
n = len([o for o in gc.get_objects() if o is cls])
print(n)
del cls
gc.collect()
print(any(getattr(o, '__name__', None) == 'Local' and isinstance(o, type) for o in gc.get_objects()))
