# str.expandtabs
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

samples = ['a\tb', '\t', 'abcdefgh\tx', 'ab\tcd\tef', 'a\nb\tc', 'ab\r\tc', '\t\t', 'é\t😀\tx', 'no tabs', '', 'x\x85\ty', 'x\u2028\ty']
for s in samples:
    print(repr(s), repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)), repr(s.expandtabs(0)), repr(s.expandtabs(-3)))
print(repr('a\tb'.expandtabs(tabsize=3)), repr('12345\t'.expandtabs(5)), repr('1234\t'.expandtabs(5)))
show('float', lambda: 'a\tb'.expandtabs(2.0))
show('str', lambda: 'a\tb'.expandtabs('2'))
show('none', lambda: 'a\tb'.expandtabs(None))
show('two', lambda: 'a\tb'.expandtabs(2, 3))
show('bad kw', lambda: 'a\tb'.expandtabs(size=2))
show('huge', lambda: 'a\tb'.expandtabs(2**70))
class S(str):
    pass
print(type(S('ab').expandtabs()).__name__, type(S('a\tb').expandtabs()).__name__)
