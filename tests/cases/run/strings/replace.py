# str.replace with count
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

s = 'one one one'
for c in (-5, -1, 0, 1, 2, 3, 4, 100):
    print(c, repr(s.replace('one', 'two', c)), repr(s.replace('one', '', c)), repr(s.replace('', '-', c)))
print(repr('abc'.replace('', '-')), repr(''.replace('', 'x')), repr(''.replace('', 'x', 0)), repr(''.replace('a', 'b')))
print(repr('aaa'.replace('a', 'aa')), repr('aaa'.replace('aa', 'b')), repr('abab'.replace('ab', 'ba')))
print(repr('héllo'.replace('é', 'e')), repr('hello'.replace('e', '€')), repr('a😀b'.replace('😀', '')), repr('abc'.replace('b', '😀', 1)))
print(repr('xyz'.replace('xyz', '')), repr('xyz'.replace('q', 'r')), repr('x'.replace('', '')))
show('none old', lambda: 'abc'.replace(None, 'x'))
show('int new', lambda: 'abc'.replace('a', 1))
show('float count', lambda: 'abc'.replace('a', 'b', 1.0))
show('one arg', lambda: 'abc'.replace('a'))
show('kw', lambda: 'abc'.replace(old='a', new='b'))
show('big count', lambda: 'abc'.replace('a', 'b', 2**80))
show('bytes', lambda: 'abc'.replace(b'a', b'b'))
class S(str):
    pass
print(type(S('abc').replace('x', 'y')).__name__, type(S('abc').replace('a', 'y')).__name__)
s = 'hello'
print(s.replace('z', 'y') is s, s.replace('l', 'l') == s)
