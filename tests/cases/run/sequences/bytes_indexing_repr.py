# bytes/bytearray indexing gives ints; repr escapes; iteration; containment
b = b"AZ\x00\x7f\x80\xff"
print([b[i] for i in range(len(b))], b[-1], type(b[0]).__name__)
print(b[1:3], b[::-1], b[::2], b[10:], b[-2:], type(b[1:2]).__name__)
for i in (6, -7, 2**70):
    try:
        b[i]
    except IndexError as e:
        print(type(e).__name__, e)
for bad in ("0", 1.0, None):
    try:
        b[bad]
    except TypeError as e:
        print(type(e).__name__, e)
ba = bytearray(b)
print(ba[0], ba[-1], ba[1:3], type(ba[1:3]).__name__)
for i in (6, -7):
    try:
        ba[i]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    ba["x"]
except TypeError as e:
    print(type(e).__name__, e)
samples = [b"", b"plain", b"it's", b'say "hi"', b"both ' and \"", b"\\", b"\t\n\r\x0b\x0c", bytes(range(0, 256, 17)), b"\x7f"]
for s in samples:
    print(repr(s), repr(bytearray(s)), str(s))
print(list(b"abc"), list(iter(bytearray(b"xy"))), [x for x in memoryview(b"mv")])
print(97 in b"abc", 98 in bytearray(b"abc"), b"bc" in b"abc", b"" in b"abc", bytearray(b"b") in b"abc")
print(memoryview(b"c") in b"abc", 300 in b"abc" if False else "skip")
for bad in (256, -1, "a", 1.5, None):
    try:
        print(bad in b"abc")
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(b"abc" == bytearray(b"abc"), b"abc" == "abc", b"a" < b"b", bytearray(b"a") < b"ab", b"\xff" > b"\x00\x00")
print(b"abc" == memoryview(b"abc"), bytearray(b"") == b"")
try:
    b"a" < "a"
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"a" < [97]
except TypeError as e:
    print(type(e).__name__, e)
print(hash(b"abc") == hash(b"abc"), hash(b"") == hash(b""))
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print(type(e).__name__, e)
print(len(b), len(bytearray()), bool(b""), bool(b"\x00"))
print(b"ab" + b"cd", b"ab" + bytearray(b"c"), bytearray(b"x") + b"y", b"a" + memoryview(b"b"), b"ab" * 3, 2 * b"x", b"x" * -1)
for bad in ("s", 1, [1], None):
    try:
        b"a" + bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    b"a" * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
