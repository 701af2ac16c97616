def t(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
import random, struct
random.seed(12345)
bad = 0
out = []
for i in range(3000):
    bits = random.getrandbits(64)
    v = struct.unpack("<d", struct.pack("<Q", bits))[0]
    if v != v:
        continue
    r = repr(v)
    if float(r) != v:
        bad += 1
    if i % 100 == 0:
        out.append(r)
print(bad)
print(out)
nums = [random.random() for _ in range(20)]
print([repr(x) for x in nums])
print([f"{x:.17g}" for x in nums[:5]], [str(x * 1e20) for x in nums[:5]], [str(x * 1e-10) for x in nums[:5]])
print(sum(len(repr(random.uniform(-1e10, 1e10))) for _ in range(2000)))
print(random.gauss(0, 1), random.randint(1, 10**30), random.randrange(-100, 100, 7), random.choice([1.5, 2.5]))
