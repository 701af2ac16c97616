# dict order and sizes when keys are all str vs mixed (unicode tables switch)
import sys
d = {"a": 1, "b": 2}
print(sys.getsizeof(d))
d[1] = 3
print(sys.getsizeof(d), list(d))
del d[1]
print(sys.getsizeof(d))
e = dict.fromkeys("abcde")
e[(1,)] = 0
print(sys.getsizeof(e))
f = {}
for i in range(6):
    f[str(i)] = i
print(sys.getsizeof(f))
f[6] = 6
print(sys.getsizeof(f))
class S(str):
    pass
g = {"x": 1}
g[S("y")] = 2
print(sys.getsizeof(g))
h = {}
h[S("y")] = 1
print(sys.getsizeof(h))
h["z"] = 2
print(sys.getsizeof(h))
