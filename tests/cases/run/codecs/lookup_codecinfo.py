# codecs.lookup, CodecInfo and search functions.
import codecs

for name in ['UTF-8', 'utf8', 'latin_1', 'Latin-1', 'cp1252', 'windows-1252', 'koi8_r', 'iso-8859-15', 'U16', 'ascii']:
    info = codecs.lookup(name)
    print(name, info.name, isinstance(info, codecs.CodecInfo), isinstance(info, tuple), len(info))
print(codecs.lookup('utf-8') is codecs.lookup('UTF-8'))

seen = []
def search(name):
    seen.append(name)
    if name == 'my_codec':
        return codecs.CodecInfo(lambda s, e='strict': (s.upper().encode(), len(s)),
                                lambda b, e='strict': (bytes(b).decode().lower(), len(b)), name='my-codec')
    return None

codecs.register(search)
print(codecs.lookup('My-Codec').name, 'abc'.encode('my codec'), b'XYZ'.decode('MY_CODEC'))
print(seen)
codecs.unregister(search)
try:
    codecs.lookup('other thing')
except LookupError as e:
    print(e)
try:
    codecs.lookup(3)
except TypeError as e:
    print(e)
try:
    codecs.register(3)
except TypeError as e:
    print(e)

def bad(name):
    return (1, 2) if name == 'bad_one' else None
codecs.register(bad)
try:
    codecs.lookup('bad-one')
except TypeError as e:
    print(e)

def weird(name):
    if name == 'weird':
        return codecs.CodecInfo(lambda s, e='strict': (42, len(s)), lambda b, e='strict': (b'x', len(b)))
codecs.register(weird)
for f in [lambda: 'a'.encode('weird'), lambda: b'a'.decode('weird')]:
    try:
        f()
    except TypeError as e:
        print(e)
print(codecs.encode('a', 'weird'), codecs.decode(b'a', 'weird'))
