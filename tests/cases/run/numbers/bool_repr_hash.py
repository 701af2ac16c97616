def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
print(int.__repr__(True), int.__repr__(False), bool.__repr__(True), repr(True), str(True), int.__str__(True) if "__str__" in int.__dict__ else "no int.__str__")
print(format(True, ""), format(True, "d"), format(True, "s") if False else "", format(False, "^7"), format(True, ">5"), format(True, "x"))
print("{}".format(True), "{!r}".format(False), "{:d}".format(True), "{:>6}".format(True), "{:05}".format(True), "%s%d%r" % (True, True, True))
print(f"{True=}", f"{False!s:>8}", f"{True:+d}", f"{True:.3f}", f"{True:%}", f"{True:e}", f"{True:b}", f"{True:c}")
print(hash(True), hash(False), hash(True) == hash(1), hash(False) == hash(0.0), True.__hash__(), bool.__hash__ is int.__hash__)
print(bool.__dict__.keys() - {"__doc__"})
print(sorted(k for k in bool.__dict__ if not k.startswith("__doc")))
print(True.__class__, type(True).__mro__, True.__bool__(), False.__bool__(), True.__index__(), True.__int__(), True.__float__())
print(True.__and__(True), True.__and__(1), type(True.__and__(True)).__name__, type(True.__and__(1)).__name__, True.__or__(False), True.__xor__(True))
print(bool.__and__(True, False), bool.__or__(False, 0), bool.__xor__(True, 3), bool.__rand__(True, 2))
t("bool.__and__(1, 1)", lambda: bool.__and__(1, 1))
t("bool.__and__(True, 1.0)", lambda: bool.__and__(True, 1.0))
t("bool.__repr__(1)", lambda: bool.__repr__(1))
class E(int):
    def __eq__(self, o):
        return True
t("hash eq-override int subclass", lambda: hash(E(1)))
class EH(int):
    def __eq__(self, o):
        return True
    __hash__ = int.__hash__
t("hash restored", lambda: hash(EH(7)))
print(True * "ab", "ab" * False, [0] * True, (True,) * 3, True in [1], 1 in [True], 1.0 in {True})
