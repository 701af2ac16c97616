# split / rsplit / splitlines for bytes and bytearray
for cls in (bytes, bytearray):
    print(cls.__name__)
    s = cls(b"  a  b\tc\n d\x0b\x0ce\r\x1cf  ")
    print(" ", s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=2), s.rsplit(maxsplit=0))
    t = cls(b"a,b,,c,")
    print(" ", t.split(b","), t.rsplit(b","), t.split(b",", 1), t.rsplit(b",", 1), t.split(b",,"), t.split(cls(b"x")))
    print(" ", t.split(sep=b",", maxsplit=-1), t.split(bytearray(b",")), t.split(memoryview(b",")), t.split(b",", 0))
    print(" ", cls(b"").split(), cls(b"").split(b","), cls(b"   ").split(), cls(b"abc").split(b"abc"), cls(b"aaa").split(b"a"))
    print(" ", cls(b"xyxyx").split(b"xy"), cls(b"xyxyx").rsplit(b"yx"), cls(b"a b").split(b" ", 2**40))
    for bad_args in ((b"",), ("a",), (1,), (b",", "1"), (b",", 1.0)):
        try:
            t.split(*bad_args)
        except (ValueError, TypeError) as e:
            print(" ", type(e).__name__, e)
    try:
        t.rsplit(b"")
    except ValueError as e:
        print(" ", type(e).__name__, e)
    try:
        t.split(x=1)
    except TypeError as e:
        print(" ", type(e).__name__, e)
    lines = cls(b"one\ntwo\r\nthree\rfour\x0bfive\x0c\x1c\x1d\x1e\x85six\n\n")
    print(" ", lines.splitlines(), lines.splitlines(True), lines.splitlines(keepends=True)[:3])
    print(" ", cls(b"").splitlines(), cls(b"\n").splitlines(), cls(b"no newline").splitlines(), cls(b"a\r").splitlines(1))
    try:
        lines.splitlines("x")
    except TypeError as e:
        print(" ", type(e).__name__, e)
    parts = cls(b"k=v=w").split(b"=")
    print(" ", [type(p).__name__ for p in parts])
