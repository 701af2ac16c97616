print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 / 2, 2 ** -1, 2 ** 0.5)
print(10 ** 20, -(10 ** 20), 2 ** 64 - 1, (2 ** 64) // 3, (2 ** 100) % 7)
print(0.1 + 0.2, 1e300 * 10, -1e300 * 10, 1 / 3, 2.0 ** 10, round(2.5), round(3.5), round(1.23456, 2))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), pow(2, 10), pow(2, 10, 1000), abs(-2.5))
print(5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 10, 1024 >> 3, -1 >> 1)
print(int(3.9), int(-3.9), float(7), complex(1, 2), (1 + 2j) * (3 - 1j), abs(3 + 4j))
print(True + True, False * 5, 3 == 3.0, 1 / 2 == 0.5, hash(1) == hash(1.0))
x = 5
x += 3; x -= 1; x *= 2; x //= 3; x **= 2; x %= 7
print(x)
print(max(1, 2.5), min([3, 1, 2]), sum([0.1] * 10), sum(range(101)))
print(1_000_000, 0xff, 0o17, 0b101, 1e-5, 123.456e2)
print(float("inf"), float("-inf"), float("nan"), 1e16, 1.5e-7, 100.0, 1e22)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
print(int("-17"), int(" 12 "), 3 < 4 < 5, 3 < 4 > 5)
print(10 ** 50 // 10 ** 25, (-10) ** 3, 7 .bit_length(), (255).to_bytes(2, "big"))
