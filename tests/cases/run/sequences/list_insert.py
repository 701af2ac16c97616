# list.insert with every kind of index
base = list("abcde")
for idx in (0, 2, 5, 6, 100, -1, -2, -5, -6, -100, True, False, 2**70, -2**70):
    xs = base.copy()
    try:
        xs.insert(idx, "*")
    except OverflowError as e:
        print(type(e).__name__, e)
    print(repr(idx)[:12], "".join(xs))

class Index:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
xs = base.copy()
xs.insert(Index(3), "I")
print("".join(xs))

for bad in ("1", 1.0, None, [1]):
    try:
        base.copy().insert(bad, 0)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    base.insert(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    base.insert()
except TypeError as e:
    print(type(e).__name__, e)
try:
    base.insert(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    base.insert(index=1, object=2)
except TypeError as e:
    print(type(e).__name__, e)

class BadIndex:
    def __index__(self):
        raise ZeroDivisionError("from index")
try:
    base.insert(BadIndex(), 1)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

empty = []
empty.insert(-5, "only")
empty.insert(5, "last")
empty.insert(0, "first")
print(empty)
grow = []
for i in range(10):
    grow.insert(len(grow) // 2, i)
print(grow)
grow2 = []
for i in range(6):
    grow2.insert(-1, i)
print(grow2)
