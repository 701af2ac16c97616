def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

for v in [0.5, 1.5, -1.5, 1e15 + 0.5, 2.0**52 + 0.5, 2.0**53, 2.0**63, -2.0**63, 2.0**64, 1e20, 1.7976931348623157e308, 5e-324, -0.0]:
    i = int(v)
    print(repr(v), i, float(i) == v, i.bit_length())
for k in range(50, 70):
    n = 2**k + 1
    print(k, repr(float(n)), repr(float(-n)), repr(float(n * 3)), int(float(n)) - n)
for n in [2**1023, 2**1024 - 2**970, 2**1024 - 2**970 - 1, 2**1024 - 2**971, 2**1024 - 1, 2**1024]:
    t(f"float({n.bit_length()}-bit)", lambda: float(n))
t("float(-2**1024)", lambda: float(-(2**1024)))
t("2**1024 + 0.0", lambda: 2**1024 + 0.0)
t("0.0 + 2**1024", lambda: 0.0 + 2**1024)
t("2**1024 < 1e308", lambda: 2**1024 < 1e308)
t("(2**1024) * 0.5", lambda: (2**1024) * 0.5)
t("(2**1024) ** 0.5", lambda: (2**1024) ** 0.5)
t("(2**1024) / (2**1023)", lambda: (2**1024) / (2**1023))
t("int.__float__(2**1024)", lambda: int.__float__(2**1024))
t("float.__int__(1e300)", lambda: float.__int__(1e300) == 10**300)
t("float.fromhex int", lambda: int(float.fromhex("0x1.fffffffffffffp1023")))
half_even = [float(2**53 + i) for i in range(0, 9)]
print([int(x) - 2**53 for x in half_even])
print([int(float(2**54 + i)) - 2**54 for i in range(0, 9)])
print([int(float(-(2**54) - i)) + 2**54 for i in range(0, 9)])
