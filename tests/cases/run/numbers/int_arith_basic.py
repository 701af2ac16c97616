def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

vals = [0, 1, -1, 7, -7, 2**31, 2**62, 2**63 - 1, -(2**63), 2**63, 10**20, -(10**20)]
for a in vals:
    for b in vals:
        row = [a + b, a - b, a * b]
        if b:
            row += [a // b, a % b, divmod(a, b)]
        print(a, b, row)
print(abs(-(2**63)), -(-(2**63)), (2**63 - 1) + 1, -(2**63) - 1, (2**32) * (2**32), (-(2**63)) // -1, (-(2**63)) % -1)
x = 5
x += 3; x -= 1; x *= 4; x //= 3; x %= 5; x **= 3; x <<= 2; x >>= 1; x |= 1; x &= 0xff; x ^= 0x3
print(x)
class I(int):
    pass
r = I(5) + I(3)
print(r, type(r).__name__, type(-I(3)).__name__, type(+I(3)).__name__, type(abs(I(-3))).__name__, type(I(3) * 1).__name__, type(I(3) ** 2).__name__)
print(type(I(3) // 2).__name__, type(I(5) >> 1).__name__, type(~I(5)).__name__, type(divmod(I(7), 2)[0]).__name__)
t("int + str", lambda: 1 + "a")
t("str + int", lambda: "a" + 1)
t("int * str", lambda: 3 * "ab")
t("int * list", lambda: [1] * 2 + 2 * [3])
t("int - None", lambda: 1 - None)
t("int @ int", lambda: 1 @ 2)
t("-str", lambda: -"a")
t("int.__add__(1, 1.5)", lambda: int.__add__(1, 1.5))
t("int.__radd__(1, 2)", lambda: int.__radd__(1, 2))
t("int.__sub__('a', 1)", lambda: int.__sub__("a", 1))
t("int.__neg__(True)", lambda: int.__neg__(True))
t("int.__abs__", lambda: int.__abs__(-3))
t("int.__bool__", lambda: (int.__bool__(0), int.__bool__(-3)))
t("int.__truediv__(1, 0)", lambda: int.__truediv__(1, 0))
t("int.__floordiv__(7, 2)", lambda: int.__floordiv__(7, 2))
t("int.__divmod__(7, -2)", lambda: int.__divmod__(7, -2))
t("int.__mul__(3, 'a')", lambda: int.__mul__(3, "a"))
t("(3).__mul__([1])", lambda: (3).__mul__([1]))
t("[1].__rmul__(3)", lambda: [1].__rmul__(3))
total = 0
for i in range(-3000, 3000):
    total += (i * i * i) // 7 - (i % 13) * (i // 5)
print(total)
