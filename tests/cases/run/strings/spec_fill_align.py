# format-spec mini-language for str: fill, align, width
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

for spec in ['', '5', '<5', '>5', '^5', '*<5', '*>5', '*^5', '*^6', '0^6', '^^7', '<<4', '>>4', '{<4', '}>4', '😀^5',
             'é<3', ' <3', '05', '005', '0<5', '0>5', '1', '0', '<', '>', '^', '*<', 's', '5s', '<5s', 'x<2s', '10', ',<5']:
    show(repr(spec), lambda: format('ab', spec))
for s in ['', 'é', '😀😀', 'abcdef']:
    show('center ' + repr(s), lambda: format(s, '-^7'))
show('width big', lambda: len(format('x', '1000')))
show('str.__format__', lambda: 'abc'.__format__('>5'))
show('str.__format__ int', lambda: 'abc'.__format__(5))
show('format method', lambda: '{:*>6}|{:_<6}|{:.^6}'.format('a', 'b', 'c'))
show('subclass', lambda: format(type('S', (str,), {})('ab'), '>4'))
class S(str):
    def __format__(self, spec):
        return 'custom:' + spec
show('subclass override', lambda: format(S('ab'), '>4'))
show('subclass override fmt', lambda: '{:x}'.format(S('ab')))
r = format(type('T', (str,), {})('ab'), '')
print(type(r).__name__)
show('fill newline', lambda: format('a', '\n^5'))
show('fill nul', lambda: format('a', '\x00>3'))
show('equals align', lambda: format('a', '=5'))
show('equals fill align', lambda: format('a', '*=5'))
show('zero pad', lambda: format('a', '05'))
