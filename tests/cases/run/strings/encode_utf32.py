# utf-32 family
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

for enc in ('utf-32', 'utf-32-le', 'utf-32-be', 'UTF32', 'utf_32_be'):
    show(enc, lambda: 'aé😀'.encode(enc))
    show(enc + ' empty', lambda: ''.encode(enc))
    show(enc + ' rt', lambda: 'aé😀\U0010ffff'.encode(enc).decode(enc))
show('dec le bom', lambda: b'\xff\xfe\x00\x00a\x00\x00\x00'.decode('utf-32'))
show('dec be bom', lambda: b'\x00\x00\xfe\xff\x00\x00\x00a'.decode('utf-32'))
show('dec no bom', lambda: b'a\x00\x00\x00'.decode('utf-32'))
show('truncated', lambda: b'a\x00\x00'.decode('utf-32-le'))
show('truncated replace', lambda: b'a\x00\x00\x00b\x00'.decode('utf-32-le', 'replace'))
show('too big', lambda: b'\x00\x00\x11\x00'.decode('utf-32-le'))
show('too big replace', lambda: b'\x00\x00\x11\x00a\x00\x00\x00'.decode('utf-32-le', 'replace'))
show('too big ignore', lambda: b'\x00\x00\x11\x00a\x00\x00\x00'.decode('utf-32-le', 'ignore'))
show('surrogate', lambda: b'\x00\xd8\x00\x00'.decode('utf-32-le'))
show('surrogate pass', lambda: b'\x00\xd8\x00\x00'.decode('utf-32-le', 'surrogatepass'))
show('surrogate bslash', lambda: b'\x00\xd8\x00\x00'.decode('utf-32-le', 'backslashreplace'))
show('enc surrogate', lambda: 'a\ud800'.encode('utf-32-le'))
for h in ('ignore', 'replace', 'backslashreplace', 'surrogatepass', 'xmlcharrefreplace'):
    show('enc ' + h, lambda: 'a\ud800b'.encode('utf-32-be', h))
import codecs
print(codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
show('utf_32_ex_decode', lambda: codecs.utf_32_ex_decode(b'\x00\x00\xfe\xff\x00\x00\x00a', 'strict', 0, True))
show('utf_32_le_decode partial', lambda: codecs.utf_32_le_decode(b'a\x00\x00\x00b\x00', 'strict', False))
