ops = [
    ("+", lambda a, b: a + b), ("-", lambda a, b: a - b), ("*", lambda a, b: a * b), ("/", lambda a, b: a / b),
    ("//", lambda a, b: a // b), ("%", lambda a, b: a % b), ("**", lambda a, b: a ** b), ("<<", lambda a, b: a << b),
    ("&", lambda a, b: a & b), ("@", lambda a, b: a @ b), ("<", lambda a, b: a < b),
]
operands = [(1, "a"), ("a", 1), (1.5, None), ([1], (1,)), ({}, {}), (1.5, 2), (2, [3]), (b"x", "x"), ({1}, [1])]
for sym, fn in ops:
    for a, b in operands:
        try:
            r = fn(a, b)
            print(repr(a), sym, repr(b), "=", repr(r))
        except TypeError as e:
            print(sym, e)
for fn, arg in [(lambda x: -x, "s"), (lambda x: +x, [1]), (lambda x: ~x, 1.5), (lambda x: abs(x), "s")]:
    try:
        fn(arg)
    except TypeError as e:
        print(e)
x = 5
try:
    x += "s"
except TypeError as e:
    print(e)
try:
    x @= 2
except TypeError as e:
    print(e)
s = "abc"
try:
    s -= "a"
except TypeError as e:
    print(e)
print("ab" * 3, 3 * [0], (1,) * 2, "x" * -1, [1] * 0)
try:
    "a" * 1.5
except TypeError as e:
    print(e)
try:
    [1] * "2"
except TypeError as e:
    print(e)
