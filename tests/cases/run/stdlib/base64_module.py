# CPython's base64.py over the native binascii.
import base64

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))]
for s in samples:
    e = base64.b64encode(s)
    print(e[:40], base64.b64decode(e) == s, base64.urlsafe_b64encode(s)[:20], base64.standard_b64encode(s)[:20])
    print(base64.b32encode(s)[:24], base64.b32decode(base64.b32encode(s)) == s, base64.b16encode(s)[:24])
    print(base64.b85encode(s)[:24], base64.a85encode(s)[:24], base64.b32hexencode(s)[:16])
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode(b"-_8=", altchars=b"-_"))
print(base64.b64decode("Zm9v"), base64.b64decode(b"Zm9v\n"), base64.encodebytes(b"x" * 100))
print(base64.decodebytes(b"eHh4\n"), base64.b16decode(b"0aFF", casefold=True))
for bad in (b"Zm9", b"Zm9v!", "Zm9vé"):
    try:
        print(base64.b64decode(bad, validate=True))
    except Exception as e:
        print(type(e).__name__, e)
try:
    base64.b64decode(b"Z")
except Exception as e:
    print(type(e).__module__, type(e).__name__, e)
