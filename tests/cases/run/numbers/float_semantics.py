print(0.1 + 0.2, 1 / 3, 2 / 2, 1e16, 1e-7, 123456789.0, 1.5e300 * 1e10, -0.0, 0.0 == -0.0)
print(7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2))
print(float("inf") - float("inf"), float("-inf"), float("nan") != float("nan"))
for s in ["1e5", " 3.25 ", "-inf", "NaN", "1_0.5", "0x1p3" if False else "2.5"]:
    print(float(s))
for bad in ["", "1e", "abc", "1__0"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
for op in [lambda: 1.0 / 0, lambda: 1.0 // 0.0, lambda: 1.0 % 0, lambda: divmod(1.0, 0)]:
    try:
        op()
    except ZeroDivisionError as e:
        print(e)
try:
    10.0 ** 400
except OverflowError as e:
    print(e)
try:
    (-8.0) ** 0.5
except ValueError as e:
    print(e)
print(type((-8.0) ** 0.5).__name__ if False else (-8) ** 0.5)
print(2 ** 0.5, 4 ** -0.5, 0.0 ** 0, pow(2.0, 3))
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print(e)
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(1e20), round(2.5, 0))
try:
    round(float("inf"))
except OverflowError as e:
    print(e)
print((3.0).is_integer(), (2.5).as_integer_ratio(), (0.1).hex(), float.fromhex("0x1.8p1"))
print(int(1e20), float(10**20), float(2**1024 - 1) if False else 1.0)
try:
    float(2 ** 1024)
except OverflowError as e:
    print(e)
print(1 == 1.0, hash(1) == hash(1.0), 2**53 + 1 == float(2**53 + 1), 10**400 > 1e308, 10**400 < float("inf"))
print(repr(1e22), repr(1e-5), str(1.0), repr(123.456e-10), 5e-324, 1.7976931348623157e308)
print(max(1, 2.0), min(-0.0, 0.0), sum([0.1] * 10), abs(-2.5))
