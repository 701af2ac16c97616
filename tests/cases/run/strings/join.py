# str.join
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

print(repr(','.join([])), repr(','.join(['a'])), repr(','.join(['a', 'b', 'c'])), repr(''.join(['x', 'y'])))
print(repr('-'.join('abc')), repr('-'.join(('é', '😀'))), repr('€'.join(['a', 'b'])), repr('😀'.join('ab')))
print(repr(', '.join(str(i) for i in range(5))), repr(' '.join({'k': 1, 'j': 2})), repr(''.join(iter(['p', 'q']))))
show('int item', lambda: ','.join(['a', 1]))
show('int first', lambda: ','.join([1]))
show('none item', lambda: ','.join(['a', 'b', None]))
show('bytes item', lambda: ','.join(['a', b'b']))
show('not iterable', lambda: ','.join(5))
show('none arg', lambda: ','.join(None))
show('no arg', lambda: ','.join())
show('two args', lambda: ','.join('a', 'b'))
show('list items', lambda: ''.join([['a']]))
def gen():
    yield 'a'
    raise ValueError('boom')
show('gen raises', lambda: ''.join(gen()))
class S(str):
    pass
r = ''.join([S('a')])
print(type(r).__name__, repr(r))
r = S('-').join(['a', 'b'])
print(type(r).__name__, repr(r))
r = S('-').join(['a'])
print(type(r).__name__)
x = 'only'
print(''.join([x]) is x, ','.join((x,)) is x)
print(len('ab'.join(['x'] * 1000)))
