def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
inf = float("inf"); nan = float("nan")

vals = [0j, -0j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0), 1j, -1j, 1 + 0j, 1 - 0j, complex(1, -0.0),
        1.5 + 2.5j, -1.5 - 2.5j, 1e20j, 1e16 + 1e-5j, complex(inf, 0), complex(0, inf), complex(-inf, -inf), complex(nan, nan),
        complex(nan, -nan), complex(1, nan), complex(inf, nan), 0.1 + 0.2j, 1e-320j, 2 ** 0.5 * 1j, complex(123456789, 987654321)]
for v in vals:
    print(repr(v), str(v), f"{v}", v.real, v.imag)
print([1j, -0j], (2 + 3j,), {1j: 1j})
print(repr(complex("-0")), repr(complex("-0j")), repr(complex("-0-0j")), repr(-(0j)), repr(0j * -1))
print(format(1 + 2j), format(1 + 2j, ""), format(-0j, ""), format(1j, ""), format(complex(1, -0.0), ""))
t("complex.__repr__(1)", lambda: complex.__repr__(1))
