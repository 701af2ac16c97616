# CPython's random.py over the native _random: seeded sequences match.
import random

for seed in (0, 1, 12345, -7, 2**70 + 3, 3.25, "hello", b"bytes seed", bytearray(b"ba")):
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(1, 10**6), random.randrange(0, 100, 7))

random.seed(42)
print(random.choice("abcdefgh"), random.choice(range(1000)))
deck = list(range(30))
random.shuffle(deck)
print(deck)
print(random.sample(range(1000), 10))
print(random.sample(["a", "b", "c", "d"], k=4, counts=None))
print(random.sample("xyz", counts=[3, 1, 2], k=5))
print([round(random.gauss(5, 2), 12) for _ in range(5)])
print([round(random.normalvariate(0, 1), 12) for _ in range(3)])
print([random.uniform(-3, 3) for _ in range(3)])
print(random.choices("abc", k=8))
print(random.choices("abc", weights=[1, 5, 10], k=8))
print(random.choices(range(5), cum_weights=[1, 2, 3, 10, 11], k=8))
print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(32), random.getrandbits(33), random.getrandbits(200))
print(random.randbytes(10))
print(round(random.triangular(0, 10, 3), 12), round(random.betavariate(2, 3), 12))
print(round(random.expovariate(1.5), 12), round(random.gammavariate(2.5, 1.0), 12))
print(round(random.lognormvariate(0, 0.5), 12), round(random.vonmisesvariate(1, 2), 12))
print(round(random.paretovariate(3), 12), round(random.weibullvariate(1, 2), 12))

random.seed(9, version=1)
print(random.random())
r = random.Random(2024)
s = r.getstate()
first = [r.random() for _ in range(3)]
r.setstate(s)
print(first == [r.random() for _ in range(3)], s[0], len(s[1]))
