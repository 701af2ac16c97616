# center/ljust/rjust/zfill/expandtabs for bytes and bytearray
for cls in (bytes, bytearray):
    print(cls.__name__)
    s = cls(b"abc")
    for w in (-1, 0, 3, 4, 5, 8):
        print(" ", w, s.center(w), s.ljust(w), s.rjust(w), s.center(w, b"*"), s.ljust(w, bytearray(b"-")), s.rjust(w, b"."))
    print(" ", cls(b"ab").center(5, b"x"), cls(b"abc").center(6, b"x"), cls(b"").center(3, b"0"))
    for bad in ((5, b"ab"), (5, "x"), (5, 42), ("5",), (5.0,), (), (1, b"x", 2)):
        try:
            s.center(*bad)
        except TypeError as e:
            print(" ", type(e).__name__, e)
    try:
        s.ljust(5, b"")
    except TypeError as e:
        print(" ", type(e).__name__, e)
    for v in (b"42", b"-42", b"+42", b"", b"-", b"abc", b"--1", b"+"):
        z = cls(v)
        print(" ", z.zfill(5), z.zfill(1), z.zfill(-3))
    try:
        s.zfill("5")
    except TypeError as e:
        print(" ", type(e).__name__, e)
    t = cls(b"a\tbc\tdef\tg\nh\ti\r\tj")
    print(" ", t.expandtabs(), t.expandtabs(4), t.expandtabs(1), t.expandtabs(0), t.expandtabs(-2), t.expandtabs(tabsize=3))
    try:
        t.expandtabs("4")
    except TypeError as e:
        print(" ", type(e).__name__, e)
    try:
        t.expandtabs(4, 5)
    except TypeError as e:
        print(" ", type(e).__name__, e)
    try:
        t.expandtabs(size=4)
    except TypeError as e:
        print(" ", type(e).__name__, e)
b = b"same"
print(b.ljust(2) is b, b.center(4) is b, b.zfill(3) is b, b.expandtabs() is b)
ba = bytearray(b"same")
print(ba.ljust(2) is ba, ba.ljust(2) == ba)
