# codecs.encode/decode through the registry, text and non-text codecs.
import codecs

print(codecs.encode('abc', 'rot13'), codecs.decode('nop', 'rot_13'))
print(codecs.encode(b'hi', 'hex'), codecs.decode(b'6869', 'hex_codec'))
print(codecs.encode(b'hello', 'base64'), codecs.decode(b'aGVsbG8=\n', 'base64'))
print(codecs.encode('é', 'utf-8'), codecs.decode(b'\xc3\xa9'), codecs.decode(b'\xe9', 'latin-1'))
print(codecs.encode('x', encoding='utf-16-le'), codecs.decode(obj=b'x\x00', encoding='UTF-16LE'))
print(codecs.encode('a\u20ac', 'ascii', 'xmlcharrefreplace'))
for args in [('x', 'nope-such'), (b'\xff', 'utf-8'), ('é', 'ascii'), (1, 'utf-8')]:
    try:
        f = codecs.encode if isinstance(args[0], str) or isinstance(args[0], int) else codecs.decode
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    'abc'.encode('rot13')
except LookupError as e:
    print(e)
try:
    b'abc'.decode('hex')
except LookupError as e:
    print(e)
try:
    'x'.encode('xyz')
except LookupError as e:
    print(e)
try:
    b'x'.decode('no such')
except LookupError as e:
    print(e)
