# re.Scanner (a lexicon of pattern/action pairs) and Pattern.scanner.
import re

def number(scanner, token):
    return ('NUM', int(token))

scanner = re.Scanner([
    (r'\d+', number),
    (r'[a-z_]\w*', lambda s, t: ('NAME', t)),
    (r'[+*/=()-]', lambda s, t: ('OP', t)),
    (r'\s+', None),
])
print(scanner.scan('x = 3 * (y + 42) - z1'))
print(scanner.scan('ok 1 ?? rest'))
s2 = re.Scanner([(r'a', 'A'), (r'b+', lambda s, t: len(t))], re.I)
print(s2.scan('aBbbA'))
sc = re.compile(r'\w').scanner('ab c', 0, 3)
print(sc.match(), sc.match(), sc.match(), sc.match())
sc = re.compile(r'\w').scanner('ab c')
print([m.group() for m in iter(sc.search, None)])
sc = re.compile(r'x?').scanner('axx')
print([m.span() for m in iter(sc.search, None)])
sc = re.compile(r'x?').scanner('axx')
print([m.span() for m in iter(sc.match, None)])
print(type(sc).__name__)
