# format-spec for str: precision truncation and the errors
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

for spec in ['.0', '.1', '.3', '.10', '5.2', '<5.2', '^7.3', '*>8.1', '.3s', '.0s', '0.2']:
    for s in ['abcdef', 'éèê😀😁', '']:
        show('%r %r' % (spec, s), lambda: format(s, spec))
for spec in ['+', '-', ' ', '+5', '=5', '#', '#5', ',', '_', ',5', '5,', '.2,', 'd', 'x', 'f', 'e', '%', 'c', 'b', 'n',
             'S', '5d', '.', '.s', '5.', '.x', 'ss', '5ss', '.2f', '<<<', '>5z', 'z', 'zs', '+s', '#s', '=s',
             '99999999999999999999', '.99999999999999999999', '1_000', '-<5', '*', '0', '00', '<0', '0<']:
    show(repr(spec), lambda: format('text', spec))
show('int spec on str', lambda: '{:d}'.format('5'))
show('f spec on str', lambda: '{:.2f}'.format('x'))
show('sign on str', lambda: '{:+}'.format('x'))
show('comma on str', lambda: '{:,}'.format('x'))
show('alt on str', lambda: '{:#}'.format('x'))
show('unicode type', lambda: format('x', 'é'))
show('emoji type', lambda: format('x', '😀'))
show('control type', lambda: format('x', '\x01'))
show('high type', lambda: format('x', '\u0100'))
