# str hashes over every internal width, and their agreement with bytes
samples = ["", "a", "ab", "abc", "abcdefg", "abcdefgh", "abcdefghi", "0123456789abcdef", "x" * 100,
           "\xe9", "caf\xe9", "\xff" * 3, "\u0100", "\u20ac", "\u4e2d\u6587", "\uffff",
           "\U00010000", "\U0001F40D", "a\U0001F40Db", "\x00", "\x00\x00", " ", "\n\t"]
for s in samples:
    print(repr(s)[:30], hash(s))
print([hash(s) == hash(s.encode("latin-1")) for s in samples if all(ord(c) < 256 for c in s)])
print(hash("\u20ac") == hash("\u20ac".encode("utf-16-le")), hash("\U0001F40D") == hash("\U0001F40D".encode("utf-32-le")))
print(hash("a\u20ac") == hash("a\u20ac".encode("utf-16-le")))
# hash is by value, not by object or construction
parts = ["ab", "c"]
print(hash("".join(parts)) == hash("abc"), hash("abc"[0:2]) == hash("ab"), hash(str(123)) == hash("123"))
print(hash("Stra\xdfe".upper()) == hash("STRASSE"), hash(chr(233)) == hash("\xe9"))
class S(str):
    pass
print(hash(S("abc")) == hash("abc"), hash(S("")) == 0)
print([hash(b) for b in (b"", b"\x00", b"\xff", bytes(range(256))[:17], b"abc" * 10)])
print(hash(bytearray(b"abc").decode()) == hash("abc"), hash(bytes(bytearray(b"x"))) == hash(b"x"))
print(hash(memoryview(b"hello")) == hash(b"hello"), hash(memoryview(b"hello")[1:4]) == hash(b"ell"))
import sys
print(sys.hash_info.algorithm, sys.hash_info.hash_bits, sys.hash_info.seed_bits, sys.hash_info.cutoff)
