"""Arbitrary-precision integers: digits of pi from Gibbons' unbounded
spigot (a linear fractional transformation over big integers), factorials
with their digit sums, Fibonacci numbers by fast doubling, modular
exponentiation and big-integer division."""

N = 4800  # size; test size: 120


def compose(a, b):
    # product of two 2x2 matrices (q, r, s, t) = [[q, r], [s, t]]
    q1, r1, s1, t1 = a
    q2, r2, s2, t2 = b
    return (q1 * q2 + r1 * s2, q1 * r2 + r1 * t2,
            s1 * q2 + t1 * s2, s1 * r2 + t1 * t2)


def extract(z, x):
    q, r, s, t = z
    return (q * x + r) // (s * x + t)


def pi_digits(count):
    digits = []
    z = (1, 0, 0, 1)
    k = 1
    while len(digits) < count:
        y = extract(z, 3)
        if y == extract(z, 4):
            digits.append(y)
            z = compose((10, -10 * y, 0, 1), z)
        else:
            z = compose(z, (k, 4 * k + 2, 0, 2 * k + 1))
            k += 1
    return digits


def digit_sum(n):
    total = 0
    chunk = 10 ** 9
    while n:
        n, low = divmod(n, chunk)
        while low:
            total += low % 10
            low //= 10
    return total


def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result


def fib_pair(n):
    # returns (F(n), F(n+1)) by fast doubling
    if n == 0:
        return 0, 1
    a, b = fib_pair(n // 2)
    c = a * (2 * b - a)
    d = a * a + b * b
    if n % 2 == 0:
        return c, d
    return d, c + d


def power_mod(base, exp, mod):
    result = 1
    base %= mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


def main():
    digits = pi_digits(N)
    text = "".join(str(d) for d in digits)
    print("pi:", text[:20], "...", text[-20:], sum(digits))

    f = factorial(N * 2)
    print("factorial:", f.bit_length(), digit_sum(f), f % 1000000007)
    small = factorial(300)
    print("300! =", str(small)[:30], len(str(small)))

    fa, fb = fib_pair(N * 40)
    print("fibonacci:", fa.bit_length(), fa % 1000000007, (fb - fa) % 999983)

    mersenne = (1 << 521) - 1
    witnesses = [power_mod(a, mersenne - 1, mersenne) for a in (2, 3, 5, 7, 11)]
    print("M521 passes Fermat:", all(w == 1 for w in witnesses))

    big = 3 ** (N * 3) + 7
    q, r = divmod(big, 10 ** 50 + 151)
    print("division:", q.bit_length(), r, -big // 12345678901234567 % 1000, (-big) % 97)
    print("shifts:", (big >> 1000) & 0xFFFF, (big ^ (big << 3)).bit_length(), hex(big)[-12:])


main()
