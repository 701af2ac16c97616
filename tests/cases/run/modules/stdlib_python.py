import itertools, functools, collections, heapq, bisect, operator, copy, contextlib, string
from itertools import *
print(list(islice(count(5, 2), 4)), list(islice(cycle("ab"), 5)), list(repeat(1, 3)), repeat("x", 2))
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], operator.mul)), list(accumulate([1, 2], initial=10)))
print(list(chain("ab", [1, 2])), list(chain.from_iterable([[1], [2, 3]])), list(compress("abcd", [1, 0, 1, 0])))
print(list(dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(filterfalse(None, [0, 1, 0, 2])), list(starmap(pow, [(2, 3), (3, 2)])))
print([(k, list(g)) for k, g in groupby("aaabbcaa")], [k for k, g in groupby([1, 1, 2, 3, 3])])
print([(k, list(g)) for k, g in groupby(sorted(["apple", "avocado", "banana", "blueberry", "cherry"]), key=lambda s: s[0])])
a, b = tee([1, 2, 3])
print(list(a), list(b))
print(list(zip_longest("ab", [1, 2, 3], fillvalue="-")), list(pairwise("abcd")))
print(list(product("ab", repeat=2)), list(product([1, 2], "xy")))
print(list(permutations("abc", 2)), len(list(permutations(range(5)))))
print(list(combinations("abcd", 2)), list(combinations_with_replacement("ab", 2)))
print(list(islice("abcdefg", 2, None, 2)), list(islice(range(10), 3)))
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, [1, 2, 3], 10))
p = functools.partial(pow, 2)
print(p(10), p.func is pow, p.args)
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
@functools.cache
def sq(x): return x * x
print(sq(3), sq(3), sq.cache_info().hits)
def deco(f):
    @functools.wraps(f)
    def wrapper(*a):
        return f(*a)
    return wrapper
@deco
def documented():
    "my doc"
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__)
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
d = collections.defaultdict(list)
d["a"].append(1); d["b"].append(2); d["a"].append(3)
print(d, dict(d), d["zz"], len(d))
c = collections.Counter("abracadabra")
print(c, c.most_common(2), c["z"], sum(c.values()), c.total())
c.update("aaz"); print(c["a"], c["z"])
print(collections.Counter(a=3, b=1) + collections.Counter(a=1, b=2), collections.Counter(a=3) - collections.Counter(a=1))
dq = collections.deque([1, 2, 3], maxlen=5)
dq.appendleft(0); dq.append(4); dq.append(5)
print(dq, dq.popleft(), dq.pop(), len(dq), list(dq), dq[0], dq[-1])
dq.rotate(1); print(dq); dq.rotate(-2); print(dq)
print(collections.deque(), collections.deque("ab"))
try:
    collections.deque().pop()
except IndexError as e:
    print(e)
Point = collections.namedtuple("Point", "x y")
pt = Point(1, y=2)
print(pt, pt.x, pt[1], pt._asdict(), pt._replace(x=9), Point._fields, Point._make([5, 6]), isinstance(pt, tuple))
x, y = pt
print(x + y, pt == (1, 2), Point.__name__, type(pt).__name__)
try:
    Point(1)
except TypeError as e:
    print(e)
P3 = collections.namedtuple("P3", ["a", "b", "c"], defaults=[0, 0])
print(P3(1), P3(1, 2, 3))
od = collections.OrderedDict()
od["b"] = 1; od["a"] = 2; od["c"] = 3
od.move_to_end("b"); print(od, list(od), od.popitem(), od.popitem(last=False))
h = []
for v in [5, 1, 8, 3, 2, 9]:
    heapq.heappush(h, v)
print(h, heapq.heappop(h), h, heapq.nsmallest(2, [4, 1, 3]), heapq.nlargest(2, [4, 1, 3]))
lst = [9, 2, 7, 1, 5]; heapq.heapify(lst); print(lst)
s = [1, 3, 5, 7]
print(bisect.bisect(s, 4), bisect.bisect_left(s, 5), bisect.bisect_right(s, 5))
bisect.insort(s, 4); print(s)
print(operator.itemgetter(1)([1, 2]), operator.attrgetter("real")(5), operator.methodcaller("upper")("a"), operator.itemgetter(0, 2)("abc"))
orig = [[1, 2], {"k": [3]}]
sh = copy.copy(orig); dp = copy.deepcopy(orig)
orig[0].append(99)
print(sh[0], dp[0], dp[1] == orig[1], dp[1] is orig[1])
@contextlib.contextmanager
def managed(name):
    print("enter", name)
    try:
        yield name.upper()
    finally:
        print("exit", name)
with managed("res") as r:
    print("using", r)
with contextlib.suppress(KeyError):
    {}["missing"]
print("suppressed")
try:
    with managed("err"):
        raise ValueError("inside")
except ValueError as e:
    print("propagated", e)
print(string.ascii_letters, string.digits, string.punctuation, string.capwords("hello world"))
