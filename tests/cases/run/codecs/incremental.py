# Incremental decoders and encoders, streams, and utf-16/utf-32 with a BOM.
import codecs, io

d = codecs.getincrementaldecoder('utf-8')()
data = 'añ€😀'.encode()
print([d.decode(data[i:i + 1]) for i in range(len(data))], repr(d.decode(b'', final=True)))
d = codecs.getincrementaldecoder('utf-8')()
print(repr(d.decode(b'\xe2\x82')))
try:
    d.decode(b'', final=True)
except UnicodeDecodeError as e:
    print(e)
d = codecs.getincrementaldecoder('utf-8')(errors='replace')
print(ascii(d.decode(b'a\xe2')), ascii(d.decode(b'x')))
for enc in ['utf-16', 'utf-32', 'utf-16-be', 'utf-32-le', 'utf-8-sig']:
    e = codecs.getincrementalencoder(enc)()
    b = e.encode('hé') + e.encode('€😀', final=True)
    d = codecs.getincrementaldecoder(enc)()
    print(enc, b, [d.decode(b[i:i + 3]) for i in range(0, len(b), 3)])
print('x😀'.encode('utf-16'), 'x😀'.encode('utf-32'), 'x😀'.encode('utf-16-be'))
print(b'\xfe\xff\x00x'.decode('utf-16'), b'\xff\xfex\x00'.decode('utf-16'), b'x\x00'.decode('utf-16'))
print(b'\x00\x00\xfe\xff\x00\x00\x00x'.decode('utf-32'), b'\xff\xfe\x00\x00x\x00\x00\x00'.decode('utf-32'))
print(codecs.utf_16_ex_decode(b'\xfe\xff\x00a'), codecs.utf_32_ex_decode(b'\xff\xfe\x00\x00a\x00\x00\x00'))
print(codecs.utf_16_decode(b'a\x00b', None, False), codecs.utf_8_decode(b'ab\xc3', None, False))
for b, enc in [(b'a', 'utf-16-le'), (b'\x00\xdc', 'utf-16-le'), (b'\x00\xd8a\x00', 'utf-16-le'), (b'\x00\xd8', 'utf-16'),
               (b'\x00\xd8\x00\x00', 'utf-32-le'), (b'\x00\x00\x11\x00', 'utf-32-le'), (b'ab', 'utf-32')]:
    try:
        b.decode(enc)
    except UnicodeDecodeError as e:
        print(e)
try:
    '\ud800'.encode('utf-16')
except UnicodeEncodeError as e:
    print(e)
r = codecs.getreader('utf-16')(io.BytesIO('héllo\nwörld\n'.encode('utf-16')))
print(r.readlines())
w = io.BytesIO()
codecs.getwriter('cp1252')(w).write('€ and é')
print(w.getvalue())
with open(__file__, 'rb') as f:
    pass
print(codecs.iterdecode([b'\xc3', b'\xa9', b'x'], 'utf-8').__class__.__name__, ''.join(codecs.iterdecode([b'\xc3', b'\xa9', b'x'], 'utf-8')))
