# The empty-match rules of Python 3.7+ for sub, split, findall and finditer.
import re

for pattern in [r'x*', r'\b', r'(?=x)', r'x?', r'', r'^', r'$', r'(?m)$', r'a|', r'|a', r'a*?', r'(?<=x)']:
    for text in ['', 'x', 'axb', 'xxa', 'abx']:
        print(repr(pattern), repr(text),
              re.sub(pattern, '-', text),
              re.split(pattern, text),
              re.findall(pattern, text),
              [m.span() for m in re.finditer(pattern, text)])
print(re.subn(r'x*', '-', 'abxd'))
print(re.sub(r'a*', lambda m: '<%s>' % m.group(), 'baac'))
print(list(re.compile(r'\d*').scanner('1a22').search().span() for _ in range(1)))
s = re.compile(r'\d*').scanner('1a22')
print([s.search().span() for _ in range(4)], s.search())
s = re.compile(r'\d*').scanner('1a22')
print(s.match().span(), s.match().span(), s.match(), s.match())
