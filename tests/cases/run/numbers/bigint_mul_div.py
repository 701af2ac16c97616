def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
import time
import sys
sys.set_int_max_str_digits(0)

def digest(n):
    s = str(n)
    return (len(s), s[:12], s[-12:], n % 1000000007)

a = 3 ** 20000 + 12345
b = 7 ** 15000 - 999
print(digest(a * b), digest(a * a), digest(-a * b))
q, r = divmod(a, b)
print(digest(q), digest(r), q * b + r == a, 0 <= r < b)
q, r = divmod(-a, b)
print(digest(q), digest(r), q * b + r == -a, 0 <= r < b)
q, r = divmod(a, -b)
print(digest(q), digest(r), q * -b + r == a, -b < r <= 0)
q, r = divmod(-a, -b)
print(digest(q), digest(r))
print(digest(a // 12345), a % 12345, -a % 12345, a % -12345, digest(-a // 12345))
print(digest(a - a + 1), digest(a + b), digest(a - b), digest(b - a), (a - a) == 0)
x = 10 ** 10000 + 7
y = 10 ** 10000 - 3
start = time.perf_counter()
for _ in range(20):
    p = x * y
elapsed = time.perf_counter() - start
print(digest(p), "fast" if elapsed < 1.0 else "slow")
f = 1
for i in range(1, 3001):
    f *= i
print(digest(f), f.bit_length(), f % (2**61 - 1))
print(digest(f // (f // 1000 + 1)), (f * f) // f == f)
import math
print(math.factorial(3000) == f, math.isqrt(a) ** 2 <= a < (math.isqrt(a) + 1) ** 2, math.gcd(a, b), math.gcd(f, 2**5000).bit_length())
print(digest(math.lcm(2**100, 3**50, 10**30)), math.comb(1000, 500) % 1000000007, math.perm(500, 250) % 998244353)
t("a / b", lambda: a / b)
t("b / a", lambda: b / a)
t("a // 0", lambda: a // 0)
t("a % 0", lambda: a % 0)
t("float(a)", lambda: float(a))
t("a * 1.0", lambda: a * 1.0)
t("a / 10**9000", lambda: (a * 10**3000) / a)
t("true div exact", lambda: (2**2000 + 1) / 2**1990)
t("true div huge", lambda: (3**5000) / (3**4999))
