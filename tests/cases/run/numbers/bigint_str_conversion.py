def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
import sys
sys.set_int_max_str_digits(0)

n = 7 ** 30000
s = str(n)
print(len(s), s[:20], s[-20:], int(s) == n, int("-" + s) == -n)
h = hex(n)
print(len(h), h[:20], h[-20:], int(h, 16) == n, int(h, 0) == n)
o = oct(-n)
print(len(o), o[:20], o[-20:], int(o, 8) == -n, int(o, 0) == -n)
b = bin(n)
print(len(b), b[:20], b[-20:], int(b, 2) == n, int(b[2:], 2) == n, b.count("1") == n.bit_count())
for base in [3, 5, 7, 11, 20, 36]:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    m = n
    out = []
    for _ in range(30):
        m, r = divmod(m, base)
        out.append(digits[r])
    print(base, "".join(reversed(out)))
    print(base, int("".join(reversed(out)), base) == n % base ** 30)
u = "_".join(s[i:i + 3] for i in range(0, len(s), 3))
print(int(u) == n)
print(len(repr(-n)), len(f"{n:,}"), f"{n:,}"[:15], f"{n:_x}"[:15], len(format(n, "_b")))
print(len("%d" % n), ("%x" % n)[:10], ("%o" % n)[-10:], len(str(10**50000)), str(10**50000 - 1).count("9"))
for k in [1, 9, 10, 11, 99, 100, 999, 10**18, 10**19, 2**63, 2**64, -2**63, -2**63 - 1]:
    print(k, str(k), repr(-k), hex(k), oct(k), bin(k)[:24], int(str(k)) == k)
t("str -0", lambda: str(-0))
t("int('-0' * 1)", lambda: int("-0"))
t("round trip many", lambda: all(int(str(3**i)) == 3**i for i in range(0, 3000, 7)))
t("round trip neg", lambda: all(int(str(-(7**i) - 1)) == -(7**i) - 1 for i in range(0, 2000, 13)))
