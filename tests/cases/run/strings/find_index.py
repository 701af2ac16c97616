# find, rfind, index, rindex with start and end
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

s = 'abracadabra'
for sub in ['a', 'bra', 'cad', 'z', '', 'abracadabra', 'abracadabraa']:
    print(repr(sub), s.find(sub), s.rfind(sub))
ranges = [(None, None), (1, None), (-4, None), (0, 5), (3, -3), (-100, 100), (5, 2), (11, None), (12, None), (-1, None), (100, None)]
for sub in ['a', 'bra', '']:
    for st, en in ranges:
        print(repr(sub), st, en, s.find(sub, st, en), s.rfind(sub, st, en))
print(''.find(''), ''.find('', 0), ''.find('', 1), ''.rfind('', 0, 0), ''.find('a'))
print('abc'.find('', 3), 'abc'.find('', 4), 'abc'.rfind('', 3), 'abc'.rfind('', 4), 'abc'.rfind('', -10, -5))
u = 'ééé😀abc😀'
print(u.find('😀'), u.rfind('😀'), u.find('a', 4), u.find('é', -3), u.rfind('é', 0, 2))
print(u.index('abc'), u.rindex('é'), u.find('€'))
show('index miss', lambda: s.index('z'))
show('rindex miss', lambda: s.rindex('z'))
show('index range miss', lambda: s.index('a', 1, 3))
show('index empty ok', lambda: s.index('', 5))
show('index empty over', lambda: s.index('', 12))
show('find none sub', lambda: s.find(None))
show('find int', lambda: s.find(97))
show('find float start', lambda: s.find('a', 1.5))
show('find str start', lambda: s.find('a', '1'))
show('find None start', lambda: s.find('a', None, 3))
show('find no args', lambda: s.find())
show('find kw', lambda: s.find(sub='a'))
show('find many', lambda: s.find('a', 1, 2, 3))
show('rfind big', lambda: s.rfind('a', -2**70, 2**70))
class I:
    def __index__(self):
        return 3
show('index obj', lambda: s.find('a', I()))
show('bytes', lambda: s.find(b'a'))
