# encoding and decoding of pure ASCII, Latin-1 and mixed text, whole and in pieces
import codecs
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', ascii(r))

ascii_text = 'plain ascii 0123456789 ' * 3
latin = 'café naïve ÿ ' * 3
bmp = 'euro € and 中文 ' * 2
astral = 'smile 😀 and 𝄞 '
for t in (ascii_text, latin, bmp, astral, '', 'a', 'é', '\x7f\x80'):
    for enc in ('utf-8', 'latin-1', 'ascii', 'utf-16-le', 'utf-32-be'):
        show('%s %s' % (enc, ascii(t[:10])), lambda: (t.encode(enc, 'backslashreplace'), t.encode(enc, 'replace').decode(enc, 'replace') == t))
for data in (b'', b'a', b'abcdefgh', b'abcdefghi', b'abcdefg\x80', b'\x80abcdefgh', b'abcdefgh' * 4 + b'\xff', b'\x7f' * 9):
    for enc in ('utf-8', 'ascii', 'latin-1'):
        show('dec %s %r' % (enc, data[:12]), lambda: data.decode(enc, 'replace'))
        show('dec strict %s %r' % (enc, data[:12]), lambda: data.decode(enc))
show('partial ascii', lambda: codecs.utf_8_decode(b'abc', 'strict', False))
show('partial ascii then cut', lambda: codecs.utf_8_decode(b'abcdefgh\xe2\x82', 'strict', False))
show('latin1 decode partial', lambda: codecs.latin_1_decode(b'ab\xff'))
show('ascii decode tuple', lambda: codecs.ascii_decode(b'abc'))
dec = codecs.getincrementaldecoder('utf-8')()
show('incremental', lambda: [dec.decode(b'abcdefgh'), dec.decode(b'\xe2'), dec.decode(b'\x82\xac'), dec.decode(b'', True)])
s = 'naïve €'
print(s, len(s))
show('after print', lambda: s.encode())
d = {s: 1}
show('after hash', lambda: s.encode('utf-8'))
show('surrogate after valid', lambda: ('é' * 10 + '\ud800' + 'x').encode('utf-8', 'backslashreplace'))
show('surrogate after astral', lambda: ('😀\udc80').encode('utf-8', 'surrogateescape'))
show('surrogate first', lambda: '\udfffabc'.encode('utf-8', 'replace'))
show('surrogate strict position', lambda: ('abc€' * 3 + '\ud800\udc00').encode())
show('kinds', lambda: [len(x.encode()) for x in ('a' * 100, 'é' * 100, '€' * 100, '😀' * 100)])
show('big roundtrip', lambda: (('aé€😀' * 1000).encode().decode() == 'aé€😀' * 1000, ('x' * 10000).encode('latin-1').decode('ascii') == 'x' * 10000))
show('type of ascii decode', lambda: (type(b'abc'.decode()).__name__, b'abc'.decode() == 'abc', b'abc'.decode().isascii()))
show('latin1 high result', lambda: (b'\xe9\xff'.decode('latin-1').isascii(), b'\xe9'.decode('latin-1') == 'é'))
