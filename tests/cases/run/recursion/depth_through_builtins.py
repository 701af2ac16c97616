import sys
n = 0
def f():
    global n
    n += 1
    f()
try:
    f()
except RecursionError:
    print('depth', n)
n = 0
class C:
    def __getattr__(self, name):
        global n
        n += 1
        return getattr(self, name)
try:
    C().x
except RecursionError as e:
    print('getattr depth', n, e)
n = 0
class R:
    def __repr__(self):
        global n
        n += 1
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print('repr depth', n, e)
n = 0
def g():
    global n
    n += 1
    return list(map(lambda x: g(), [1]))
try:
    g()
except RecursionError as e:
    print('map depth', n, e)
n = 0
class E:
    def __eq__(self, o):
        global n
        n += 1
        return self == o
try:
    E() == 1
except RecursionError as e:
    print('eq depth', n, e)
n = 0
def h():
    global n
    n += 1
    return sorted([1, 2], key=lambda x: h())
try:
    h()
except RecursionError as e:
    print('sorted depth', n, e)
n = 0
def gen():
    global n
    n += 1
    yield from gen()
try:
    list(gen())
except RecursionError as e:
    print('gen depth', n, e)
sys.setrecursionlimit(100)
n = 0
try:
    f()
except RecursionError:
    print('depth100', n)
n = 0
class P:
    @property
    def p(self):
        global n
        n += 1
        return self.p
try:
    P().p
except RecursionError as e:
    print('prop depth', n, e)
n = 0
def k(**kw):
    global n
    n += 1
    return k(**kw)
try:
    k(a=1)
except RecursionError as e:
    print('kw depth', n, e)
n = 0
def st(*a):
    global n
    n += 1
    return st(*a)
try:
    st(1)
except RecursionError as e:
    print('star depth', n, e)
