# str.format field names: attributes and indexes
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

class P:
    x = 3
    y = [10, 20]
    d = {'k': 'v', 1: 'int one', '1': 'str one'}
    def __repr__(self):
        return 'P()'
p = P()
show('attr', lambda: '{0.x}'.format(p))
show('attr kw', lambda: '{p.x}'.format(p=p))
show('attr chain', lambda: '{0.y.__class__.__name__}'.format(p))
show('index', lambda: '{0[1]}'.format([5, 6]))
show('index str key', lambda: '{0[k]}'.format({'k': 'v'}))
show('index digit key', lambda: '{0[1]}'.format(p.d))
show('index neg', lambda: '{0[-1]}'.format({'-1': 'neg str'}))
show('attr then index', lambda: '{0.y[0]}'.format(p))
show('index then attr', lambda: '{0[0].x}'.format([p]))
show('auto with attr', lambda: '{.x} {[1]}'.format(p, 'ab'))
show('missing attr', lambda: '{0.nope}'.format(p))
show('missing key', lambda: '{0[nope]}'.format({}))
show('index out', lambda: '{0[5]}'.format([1]))
show('index on int', lambda: '{0[0]}'.format(5))
show('empty attr', lambda: '{0.}'.format(p))
show('empty index', lambda: '{0[]}'.format([1]))
show('unclosed index', lambda: '{0[0}'.format([1]))
show('junk after index', lambda: '{0[0]x}'.format([1]))
show('space key', lambda: '{0[a b]}'.format({'a b': 'spaced'}))
show('dot key', lambda: '{0[a.b]}'.format({'a.b': 'dotted'}))
show('nested bracket', lambda: '{0[[]}'.format({'[': 'br'}))
show('close brace key', lambda: '{0[}]}'.format({'}': 'x'}))
show('attr digit', lambda: '{0.1}'.format(p))
show('only dot', lambda: '{.}'.format(p))
show('str index', lambda: '{0[2]}'.format('hello'))
show('tuple index', lambda: '{0[1][0]}'.format((1, (2, 3))))
show('kw index', lambda: '{a[0]}'.format(a='xyz'))
show('big index key', lambda: '{0[99999999999999999999]}'.format({99999999999999999999: 'big'}))
show('big index key str', lambda: '{0[99999999999999999999]}'.format({'99999999999999999999': 's'}))
import string
f = string.Formatter()
show('Formatter', lambda: f.format('{0.x}-{a[1]}', p, a=[1, 2]))
show('formatter_field_name_split', lambda: list(x for x in ('0.x[1].y'._formatter_field_name_split()[1])))
show('formatter_parser', lambda: list('a{0!r:>3}b{{c}}{x.y[z]}'._formatter_parser()))
