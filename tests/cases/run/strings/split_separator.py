# str.split / str.rsplit with an explicit separator
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

cases = ['a,b,c', ',a,,b,', '', ',', ',,', 'abc', 'a,b,c,d,e']
for s in cases:
    for m in (-1, 0, 1, 2, 3, 10):
        print(repr(s), m, s.split(',', m), s.rsplit(',', m))

print('aaa'.split('a'), 'aaaa'.split('aa'), 'aaaaa'.rsplit('aa'), 'aaaaa'.split('aa'))
print('abcabcabc'.split('bc'), 'abcabcabc'.rsplit('bc', 1), 'xyz'.split('xyz'))
print('a::b::c'.split('::'), 'a::b::c'.rsplit('::', 1), ':::'.split('::'), ':::'.rsplit('::'))
print('héllo wörld héllo'.split('é'), 'héllo wörld héllo'.rsplit('ö'))
print('a\u20acb\u20acc'.split('\u20ac', 1), 'a\U0001F600b\U0001F600c'.rsplit('\U0001F600', 1))
print('x\U0001F600y'.split('y'), 'mixé€😀'.split('€'))
print('a b'.split(' '), ' a b '.split(' '), 'a  b'.split(' '), 'a\tb'.split(' '))
print('a b c'.split(sep=' ', maxsplit=1), 'a b c'.rsplit(sep=' ', maxsplit=1))
show('empty sep', lambda: 'abc'.split(''))
show('empty rsep', lambda: 'abc'.rsplit(''))
show('empty sep maxsplit', lambda: 'abc'.split('', 0))
show('list sep', lambda: 'abc'.split(['a']))
show('no args result type', lambda: type('a,b'.split(',')[0]).__name__)
class S(str):
    pass
r = S('a,b').split(',')
print([type(x).__name__ for x in r])
r = 'a,b'.split(S(','))
print([type(x).__name__ for x in r])
r = S('ab').split(',')
print([type(x).__name__ for x in r], r)
r = S('ab').rsplit()
print([type(x).__name__ for x in r], r)
