# strip/lstrip/rstrip, partition/rpartition, removeprefix/removesuffix
for cls in (bytes, bytearray):
    print(cls.__name__)
    s = cls(b" \t\n\x0b\x0c\r xx yy \r\n")
    print(" ", s.strip(), s.lstrip(), s.rstrip(), s.strip(None), s.strip(b" \t\nxy\r"))
    w = cls(b"xxhixyx")
    print(" ", w.strip(b"x"), w.lstrip(b"x"), w.rstrip(b"xy"), w.strip(b""), w.strip(bytearray(b"xh")), w.strip(memoryview(b"x")))
    print(" ", cls(b"").strip(), cls(b"   ").strip(), cls(b"aaa").strip(b"a"), cls(b"\x85a\xa0").strip())
    for bad in ("x", 1, [120]):
        try:
            w.strip(bad)
        except TypeError as e:
            print(" ", type(e).__name__, e)
    try:
        w.lstrip(b"a", b"b")
    except TypeError as e:
        print(" ", type(e).__name__, e)
    p = cls(b"key=value=more")
    print(" ", p.partition(b"="), p.rpartition(b"="), p.partition(b"#"), p.rpartition(b"#"), p.partition(b"key"))
    print(" ", p.partition(bytearray(b"=v")), cls(b"").partition(b"x"), p.rpartition(b"more"))
    print(" ", [type(x).__name__ for x in p.partition(b"=")])
    for bad in (b"", "=", None):
        try:
            p.partition(bad)
        except (ValueError, TypeError) as e:
            print(" ", type(e).__name__, e)
        try:
            p.rpartition(bad)
        except (ValueError, TypeError) as e:
            print(" ", type(e).__name__, e)
    q = cls(b"prefix-body-suffix")
    print(" ", q.removeprefix(b"prefix-"), q.removesuffix(b"-suffix"), q.removeprefix(b"x"), q.removesuffix(b""), q.removeprefix(q))
    r = q.removeprefix(b"nope")
    print(" ", r == q, r is q, type(r).__name__)
    try:
        q.removeprefix("prefix")
    except TypeError as e:
        print(" ", type(e).__name__, e)
b = b"abc"
print(b.strip() is b, b.removeprefix(b"") is b, b.partition(b"z")[0] is b)
