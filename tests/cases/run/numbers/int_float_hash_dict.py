def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
d = {}
keys = [0, 0.0, -0.0, False, 0j, 1, 1.0, True, 1 + 0j, 2**64, float(2**64), 2**64 + 0j, -1, -1.0, 0.5, 0.5 + 0j, 10**100, float("inf"), float("nan")]
for k in keys:
    d[k] = d.get(k, 0) + 1
print(len(d), list(d.items())[:10])
s = set(keys)
print(len(s), 10**100 in s, float(10**100) in s, float("nan") in s)
print({1: "a", 1.0: "b"}, {True: 1}, {1.0: 1, True: 2}, {0j: "z", 0: "y"})
print(hash(2**61 - 1), hash(2**61), hash(-(2**61) + 1), hash(2**62), hash(1 << 200), hash(-(1 << 200)), hash(-1), hash(-2))
print(hash(0.5), hash(1.5), hash(-1.5), hash(1e100), hash(1e-100), hash(2**-1074), hash(float.fromhex("0x1.fffffffffffffp1023")))
print(hash(complex(1, 1)), hash(complex(0, 1)), hash(complex(-1, -1)), hash(complex(1e10, 1e-10)), hash(complex(0.5, 0)) == hash(0.5))
import fractions
for n, den in [(1, 3), (-1, 3), (1, 2**61 - 1), (2**61, 3), (10**30, 7), (22, 7)]:
    f = fractions.Fraction(n, den)
    print(f, hash(f))
class K(float):
    def __hash__(self):
        return 42
print(hash(K(1.5)), {K(1.5): 1, 1.5: 2})
