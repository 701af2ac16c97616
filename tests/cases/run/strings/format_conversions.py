# str.format conversions !r !s !a
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

class O:
    def __str__(self):
        return 'str-é'
    def __repr__(self):
        return 'repr-😀'
    def __format__(self, spec):
        return 'format[' + spec + ']'
o = O()
show('plain', lambda: '{}'.format(o))
show('spec', lambda: '{:xyz}'.format(o))
show('!s', lambda: '{!s}'.format(o))
show('!r', lambda: '{!r}'.format(o))
show('!a', lambda: '{!a}'.format(o))
show('!r spec', lambda: '{!r:>12}'.format(o))
show('!a spec', lambda: '{!a:*^20}'.format(o))
show('!s spec', lambda: '{0!s:.3}'.format(o))
show('str !r', lambda: '{!r}'.format("it's"))
show('str !a', lambda: '{!a}'.format('é\n😀'))
show('bad conv', lambda: '{!x}'.format(1))
show('empty conv', lambda: '{!}'.format(1))
show('long conv', lambda: '{!rr}'.format(1))
show('conv then junk', lambda: '{!r }'.format(1))
show('conv no close', lambda: '{!r'.format(1))
show('conv colon', lambda: '{!r:}'.format('x'))
show('int !r spec', lambda: '{!r:>5}'.format(12))
show('float !s', lambda: '{!s:^9}'.format(1.5))
show('none !r', lambda: '{!r}'.format(None))
show('nested !r', lambda: '{0!r:{1}}'.format('x', '>6'))
class BadFormat:
    def __format__(self, spec):
        return 42
show('format returns int', lambda: '{}'.format(BadFormat()))
class BadStr:
    def __str__(self):
        return 42
show('str returns int', lambda: '{!s}'.format(BadStr()))
class Raises:
    def __repr__(self):
        raise RuntimeError('repr failed')
show('repr raises', lambda: '{!r}'.format(Raises()))
show('format builtin', lambda: format(o, 'q'))
show('format default', lambda: format(o))
show('format spec type', lambda: format('x', 5))
show('object format spec', lambda: format(object(), 'x'))
show('object format empty', lambda: format(type('K', (), {'__str__': lambda s: 'kk'})(), ''))
