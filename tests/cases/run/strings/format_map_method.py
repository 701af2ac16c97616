# str.format_map with dicts, subclasses with __missing__ and other mappings
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

show('dict', lambda: '{a}-{b}'.format_map({'a': 1, 'b': 'two'}))
class Default(dict):
    def __missing__(self, key):
        return '<' + key + '>'
show('missing', lambda: '{a} {nope} {x.real}'.format_map(Default(a=1)))
show('missing attr', lambda: '{nope.__class__.__name__}'.format_map(Default()))
class Mapping:
    def __getitem__(self, key):
        if key == 'boom':
            raise ValueError('boom')
        return key * 2
show('custom mapping', lambda: '{ab} {c}'.format_map(Mapping()))
show('custom raises', lambda: '{boom}'.format_map(Mapping()))
show('positional', lambda: '{0}'.format_map({'0': 'x'}))
show('auto', lambda: '{}'.format_map({}))
show('not mapping', lambda: '{a}'.format_map(5))
show('list mapping', lambda: '{a}'.format_map(['x']))
show('missing key', lambda: '{a}'.format_map({}))
show('no args', lambda: '{a}'.format_map())
show('two args', lambda: '{a}'.format_map({}, {}))
show('kw', lambda: '{a}'.format_map(mapping={}))
show('no fields', lambda: 'plain'.format_map(None))
show('spec', lambda: '{a:>5}|{b!r}'.format_map({'a': 'x', 'b': 'y'}))
show('index', lambda: '{a[0]}'.format_map({'a': 'xyz'}))
class S(str):
    pass
r = S('{a}').format_map({'a': 1})
print(type(r).__name__)
