# ascii and latin-1 codecs with every error handler
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

text = 'aé\xffĀ€😀\udc80z'
handlers = ('strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass')
for enc in ('ascii', 'latin-1', 'iso-8859-1', 'latin1', 'us-ascii', 'L1', '646'):
    for h in handlers:
        show('%s %s' % (enc, h), lambda: text.encode(enc, h))
for enc in ('ascii', 'latin-1'):
    for h in ('strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape'):
        show('dec %s %s' % (enc, h), lambda: b'a\x80\xff\x00z'.decode(enc, h))
show('latin1 all', lambda: bytes(range(256)).decode('latin-1') == ''.join(map(chr, range(256))))
show('ascii all', lambda: bytes(range(128)).decode('ascii') == ''.join(map(chr, range(128))))
show('xmlcharref astral', lambda: '😀\U0010ffff'.encode('ascii', 'xmlcharrefreplace'))
show('bslash astral', lambda: '😀\U0010ffff\u1234\x7f\x80'.encode('ascii', 'backslashreplace'))
show('namereplace unnamed', lambda: '\ue000\U0010fffd😀'.encode('ascii', 'namereplace'))
show('bytes(str) no enc', lambda: bytes('abc'))
show('bytes enc', lambda: bytes('abé', 'latin-1'))
show('bytes enc errors', lambda: bytes('abé', 'ascii', 'replace'))
show('bytearray enc', lambda: bytearray('é', 'utf-8'))
show('str bytes enc', lambda: str(b'ab\xe9', 'latin-1'))
show('str bytes errors', lambda: str(b'ab\xe9', 'ascii', 'replace'))
show('str bytes errors kw', lambda: str(b'ab\xe9', errors='replace'))
show('str bytes bad', lambda: str(b'ab\xe9', 'ascii'))
show('str str enc', lambda: str('abc', 'utf-8'))
show('str int enc', lambda: str(5, 'utf-8'))
show('str memoryview', lambda: str(memoryview(b'xy'), 'ascii'))
show('str bytearray', lambda: str(bytearray(b'xy'), 'ascii'))
