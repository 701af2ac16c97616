# byte order marks through the codecs and the incremental machinery
import codecs
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', ascii(r))

print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_LE == codecs.BOM_UTF16_LE)
for enc in ('utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be'):
    data = '\ufeffx'.encode(enc)
    show(enc + ' enc bom char', lambda: data)
    show(enc + ' dec bom char', lambda: data.decode(enc))
show('sig double', lambda: (codecs.BOM_UTF8 * 2 + b'x').decode('utf-8-sig'))
show('sig only', lambda: codecs.BOM_UTF8.decode('utf-8-sig'))
show('sig partial', lambda: b'\xef\xbb'.decode('utf-8-sig'))
show('16 only bom', lambda: codecs.BOM_UTF16_BE.decode('utf-16'))
show('16 be bom then le bom', lambda: (codecs.BOM_UTF16_BE + 'x'.encode('utf-16-be') + codecs.BOM_UTF16_LE).decode('utf-16'))
show('32 bom only', lambda: codecs.BOM_UTF32_BE.decode('utf-32'))
dec = codecs.getincrementaldecoder('utf-16')()
out = [dec.decode(bytes([b])) for b in b'\xfe\xff\x00h\x00i']
show('incremental 16', lambda: out)
dec = codecs.getincrementaldecoder('utf-8-sig')()
out = [dec.decode(bytes([b])) for b in b'\xef\xbb\xbfhi']
show('incremental sig', lambda: out)
enc = codecs.getincrementalencoder('utf-16')()
show('incremental enc 16', lambda: [enc.encode('a'), enc.encode('b'), enc.encode('', True)])
enc.reset()
show('incremental enc after reset', lambda: enc.encode('c'))
enc = codecs.getincrementalencoder('utf-8-sig')()
show('incremental enc sig', lambda: [enc.encode('a'), enc.encode('b')])
enc = codecs.getincrementalencoder('utf-32')()
show('incremental enc 32', lambda: [enc.encode('a'), enc.encode('b')])
show('utf_16_encode byteorder', lambda: [codecs.utf_16_encode('a', 'strict', bo) for bo in (-1, 0, 1)])
show('utf_32_encode byteorder', lambda: [codecs.utf_32_encode('a', 'strict', bo) for bo in (-1, 0, 1)])
show('utf_16_ex_decode nobom final', lambda: codecs.utf_16_ex_decode(b'\x00a', 'strict', 0, True))
show('utf_16_ex_decode partial bom', lambda: codecs.utf_16_ex_decode(b'\xfe', 'strict', 0, False))
show('utf_32_ex_decode partial', lambda: codecs.utf_32_ex_decode(b'\xff\xfe\x00', 'strict', 0, False))
