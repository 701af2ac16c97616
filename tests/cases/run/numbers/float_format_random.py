# Many random doubles through every float presentation type and a range of
# precisions; a hash of all outputs plus a few samples keeps the output short.
import random, struct

def digest(parts):
    data = "|".join(parts).encode()
    return len(data), int.from_bytes(data, "big") % (2**61 - 1)

random.seed(2024)
specs = [".0f", ".1f", ".2f", ".6f", ".17f", ".30f", ".0e", ".3e", ".16e", ".25e", ".1g", ".5g", ".17g", ".20g", "g", "e", "f", "%", ".3%", "#.0f", "#.3g", "n"]
values = []
for i in range(1500):
    bits = random.getrandbits(64)
    v = struct.unpack("<d", struct.pack("<Q", bits))[0]
    if v == v:
        values.append(v)
values += [random.uniform(-1000, 1000) for _ in range(1500)]
values += [random.randint(-10**6, 10**6) / 8 for _ in range(500)]
values += [(i + 0.5) / 10 ** k for i in range(50) for k in range(4)]
for spec in specs:
    parts = []
    samples = []
    for j, v in enumerate(values):
        s = format(v, spec)
        parts.append(s)
        if j % 700 == 0 and len(s) < 60:
            samples.append(s)
    print(spec, digest(parts), samples)
parts = []
for v in values:
    for p in (0, 3, 10):
        parts.append("%.*f|%.*e|%.*g" % (p, v, p, v, p, v))
print("percent", digest(parts))
print([round(v, 2) for v in values[3000:3010]], [round(v, -1) for v in values[3000:3005]])
