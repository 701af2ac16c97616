# ord and chr, their ranges and errors
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', ascii(r))

for cp in (0, 1, 0x7f, 0x80, 0xff, 0x100, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xffff, 0x10000, 0x10ffff):
    c = chr(cp)
    print(hex(cp), ascii(c), ord(c) == cp, len(c))
show('chr neg', lambda: chr(-1))
show('chr big', lambda: chr(0x110000))
show('chr huge', lambda: chr(2**64))
show('chr huge neg', lambda: chr(-2**64))
show('chr float', lambda: chr(65.0))
show('chr str', lambda: chr('A'))
show('chr none', lambda: chr(None))
show('chr bool', lambda: chr(True))
class I:
    def __index__(self):
        return 0x263a
class J:
    def __int__(self):
        return 65
show('chr index', lambda: chr(I()))
show('chr int only', lambda: chr(J()))
show('chr no args', lambda: chr())
show('chr two', lambda: chr(1, 2))
show('chr kw', lambda: chr(i=65))
show('ord empty', lambda: ord(''))
show('ord two', lambda: ord('ab'))
show('ord long', lambda: ord('é😀'))
show('ord int', lambda: ord(65))
show('ord none', lambda: ord(None))
show('ord bytes', lambda: ord(b'a'))
show('ord bytes hi', lambda: ord(b'\xff'))
show('ord bytes two', lambda: ord(b'ab'))
show('ord bytearray', lambda: ord(bytearray(b'z')))
show('ord bytearray empty', lambda: ord(bytearray()))
show('ord list', lambda: ord(['a']))
show('ord no args', lambda: ord())
class S(str):
    pass
show('ord sub', lambda: ord(S('x')))
show('ord surrogate', lambda: ord('\udc80'))
print(all(ord(chr(i)) == i for i in range(0, 0x110000, 4099)))
print(type(chr(65)).__name__, chr(65) is chr(65), chr(200) is chr(200))
