import sys
n = 0
def run(label, fn):
    global n
    n = 0
    try:
        fn()
    except RecursionError as e:
        print(label, n, e)
class Node:
    def __init__(self):
        global n
        n += 1
        self.child = Node()
run('init', Node)
class S:
    def __str__(self):
        global n
        n += 1
        return str(self)
run('str', lambda: str(S()))
run('fstr', lambda: f'{S()}')
class H:
    def __hash__(self):
        global n
        n += 1
        return hash(self)
run('hash', lambda: hash(H()))
class L:
    def __len__(self):
        global n
        n += 1
        return len(self)
run('len', lambda: len(L()))
class It:
    def __iter__(self):
        global n
        n += 1
        return iter(self)
run('iter', lambda: iter(It()))
def j():
    global n
    n += 1
    return ''.join(j() for _ in [1])
run('join', j)
def comp():
    global n
    n += 1
    return [comp() for _ in [1]]
run('comp', comp)
def mx():
    global n
    n += 1
    return max([1, 2], key=lambda x: mx())
run('max', mx)
class A:
    def __add__(self, o):
        global n
        n += 1
        return self + o
run('add', lambda: A() + 1)
class G:
    def __getitem__(self, i):
        global n
        n += 1
        return self[i]
run('getitem', lambda: G()[0])
class P:
    @property
    def x(self):
        global n
        n += 1
        return self.x
run('prop', lambda: P().x)
def de():
    global n
    n += 1
    d = {}
    return d.get(1, de())
run('dictget', de)
def ap():
    global n
    n += 1
    l = []
    l.append(ap())
run('append', ap)
def isi():
    global n
    n += 1
    return isinstance(1, int) and isi()
run('isinstance', isi)
def fil():
    global n
    n += 1
    return list(filter(lambda x: fil(), [1]))
run('filter', fil)
def en():
    global n
    n += 1
    for i, x in enumerate([1]):
        en()
run('enumerate', en)
def sm():
    global n
    n += 1
    return sum(sm() for _ in [1])
run('sum', sm)
def srt():
    global n
    n += 1
    [3, 1].sort(key=lambda x: srt())
run('sort', srt)
def mp():
    global n
    n += 1
    return dict(map(lambda x: (x, mp()), [1]))
run('dictmap', mp)
def gen():
    global n
    n += 1
    yield next(gen())
run('nextgen', lambda: next(gen()))
def ex():
    global n
    n += 1
    try:
        ex()
    finally:
        pass
run('finally', ex)
def cl():
    global n
    n += 1
    class X:
        cl()
run('classbody', cl)
def lam():
    global n
    n += 1
    return (lambda: lam())()
run('lambda', lam)
def kwc(a=1, *, b=2):
    global n
    n += 1
    return kwc(a=a, b=b)
run('kwcall', kwc)
def ex2(*a, **k):
    global n
    n += 1
    return ex2(*a, **k)
run('callex', ex2)
