fs = [lambda: 2**64, lambda: 2**200, lambda: 10**20, lambda: -0.0, lambda: 1/0 if 0 else 1, lambda: 1/3, lambda: 7//2, lambda: 1 << 100, lambda: 1 << 200,
      lambda: "a" * 10, lambda: "a" * 5000, lambda: (1, 2) * 3, lambda: 2**-1, lambda: -(2**63), lambda: ~5, lambda: 3 % 0 if 0 else 0, lambda: 1.5 // 0.5,
      lambda: (1+2j) * 2, lambda: -(1j), lambda: 0.1 + 0.2, lambda: 2.0 ** 0.5, lambda: 10**-2, lambda: "%d" % 5, lambda: 1 < 2, lambda: not 1, lambda: 4 ** 0.5, lambda: 2 ** 65 * 0]
for f in fs:
    print(f.__code__.co_consts, f())
