# calling sequence methods with wrong arities and unexpected keywords
# list methods with keyword arguments and odd arities
for call in (lambda: [].index(1, start=0), lambda: [1].count(x=1), lambda: [].sort(key=None, reverse=False, extra=1),
             lambda: [].sort(None), lambda: [3, 1].sort(reverse=None), lambda: [].pop(index=0), lambda: [1].insert(0),
             lambda: (1,).index(1, 0, 1, 2), lambda: b"".count(), lambda: b"x".split(None, 1, 2), lambda: bytearray().append(x=1),
             lambda: range(3).index(), lambda: range(3).count(1, 2), lambda: memoryview(b"").tobytes("C", 1),
             lambda: memoryview(b"ab").cast("B", shape=[2], extra=1), lambda: list.sort([], 1), lambda: sorted([], key=1, reverse=1),
             lambda: [1, 2, 3].index(2, None), lambda: (1, 2).index(2, True), lambda: bytes.fromhex(), lambda: b"".join(),
             lambda: b"".hex(1, 2, 3), lambda: bytearray(b"ab").pop(1, 2), lambda: bytearray(b"a").remove(),
             lambda: b"a".decode("utf-8", "strict", 1), lambda: list.__getitem__([], ), lambda: tuple.__new__()):
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
