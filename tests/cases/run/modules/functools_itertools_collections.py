import functools, itertools, collections
from collections import Counter, defaultdict, OrderedDict, deque, namedtuple, ChainMap

def deco(tag):
    def wrap(f):
        @functools.wraps(f)
        def inner(*a, **k):
            print(tag, f.__name__, a, k)
            return f(*a, **k)
        return inner
    return wrap

@deco('T')
def add(a, b=2, *, c=3):
    """adds"""
    return a + b + c
print(add(1), add(1, 2, c=4), add.__name__, add.__doc__, add.__wrapped__.__name__)

@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())

p = functools.partial(int, base=2)
print(p('1010'), functools.reduce(lambda a, b: a * b, range(1, 8)), functools.reduce(lambda a, b: a + b, [], 0))
print(list(itertools.chain([1], (2, 3))), list(itertools.islice(itertools.count(5, 2), 4)), list(itertools.permutations('abc', 2))[:4])
print(list(itertools.combinations(range(4), 2)), list(itertools.product('ab', repeat=2)), list(itertools.accumulate([1, 2, 3, 4])))
print([(k, list(g)) for k, g in itertools.groupby('aabbbc')], list(itertools.zip_longest('ab', 'xyz', fillvalue='-')))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(itertools.repeat('x', 3)), list(itertools.compress('abcd', [1, 0, 1, 0])), list(itertools.filterfalse(None, [0, 1, 0, 2])), list(itertools.pairwise('abcd')))
c = Counter('abracadabra')
print(c, c.most_common(2), c['z'], sum(c.values()), c + Counter('aab'), sorted(c.elements())[:5])
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd['new'])
od = OrderedDict(a=1, b=2)
od.move_to_end('a')
print(od, list(od), od.popitem(last=False))
dq = deque([1, 2, 3], maxlen=4)
dq.appendleft(0); dq.append(4); dq.rotate(1)
print(dq, dq.popleft(), dq.pop(), len(dq), dq[0])
Point = namedtuple('Point', 'x y', defaults=[0])
pt = Point(1)
print(pt, pt._replace(y=5), pt._asdict(), Point._fields, pt.x, pt[1], Point(*[3, 4]) == (3, 4))
x, y = Point(7, 8)
print(x, y, isinstance(pt, tuple))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), sorted(cm))

def gen_try():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
for v in gen_try():
    print(v)
    break

def ret_in_finally():
    try:
        return 'try'
    finally:
        print('finally runs')
print(ret_in_finally())

def finally_override():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print('f', i)
    return i
print(finally_override())

counter = 0
def incr():
    global counter
    counter += 1
    return counter
incr(); incr()
print(counter)

def make():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get(): return n
    return inc, get
i, g = make()
i(); i()
print(g(), i.__closure__[0].cell_contents)

fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
print({k: v for k, v in zip('abc', range(3)) if v}, {x % 3 for x in range(10)}, list(x * y for x in range(3) for y in range(2) if x))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*matrix)], [[row[i] for row in matrix] for i in range(3)])
a, *rest = [1, 2, 3, 4]
*init, last = 'xyz'
(p1, p2), p3 = (1, 2), 3
print(a, rest, init, last, p1, p2, p3)
first, second = second, first = 1, 2
print(first, second)
print(*[1, 2], *'ab', sep='-')
print({**{'a': 1}, 'b': 2, **{'a': 3}}, [*range(3), *'xy'], (*[1],))
def kw(**k): return k
print(kw(**{'a': 1}, b=2))
try:
    kw(**{'a': 1}, **{'a': 2})
except TypeError as e:
    print(e)
print(sorted({3: 'c', 1: 'a'}.items()), sorted('bca', reverse=True), sorted([(1, 'b'), (1, 'a')]))
print(list(map(lambda *a: sum(a), [1, 2], [3, 4])), list(filter(None, [0, '', 'x'])), any(x > 2 for x in [1, 3]), all([]))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, round(2.5), round(3.5), round(1.2345, 2), round(-0.5), pow(3, -1, 7), 2 ** -1, 10 ** 20)
print(int('ff', 16), int('0b101', 0), float('inf'), -float('inf'), float('nan') != float('nan'), 1e16, 1.5e-7, 0.1 + 0.2, 1/3)
print(bin(10), oct(10), hex(-255), abs(-3.5), max([3, 1, 2], key=lambda v: -v), min('abc'), sum([0.1] * 10), True + True)
