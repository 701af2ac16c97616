def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

for base in [1j, 2 + 3j, -1 + 0j, 0.5 - 0.5j, complex(0, -2)]:
    for e in [0, 1, 2, 3, -1, -2, 10, 0.5, 1j, 2 + 1j, -0.5]:
        t(f"({base})**({e})", lambda: base ** e)
print(pow(1j, 2), pow(2, 1j), pow(1j, 1j), 1j ** 100, (1 + 1j) ** 100, (1 + 1j) ** 101)
print(1j.conjugate(), (1 + 2j).conjugate().conjugate(), (-0j).conjugate(), complex(-0.0, 0.0).conjugate(), abs(-3j), abs(complex(-0.0, -4)))
print((3 + 4j).__abs__(), (3 + 4j).__neg__(), (3 + 4j).__pos__(), (3 + 4j).__bool__(), (0j).__bool__(), complex(0, -0.0).__bool__())
print((1 + 2j).__getnewargs__(), (1 + 2j).__reduce_ex__(2)[1] if hasattr(1j, "__reduce_ex__") else None)
import pickle, copy
for v in [1j, -0j, complex(float("inf"), -0.0), 1.5, -0.0, 10**50, True]:
    p = pickle.loads(pickle.dumps(v))
    print(repr(p), type(p).__name__, repr(copy.copy(v)), repr(copy.deepcopy(v)))
t("complex.__getnewargs__ on int", lambda: complex.__getnewargs__(5))
t("2j ** 10**30", lambda: 2j ** (10**30))
t("1j ** 10**30", lambda: 1j ** (10**30))
t("1j ** -10**30", lambda: (1j) ** (-10**30))
t("(1+1j) ** 1e300", lambda: (1 + 1j) ** 1e300)
t("(1e-300j) ** 2", lambda: (1e-300j) ** 2)
t("(1+1j) ** 2000", lambda: (1 + 1j) ** 2000)
t("(1+1j) ** 2100", lambda: (1 + 1j) ** 2100)
