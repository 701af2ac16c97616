# timsort's exact result with NaNs and inconsistent orders (only an identical algorithm agrees)
import random
nan = float("nan")
rng = random.Random(7)
for trial in range(30):
    n = rng.randrange(2, 70)
    data = [rng.choice([nan, rng.random(), rng.randrange(10), -1.5]) for _ in range(n)]
    print(trial, [("n" if x != x else round(x, 3)) for x in sorted(data)][:25])
data = [nan, 2, 1]
print(sorted(data), sorted([2, nan, 1]), sorted([1, 2, nan, 0]), max([1, nan, 3]), min([nan, 1]))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return (self.v * 7) % 5 < (o.v * 7) % 5
    def __repr__(self): return str(self.v)
print(sorted([K(i) for i in range(40)]))
words = [rng.choice(["b", "a", "é", "ß", "A", "", "z" * 3]) for _ in range(50)]
print(sorted(words))
tups = [(rng.randrange(3), rng.choice([nan, 1.0])) for _ in range(30)]
print([(a, "n" if b != b else b) for a, b in sorted(tups)])
