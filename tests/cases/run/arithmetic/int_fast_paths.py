import itertools
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 63, 64, 65, 2**31, -2**31, 2**53, 2**53+1, -2**53-1, 2**62, -2**62, 2**63-1, -2**63, 2**64, 10**20, -10**20, True, False]
out = []
ops = [(op, eval(f'lambda a, b: a {op} b')) for op in ('+', '-', '*', '%', '//', '&', '|', '^', '>>', '<<', '/')]
for a, b in itertools.product(vals, repeat=2):
    for op, f in ops:
        try:
            if op == '<<' and b > 200: continue
            r = f(a, b)
        except Exception as e:
            r = type(e).__name__ + str(e)
        out.append(repr(r))
print(len(out))
h = 0
for i, s in enumerate(out):
    h = (h * 31 + hash(s)) % (2**61 - 1)
print(h)
x = 10
x %= 3; print(x)
x = -7; x //= 2; print(x)
x = 5; x <<= 3; print(x, type(True & True), True | False, True ^ True)
print(7 / 2, -7 / 2, 1 / 3, (2**53) / 3, 10 / 4.0, 1.5 / 0.5)
