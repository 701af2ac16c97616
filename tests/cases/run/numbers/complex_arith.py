def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

a = 3 + 4j; b = 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, abs(a), a.conjugate(), a == 3 + 4j, a != b, a ** 2, a ** 0.5, a ** b)
print(a + 1, 1 + a, a * 2.5, 2.5 * a, a / 2, 2 / a, a - True, True - a, a + 10**20)
print(abs(3e200 + 4e200j), abs(complex(float("inf"), float("nan"))), abs(complex(float("nan"), 1)))
print(1j ** 2, 1j ** 3, (1 + 1j) ** 8, (1 + 1j) ** -1, (2 + 0j) ** 10, 1j ** 0, 0j ** 0, (-1 + 0j) ** 0.5, 2 ** 1j)
print(1j * 1j, (1e300 + 1e300j) * 2, complex(1e308, 1e308) / complex(1e-308, 1e-308) if False else "skip")
print(a.real, a.imag, type(a.real).__name__, a.__complex__() if hasattr(a, "__complex__") else "no __complex__")
print(hash(1 + 0j) == hash(1), hash(1.5 + 0j) == hash(1.5), hash(complex(-1, 0)), hash(0j))

t("a / 0", lambda: a / 0)
t("a / 0j", lambda: a / 0j)
t("a // b", lambda: a // b)
t("a % b", lambda: a % b)
t("divmod", lambda: divmod(a, b))
t("a < b", lambda: a < b)
t("a >= 1", lambda: a >= 1)
t("int(a)", lambda: int(a))
t("float(a)", lambda: float(a))
t("int(1+0j)", lambda: int(1 + 0j))
t("round(a)", lambda: round(a))
t("math.floor(a)", lambda: __import__("math").floor(a))
t("pow(a, 2, 3)", lambda: pow(a, 2, 3))
t("a ** 10**400", lambda: a ** (10**400))
t("(1e200j) ** 2", lambda: (1e200j) ** 2)
t("(1e200+1e200j) * (1e200+1e200j)", lambda: (1e200 + 1e200j) * (1e200 + 1e200j))
t("0j ** -1", lambda: 0j ** -1)
t("0j ** (1+1j)", lambda: 0j ** (1 + 1j))
t("0j ** 0j", lambda: 0j ** 0j)
t("a + 'x'", lambda: a + "x")
t("a * [1]", lambda: a * [1])
t("complex(1e308, 1e308) * 10", lambda: complex(1e308, 1e308) * 10)
t("abs overflow", lambda: abs(complex(1e308, 1e308)))
t("10**400 + 1j", lambda: 10**400 + 1j)
t("a.real = 1", lambda: setattr(a, "real", 1))
t("complex.conjugate(1)", lambda: complex.conjugate(1))
t("a == 10**400", lambda: a == 10**400)
t("(10**400+0j) == 10**400", lambda: complex(1e308) == 10**308)
t("eq with float nan", lambda: complex(float("nan")) == float("nan"))
s = 0j
for k in range(1, 200):
    s += (1j ** k) / k
print(s)
