# recursive reprs for lists, tuples containing lists, dicts in lists
a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
b = [a, [a]]
print(b)
t = (a,)
print(t)
c = []
d = [c]
c.append(d)
print(c, d)
e = {"self": None}
l = [e]
e["self"] = l
print(l, e)
class R:
    def __repr__(self):
        return "R<%r>" % (self.inner,)
r = R()
r.inner = [r]
try:
    print(r)
except RecursionError as err:
    print("RecursionError")
lst = [1, "two", 3.0, None, True, b"b", (1,), [], {}, set(), frozenset({1}), 1j, ...]
print(lst)
print(repr((1,)), repr(()), repr((1, 2)), repr(((),)), repr([()]))
print(str([ "a'b", 'a"b', "a\nb", "\x00", "é"]))
class S:
    def __repr__(self):
        return "repr-S"
    def __str__(self):
        return "str-S"
print([S()], (S(),), str([S()]))
class BadRepr:
    def __repr__(self):
        raise ValueError("repr failed")
for container in ([BadRepr()], (BadRepr(),), [1, [BadRepr()]]):
    try:
        repr(container)
    except ValueError as err:
        print(type(err).__name__, err)
class WrongType:
    def __repr__(self):
        return 42
try:
    repr([WrongType()])
except TypeError as err:
    print(type(err).__name__, err)
deep = []
cur = deep
for _ in range(50):
    nxt = []
    cur.append(nxt)
    cur = nxt
print(repr(deep)[:30], len(repr(deep)))
ba = bytearray(b"x")
print([ba, memoryview(b"") is not None, range(3), slice(1, 2)])
