def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)

vals = [0, 1, -1, 2, -2, 3, 7, 8, -8, 255, 256, -256, 2**31 - 1, 2**31, -2**31,
        2**63 - 1, 2**63, -2**63, -2**63 - 1, 2**64, 2**100 - 1, -2**100, 10**50, True, False]
for v in vals:
    print(v, v.bit_length(), v.bit_count(), bin(v), hex(v), oct(v))
for k in range(0, 130, 7):
    x = (1 << k) - 1
    print(k, x.bit_length(), x.bit_count(), (-x).bit_length(), (-x).bit_count())
t("int.bit_length()", lambda: int.bit_length())
t("bit_length(1)", lambda: (5).bit_length(1))
t("int.bit_count(3)", lambda: int.bit_count(3))
t("int.bit_count(3.0)", lambda: int.bit_count(3.0))
t("int.bit_length('x')", lambda: int.bit_length('x'))
t("bool.bit_length", lambda: True.bit_length())
class I(int):
    pass
t("subclass bit_length", lambda: I(1000).bit_length())
t("subclass bit_count", lambda: I(-1000).bit_count())
t("method repr", lambda: repr(int.bit_length)[:30])
print(sum((i * 7919).bit_count() for i in range(10000)))
print(sum((-(i * 104729)).bit_length() for i in range(10000)))
