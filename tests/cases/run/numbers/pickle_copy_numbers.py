def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
import pickle, copy
class I(int):
    pass
class F(float):
    pass
class C(complex):
    pass
vals = [0, -1, 2**100, -(2**100), True, False, 0.0, -0.0, 1e-320, float("inf"), 1j, complex(-0.0, float("inf")), I(5), F(2.5), C(1, 2)]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    out = []
    for v in vals:
        r = pickle.loads(pickle.dumps(v, proto))
        out.append((repr(r), type(r).__name__, r == v))
    print(proto, out)
print(pickle.dumps(5, 0), pickle.dumps(2**40, 2), pickle.dumps(1.5, 0), pickle.dumps(True, 1), pickle.dumps(-1, 3))
for v in vals:
    print(repr(copy.copy(v)), repr(copy.deepcopy(v)), copy.copy(v) is v if type(v) in (int, float, bool, complex) else "sub")
print((5).__getnewargs__(), (1.5).__getnewargs__(), (1j).__getnewargs__(), I(3).__reduce_ex__(2)[0].__name__, True.__getnewargs__())
i = I(9)
i.tag = "x"
r = pickle.loads(pickle.dumps(i))
print(r, r.tag, type(r).__name__)
t("(7).__reduce__()", lambda: (7).__reduce__())
print((5).__reduce_ex__(2)[0].__name__, (5).__reduce_ex__(2)[1:])
