# str.partition and str.rpartition
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

for s in ['key=value', 'a=b=c', '=x', 'x=', '=', 'none', '', 'é=ü=😀']:
    print(repr(s), s.partition('='), s.rpartition('='))
print('abcabc'.partition('bc'), 'abcabc'.rpartition('bc'), 'abcabc'.partition('abcabc'))
print('abc'.partition('abcd'), 'abc'.rpartition('abcd'), '😀😁😀'.rpartition('😀'))
show('empty sep', lambda: 'abc'.partition(''))
show('empty rsep', lambda: 'abc'.rpartition(''))
show('none sep', lambda: 'abc'.partition(None))
show('int sep', lambda: 'abc'.rpartition(1))
show('bytes sep', lambda: 'abc'.partition(b'b'))
show('no args', lambda: 'abc'.partition())
show('kw', lambda: 'abc'.partition(sep='b'))
class S(str):
    pass
r = S('a=b').partition('=')
print([type(x).__name__ for x in r])
r = S('ab').partition('=')
print([type(x).__name__ for x in r], r)
r = S('ab').rpartition('=')
print([type(x).__name__ for x in r], r)
r = 'ab'.partition(S('='))
print([type(x).__name__ for x in r])
s = 'hello'
print(s.partition('x')[0] is s, s.rpartition('x')[2] is s)
