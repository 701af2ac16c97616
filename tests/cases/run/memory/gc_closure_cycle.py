# A function that refers to itself through its closure cell.
import gc
gc.collect()
class W:
    def __del__(self):
        print('W freed')
def outer():
    w = W()
    def inner():
        return inner, w
    return inner
f = outer()
del f
print('deleted')
gc.collect()
print('collected')
