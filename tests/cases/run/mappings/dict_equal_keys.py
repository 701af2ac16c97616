# keys that are equal but of different types
d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
d[complex(1, 0)] = "complex"
print(d, len(d), [type(k).__name__ for k in d])
print(d[1], d[1.0], d[True], d[1 + 0j])
from fractions import Fraction
from decimal import Decimal
print(d[Fraction(1)], d[Decimal(1)], d.get(Fraction(2, 2)))
z = {0: "zero"}
z[-0.0] = "negzero"
z[False] = "f"
z[0j] = "cz"
print(z, [type(k).__name__ for k in z])
print(hash(1) == hash(1.0) == hash(True) == hash(Fraction(1)) == hash(Decimal(1)))
print(hash(0.5) == hash(Fraction(1, 2)), hash(2**61) == hash(float(2**61)))
print({2**61: "big", 1: "one"}, {0.5: "a", Fraction(1, 2): "b"})
s = {1, 1.0, True}
print(s, {True, 1, 1.0}, {1.0, True}, {0, False, 0.0, -0.0, 0j})
print({"a": 1} == {"a": True}, {1: "x"}.keys() == {1.0, True})
del d[True]
print(d)
d[1.0] = "back"
print(d, type(list(d)[0]).__name__)
print(1 in {1.0}, 1.0 in {True}, "1" in {1}, b"a" in {"a"}, (1, 2) in {(1.0, 2.0)})
print({(1, 2): "t"}[(True, 2.0)])
print(set([1, 2, 3]) == {1.0, 2.0, 3.0}, frozenset([0]) == {False})
# strs and bytes never compare equal
m = {"a": 1, b"a": 2}
print(m, len(m))
big = 2**100
print({big: 1}[2.0**100], {float(big): "f", big: "i"})
print({10**20: 1}.get(1e20), 10**20 == 1e20)
print({2**64 + 1: 1}.get(float(2**64 + 1)), 2**64 + 1 == float(2**64 + 1))
