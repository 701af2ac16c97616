# complex(): strings, numbers, __complex__, and the constructor's errors.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

for s in ["1", "1j", "-1j", "1+2j", "1-2J", " (3+4j) ", "inf", "-infj", "nan+nanj", "1e3-1e-3j", "+j",
          "-j", "0x1", "1 + 2j", "(1+2j", "1+2j)", "", "j1", "1.5e+10j", "  2.5  "]:
    t("str %r" % s, lambda s=s: complex(s))
t("none", lambda: complex())
t("int", lambda: complex(5))
t("two ints", lambda: complex(1, 2))
t("complex imag", lambda: complex(1j, 1j))
t("complex real + imag", lambda: complex(1 + 2j, 3))
t("kw", lambda: complex(real=1, imag=2))
t("kw imag only", lambda: complex(imag=3))
t("str and imag", lambda: complex("1", 2))
t("imag str", lambda: complex(1, "2"))
t("list", lambda: complex([1]))
t("none arg", lambda: complex(None))
t("bool", lambda: complex(True, False))
t("huge int", lambda: complex(10**400))
t("too many", lambda: complex(1, 2, 3))
t("bytes", lambda: complex(b"1"))

class C:
    def __complex__(self):
        return 2 + 5j
class F:
    def __float__(self):
        return 1.25
class I:
    def __index__(self):
        return 7
class BadC:
    def __complex__(self):
        return 1.0
t("__complex__", lambda: complex(C()))
t("__float__", lambda: complex(F()))
t("__index__", lambda: complex(I()))
t("bad __complex__", lambda: complex(BadC()))
t("__complex__ with imag", lambda: complex(C(), 1))
class CS(complex):
    pass
t("subclass", lambda: (CS(1, 2), type(CS(1, 2)).__name__))
z = complex(3, -4)
print(z.real, z.imag, z.conjugate(), abs(z), z == 3 - 4j, hash(complex(1, 0)) == hash(1))
print(repr(complex(-0.0, -0.0)), repr(complex(0, -0.0)), str(complex(1e20, 1e-20)))
