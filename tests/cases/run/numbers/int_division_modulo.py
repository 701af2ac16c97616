pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (10**20 + 3, 7), (-(10**20), 3)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
for op in [lambda: 1 // 0, lambda: 1 % 0, lambda: divmod(1, 0), lambda: 1 / 0, lambda: 10**30 // 0]:
    try:
        op()
    except ZeroDivisionError as e:
        print(e)
print(2 ** 10, 2 ** -1, (-2) ** 3, (-8) ** (1 / 3) == (-8) ** (1 / 3), 0 ** 0, pow(3, 4, 5), pow(3, -1, 7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print(e)
print(abs(-5), -(-5), +5, ~5, ~-1, 5 << 3, -16 >> 2, 1 << 70)
try:
    1 << -1
except ValueError as e:
    print(e)
try:
    1 >> -1
except ValueError as e:
    print(e)
print(6 & 3, 6 | 3, 6 ^ 3, -6 & 0xFF, -1 ^ 0, (1 << 100) & ((1 << 100) - 1))
print(int("  42  "), int("-0b101", 0), int("0o17", 0), int("ff", 16), int("1_000"), int(3.99), int(-3.99), int(True))
for bad in ["", "1.5", "0x", "1__0", "_1", "abc"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    int("12", 1)
except ValueError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
print(round(2.5), round(3.5), round(-2.5), round(1234, -2), round(1250, -2), round(7, 1))
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(1, "big", signed=True))
print((10).bit_length(), (0).bit_length(), (-255).bit_count() if hasattr(int, "bit_count") else 8)
print(True + True, True * 10, False - 1, type(True + 1).__name__)
