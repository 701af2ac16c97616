# printf-style: which right operands count as a tuple, a mapping or a single value
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

class T(tuple):
    pass
class L(list):
    pass
class D(dict):
    pass
class S(str):
    def __getitem__(self, k):
        return 'S[' + repr(k) + ']'
show('tuple subclass', lambda: '%s-%s' % T((1, 2)))
show('tuple subclass one', lambda: '%s' % T((1,)))
show('list', lambda: '%s' % [1, 2])
show('list two fields', lambda: '%s %s' % [1, 2])
show('list subclass', lambda: '%s' % L([1]))
show('dict subclass key', lambda: '%(a)s' % D(a=1))
show('dict subclass no key', lambda: '%s' % D(a=1))
show('str subclass arg', lambda: '%s' % S('x'))
show('str subclass mapping', lambda: '%(k)s' % S('x'))
show('str mapping', lambda: '%(k)s' % 'x')
show('bytes mapping', lambda: '%(k)s' % b'x')
show('range', lambda: '%s' % range(3))
show('generator', lambda: ('%s' % (x for x in ()))[:18])
show('nested tuple', lambda: '%s %s' % ((1, 2), 3))
show('empty tuple and %%', lambda: '100%%' % ())
show('dict and %%', lambda: '%(a)s%%' % {'a': 5})
show('tuple with dict', lambda: '%s' % ({'a': 1},))
show('none', lambda: '%s' % None)
show('zero-length format', lambda: '' % ())
show('zero-length with arg', lambda: '' % (1,))
show('zero-length with dict', lambda: '' % {})
show('zero-length with str', lambda: '' % 'x')
show('zero-length with list', lambda: '' % [])
class Both(dict):
    def __getitem__(self, k):
        return 'mapped ' + k
show('getitem override', lambda: '%(z)s and %%' % Both())
import collections
show('ordered dict', lambda: '%(b)s %(a)s' % collections.OrderedDict(a=1, b=2))
show('chain map', lambda: '%(x)s' % collections.ChainMap({'x': 'cm'}))
show('mapping proxy', lambda: '%(x)s' % type('P', (), {'x': 'px'}).__dict__)
show('mod with subclass format', lambda: type('F', (str,), {})('%s!') % 'v')
show('result type subclass format', lambda: type(type('F', (str,), {})('%s!') % 'v').__name__)
show('result type no fields', lambda: type(type('F', (str,), {})('plain') % ()).__name__)
