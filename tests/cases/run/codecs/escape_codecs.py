# unicode_escape, raw_unicode_escape and the bytes escape codec.
import codecs

s = 'a\'"\\\t\n\x7f\xe9\u20ac\U0001f600'
print(s.encode('unicode_escape'), s.encode('raw_unicode_escape'))
print(s.encode('unicode_escape').decode('unicode_escape') == s, s.encode('raw_unicode_escape').decode('raw_unicode_escape') == s)
print(b'\\x41\\u00e9\\N{EURO SIGN}\\101\\\n'.decode('unicode_escape'))
for b in [b'\\x4', b'\\u12', b'\\U00110000', b'\\N{foo}', b'\\N{', b'\\N', b'\\']:
    try:
        b.decode('unicode_escape')
    except UnicodeDecodeError as e:
        print(e)
print(b'\\x4z\\u'.decode('unicode_escape', 'replace'), b'\\x4z'.decode('unicode_escape', 'ignore'))
for b in [b'\\u12', b'\\\\u0041', b'\\\\\\u0041', b'\\U00110000']:
    try:
        print(ascii(b.decode('raw_unicode_escape')))
    except UnicodeDecodeError as e:
        print(e)
print(codecs.escape_encode(bytes(range(0, 256, 7)) + b'\'"\\'))
print(codecs.escape_decode(b'\\x41\\n\\101\\\''), codecs.escape_decode('\\t'))
for b in [b'\\x4', b'\\']:
    try:
        codecs.escape_decode(b)
    except ValueError as e:
        print(e)
print(codecs.escape_decode(b'a\\x4z', 'replace'), codecs.escape_decode(b'a\\x4z', 'ignore'))
print(codecs.readbuffer_encode(b'abc'), codecs.readbuffer_encode('é'))
print(codecs.unicode_escape_decode(b'ab\\x4', None, False), codecs.unicode_escape_decode(b'ab\\', None, False))
