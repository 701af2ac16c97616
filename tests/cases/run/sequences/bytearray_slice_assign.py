# bytearray item/slice assignment and deletion
def fresh():
    return bytearray(b"0123456789")
b = fresh(); b[0] = 65; b[-1] = 90; print(b)
for val in (256, -1, "a", b"a", 1.5, None):
    try:
        fresh()[0] = val
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for idx in (10, -11):
    try:
        fresh()[idx] = 1
    except IndexError as e:
        print(type(e).__name__, e)
try:
    fresh()["a"] = 1
except TypeError as e:
    print(type(e).__name__, e)
b = fresh(); b[2:5] = b"ab"; print(b)
b = fresh(); b[2:5] = b""; print(b)
b = fresh(); b[2:2] = b"XYZ"; print(b)
b = fresh(); b[:] = [65, 66]; print(b)
b = fresh(); b[-2:] = bytearray(b"!!!"); print(b)
b = fresh(); b[1:3] = memoryview(b"mv"); print(b)
b = fresh(); b[::2] = b"abcde"; print(b)
b = fresh(); b[::-1] = b"abcdefghij"; print(b)
b = fresh(); b[1::3] = [1, 2, 3]; print(b)
b = fresh(); b[::2] = b""[:0] if False else b"vwxyz"; print(b)
b = fresh(); b[2:8] = b; print(b)
b = fresh(); b[:5] = range(65, 70); print(b)
b = fresh(); b[5:1] = b"ins"; print(b)
for target, val in ((slice(None, None, 2), b"abc"), (slice(None, None, -1), b""), (slice(1, 9, 3), b"x" * 4)):
    try:
        fresh()[target] = val
    except ValueError as e:
        print(type(e).__name__, e)
for val in ("str", 1.5, None, [256], ["a"], object(), 2, -1):
    try:
        fresh()[1:3] = val
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    fresh()[::0] = b""
except ValueError as e:
    print(type(e).__name__, e)
b = fresh(); del b[0]; del b[-1]; print(b)
b = fresh(); del b[2:5]; print(b)
b = fresh(); del b[::2]; print(b)
b = fresh(); del b[::-3]; print(b)
b = fresh(); del b[1:8:2]; print(b)
b = fresh(); del b[:]; print(b)
b = fresh(); del b[100:]; print(b)
for idx in (10, -11):
    try:
        del fresh()[idx]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    del fresh()["x"]
except TypeError as e:
    print(type(e).__name__, e)
print(fresh()[2:8:2], fresh()[::-1], fresh()[-3:], type(fresh()[1:2]).__name__)
