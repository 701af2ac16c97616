def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

for v in [0, 5, -5, 10**30, -10**30, True, False]:
    print(v, v.as_integer_ratio(), v.conjugate(), v.numerator, v.denominator, v.real, v.imag, v.__index__())
    print(type(v.as_integer_ratio()[0]).__name__, type(v.conjugate()).__name__, type(v.real).__name__, type(v.numerator).__name__)
class I(int):
    pass
i = I(7)
for name in ["conjugate", "__index__", "__int__", "__trunc__", "__floor__", "__ceil__", "__round__", "__pos__"]:
    r = getattr(i, name)()
    print(name, r, type(r).__name__)
for name in ["real", "imag", "numerator", "denominator"]:
    r = getattr(i, name)
    print(name, r, type(r).__name__)
print(i.as_integer_ratio(), type(i.as_integer_ratio()[0]).__name__)
t("set real", lambda: setattr(5, "real", 1))
t("set numerator", lambda: setattr(5, "numerator", 1))
t("del imag", lambda: delattr(5, "imag"))
t("int.real on str", lambda: int.real.__get__("x"))
t("int.numerator descriptor", lambda: type(int.__dict__["numerator"]).__name__)
t("int.conjugate(2)", lambda: int.conjugate(2))
t("int.conjugate(2.0)", lambda: int.conjugate(2.0))
t("int.__index__(True)", lambda: int.__index__(True))
t("as_integer_ratio arg", lambda: (3).as_integer_ratio(1))
t("-True", lambda: -True)
t("+True", lambda: (+True, type(+True).__name__))
t("~True", lambda: ~True)
t("abs(-True)", lambda: abs(True))
