def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

print(True + True, True - False, True * 10, True / 2, True // 2, True % 2, True ** 10, -True, ~False)
print(True & False, True | False, True ^ True, False ^ False, True & 3, 2 | True, True ^ 5)
print(type(True & False).__name__, type(True & 3).__name__, type(True | True).__name__, type(True ^ True).__name__)
print(type(True + False).__name__, type(-True).__name__, type(True << 1).__name__, True << 3, True >> 1)
print(repr(True), str(False), f"{True}", f"{True:d}", f"{True:>6}", f"{False:x}", f"{True:.2f}", "%d %s %r" % (True, True, False))
print(format(True), format(True, ""), format(True, "^5"), format(False, "05d"))
print(bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(float("nan")), bool(0j), bool(1j), bool(""), bool([]), bool([0]))
print(True == 1, True == 1.0, hash(True), hash(False), True < 2, False > -1)
print({True: "a", 1: "b", 1.0: "c"})
print(sorted([True, 0, False, 1, -1, 0.5]))
print(sum([True, True, False]), max(True, 0), min(False, 0))
print(int(True), float(True), complex(True), str(True).upper(), True.real, True.imag)
print(bool.__name__, bool.__mro__, isinstance(True, int), issubclass(bool, int))
t("subclass bool", lambda: type("B", (bool,), {}))
t("bool(x=1)", lambda: bool(x=1))
t("bool(1, 2)", lambda: bool(1, 2))
t("bool()", lambda: bool())
t("bool.__new__", lambda: bool.__new__(bool, 5))
t("bool.__new__ int", lambda: bool.__new__(int, 5))
class Weird:
    def __bool__(self):
        return 1
t("bool returning int", lambda: bool(Weird()))
class Len:
    def __len__(self):
        return -1
t("len negative", lambda: bool(Len()))
class Len2:
    def __len__(self):
        return 2**100
t("len huge", lambda: bool(Len2()))
class Len0:
    def __len__(self):
        return 0
t("len zero", lambda: bool(Len0()))
t("not", lambda: (not True, not 0, not 0.0, not 1j))
t("True/False", lambda: True / False)
t("True//False", lambda: True // False)
t("True%False", lambda: True % False)
t("divmod bools", lambda: divmod(True, True))
t("bool.real type", lambda: type(True.real).__name__)
t("True.__and__(1)", lambda: True.__and__(1))
t("True.__and__(1.0)", lambda: True.__and__(1.0))
t("True.__rand__(False)", lambda: True.__rand__(False))
t("True.__invert__", lambda: True.__invert__())
