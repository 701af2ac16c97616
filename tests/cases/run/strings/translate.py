# str.translate with every kind of table value and error
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

s = 'hello, wörld 😀'
show('int map', lambda: s.translate({ord('h'): ord('H'), ord('ö'): 0x1F600}))
show('str map', lambda: s.translate({ord('l'): 'LL', ord('😀'): '', ord('o'): 'ø'}))
show('None map', lambda: s.translate({ord('l'): None, ord(' '): None}))
show('empty dict', lambda: s.translate({}))
show('list table', lambda: 'abc'.translate(['x', 'y', None]))
show('list short', lambda: 'abcd'.translate(['x']))
show('tuple table', lambda: 'abc'.translate((98, 99, 100)))
show('string table', lambda: 'abc'.translate('XYZ'))
show('bad value float', lambda: 'abc'.translate({97: 1.5}))
show('bad value bytes', lambda: 'abc'.translate({97: b'x'}))
show('value too big', lambda: 'abc'.translate({97: 0x110000}))
show('value negative', lambda: 'abc'.translate({97: -1}))
show('max value', lambda: 'abc'.translate({97: 0x10FFFF}))
show('no table', lambda: 'abc'.translate())
show('None table', lambda: 'abc'.translate(None))
show('int table', lambda: 'abc'.translate(5))
class Table:
    def __getitem__(self, k):
        if k == ord('a'):
            return 'A'
        if k == ord('b'):
            raise LookupError('no b')
        if k == ord('c'):
            raise KeyError(k)
        if k == ord('d'):
            raise ValueError('bad d')
        return None
show('custom table', lambda: 'abcx'.translate(Table()))
show('custom table raises', lambda: 'ad'.translate(Table()))
class Str(str):
    pass
show('subclass value', lambda: 'ab'.translate({97: Str('z')}))
r = Str('abc').translate({})
print(type(r).__name__, repr(r))
print(repr(''.translate({97: 'b'})), repr('aaa'.translate({97: 'bb'})), repr('ééé'.translate({233: 101})))
print(repr('abc'.translate(str.maketrans('abc', 'ąbć'))), repr('x\U0001F600y'.translate({0x1F600: 'smile'})))
print(repr('ASCII only'.translate({ord('A'): 'é'})), repr('ascii'.translate({ord('i'): 0x1F600})))
