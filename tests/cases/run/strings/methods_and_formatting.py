s = "Hello, World"
print(s.upper(), s.lower(), s.swapcase(), s.title(), s.capitalize(), s.casefold())
print(s.find('o'), s.rfind('o'), s.index('W'), s.count('l'), s.find('zz'))
print(s.replace('l', 'L'), s.replace('l', 'L', 1), s.split(', '), s.rsplit('o', 1))
print(s.startswith('He'), s.endswith(('x', 'ld')), s.partition(', '), s.rpartition('o'))
print('  pad  '.strip(), '|' + '  pad  '.lstrip() + '|', '|' + '  pad  '.rstrip() + '|', 'xxhixx'.strip('x'))
print('a,b,,c'.split(','), 'a b  c'.split(), 'line1\nline2\r\nline3'.splitlines(), 'a\nb\n'.splitlines(True))
print('-'.join(['a', 'b', 'c']), ''.join(reversed('abc')), 'ab' * 3, 'abc'[::-1], 'abcdef'[1:5:2])
print('abc'.center(9, '*'), 'abc'.ljust(6, '.'), 'abc'.rjust(6), '42'.zfill(5), '-42'.zfill(6))
print('abc'.isalpha(), '123'.isdigit(), 'a1'.isalnum(), '   '.isspace(), 'Title Case'.istitle(), 'UP'.isupper(), 'x'.islower(), 'id_1'.isidentifier())
print('%s is %d years and %.2f m' % ('Bob', 30, 1.8), '%5s|%-5s|%05d|%x|%o|%e|%r' % ('a', 'b', 42, 255, 8, 12345.678, 'q'))
print('{} {}'.format(1, 2), '{1} {0}'.format('a', 'b'), '{name}!'.format(name='hi'), '{:>8}|{:<8}|{:^8}'.format('r', 'l', 'c'))
print('{:,}'.format(1234567), '{:.3f}'.format(3.14159), '{:08.2f}'.format(-3.5), '{:x} {:X} {:b} {:o} {:#x}'.format(255, 255, 5, 8, 255))
x, y = 3, 4.5
print(f'{x} + {y} = {x + y}', f'{x!r:>4}', f'{"nested"!s:*^12}', f'{y:.1%}', f'{x=}', f'{y = :.2f}')
print(f'{{literal}}', f"{'a' 'b'}", f'{3.0:g}', f'{1e20:g}', f'{123456789:_d}')
print(ord('A'), chr(97), chr(0x1F600), ascii('héllo'), repr('it\'s "q"'), repr("\t\n\x00\x7f"))
print(len('héllo'), 'héllo'.encode(), 'héllo'.encode('latin-1'), b'h\xc3\xa9'.decode())
print(str(12), str(1.5), str(None), str([1, 'a']), repr('a'), str(b'x'))
print('abc' < 'abd', 'a' * 0 == '', 'B' < 'a', sorted(['b', 'A', 'c', 'a']), sorted(['b', 'A', 'c'], key=str.lower))
print('tab\tsep'.expandtabs(4), 'a\tb'.expandtabs(), 'hello world'.translate(str.maketrans('lo', '01')), 'abc'.translate({97: None}))
print('x'.join('abc'), list('abc'), 'a' in 'cat', 'dog' not in 'cat', 'aaa'.count('aa'))
print('%(a)s-%(b)03d' % {'a': 'x', 'b': 7}, '%c%c' % (72, 'i'), '%%', '%-6.2f|' % 2.5)
print('Straße'.upper(), 'ǅ'.lower(), 'ΣΑΣ'.lower(), 'ﬁ'.upper(), 'İ'.lower().encode())
print('abc'.removeprefix('a'), 'abc'.removesuffix('c'), 'a-b_c'.split('-', 1), 'CamelCaseWord'.swapcase())
print('%s' % [1, 2], '%s' % (1,), '%d%%' % 50, '{0[0]} {0[1]}'.format('xy'), '{0.real}'.format(3j))
print(format(3.14159, '.2f'), format(42, '06d'), format('s', '>3'), format(1234.5, ',.1f'), format(0.000012345, '.3g'))
print(str.upper('q'), 'a b c'.split(None, 1), ' a '.split(' '), 'abc'.index('c', 1, 3))
try:
    'abc'.index('z')
except ValueError as e:
    print(e)
try:
    'a' + 1
except TypeError as e:
    print(e)
try:
    '{} {}'.format(1)
except IndexError as e:
    print(e)
try:
    '%d' % 'x'
except TypeError as e:
    print(e)
s = ''
for i in range(5):
    s += str(i)
print(s, hash('abc') == hash('ab' + 'c'), 'abc'.__len__(), 'x'.__class__.__name__)
print('one two three'.title().split(), ' '.join(w[::-1] for w in 'one two'.split()))
print(repr('\u2028'), repr('é'), repr('\U0001F600'), '\N{GREEK SMALL LETTER ALPHA}')
