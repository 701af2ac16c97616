def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2:
        return "odd"
    else:
        return "even"
print([classify(n) for n in (-3, 0, 7, 10)])
for v in [0, 1, "", "x", [], [0], None, 0.0, 0j, {}, set(), range(0), range(1)]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
class Weird:
    def __bool__(self):
        return 2
try:
    if Weird():
        pass
except TypeError as e:
    print(e)
class Sized:
    def __len__(self):
        return -1
try:
    bool(Sized())
except ValueError as e:
    print(e)
class Zero:
    def __len__(self):
        return 0
print(not Zero(), bool(Zero()))
x = 5
print("big" if x > 3 else "small", "a" if not x else "b")
