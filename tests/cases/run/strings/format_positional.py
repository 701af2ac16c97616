# str.format: automatic and manual numbering, keywords, and their errors
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

show('auto', lambda: '{} {} {}'.format(1, 'a', None))
show('manual', lambda: '{2} {0} {1} {0}'.format('a', 'b', 'c'))
show('kw', lambda: '{x} {y} {x}'.format(x=1, y=2))
show('mixed kw', lambda: '{} {x} {}'.format(1, 2, x=3))
show('manual then auto', lambda: '{0} {}'.format(1, 2))
show('auto then manual', lambda: '{} {1}'.format(1, 2))
show('auto missing', lambda: '{} {}'.format(1))
show('manual missing', lambda: '{5}'.format(1))
show('kw missing', lambda: '{name}'.format(nam=1))
show('kw missing none', lambda: '{name}'.format())
show('extra args ok', lambda: '{}'.format(1, 2, 3))
show('extra kw ok', lambda: '{a}'.format(a=1, b=2))
show('empty', lambda: ''.format(1))
show('no fields', lambda: 'plain'.format())
show('big index', lambda: '{99999999999999999999}'.format(1))
show('neg index', lambda: '{-1}'.format(1))
show('space name', lambda: '{ }'.format(**{' ': 5}))
show('numeric name with kw', lambda: '{0}'.format(**{'0': 'kw'}))
show('unicode name', lambda: '{é}'.format(é='accent'))
show('name with dash', lambda: '{a-b}'.format(**{'a-b': 1}))
show('leading zeros', lambda: '{00}{01}'.format('x', 'y'))
show('dict star', lambda: '{a}{b}'.format(**{'a': 1, 'b': 2}))
show('args star', lambda: '{1}{0}'.format(*'ab'))
show('self only', lambda: str.format('{}', 5))
show('descriptor no self', lambda: str.format())
show('descriptor bad self', lambda: str.format(5, 6))
show('repeat', lambda: '{0}{0}{0}'.format('ab'))
show('unicode template', lambda: '«{}» → {}'.format('é', '😀'))
show('many', lambda: ('{}' * 50).format(*range(50)))
class S(str):
    pass
r = S('{}').format(1)
print(type(r).__name__, repr(r))
r = '{}'.format(S('x'))
print(type(r).__name__, repr(r))
