# list.sort guarding against mutation and comparison side effects
data = [5, 3, 8, 1]
class Mutator:
    def __init__(self, v, target):
        self.v = v
        self.target = target
    def __lt__(self, other):
        self.target.append(0)
        return self.v < other.v
target = []
items = [Mutator(v, target) for v in (3, 1, 2)]
target.extend(items)
try:
    target.sort()
except ValueError as e:
    print(type(e).__name__, e)
print(len(target) >= 3)
lst = [3, 2, 1]
def key_clear(v):
    lst.clear()
    return v
try:
    lst.sort(key=key_clear)
except ValueError as e:
    print(type(e).__name__, e)
print(lst)
observed = []
watch = [4, 2, 3, 1]
def key_look(v):
    observed.append(list(watch))
    return v
watch.sort(key=key_look)
print(observed[:2], watch)
class Cmp:
    count = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Cmp.count += 1
        return self.v < other.v
vals = [Cmp(v) for v in [5, 1, 4, 2, 3]]
vals.sort()
print([c.v for c in vals], Cmp.count > 0)
Cmp.count = 0
already = [Cmp(v) for v in range(10)]
already.sort()
print(Cmp.count)
rev = [Cmp(v) for v in range(10, 0, -1)]
Cmp.count = 0
rev.sort()
print(Cmp.count, [c.v for c in rev][:3])
class ExcAfter:
    calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        ExcAfter.calls += 1
        if ExcAfter.calls == 4:
            raise ZeroDivisionError("fourth comparison")
        return self.v < other.v
seq = [ExcAfter(v) for v in [9, 7, 5, 3, 1, 8]]
try:
    seq.sort()
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(sorted(x.v for x in seq))
class ReturnsNonBool:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return [self.v < other.v]
print([r.v for r in sorted([ReturnsNonBool(2), ReturnsNonBool(1)])])
class BoolFails:
    def __bool__(self):
        raise KeyError("bool failed")
class ReturnsBad:
    def __lt__(self, other):
        return BoolFails()
try:
    sorted([ReturnsBad(), ReturnsBad()])
except KeyError as e:
    print(type(e).__name__, e)
