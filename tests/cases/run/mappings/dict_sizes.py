# sys.getsizeof of dicts and sets as they grow and shrink
import sys
d = {}
sizes = []
for i in range(100):
    sizes.append(sys.getsizeof(d))
    d[i] = i
print(sorted(set(sizes)))
s = {}
for i in range(30):
    s[str(i)] = i
print(sys.getsizeof(s), sys.getsizeof({}), sys.getsizeof({"a": 1}), sys.getsizeof({1: 1}))
for i in range(25):
    del s[str(i)]
print(sys.getsizeof(s), len(s))
s.clear()
print(sys.getsizeof(s))
print(sys.getsizeof(dict.fromkeys(range(10))), sys.getsizeof(dict.fromkeys("abcdefghij")))
print(sys.getsizeof(dict(zip(range(6), range(6)))), sys.getsizeof({i: i for i in range(6)}))
print(sys.getsizeof({}.copy()), sys.getsizeof(dict.fromkeys(range(100)).copy()))
st = set()
ssizes = []
for i in range(100):
    ssizes.append(sys.getsizeof(st))
    st.add(i)
print(sorted(set(ssizes)))
print(sys.getsizeof(set()), sys.getsizeof(frozenset()), sys.getsizeof(frozenset(range(5))), sys.getsizeof(set(range(50))))
print(sys.getsizeof({1, 2, 3}), sys.getsizeof(set("abcdefgh")))
big = set(range(1000))
for i in range(990):
    big.discard(i)
print(sys.getsizeof(big), len(big))
big.add(-1)
print(sys.getsizeof(big))
class C:
    pass
c = C()
c.a = 1
print(sys.getsizeof({"a": 1, "b": 2}) == sys.getsizeof(dict(a=1, b=2)))
e = {}
e.update(dict.fromkeys(range(8)))
print(sys.getsizeof(e), sys.getsizeof(dict(dict.fromkeys(range(8)))))
print(sys.getsizeof({**dict.fromkeys(range(8))}))
