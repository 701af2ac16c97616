# 8-bit charmap codecs: undefined bytes and unencodable characters with every handler
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', ascii(r))

for enc in ('cp1252', 'cp437', 'iso8859_15', 'koi8_r', 'mac_roman', 'cp1251', 'iso8859_7'):
    data = bytes(range(0x80, 0xa0))
    for h in ('strict', 'replace', 'ignore', 'backslashreplace', 'surrogateescape'):
        show('%s dec %s' % (enc, h), lambda: data.decode(enc, h))
    for h in ('strict', 'replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'namereplace'):
        show('%s enc %s' % (enc, h), lambda: 'aé€Ж😀'.encode(enc, h))
for enc in ('cp1252', 'cp437'):
    try:
        '€😀'.encode('ascii')
    except UnicodeEncodeError:
        pass
    try:
        'Ж'.encode(enc)
    except UnicodeEncodeError as e:
        print(enc, e.encoding, e.start, e.end, e.reason, ascii(e.object))
    try:
        b'\x81\x8d'.decode(enc)
    except UnicodeDecodeError as e:
        print(enc, e.encoding, e.start, e.end, e.reason, e.object)
    else:
        print(enc, 'decoded all')
