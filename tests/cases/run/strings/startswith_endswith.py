# startswith / endswith with tuples and ranges
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

s = 'hello world'
for p in ['he', 'hello world', 'hello world!', '', 'world', 'd']:
    print(repr(p), s.startswith(p), s.endswith(p))
for st, en in [(0, None), (6, None), (-5, None), (0, 5), (6, -1), (20, None), (11, None), (12, None), (5, 3), (-100, 100)]:
    print(st, en, s.startswith('world', st, en), s.endswith('world', st, en), s.startswith('', st, en), s.endswith('', st, en))
print(s.startswith(('x', 'he')), s.endswith(('x', 'y')), s.startswith(()), s.endswith(('',)))
print('é😀'.startswith('é'), 'é😀'.endswith('😀'), 'é😀'.endswith('😀', 1), 'é😀'.startswith('😀', 1, 2))
show('int prefix', lambda: s.startswith(1))
show('int suffix', lambda: s.endswith(1))
show('list prefix', lambda: s.startswith(['he']))
show('tuple with int', lambda: s.startswith(('x', 1)))
show('tuple with int end', lambda: s.endswith(('x', 1)))
show('tuple hit first', lambda: s.startswith(('he', 1)))
show('nested tuple', lambda: s.startswith((('he',),)))
show('none', lambda: s.endswith(None))
show('float start', lambda: s.startswith('h', 0.0))
show('str end', lambda: s.endswith('d', 0, 'x'))
show('None start', lambda: s.startswith('h', None, None))
show('no args', lambda: s.startswith())
show('kw', lambda: s.startswith(prefix='h'))
show('bytes', lambda: s.startswith(b'h'))
class S(str):
    pass
print(s.startswith(S('he')), S('abc').endswith(('c',)))
