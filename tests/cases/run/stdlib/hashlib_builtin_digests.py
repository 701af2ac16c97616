# The built-in digest modules hashlib falls back on (and random.seed uses).
import _md5, _sha1, _sha256, _sha512

constructors = (_md5.md5, _sha1.sha1, _sha256.sha224, _sha256.sha256, _sha512.sha384, _sha512.sha512)
for n in (0, 1, 3, 55, 56, 63, 64, 65, 111, 112, 119, 120, 127, 128, 129, 1000):
    data = bytes((i * 7 + 3) & 255 for i in range(n))
    for make in constructors:
        whole = make(data)
        pieces = make()
        for i in range(0, n, 13):
            pieces.update(data[i:i + 13])
        assert whole.digest() == pieces.digest(), (n, make)
        print(n, whole.name, whole.hexdigest())

for make in constructors:
    h = make(b"abc")
    print(type(h).__name__, type(h).__module__, h.name, h.digest_size, h.block_size, make.__name__)
    c = h.copy()
    c.update(b"more")
    print(h.hexdigest() != c.hexdigest(), h.digest() == bytes.fromhex(h.hexdigest()))
    h.update(memoryview(b"more"))
    print(h.hexdigest() == c.hexdigest())
    h.update(bytearray(b"!"))
    print(make(string=b"abcmore!").digest() == h.digest(), make(b"x", usedforsecurity=False).hexdigest()[:8])
    for bad in ("text", 3, None):
        try:
            h.update(bad)
        except TypeError as e:
            print("update", type(bad).__name__, e)
    try:
        make("text")
    except TypeError as e:
        print(e)
    try:
        make(data=b"y")
    except TypeError as e:
        print(e)
    try:
        type(h)()
    except TypeError as e:
        print(e)
print(sorted(n for n in dir(_sha512) if not n.startswith("__")), _sha512.SHA384Type)
print(_sha256.SHA256Type, _sha256.SHA224Type, _sha1.SHA1Type, _md5.MD5Type)
print(_sha512.sha512(b"a" * 100000).hexdigest())
