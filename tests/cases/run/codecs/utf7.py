# The UTF-7 codec.
import codecs

for s in ['a+b-c é€😀 x', 'é-', 'éa', 'é.', '~\\', 'plain text\r\n', '+++']:
    b = s.encode('utf-7')
    print(ascii(s), b, b.decode('utf-7') == s)
print(ascii('x\ud800'.encode('utf-7').decode('utf-7')))
for b in [b'+AOk', b'+AOkA', b'+AO', b'a+\xe9', b'\xe9', b'+2D3eAA-', b'+AOl-', b'+AOk-a+AOkA-b']:
    try:
        print(ascii(b.decode('utf-7')))
    except UnicodeDecodeError as e:
        print(e)
print(b'a\xe9+AOl-b'.decode('utf-7', 'replace'), b'a\xe9b'.decode('utf-7', 'backslashreplace'))
print(codecs.utf_7_decode(b'ab+AOk', None, False), codecs.utf_7_decode(b'ab+AOkA6Q', None, False), codecs.utf_7_decode(b'ab+AOk-', None, False))
d = codecs.getincrementaldecoder('utf-7')()
data = 'héllo wörld €'.encode('utf-7')
print(data, ''.join(d.decode(data[i:i + 2]) for i in range(0, len(data), 2)) + d.decode(b'', True))
