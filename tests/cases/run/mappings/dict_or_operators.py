# dict | and |=
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a, b)
c = a
c |= b
print(c, a, c is a)
a |= [("w", 0)]
print(a)
a |= {}.items()
a |= (("q", 9),)
print(a)
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
err(lambda: {} | [])
err(lambda: [] | {})
err(lambda: {} | None)
err(lambda: {} | {1}.__iter__())
err(lambda: {1: 2} | {3: 4}.items())
def ior(d, o):
    d |= o
    return d
err(lambda: ior({}, 5))
err(lambda: ior({}, [1]))
err(lambda: ior({}, [(1, 2, 3)]))
err(lambda: ior({}, ["ab", "cde"]))
print(ior({}, ["ab", "cd"]))
class Sub(dict):
    pass
s = Sub(a=1)
r = s | {"b": 2}
print(type(r).__name__, r)
r = {"b": 2} | s
print(type(r).__name__, r)
s |= {"c": 3}
print(type(s).__name__, s)
class Ror:
    def __ror__(self, other):
        return "ror called with " + type(other).__name__
    def __or__(self, other):
        return "or called"
print({} | Ror(), Ror() | {})
import collections
od = collections.OrderedDict(a=1)
print({"z": 0} | od, type({"z": 0} | od).__name__)
print(od | {"z": 0}, type(od | {"z": 0}).__name__)
dd = collections.defaultdict(list, k=[1])
print(type({} | dd).__name__, type(dd | {}).__name__)
print(dict.__or__({}, 1), dict.__ror__({}, 1))
print({1: "a"} | {1.0: "b"}, {1.0: "b"} | {1: "a"})
# self-union
m = {"k": 1}
m |= m
print(m, m | m)
