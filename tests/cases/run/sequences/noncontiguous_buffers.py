# non-contiguous memoryviews meeting bytes and bytearray operations
m = memoryview(b"abcdef")[::2]
print(m.contiguous, m.c_contiguous, m.tobytes())
ops = [
    ("bytes", bytes), ("bytearray", bytearray), ("join", lambda v: b"".join([v])), ("join2", lambda v: b"-".join([b"x", v])),
    ("concat", lambda v: b"x" + v), ("ba concat", lambda v: bytearray(b"x") + v), ("find", lambda v: b"abcdef".find(v)),
    ("in", lambda v: v in b"ace"), ("%s", lambda v: b"%s" % v), ("%b", lambda v: b"%b" % v), ("eq", lambda v: b"ace" == v),
    ("eq2", lambda v: v == b"ace"), ("ba eq", lambda v: bytearray(b"ace") == v), ("ba lt", lambda v: bytearray(b"a") < v),
    ("ba setslice", lambda v: bytearray(b"zzz").__setitem__(slice(0, 3), v)),
    ("mv setslice", lambda v: memoryview(bytearray(3)).__setitem__(slice(None), v)),
    ("startswith", lambda v: b"ace".startswith(v)), ("split", lambda v: b"a-b".split(v)), ("extend", lambda v: bytearray(b"q").extend(v)),
    ("iadd", lambda v: bytearray(b"q").__iadd__(v)), ("hash", lambda v: hash(v) == hash(b"ace")), ("hex", lambda v: v.hex()),
    ("list", list), ("cast", lambda v: v.cast("B")), ("memoryview", lambda v: memoryview(v).tolist()),
    ("strip", lambda v: b"aaxaa".strip(v)), ("replace", lambda v: b"ace!".replace(v, b"?")), ("translate", lambda v: b"abc".translate(None, v)),
    ("partition", lambda v: b"xacey".partition(v)), ("count", lambda v: b"aceace".count(v)), ("maketrans", lambda v: bytes.maketrans(v, b"xyz")[97]),
    ("decode", lambda v: str(v, "ascii")), ("int.from_bytes", lambda v: int.from_bytes(v, "big")),
]
for name, op in ops:
    try:
        print(name, op(m))
    except (TypeError, BufferError, ValueError) as e:
        print(name, type(e).__name__, e)
class BA(bytearray):
    pass
for value in (memoryview(b"xy"), m, "str", 5):
    try:
        target = BA(b"q")
        target.extend(value)
        print("extend ok", target)
    except (TypeError, BufferError) as e:
        print(type(e).__name__, e)
grid = memoryview(bytes(range(6))).cast("B", [2, 3])
for name, op in (("bytes", bytes), ("concat", lambda v: b"" + v), ("join", lambda v: b"".join([v])), ("%s", lambda v: b"%s" % v),
                 ("find", lambda v: bytes(range(6)).find(v)), ("eq", lambda v: v == bytes(range(6)))):
    try:
        print("2d", name, op(grid))
    except (TypeError, BufferError, ValueError) as e:
        print("2d", name, type(e).__name__, e)
