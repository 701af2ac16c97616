# reprs and formatting of dicts, sets and views in nested and subclassed forms
import collections, types
# repr of views of dict subclasses and of huge nesting
class D(dict):
    def __repr__(self):
        return "D!"
d = D(a=D())
print(d.keys(), d.values(), d.items(), [d], {1: d})
# keys view repr with recursion
x = {}
x[1] = x.values()
print(x)
# deeply nested repr raises RecursionError? (limit)
deep = {}
cur = deep
for i in range(200):
    cur[0] = {}
    cur = cur[0]
print(len(repr(deep)))
# set repr of subclass containing itself via frozenset subclass
class FS(frozenset):
    pass
print({FS([1])}, FS([FS()]), repr(FS([frozenset([2])])))
# dict views with str subclass keys whose repr differs
class K(str):
    def __repr__(self):
        return "K<" + str(self) + ">"
kd = {K("a"): K("b")}
print(kd, kd.keys(), kd.items(), set(kd), frozenset(kd.values()))
# empty views/sets of subclasses
class S(set):
    pass
print(S(), repr(S()), S([()]), str(S([1])))
print(types.SimpleNamespace(d={1: 2}, s={3}), [frozenset(), set()], ({},), {(): {}})
print(f"{ {'a': 1} !r:>20}|", "{0!s}".format({1, 2}), format({1: 2}), format(frozenset(), ""))
try:
    format({}, "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(set(), ">5")
except TypeError as e:
    print(type(e).__name__, e)
