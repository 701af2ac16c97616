# widths and repeat counts far beyond memory raise MemoryError or OverflowError, never crash
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', len(r))

W = 2**62
show('ljust', lambda: 'x'.ljust(W))
show('rjust', lambda: 'x'.rjust(W, '€'))
show('center', lambda: 'ab'.center(W))
show('zfill', lambda: '-1'.zfill(W))
show('format', lambda: format('x', str(W)))
show('format int', lambda: format(5, str(W)))
show('format float', lambda: format(1.5, str(W)))
show('format complex', lambda: format(1j, str(W)))
show('format method', lambda: '{:>{}}'.format('x', W))
show('format int too big', lambda: format('x', str(2**64)))
show('percent star', lambda: '%*d' % (W, 1))
show('percent width', lambda: ('%' + str(W) + 's') % 'x')
show('percent star too big', lambda: '%*d' % (2**64, 1))
show('percent prec too big', lambda: '%.*d' % (2**64, 1))
show('repeat', lambda: 'ab' * W)
show('repeat too big', lambda: 'ab' * 2**63)
show('expandtabs', lambda: ('\t' * 2**20).expandtabs(2**31 - 1))
show('expandtabs int overflow', lambda: '\t'.expandtabs(2**31))
show('join', lambda: ''.join(['x' * 10] * 3))
print('still running', 'x'.ljust(5, '*'), '%*d|' % (4, 7), format('y', '^5'))
