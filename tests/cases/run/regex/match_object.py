# The Match object: attributes, repr, copying, group access.
import copy
import re

m = re.search(r'(?P<word>\w+)(?P<punct>[.!?])?', '  Hello! there')
print(m)
print(repr(m), bool(m), m.string, m.re, m.pos, m.endpos)
print(m.group(), m.group('word'), m.group(2), m[0], m['punct'], m.groups(), m.groupdict())
print(m.span(), m.span('punct'), m.start(), m.end(), m.regs, m.lastindex, m.lastgroup)
print(copy.copy(m) is m, copy.deepcopy(m) is m)
print(type(m).__name__, type(m).__module__, type(m).__qualname__, isinstance(m, re.Match))
print(re.Match[str], re.Pattern[bytes])
long = re.match(r'.*', 'x' * 100)
print(long)
print(re.match(r'.*', 'a\nb'), re.match(rb'.+', b'\x00\xff'), re.match('', ''))
print(re.match(r'\w+', 'quote\'s "here"', 0))
print(re.search('b', 'abc', 1), re.compile('b').search('abc', 1, 2), re.compile('b').search('abc', 2))
m = re.compile(r'(a)(b)?').match('xab', 1, 2)
print(m, m.pos, m.endpos, m.groups(), m.groups(default='?'), m.regs)
m = re.match(r'(a)|(b)', 'b')
print(m.groups(), m.groups(0), m.groupdict(), m.start(1), m.end(1), m.span(1))
m = re.match(r'(?P<a>.)(?P<b>.)?', 'z')
print(m.groupdict(default='-'), m.groupdict('x'))
print(m.expand(r'[\g<a>][\g<b>]'), m.expand(r'\1'))
try:
    m.expand(r'\2x')
except re.error as e:
    print('error:', e)
try:
    type(m)()
except TypeError as e:
    print('TypeError:', e)
try:
    m.pos = 3
except AttributeError as e:
    print('AttributeError:', e)
class S(str):
    pass
ms = re.match(r'\w+', S('subclass text'))
print(ms.group(), type(ms.group()).__name__, type(ms.string).__name__)
print(sorted(n for n in dir(m) if not n.startswith('__')))
