# printf-style: * width/precision and mapping keys
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

show('*d', lambda: '%*d|' % (5, 42))
show('-*d', lambda: '%-*d|' % (5, 42))
show('* neg', lambda: '%*d|' % (-5, 42))
show('.*f', lambda: '%.*f' % (2, 3.14159))
show('*.*f', lambda: '%*.*f|' % (10, 3, 3.14159))
show('*.*s', lambda: '%*.*s|' % (6, 2, 'abcdef'))
show('.* neg', lambda: '%.*f' % (-2, 3.14159))
show('* float', lambda: '%*d' % (5.0, 1))
show('* str', lambda: '%*d' % ('5', 1))
show('.* str', lambda: '%.*d' % ('5', 1))
show('* missing', lambda: '%*d' % (5,))
show('.* huge', lambda: '%.*d' % (2**40, 1))
show('width huge literal', lambda: '%99999999999999999999d' % 1)
show('prec huge literal', lambda: '%.99999999999999999999d' % 1)
show('mapping', lambda: '%(a)s %(b)d %(a)r' % {'a': 'x', 'b': 5})
show('mapping width', lambda: '%(a)5s|%(a)-5s|%(n)05.1f' % {'a': 'x', 'n': 2.25})
show('mapping missing', lambda: '%(nope)s' % {'a': 1})
show('mapping not dict', lambda: '%(a)s' % ('x',))
show('mapping not dict str', lambda: '%(a)s' % 'x')
show('mapping star', lambda: '%(a)*d' % {'a': 1})
show('mapping unclosed', lambda: '%(a' % {'a': 1})
show('mapping nested parens', lambda: '%((a))s' % {'(a)': 'nested'})
show('mapping empty key', lambda: '%()s' % {'': 'empty'})
show('mapping unicode key', lambda: '%(é)s' % {'é': 'accent'})
show('mapping mixed', lambda: '%(a)s %s' % {'a': 1})
show('mapping %% ok', lambda: '%(a)s %%' % {'a': 1})
show('dict as value', lambda: '%s' % {'a': 1})
show('dict with no fields', lambda: 'plain' % {'a': 1})
show('list no fields', lambda: 'plain' % [1])
show('tuple no fields', lambda: 'plain' % ())
show('tuple one unused', lambda: 'plain' % (1,))
show('str no fields', lambda: 'plain' % 'x')
show('empty str no fields', lambda: 'plain' % '')
show('int no fields', lambda: 'plain' % 5)
class M:
    def __getitem__(self, k):
        return k.upper()
show('custom mapping', lambda: '%(abc)s-%(d)s' % M())
class D(dict):
    def __missing__(self, k):
        return '?' + k
show('dict missing', lambda: '%(zz)s' % D())
import collections
show('userdict', lambda: '%(k)s' % collections.UserDict(k='v'))
show('bytes arg', lambda: '%s' % b'x')
show('bytearray no fields', lambda: 'plain' % bytearray(b'x'))
