# utf-16 family: BOMs, byte orders, surrogate pairs, errors
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

for enc in ('utf-16', 'utf-16-le', 'utf-16-be', 'utf_16_le', 'UTF-16BE', 'utf16'):
    show(enc, lambda: 'aé😀'.encode(enc))
    show(enc + ' empty', lambda: ''.encode(enc))
    show(enc + ' rt', lambda: 'aé😀\uffff'.encode(enc).decode(enc))
show('dec le bom', lambda: b'\xff\xfea\x00'.decode('utf-16'))
show('dec be bom', lambda: b'\xfe\xff\x00a'.decode('utf-16'))
show('dec no bom', lambda: b'a\x00b\x00'.decode('utf-16'))
show('dec le keeps bom', lambda: b'\xff\xfea\x00'.decode('utf-16-le'))
show('dec two boms', lambda: b'\xff\xfe\xff\xfea\x00'.decode('utf-16'))
show('odd length', lambda: b'a\x00b'.decode('utf-16-le'))
show('odd length replace', lambda: b'a\x00b'.decode('utf-16-le', 'replace'))
show('odd length ignore', lambda: b'a\x00b'.decode('utf-16-le', 'ignore'))
show('lone high', lambda: b'\x3d\xd8a\x00'.decode('utf-16-le'))
show('lone high end', lambda: b'a\x00\x3d\xd8'.decode('utf-16-le'))
show('lone low', lambda: b'\x00\xdca\x00'.decode('utf-16-le'))
show('lone low replace', lambda: b'\x00\xdca\x00'.decode('utf-16-le', 'replace'))
show('lone low bslash', lambda: b'\x00\xdca\x00'.decode('utf-16-le', 'backslashreplace'))
show('lone low surrogatepass', lambda: b'\x00\xdca\x00'.decode('utf-16-le', 'surrogatepass'))
show('pair', lambda: b'\x3d\xd8\x00\xde'.decode('utf-16-le'))
show('be pair', lambda: b'\xd8\x3d\xde\x00'.decode('utf-16-be'))
show('enc lone', lambda: 'a\ud800b'.encode('utf-16-le'))
show('enc lone be', lambda: 'a\udfffb'.encode('utf-16-be'))
for h in ('ignore', 'replace', 'backslashreplace', 'surrogatepass', 'xmlcharrefreplace', 'namereplace', 'surrogateescape'):
    show('enc ' + h, lambda: 'a\ud800b'.encode('utf-16-le', h))
show('enc surrogateescape byte', lambda: 'a\udc80b'.encode('utf-16-le', 'surrogateescape'))
show('dec surrogateescape', lambda: b'a\x00\x00\xd8'.decode('utf-16-le', 'surrogateescape'))
import codecs
print(codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF16 in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
show('utf_16_le_decode partial', lambda: codecs.utf_16_le_decode(b'a\x00b', 'strict', False))
show('utf_16_decode partial', lambda: codecs.utf_16_decode(b'\xff\xfea\x00\x3d\xd8', 'strict', False))
show('utf_16_ex_decode', lambda: codecs.utf_16_ex_decode(b'\xfe\xff\x00a', 'strict', 0, True))
show('utf_16_ex_decode nobom', lambda: codecs.utf_16_ex_decode(b'a\x00', 'strict', 0, True))
show('utf_16_ex_decode be', lambda: codecs.utf_16_ex_decode(b'\x00a', 'strict', 1, True))
