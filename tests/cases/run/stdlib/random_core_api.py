# The native _random.Random: arguments, state checks, seeding in __init__.
import _random
import random
import copy

R = _random.Random

def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

attempt(lambda: R(1, 2))
attempt(lambda: R(x=1))
attempt(lambda: R(1).getrandbits(-1))
attempt(lambda: R(1).getrandbits(0))
attempt(lambda: R(1).getrandbits(2.0))
attempt(lambda: R(1).seed(1, 2))
attempt(lambda: R(1).setstate([1]))
attempt(lambda: R(1).setstate((1,) * 10))
attempt(lambda: R(1).setstate((1,) * 624 + (625,)))
attempt(lambda: R(1).setstate((-1,) * 624 + (1,)))
attempt(lambda: R(1).setstate((2**40,) * 624 + (1,)))
attempt(lambda: R(1).setstate(("a",) * 624 + (1,)))
attempt(lambda: R(1).setstate((1,) * 624 + ("a",)))
attempt(lambda: R(1).setstate((2**64,) * 624 + (1,)))

r = R(5)
st = r.getstate()
a = r.random()
r.setstate(st)
print(a == r.random(), st[-1], len(st), type(st))
r.seed(-5); x = r.random(); r.seed(5); print(x == r.random())
r.seed(2**100 + 7)
print(r.random(), r.getrandbits(33), r.getrandbits(64), r.getrandbits(200))
r.seed(3.5)
print(r.random())

class NoInit(R):
    def __init__(self, a, b=3):
        self.b = b

n = NoInit(7, b=9)
print(n.b, n.random(), n.getrandbits(8))

class Sub(random.Random):
    def __init__(self, seed, tag):
        super().__init__(seed)
        self.tag = tag

s = Sub(11, "t")
print(s.tag, s.random(), s.randint(1, 6))
p = random.Random(99)
p.random()
c = copy.deepcopy(p)
print(c.random() == p.random())
print(R.__module__, R.__name__, R.__qualname__)
attempt(lambda: R.random(3))
