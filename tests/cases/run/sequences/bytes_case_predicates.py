# case conversion and is* predicates (ASCII only) for bytes and bytearray
samples = [b"", b"hello world", b"Hello World", b"HELLO", b"hello", b"123", b"abc123", b" \t\n",
           b"\xe9t\xe9", b"mIxEd CaSe 9x", b"they're bill's", b"a1b2", b"\x80abc", b"Title Case Already",
           b"ABC DEF", b"under_score", b"\x00", b"1st 2nd", b"aBC", b"\x7f"]
for cls in (bytes, bytearray):
    print(cls.__name__)
    for raw in samples:
        s = cls(raw)
        print(" ", raw, s.upper(), s.lower(), s.swapcase(), s.capitalize(), s.title())
        print("   ", s.isalnum(), s.isalpha(), s.isdigit(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isascii())
    for meth in ("upper", "lower", "isalpha"):
        try:
            getattr(cls(b"x"), meth)(1)
        except TypeError as e:
            print(" ", type(e).__name__, e)
b = b"abc"
print(type(b.upper()).__name__, b.lower() is b, type(bytearray(b).upper()).__name__)
class SubB(bytes):
    pass
print(type(SubB(b"x").upper()).__name__, type(SubB(b"x").strip()).__name__)
print(hasattr(b"", "isdecimal"), hasattr(b"", "isnumeric"), hasattr(b"", "casefold"), hasattr(b"", "format"), hasattr(b"", "encode"))
print(b"\xc3\xa9".decode(), bytearray(b"abc").decode("ascii"), b"\xff".decode("latin-1"), b"ab".decode(encoding="utf-16-le"))
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
print(b"\xffa".decode("utf-8", "replace"), b"\xffa".decode(errors="ignore"), b"\xff".decode("ascii", "backslashreplace"))
