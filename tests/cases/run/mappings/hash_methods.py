# hashing bound methods, method-wrappers and descriptors (identity of self and function)
l = []
print(hash([].append) is not None, hash(l.append) == hash(l.append), l.append == l.append, l.append is not l.append)
print(hash((1).__add__) == hash((1).__add__), (1).__add__ == (1).__add__, (1).__add__ == (2).__add__)
m1, m2 = {}.get, {}.get
print(m1 == m2, hash(m1) == hash(m2))
d = {}
print({d.get: 1}[d.get], {(1).__add__: "w"}[(1).__add__])
print(hash(int.__add__) == hash(int.__add__), hash(dict.__dict__["fromkeys"]) == hash(dict.__dict__["fromkeys"]))
class C:
    def m(self): pass
c = C()
print(hash(c.m) == hash(c.m), {c.m: 1}[c.m], C.m == C.m)
class Unh:
    __hash__ = None
    def m(self): pass
u = Unh()
try:
    hash(u.m)
    print("bound method of unhashable hashed")
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash([].__len__)
    print("method-wrapper of list hashed")
except TypeError as e:
    print(type(e).__name__, e)
print(len({x.__add__ for x in (1, 1, 2)}), len({[].append, [].append}))
