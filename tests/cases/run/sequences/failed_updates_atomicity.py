# failing slice assignments and extends leave bytearray and list unchanged (or as CPython leaves them)
def gen_fail():
    yield 65
    yield 66
    raise KeyError("midway")
for target_kind in ("list", "bytearray"):
    for key in (slice(1, 2), slice(None, None, 2), slice(0, 0)):
        t = [0, 1, 2, 3] if target_kind == "list" else bytearray(b"0123")
        try:
            t[key] = gen_fail()
        except KeyError as e:
            print(target_kind, key, type(e).__name__, e, t)
    t = [0, 1] if target_kind == "list" else bytearray(b"01")
    try:
        t.extend(gen_fail())
    except KeyError as e:
        print(target_kind, "extend", t)
    t = [0, 1] if target_kind == "list" else bytearray(b"01")
    try:
        t += gen_fail()
    except (KeyError, TypeError) as e:
        print(target_kind, "iadd", type(e).__name__, t)
ba = bytearray(b"abcd")
for bad in ([65, 300], [65, "x"], [65, -1], (x for x in [65, 999])):
    try:
        ba[0:2] = bad
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e, ba)
    try:
        ba.extend(bad if not hasattr(bad, "__next__") else iter([66, 1000]))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e, ba)
lst = [1, 2, 3]
try:
    lst[::2] = gen_fail()
except KeyError as e:
    print(lst)
try:
    lst[0:1] = 5
except TypeError as e:
    print(type(e).__name__, e, lst)
