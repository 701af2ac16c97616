t = (1, "two", 3.0)
print(t[1], t[-1], t[:2], len(t), t.index("two"), t.count(1), (1,) + (2,), t * 2)
print((), (1,), tuple("ab"), tuple(range(3)), (1, 2) < (1, 2, 3), hash((1, 2)) == hash((1, 2)))
try:
    t[5]
except IndexError as e:
    print(e)
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
s = "Hello, World"
print(s.lower(), s.upper(), s[7:], s[::-1], s.split(", "), s.replace("l", "L", 2), s.center(20, "*"))
print("a,b,,c".split(","), "  pad  ".strip(), "x".join("abc"), "abc".startswith(("x", "a")), "%-5s|" % "ab")
print("ß".upper(), "İ".lower().encode(), "ǅ".swapcase() if False else "", "hello world".title(), "12".zfill(5))
print(str(b"bytes", "ascii"), "é".encode("utf-8"), b"\xc3\xa9".decode(), "abc" * 0 == "")
try:
    "abc"[10]
except IndexError as e:
    print(e)
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
print(ord("A"), chr(0x1F600) == "\U0001F600", "\N{GREEK SMALL LETTER ALPHA}", len("😀"), "a" in "cat", "" in "x")
try:
    chr(-1)
except ValueError as e:
    print(e)
try:
    ord("ab")
except TypeError as e:
    print(e)
