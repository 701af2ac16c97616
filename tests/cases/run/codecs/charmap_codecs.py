# The table codecs of the encodings package via str.encode / bytes.decode.
text = 'Grüße, €uro — naïve café'
for enc in ['cp1252', 'latin9', 'iso8859_15', 'cp850', 'mac_roman']:
    b = text.encode(enc, 'replace')
    print(enc, b, b.decode(enc))
ru = 'Привет, мир'
for enc in ['koi8-r', 'cp1251', 'iso8859-5', 'cp866']:
    b = ru.encode(enc)
    print(enc, b, b.decode(enc), bytearray(b).decode(enc), str(b, enc))
try:
    '€'.encode('latin-1')
except UnicodeEncodeError as e:
    print(e)
try:
    'Ω'.encode('cp1252')
except UnicodeEncodeError as e:
    print(e, e.start, e.end)
try:
    'aΩΨb'.encode('koi8-r')
except UnicodeEncodeError as e:
    print(e, e.start, e.end)
try:
    b'a\x81'.decode('cp1252')
except UnicodeDecodeError as e:
    print(e)
print(b'\x81\x90'.decode('cp1252', 'ignore'), ascii(b'\x81'.decode('cp1252', 'replace')))
import codecs
table = codecs.charmap_build('abc' + '\ufffe' * 253)
print(codecs.charmap_encode('cab', 'strict', table), codecs.charmap_decode(b'\x02\x01', 'strict', 'abc'))
print(codecs.charmap_decode(b'\x00\x01', 'strict', {0: 'x', 1: 0x263a}))
print(codecs.charmap_encode('ab', 'strict', {97: 1, 98: b'BB'}))
print(codecs.charmap_decode(b'\xe9'), codecs.charmap_encode('é'))
