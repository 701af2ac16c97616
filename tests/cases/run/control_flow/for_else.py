for i in range(3):
    print("i", i)
else:
    print("else after", i)
for ch in "abc":
    if ch == "b":
        break
else:
    print("never")
print("broke at", ch)
for x in []:
    print("no")
else:
    print("empty else")
for i in range(5):
    if i % 2 == 0:
        continue
    print("odd", i)
result = []
for a in range(3):
    for b in range(3):
        if b > a:
            break
        result.append((a, b))
print(result)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(4)))
for v in Countdown(2):
    print("cd", v)
try:
    for z in 5:
        pass
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self):
        return 1
try:
    for z in BadIter():
        pass
except TypeError as e:
    print(e)
class OldSeq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * 10
print(list(OldSeq()), 20 in OldSeq())
d = {"a": 1, "b": 2}
try:
    for k in d:
        d["c"] = 3
except RuntimeError as e:
    print(e)
for i in range(3):
    pass
print("leaked", i)
