# key functions on empty and single-item sorts, and min/max/reversed on sequences
def bad(v):
    raise LookupError("key called")
for data in ([], [1], [1, 2]):
    try:
        data.sort(key=bad)
        print(len(data), "no call")
    except LookupError as e:
        print(len(data), type(e).__name__, e)
    try:
        sorted(data, key=bad)
        print(len(data), "sorted no call")
    except LookupError as e:
        print(len(data), "sorted", type(e).__name__, e)
class NoLt:
    pass
print(sorted([NoLt()]) != [], [NoLt()].sort())
try:
    [NoLt(), NoLt()].sort()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([1], key=lambda v: NoLt()), sorted([], key=1))
try:
    sorted([1], key=1)
except TypeError as e:
    print(type(e).__name__, e)
print(max([1]), min((2,)), max(b"\x05"), min(range(3, 10)))
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
print(max([], default="d"), min(b"", default=None), max([[1], [2]]), min(["b", "a"], key=len))
print(list(reversed([])), list(reversed(())), list(reversed(b"")), list(reversed(range(0))))
