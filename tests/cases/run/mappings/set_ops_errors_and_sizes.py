# edge cases: __eq__ raising inside set operations, and the sizes operations leave
import sys
d = {}
# dict resize / key sharing with deleting in __del__
class Del:
    def __init__(self, d, n): self.d, self.n = d, n
    def __del__(self):
        self.d[("del", self.n)] = 1
x = {}
x[1] = Del(x, 1)
x[1] = 2
print(sorted(map(str, x)))
# __eq__ raising during set ops
class E:
    def __hash__(self): return 1
    def __eq__(self, o): raise ValueError("E")
for op in ("__or__", "__and__", "__sub__", "__xor__"):
    try:
        getattr({1}, op)({E()})
        print(op, "ok")
    except ValueError as e:
        print(op, e)
try:
    {1: 2} == {E(): 2}
    print("eq ok")
except ValueError as e:
    print("eq", e)
try:
    {1} == {E()}
    print("set eq ok")
except ValueError as e:
    print("set eq", e)
try:
    {E()} <= {1}
except ValueError as e:
    print("le", e)
# dict.fromkeys fast paths produce sizes
print(sys.getsizeof(dict.fromkeys(set(range(10)))), sys.getsizeof(dict.fromkeys(dict.fromkeys(range(10)))), sys.getsizeof(dict.fromkeys(frozenset(range(100)))))
print(sys.getsizeof(set(dict.fromkeys(range(10)))), sys.getsizeof(set(set(range(10)))), sys.getsizeof(frozenset(range(10)) | set()))
print(sys.getsizeof({1,2,3} | {4}), sys.getsizeof(set(range(100)) & set(range(50))), sys.getsizeof(set(range(100)) - set(range(50))))
print(sys.getsizeof(set(range(100)) ^ set(range(50))), sys.getsizeof(set([1]*100)), sys.getsizeof(set("ab")))
s = set(range(100)); s.clear(); print(sys.getsizeof(s))
s = set(range(100))
for i in range(99): s.discard(i)
print(sys.getsizeof(s)); s.add(1000); print(sys.getsizeof(s))
s = set(range(100)); s -= set(range(90)); print(sys.getsizeof(s))
s = set(range(100)); s &= set(range(3)); print(sys.getsizeof(s))
s = set(); s |= set(range(20)); print(sys.getsizeof(s))
s = set(); s.update(dict.fromkeys(range(20))); print(sys.getsizeof(s))
s = set(); s.update(range(20)); print(sys.getsizeof(s))
f = frozenset(range(20)); print(sys.getsizeof(f), sys.getsizeof(frozenset(f)), sys.getsizeof(frozenset(list(f))))
d = {}; d.update(zip(range(20), range(20))); print(sys.getsizeof(d))
d = dict(zip(range(20), range(20))); print(sys.getsizeof(d))
d = {i: i for i in range(20)}; print(sys.getsizeof(d), sys.getsizeof(d.copy()), sys.getsizeof(dict(d)), sys.getsizeof({**d}))
d = dict.fromkeys("abcdefghijklmnop"); print(sys.getsizeof(d), sys.getsizeof(d | {}), sys.getsizeof({} | d))
