# removeprefix / removesuffix
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

for s in ['prefix_body_suffix', 'prefix', '', 'pre', 'é😀é', 'aaaa']:
    for a in ['prefix', 'pre', '', 'body', 'é', 'é😀é', 'a', 'aa', 'suffix', 'é😀éx']:
        print(repr(s), repr(a), repr(s.removeprefix(a)), repr(s.removesuffix(a)))
show('int prefix', lambda: 'abc'.removeprefix(1))
show('none suffix', lambda: 'abc'.removesuffix(None))
show('tuple prefix', lambda: 'abc'.removeprefix(('a',)))
show('no args', lambda: 'abc'.removeprefix())
show('two args', lambda: 'abc'.removesuffix('c', 'b'))
show('kw', lambda: 'abc'.removeprefix(prefix='a'))
class S(str):
    pass
print(type(S('abc').removeprefix('a')).__name__, type(S('abc').removeprefix('x')).__name__,
      type(S('abc').removesuffix('')).__name__, type(S('abc').removesuffix('c')).__name__)
s = 'hello'
print(s.removeprefix('x') is s, s.removesuffix('') is s, s.removeprefix('') is s)
