def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
a = 256
b = int("256")
print(a is b, int("257") is int("257"), int("-5") is int("-5"), int("-6") is int("-6"), int("0") is int("-0"), int(1.0) is int("1"))
x = 1000
y = 999 + 1
print(x == y)
one = 1
print((True + 0) is one, int(True) is one, abs(-3) is abs(3), 2 ** 8 is int("256"), 100 // one is int("100"), 5 - 5 is int("0"))
print(bool(1) is True, bool(0) is False, (1 == 1) is True, (not one) is False)
import sys
print([id(i) == id(int(str(i))) for i in [-6, -5, 0, 255, 256, 257]])
