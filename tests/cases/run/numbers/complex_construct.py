def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

for s in ["1", "1j", "j", "-j", "+j", "1+2j", "1-2j", "-1.5-2.5j", " 1+2j ", "(1+2j)", " ( 1+2j ) ", "(1+2j", "1+2j)",
          "1e3+1e-3j", "1E3J", "inf", "-infj", "nan+nanj", "infinityj", "1+infj", "1_0+2_0j", "1__0j", "1 + 2j", "1+ 2j",
          "", " ", "()", "j1", "1jj", "1+2", "1+j+j", "abc", "1.j", ".5j", "5.j", "1e+j", "0x10", "1\x00", "١+٢j", "\u20031j"]:
    t(repr(s), lambda: complex(s))
t("complex()", lambda: complex())
t("complex(1, 2)", lambda: complex(1, 2))
t("complex(1.5, -0.0)", lambda: complex(1.5, -0.0))
t("complex(1j, 1j)", lambda: complex(1j, 1j))
t("complex(1j, 2)", lambda: complex(1j, 2))
t("complex(2, 1j)", lambda: complex(2, 1j))
t("complex('1', 2)", lambda: complex("1", 2))
t("complex(1, '2')", lambda: complex(1, "2"))
t("complex(None)", lambda: complex(None))
t("complex(b'1')", lambda: complex(b"1"))
t("complex(real=1, imag=2)", lambda: complex(real=1, imag=2))
t("complex(imag=2)", lambda: complex(imag=2))
t("complex(1, 2, 3)", lambda: complex(1, 2, 3))
t("complex(10**400)", lambda: complex(10**400))
t("complex(True, False)", lambda: complex(True, False))
class C:
    def __complex__(self):
        return 3 + 4j
class CF:
    def __float__(self):
        return 2.5
class CI:
    def __index__(self):
        return 9
class CBad:
    def __complex__(self):
        return 5
class CSub(complex):
    pass
class CRetSub:
    def __complex__(self):
        return CSub(1, 1)
import warnings
warnings.simplefilter("ignore")
for cls in [C, CF, CI, CBad, CRetSub]:
    t(cls.__name__, lambda: complex(cls()))
    t(cls.__name__ + " as imag", lambda: complex(0, cls()))
t("CSub", lambda: (lambda r: (type(r).__name__, r))(CSub(1, 2)))
t("CSub from str", lambda: (lambda r: (type(r).__name__, r))(CSub("3-4j")))
t("complex(CSub)", lambda: type(complex(CSub(1))).__name__)
import fractions
t("fraction", lambda: complex(fractions.Fraction(1, 4), fractions.Fraction(-1, 2)))
