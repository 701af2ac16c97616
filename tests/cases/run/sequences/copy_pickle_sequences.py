# copy, deepcopy and pickle round-trips of the sequence types, including recursion
import copy
import pickle
values = [[1, [2, 3]], (1, (2, [3])), range(2, 20, 3), slice(1, None, 2), b"bytes\x00", bytearray(b"ba"),
          [], (), range(0), list(range(5)), (None, True, 1.5, "s"), range(-2**70, 2**70, 2**68)]
for v in values:
    c1 = copy.copy(v)
    c2 = copy.deepcopy(v)
    print(type(v).__name__, c1 == v, c2 == v, c1 is v, c2 is v)
    for proto in (0, 2, 4, 5):
        r = pickle.loads(pickle.dumps(v, protocol=proto))
        if r != v or type(r) is not type(v):
            print("  mismatch", proto, r)
print("round trips done")
rec = [1]
rec.append(rec)
dc = copy.deepcopy(rec)
print(dc[1] is dc, dc is not rec, repr(dc))
pr = pickle.loads(pickle.dumps(rec))
print(pr[1] is pr, repr(pr))
shared = [1, 2]
outer = [shared, shared]
dco = copy.deepcopy(outer)
print(dco[0] is dco[1], dco[0] is not shared)
t = ([],)
dt = copy.deepcopy(t)
print(dt, dt is t, dt[0] is t[0])
imm = (1, 2, (3, 4))
print(copy.deepcopy(imm) is imm, copy.copy(imm) is imm)
class L(list):
    pass
sub = L([1, 2])
sub.attr = "x"
for proto in (0, 2, 4):
    r = pickle.loads(pickle.dumps(sub, protocol=proto))
    print(type(r).__name__, r, r.attr)
csub = copy.copy(sub)
print(type(csub).__name__, csub, csub.attr)
print(pickle.loads(pickle.dumps(memoryview(b"x").tobytes())), copy.copy(memoryview(b"ab")).tobytes() if False else "mv")
try:
    pickle.dumps(memoryview(b"x"))
except TypeError as e:
    print(type(e).__name__, e)
print(range(3).__reduce__(), slice(1, 2).__reduce__(), (1, 2).__reduce_ex__(2)[0].__name__)
print([1, 2].__reduce_ex__(2)[0].__name__, [1, 2].__reduce_ex__(2)[1], list(([1, 2].__reduce_ex__(2))[3]))
