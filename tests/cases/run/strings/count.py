# str.count
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

s = 'aaaa'
print(s.count('a'), s.count('aa'), s.count('aaa'), s.count(''), s.count('b'), s.count('aaaaa'))
print(''.count(''), ''.count('a'), 'abc'.count('', 1), 'abc'.count('', 3), 'abc'.count('', 4), 'abc'.count('', -1))
for st, en in [(1, None), (-2, None), (0, 2), (2, 1), (10, 20), (-10, 2)]:
    print(st, en, s.count('a', st, en), s.count('', st, en), s.count('aa', st, en))
u = 'éaéaé😀é'
print(u.count('é'), u.count('éa'), u.count('😀'), u.count('é', 2), u.count('é', 1, -1))
print('mississippi'.count('ss'), 'mississippi'.count('i', 2, 8), 'mississippi'.count('issi'))
show('none', lambda: s.count(None))
show('int', lambda: s.count(1))
show('noargs', lambda: s.count())
show('float start', lambda: s.count('a', 0.0))
show('none start', lambda: s.count('a', None, None))
show('kw', lambda: s.count(x='a'))
