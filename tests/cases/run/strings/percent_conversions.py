# printf-style formatting of str: every conversion
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

vals = [0, 1, -1, 42, -42, 255, 2**40, -2**70, True, 3.7, -0.5, 1e20]
for conv in 'diouxXeEfFgGcrsa':
    for v in vals:
        show('%' + conv + ' ' + repr(v), lambda: ('%' + conv) % v)
for flags in ['', '-', '+', ' ', '0', '#', '-0', '+0', '#0', '# ', '-#']:
    for conv in 'dxXoeg':
        show('%' + flags + '8' + conv, lambda: ('%' + flags + '8' + conv) % 42)
for prec in ['.0', '.1', '.3', '.10']:
    for conv in 'dxsfegr':
        show('%' + prec + conv, lambda: ('%' + prec + conv) % (1234.5678 if conv in 'feg' else 12 if conv in 'dx' else 'abcdef'))
show('%%', lambda: '%%' % ())
show('%5%', lambda: '%5%' % ())
show('%-5%', lambda: '100%-5%|' % ())
show('%s tuple', lambda: '%s' % ((1, 2),))
show('%s list', lambda: '%s' % [1, 2])
show('%s dict', lambda: '%s' % {'a': 1})
show('%s none', lambda: '%s %s' % (None, None))
show('%d float', lambda: '%d' % 3.99)
show('%d neg float', lambda: '%d' % -3.99)
show('%x float', lambda: '%x' % 3.5)
show('%i str', lambda: '%i' % '3')
show('%d bool', lambda: '%d %s' % (True, False))
show('%o neg', lambda: '%#o %#x %#X' % (-8, -255, -255))
show('%e inf', lambda: '%e %f %g' % (float('inf'), float('-inf'), float('nan')))
show('%05s', lambda: '%05s|%-05d|' % ('a', 3))
show('%+s', lambda: '%+s' % 'a')
show('%.0s', lambda: '%.0s|' % 'abc')
show('%g small', lambda: '%g %G' % (1e-10, 1e-10))
show('%#g', lambda: '%#g %#.3g %#x' % (1.0, 2.0, 0))
class Idx:
    def __index__(self):
        return 10
class Int:
    def __int__(self):
        return 7
show('%x index', lambda: '%x %o %d' % (Idx(), Idx(), Idx()))
show('%d int', lambda: '%d' % Int())
show('%x int', lambda: '%x' % Int())
show('%x float', lambda: '%x' % 1.0)
show('%f str', lambda: '%f' % 'x')
show('%d none', lambda: '%d' % None)
show('%e str', lambda: '%e' % '1')
