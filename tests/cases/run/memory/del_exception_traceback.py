import sys
class A:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
def raiser():
    a = A(1)
    raise ValueError('v')
try:
    raiser()
except ValueError:
    print('handling')
print('handled')
def keep():
    b = A(2)
    raise KeyError('k')
try:
    keep()
except KeyError as e:
    saved = e
print('saved', type(saved).__name__)
del saved
print('released')
try:
    keep()
except KeyError:
    info = sys.exc_info()
print('info kept')
del info
print('info released')
try:
    try:
        raiser()
    finally:
        print('finally')
except ValueError:
    pass
print('end')
