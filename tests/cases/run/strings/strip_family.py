# strip, lstrip, rstrip with and without chars
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

samples = ['  hi  ', '\t\n hi \r\x0b\x0c', '\xa0\u3000hi\u2028\x85', '\x1c\x1dhi\x1e\x1f', '', '   ', '\u200bhi\u200b']
for s in samples:
    print(repr(s), repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print(repr('xxhixx'.strip('x')), repr('xyhiyx'.strip('xy')), repr('abcba'.lstrip('ab')), repr('abcba'.rstrip('ab')))
print(repr('hello'.strip('')), repr('hello'.strip('helo')), repr('ééaéé'.strip('é')), repr('😀a😀'.strip('😀')))
print(repr('abc'.strip(None)), repr('  abc  '.lstrip(None)), repr('  abc  '.rstrip(None)))
print(repr('www.example.com'.strip('cmowz.')), repr('\u3000a\u3000'.strip('\u3000')))
print(repr('aaa'.strip('a')), repr('aaa'.lstrip('a')), repr('aaa'.rstrip('a')))
show('int chars', lambda: 'abc'.strip(1))
show('bytes chars', lambda: 'abc'.lstrip(b'a'))
show('list chars', lambda: 'abc'.rstrip(['a']))
show('two args', lambda: 'abc'.strip('a', 'b'))
show('kw', lambda: 'abc'.strip(chars='a'))
class S(str):
    pass
for m in ('strip', 'lstrip', 'rstrip'):
    r = getattr(S('abc'), m)()
    r2 = getattr(S(' abc '), m)()
    print(m, type(r).__name__, type(r2).__name__, repr(r2))
s = 'abc'
print(s.strip() is s, s.strip('x') is s, s.lstrip() is s, s.rstrip('z') is s)
