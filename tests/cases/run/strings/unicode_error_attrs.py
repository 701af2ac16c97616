# UnicodeEncodeError / UnicodeDecodeError / UnicodeTranslateError: messages and attributes
def attrs(e):
    return (type(e).__name__, e.encoding if hasattr(e, 'encoding') else None, e.object, e.start, e.end, e.reason, str(e), e.args)

cases = [
    lambda: 'aé€'.encode('ascii'),
    lambda: 'aé€😀'.encode('latin-1'),
    lambda: 'a\ud800\udc00b'.encode('utf-8'),
    lambda: '\ud800'.encode('utf-16'),
    lambda: 'xyz\udfff'.encode('utf-32-be'),
    lambda: b'abc\xff'.decode('ascii'),
    lambda: b'\xe2\x82'.decode('utf-8'),
    lambda: b'ab\xc3('.decode('utf-8'),
    lambda: b'a\x00b'.decode('utf-16-le'),
    lambda: b'\x00\xdc'.decode('utf-16-le'),
    lambda: b'\x00\x00\x11\x00'.decode('utf-32-le'),
    lambda: 'éé'.encode('cp1252').decode('utf-8'),
    lambda: '\x80'.encode('cp437', 'strict') and 'Ā'.encode('cp437'),
]
for f in cases:
    try:
        f()
    except UnicodeError as e:
        print(attrs(e))
        print(isinstance(e, ValueError), type(e).__mro__[1].__name__)

e = UnicodeEncodeError('ascii', 'abc', 1, 2, 'nope')
print(str(e), e.start, e.end, e.object, e.reason)
e = UnicodeEncodeError('ascii', 'abc', 1, 3, 'nope')
print(str(e))
e = UnicodeEncodeError('ascii', '\U0001F600', 0, 1, 'x')
print(str(e))
e = UnicodeEncodeError('ascii', '\xff', 0, 1, 'x')
print(str(e))
e = UnicodeDecodeError('utf-8', b'\x80abc', 0, 1, 'bad')
print(str(e), e.object, type(e.object).__name__)
e = UnicodeDecodeError('utf-8', bytearray(b'\x80abc'), 0, 3, 'bad')
print(str(e), e.object, type(e.object).__name__)
e = UnicodeTranslateError('abc', 0, 1, 'why')
print(str(e), e.object, e.start, e.end, e.reason, getattr(e, 'encoding', 'missing'))
e = UnicodeTranslateError('\u1234', 0, 1, 'why')
print(str(e))
e = UnicodeTranslateError('ab', 0, 2, 'why')
print(str(e))
e.start = 5
e.end = 7
print(e.start, e.end, repr(str(e)))
e = UnicodeEncodeError('ascii', 'abc', 1, 2, 'nope')
e.reason = 'changed'
e.start = 0
print(str(e))
for args in [(), ('ascii',), ('ascii', 'abc', 1, 2), ('ascii', b'abc', 1, 2, 'r'), (1, 'abc', 1, 2, 'r'),
             ('ascii', 'abc', '1', 2, 'r'), ('ascii', 'abc', 1, 2, 3)]:
    try:
        UnicodeEncodeError(*args)
    except TypeError as ex:
        print(args, type(ex).__name__, ex)
for args in [('utf-8', 'abc', 1, 2, 'r'), ('utf-8', 5, 1, 2, 'r'), ('utf-8', b'x', 1, 2)]:
    try:
        UnicodeDecodeError(*args)
    except TypeError as ex:
        print(args, type(ex).__name__, ex)
print(str(UnicodeError('plain')), UnicodeError().args, issubclass(UnicodeDecodeError, UnicodeError))
