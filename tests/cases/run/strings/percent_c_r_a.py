# printf-style %c, %r, %a, %s with non-ASCII text
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', ascii(r))

for v in [65, 0, 0xe9, 0x20ac, 0x1F600, 0x10FFFF, 'a', 'é', '😀', True]:
    show('%c ' + ascii(v), lambda: '%c|%3c|%-3c' % (v, v, v))
show('%c too big', lambda: '%c' % 0x110000)
show('%c negative', lambda: '%c' % -1)
show('%c huge', lambda: '%c' % 2**100)
show('%c two chars', lambda: '%c' % 'ab')
show('%c empty', lambda: '%c' % '')
show('%c float', lambda: '%c' % 65.0)
show('%c bytes', lambda: '%c' % b'a')
show('%c none', lambda: '%c' % None)
class Idx:
    def __index__(self):
        return 66
show('%c index', lambda: '%c' % Idx())
for v in ['plain', "it's", 'say "hi"', 'é\n\t', '😀', b'b', 1.5, None, [1, 'x']]:
    show('%r %a %s ' + ascii(v), lambda: '%r|%a|%s' % (v, v, v))
show('%10r', lambda: '%10r|%-10a|%.3r' % ('é', 'é', 'abcdef'))
show('%a nonascii', lambda: '%a' % '\u20ac\U0001F600\x7f\x80')
class R:
    def __repr__(self):
        return 'rép'
    def __str__(self):
        return 'stré'
show('%r %a %s obj', lambda: '%r %a %s' % (R(), R(), R()))
class Bad:
    def __repr__(self):
        return 5
show('%r bad', lambda: '%r' % Bad())
show('%a bad', lambda: '%a' % Bad())
show('unicode template', lambda: 'é%s€%d😀' % ('ü', 3))
show('result kind', lambda: ('%s' % '😀') + ('%c' % 0x1F600))
