# remaining bytes behaviours: isascii, count edge cases, decode arguments, rsplit with maxsplit, fromhex round trips
print(b"".isascii(), b"\x7f".isascii(), b"\x80".isascii(), bytearray(b"abc").isascii())
s = b"aaaa"
print(s.count(b"aa"), s.count(b"a", 1), s.count(b"a", 1, 3), s.count(b""), s.count(b"", 2), s.count(b"", 5), s.count(b"", 4, 2))
print(s.find(b"", 4), s.find(b"", 5), s.rfind(b""), s.rfind(b"", 1, 2), s.index(b""), s.rindex(b"aa"))
p = b"a-b-c-d"
print(p.rsplit(b"-", 1), p.rsplit(b"-", 2), p.split(b"-", 2), p.rsplit(maxsplit=1), b" a b c ".rsplit(None, 1))
print(b"a  b".split(b" "), b"a  b".split(), b"\x00a\x00".split(b"\x00"))
print(b"abc".decode("utf-8"), b"\xe2\x82\xac".decode(), b"abc".decode("utf-16", "replace")[:1] if False else "",
      b"\xff\xfe".decode("utf-16"), bytearray(b"\xc3\xa9").decode("utf-8"))
for args, kwargs in ((("bogus",), {}), ((1,), {}), (("utf-8", 1), {}), ((), {"encoding": None}), ((), {"bad": 1})):
    try:
        b"x".decode(*args, **kwargs)
    except (LookupError, TypeError) as e:
        print(type(e).__name__, e)
try:
    b"\x80abc".decode("ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e.start, e.end, e.reason, e.encoding)
for v in (b"", b"\x00", bytes(range(256))):
    print(len(v.hex()), bytes.fromhex(v.hex()) == v, v.hex()[:10])
print(b"abc".capitalize(), b"ABC".capitalize(), b"aBC dEF".title(), b"hello".swapcase(), b"a1!".upper())
print(b"  x  ".center(9, b"-"), b"x".rjust(0), b"x".ljust(3, b"\x00"))
print(b"Mississippi".replace(b"ss", b"SS", 1), b"Mississippi".count(b"ss"), b"Mississippi".rfind(b"ss"), b"Mississippi".rindex(b"i"))
print(b"a,b;c".split(b","), b"line1\nline2".splitlines(), b"tab\there".expandtabs(4))
print(b"0123".isdigit(), b"12a".isalnum(), b"".isdigit(), b"abc".isalpha(), b"ABC".isupper(), b"Abc Def".istitle())
print(bytes.maketrans(b"abc", b"ABC").hex()[194:200], b"abcabc".translate(bytes.maketrans(b"abc", b"ABC")))
print(b"abc".startswith(b"abc", 0, 3), b"abc".startswith(b"abc", 0, 2), b"abc".endswith(b"", 3), b"abc".endswith(b"", 4))
print(b"xyz".removeprefix(b"xyz"), b"xyz".removesuffix(b"z"), b"xyz".removeprefix(bytearray(b"x")))
for cls in (bytes, bytearray):
    for kw in ({"encoding": None}, {"encoding": "utf-8", "errors": None}, {"encoding": 1}):
        try:
            cls("x", **kw)
        except TypeError as e:
            print(type(e).__name__, e)
