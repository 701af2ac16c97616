# memoryview.release(), context manager, and errors after release; exports block resizing
ba = bytearray(b"abc")
m = memoryview(ba)
try:
    ba.append(100)
except BufferError as e:
    print(type(e).__name__, e)
for op in (lambda: ba.extend(b"x"), lambda: ba.pop(), lambda: ba.clear(), lambda: ba.__delitem__(0),
           lambda: ba.__setitem__(slice(0, 1), b"xy"), lambda: ba.__iadd__(b"z"), lambda: ba.__imul__(2),
           lambda: ba.remove(97), lambda: ba.insert(0, 1), lambda: ba.__delitem__(slice(None))):
    try:
        op()
        print("no error", ba)
    except BufferError as e:
        print(type(e).__name__, e)
ba[0] = 65
ba[0:1] = b"B"
print(ba, m.tobytes())
m.release()
m.release()
print(repr(m).startswith("<released memory at"), m.__repr__().split(" at")[0])
ba.append(100)
print(ba)
checks = [
    ("len", lambda: len(m)), ("item", lambda: m[0]), ("tobytes", lambda: m.tobytes()), ("tolist", lambda: m.tolist()),
    ("nbytes", lambda: m.nbytes), ("format", lambda: m.format), ("shape", lambda: m.shape), ("readonly", lambda: m.readonly),
    ("obj", lambda: m.obj), ("hex", lambda: m.hex()), ("iter", lambda: list(m)), ("bytes", lambda: bytes(m)),
    ("slice", lambda: m[:]), ("cast", lambda: m.cast("B")), ("hash", lambda: hash(m)), ("eq", lambda: m == m),
    ("eq2", lambda: m == b"abc"), ("enter", lambda: m.__enter__()), ("setitem", lambda: m.__setitem__(0, 1)),
    ("new view", lambda: memoryview(m)), ("toreadonly", lambda: m.toreadonly()), ("itemsize", lambda: m.itemsize),
    ("contiguous", lambda: m.contiguous), ("ndim", lambda: m.ndim),
]
for name, fn in checks:
    try:
        print(name, fn())
    except ValueError as e:
        print(name, type(e).__name__, e)
with memoryview(bytearray(b"xyz")) as cm:
    print(cm.tobytes(), cm[1])
try:
    cm.tobytes()
except ValueError as e:
    print(type(e).__name__, e)
source = bytearray(b"q")
outer = memoryview(source)
inner = outer[:]
outer.release()
try:
    source.append(1)
except BufferError as e:
    print(type(e).__name__, e)
inner.release()
source.append(1)
print(source)
holder = bytearray(b"abc")
v1 = memoryview(holder)
v2 = memoryview(holder)
v1.release()
try:
    holder.extend(b"d")
except BufferError as e:
    print(type(e).__name__, e)
del v2
holder.extend(b"d")
print(holder)
base = memoryview(bytearray(b"12"))
derived = memoryview(base)
try:
    base.release()
    print("released base", derived.tobytes())
except BufferError as e:
    print(type(e).__name__, e)
