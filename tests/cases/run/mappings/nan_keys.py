# nan in dicts and sets: identity makes it findable, equality does not
nan = float("nan")
d = {nan: 1}
print(d[nan], nan in d, float("nan") in d, len(d))
d[float("nan")] = 2
d[nan] = 3
print(len(d), list(d.values()))
s = {nan, nan, float("nan"), float("nan")}
print(len(s), nan in s)
print(len({nan, nan}), {nan} == {nan}, {float("nan")} == {float("nan")}, [nan] == [nan])
print(d == {nan: 3}, {nan: 1} == {nan: 1})
import math
l = [float("nan") for _ in range(3)]
print(len(set(l)), len(dict.fromkeys(l)), len(set(map(float, ["nan"] * 3))))
t = (nan,)
print(t in {t}, (nan,) in {(nan,)}, (float("nan"),) in {(nan,)})
c = complex(nan, 0)
print(c in {c}, complex(nan, 0) in {c})
print(math.isnan(next(iter({nan}))))
inf = float("inf")
print({inf: 1}[float("inf")], {-inf: 1}.get(-float("inf")), hash(inf), hash(-inf))
try:
    d.pop(float("nan"))
except KeyError as e:
    print(type(e).__name__, e)
print(d.pop(nan), len(d))
from decimal import Decimal
print(Decimal("nan") in {Decimal("nan")})
