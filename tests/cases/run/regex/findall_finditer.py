# findall's three shapes (no group, one group, several) and finditer's Matches.
import re

text = 'alpha=1, beta=22, gamma=333'
print(re.findall(r'\w+=\d+', text))
print(re.findall(r'(\w+)=\d+', text))
print(re.findall(r'(\w+)=(\d+)', text))
print(re.findall(r'(\w+)=(\d+)?(x)?', text))
print(re.findall(r'(a)|b', 'ab'), re.findall(r'(a)|(b)', 'ab'))
print([(m.start(), m.end(), m.group(1)) for m in re.finditer(r'(\w+)=', text)])
p = re.compile(r'\d+')
print(p.findall(text, 10), p.findall(text, 0, 20), p.findall(text, -5, 1000))
print([m.span() for m in p.finditer(text, 10, 24)])
it = p.finditer('1 22 333')
print(next(it).group(), next(it).group(), next(it).group(), next(it, 'done'))
print(re.findall(r'', 'ab'), [m.span() for m in re.finditer(r'', 'ab')])
print(re.findall(r'a*', 'baaac'), re.findall(r'a*?', 'baa'))
print(re.findall(r'\b\w', 'one two  three'))
print(re.findall(b'\\d+', b'a1b22'), re.findall(b'(\\d)(\\d)?', bytearray(b'1 23')))
ms = list(re.finditer(r'(?P<k>\w)(?P<v>\d)?', 'a1b c3'))
print([m.groupdict() for m in ms], [m.lastgroup for m in ms])
print(len(re.findall(r'\w+', 'word ' * 10000)))
