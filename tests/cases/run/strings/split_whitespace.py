# str.split / str.rsplit with no separator: runs of Unicode whitespace
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

spaces = [' ', '\t', '\n', '\r', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\x1f',
          '\x85', '\xa0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028',
          '\u2029', '\u202f', '\u205f', '\u3000']
not_spaces = ['\u200b', '\u180e', '\ufeff', 'x', '\x00']
for ch in spaces + not_spaces:
    s = 'a' + ch + 'b' + ch + ch + 'c'
    print(hex(ord(ch)), s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1))

texts = ['', '   ', '  a  b  c  ', 'a b c', '\t\na\u3000b\x85c\u2028', 'one']
for t in texts:
    for m in (-1, 0, 1, 2, 5):
        print(repr(t), m, t.split(maxsplit=m), t.rsplit(maxsplit=m))

show('sep None kw', lambda: 'a b'.split(sep=None, maxsplit=1))
show('maxsplit float', lambda: 'a b'.split(None, 1.0))
show('maxsplit str', lambda: 'a b'.split(None, '1'))
show('sep int', lambda: 'a b'.split(1))
show('sep bytes', lambda: 'a b'.rsplit(b' '))
show('too many', lambda: 'a b'.split(None, 1, 2))
show('bad kw', lambda: 'a b'.split(separator=' '))
show('big maxsplit', lambda: 'a b c'.split(None, 2**62))
show('huge maxsplit', lambda: 'a b c'.split(None, 2**100))
show('neg huge', lambda: 'a b c'.rsplit(None, -2**62))
show('index maxsplit', lambda: 'a b c'.split(None, True))
class Idx:
    def __index__(self):
        return 1
show('__index__ maxsplit', lambda: 'a b c'.split(None, Idx()))
print('x  y'.split(None), '  x  y  '.rsplit(None, 0), '  x  y  '.split(None, 0))
print('αβ γδ\u2003εζ'.split(), 'αβ γδ\u2003εζ'.rsplit(None, 1))
print('\U0001F600 \U0001F601\t\U0001F602'.split())
