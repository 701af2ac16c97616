# str.format with nested replacement fields in the format spec
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

show('width', lambda: '{:{}}'.format('x', 5))
show('fill align width', lambda: '{:{}{}{}}'.format('x', '*', '^', 7))
show('precision', lambda: '{:.{}}'.format('abcdef', 3))
show('manual nested', lambda: '{0:{1}.{2}}'.format('abcdef', 8, 2))
show('kw nested', lambda: '{s:{w}}'.format(s='ab', w=4))
show('nested attr', lambda: '{0:{1.real}}'.format('ab', 5))
show('nested index', lambda: '{0:{1[0]}}'.format('ab', [6]))
show('float nested', lambda: '{:{}.{}f}'.format(3.14159, 10, 2))
show('auto numbering order', lambda: '{:{}} {}'.format('a', 3, 'b'))
show('nested conv', lambda: '{:{!r}}'.format('a', 5))
show('too deep', lambda: '{:{:{}}}'.format('a', 5, 6))
show('nested missing', lambda: '{:{}}'.format('a'))
show('nested empty spec', lambda: '{:{}}'.format('a', ''))
show('nested bad spec', lambda: '{:{}}'.format('a', 'q'))
show('nested braces literal', lambda: '{:{{}}}'.format('a'))
show('nested unclosed', lambda: '{:{}'.format('a', 1))
show('nested mix manual', lambda: '{:{0}}'.format('a', 1))
show('format_spec with brace', lambda: '{0:}}'.format('a'))
show('spec containing colon', lambda: '{0:%H:%M}'.format(__import__('datetime').time(12, 34)))
show('spec from nested colon', lambda: '{0:{1}}'.format(__import__('datetime').time(1, 2), '%H:%M'))
show('spec spaces', lambda: '{: >5}'.format('a'))
show('spec int nested', lambda: '{:{}{}}'.format(42, '0', 6))
