class BadHash:
    def __hash__(self):
        raise RuntimeError("hash failed")
class BadEq:
    def __hash__(self):
        return 1
    def __eq__(self, other):
        raise ValueError("eq failed")
for op in [lambda: {BadHash(): 1}, lambda: BadHash() in {1: 2}, lambda: {BadHash()}, lambda: hash(BadHash())]:
    try:
        op()
    except RuntimeError as e:
        print("RuntimeError", e)
d = {BadEq(): 1}
try:
    d[BadEq()]
except ValueError as e:
    print("ValueError", e)
try:
    BadEq() in [BadEq()]
except ValueError as e:
    print("list contains:", e)
x = BadEq()
print(x in [x], [x].count(x), [x].index(x))
class LtFails:
    def __lt__(self, other):
        raise TypeError("no ordering")
try:
    sorted([LtFails(), LtFails()])
except TypeError as e:
    print(e)
try:
    max([LtFails(), LtFails()])
except TypeError as e:
    print("max", e)
class BadLen:
    def __len__(self):
        return "3"
try:
    len(BadLen())
except TypeError as e:
    print(e)
class HugeLen:
    def __len__(self):
        return 2 ** 70
try:
    len(HugeLen())
except OverflowError as e:
    print(e)
class BadIndex:
    def __index__(self):
        return 1.5
try:
    [1, 2][BadIndex()]
except TypeError as e:
    print(e)
