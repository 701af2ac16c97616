# encode/decode utf-8 with every error handler
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

text = 'aé€😀\ud800b\udcffc'
for h in ('strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass', 'xmlcharrefreplace', 'namereplace'):
    show('enc ' + h, lambda: text.encode('utf-8', h))
bad = [b'\xff', b'\xc3', b'\xc3(', b'\xe2\x82', b'\xe2\x82(', b'\xf0\x9f\x98', b'\xf0\x9f\x98(', b'\xed\xa0\x80',
       b'\xc0\x80', b'\xf4\x90\x80\x80', b'\xf8\x88\x80\x80\x80', b'a\x80b', b'\xe0\x80\x80', b'\xed\xbf\xbf', b'\xf5']
for h in ('strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass'):
    for b in bad:
        show('dec %s %r' % (h, b), lambda: b.decode('utf-8', h))
show('xmlcharref decode', lambda: b'\xff'.decode('utf-8', 'xmlcharrefreplace'))
show('unknown handler enc', lambda: '\ud800'.encode('utf-8', 'nosuch'))
show('unknown handler ok', lambda: 'abc'.encode('utf-8', 'nosuch'))
show('unknown handler dec', lambda: b'\xff'.decode('utf-8', 'nosuch'))
show('unknown encoding', lambda: 'abc'.encode('nosuch-codec'))
show('unknown decoding', lambda: b'abc'.decode('nosuch-codec'))
for name in ('utf-8', 'UTF8', 'utf_8', 'U8', 'utf', 'cp65001', ' utf-8 '):
    show('name ' + repr(name), lambda: 'é'.encode(name))
show('encode kw', lambda: 'é'.encode(encoding='utf-8', errors='strict'))
show('encode bad kw', lambda: 'é'.encode(enc='utf-8'))
show('encode int', lambda: 'é'.encode(8))
show('encode errors int', lambda: 'é'.encode('utf-8', 1))
show('decode int', lambda: b'a'.decode(8))
show('roundtrip', lambda: ''.join(chr(c) for c in (0x7f, 0x80, 0x7ff, 0x800, 0xffff, 0x10000, 0x10ffff)).encode().decode())
show('surrogateescape rt', lambda: b'a\xffb\x80'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape'))
show('surrogatepass rt', lambda: '\ud83d\ude00'.encode('utf-8', 'surrogatepass').decode('utf-8', 'surrogatepass'))
show('utf-8-sig enc', lambda: 'é'.encode('utf-8-sig'))
show('utf-8-sig dec', lambda: b'\xef\xbb\xbf\xc3\xa9'.decode('utf-8-sig'))
show('utf-8-sig nobom', lambda: b'\xc3\xa9'.decode('utf-8-sig'))
show('utf-8 keeps bom', lambda: b'\xef\xbb\xbfx'.decode('utf-8'))
