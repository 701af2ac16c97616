def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

nums = [7.0, -7.0, 7.5, -7.5, 0.0, -0.0, 6.0, -6.0, 1e-300, 0.1]
dens = [2.0, -2.0, 3, -3, 0.5, -0.5, 2.5, -2.5, 1e300, 6.0]
for a in nums:
    for b in dens:
        print(repr(a), repr(b), repr(a // b), repr(a % b), divmod(a, b))
for a in [7, -7, 0, 6, -6]:
    for b in [2, -2, 3, -3, 7, -7]:
        print(a, b, a // b, a % b, divmod(a, b), a // float(b), a % float(b))
print(repr(-0.0 % 5), repr(0.0 % -5), repr(-0.0 // 5), repr(0.0 // -5), repr(-1e-20 % 1.0), repr(1e-20 % -1.0))
print(repr(5.0 % -0.5), repr(-5.0 % 0.5), repr(-0.25 % 0.5), repr(0.25 % -0.5))
x = 17.5
x //= 4
print(x)
x %= 1.5
print(x)
t("divmod(1.0, 0)", lambda: divmod(1.0, 0))
t("divmod('a', 1)", lambda: divmod("a", 1))
t("divmod(1.0, 1j)", lambda: divmod(1.0, 1j))
t("1j // 1", lambda: 1j // 1)
t("1j % 1", lambda: 1j % 1)
t("float.__mod__(1.0, 'a')", lambda: float.__mod__(1.0, "a"))
t("float.__divmod__(7.0, 2)", lambda: float.__divmod__(7.0, 2))
t("float.__rdivmod__(2.0, 7)", lambda: float.__rdivmod__(2.0, 7))
t("float.__rfloordiv__(2.0, 7)", lambda: float.__rfloordiv__(2.0, 7))
t("float.__rmod__(2.0, 7)", lambda: float.__rmod__(2.0, 7))
t("int.__rmod__(2, 7)", lambda: int.__rmod__(2, 7))
t("int.__mod__(7, 2.0)", lambda: int.__mod__(7, 2.0))
