# str/int subclasses as keys; keys with custom hash equal to builtins
class S(str):
    pass
d = {"a": 1}
print(d[S("a")], S("a") in d, S("a") in {"a"}, {S("b"): 2}["b"])
d[S("a")] = 2
print(d, type(list(d)[0]).__name__)
d2 = {S("x"): 1}
d2["x"] = 2
print(d2, type(list(d2)[0]).__name__)
class Upper(str):
    def __hash__(self):
        return hash(self.upper())
    def __eq__(self, other):
        return self.upper() == str(other).upper()
print(Upper("abc") in {"ABC"}, Upper("abc") in {"abc"}, {"ABC": 1}.get(Upper("abc")))
class I(int):
    pass
e = {1: "one"}
e[I(1)] = "I"
print(e, type(list(e)[0]).__name__)
class Odd(int):
    def __hash__(self):
        return 12345
    def __eq__(self, other):
        return int(self) == other
print(Odd(1) in {1}, Odd(12345) in {1}, {Odd(5): "odd"}.get(5))
class F(float):
    pass
print({0.5: "f"}[F(0.5)], F(2.0) in {2}, hash(F(0.5)) == hash(0.5))
class T(tuple):
    pass
print({(1, 2): "t"}[T((1, 2))], hash(T((1,))) == hash((1,)))
class B(bytes):
    pass
print({b"x": "b"}[B(b"x")], hash(B(b"xy")) == hash(b"xy"))
# str keys with the same hash but different content
a = "".join(["a", "b"])
print({a: 1}["ab"], {"ab": 1}[a])
# keys with identity-only equality
class Obj:
    pass
o1, o2 = Obj(), Obj()
m = {o1: 1, o2: 2}
print(m[o1], m[o2], len(m), Obj() in m)
# set with mixed subclasses
print(sorted({S("a"), "a", S("b")}), len({I(1), 1, True, 1.0, F(1.0)}))
print(type(next(iter({I(1), 1}))).__name__, type(next(iter({1, I(1)}))).__name__)
