"""Integer arithmetic in tight loops: Collatz chain lengths, a linear
congruential generator, Euclid's gcd and integer square roots by Newton's
method.  Every value stays small (machine-word sized)."""

N = 140000  # size; test size: 2000


def collatz_longest(limit):
    best_start = 1
    best_len = 1
    total = 0
    for start in range(1, limit):
        n = start
        steps = 1
        while n != 1:
            if n % 2 == 0:
                n = n // 2
            else:
                n = 3 * n + 1
            steps += 1
        total += steps
        if steps > best_len:
            best_len = steps
            best_start = start
    return best_start, best_len, total


def lcg_mix(count):
    x = 12345
    acc = 0
    for i in range(count):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        acc ^= x >> (i & 15)
        acc = (acc + i * 7) % 1000000007
    return acc


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def gcd_table(n):
    total = 0
    coprime = 0
    for a in range(1, n + 1):
        for b in range(a, n + 1, 7):
            g = gcd(a, b)
            total += g
            if g == 1:
                coprime += 1
    return total, coprime


def isqrt(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


def isqrt_sum(count):
    s = 0
    squares = 0
    for i in range(count):
        r = isqrt(i * 37 + 11)
        s += r
        if r * r == i * 37 + 11:
            squares += 1
    return s, squares


def main():
    start, length, total = collatz_longest(N)
    print("collatz:", start, length, total)
    print("lcg:", lcg_mix(N * 8))
    print("gcd:", *gcd_table(N // 100))
    print("isqrt:", *isqrt_sum(N * 2))


main()
