# The Pattern object: attributes, repr, equality and hashing, copying.
import copy
import re

p = re.compile(r'(?P<year>\d{4})-(?P<month>\d\d)(-(\d\d))?', re.M)
print(p, p.pattern, p.flags == re.M | re.U, p.groups, p.groupindex, type(p.groupindex).__name__)
print(dict(p.groupindex), p.groupindex['year'])
try:
    p.groupindex['x'] = 1
except TypeError as e:
    print('TypeError:', e)
print(re.compile('a').groupindex, type(re.compile('a').groupindex).__name__)
print(p.match('2024-01-15').groups(), p.fullmatch('2024-01'), p.fullmatch('2024-01-15x'))
print(p.search('on 2024-02-03!').span(), p.findall('1999-12 2000-01-01'))
q = re.compile(r'(?P<year>\d{4})-(?P<month>\d\d)(-(\d\d))?', re.M)
print(p == q, p != q, hash(p) == hash(q), p == re.compile(p.pattern), p == p.pattern)
print(re.compile('a') == re.compile(b'a'), re.compile('a', re.I) != re.compile('a'))
print(copy.copy(p) is p, copy.deepcopy(p) is p)
print(len({re.compile('x'), re.compile('x'), re.compile('y')}))
print(type(p).__name__, type(p).__module__, isinstance(p, re.Pattern))
print(re.compile(p) is p, re.compile('a\nb'), re.compile(r'\d+\s*'), re.compile('it\'s "quoted"'))
print(re.compile('x', re.I | re.S | re.X), re.compile('\u4e2d'), re.compile(b'\xff'))
try:
    re.Pattern()
except TypeError as e:
    print('TypeError:', e)
try:
    p.groups = 3
except AttributeError as e:
    print('AttributeError:', e)
s = p.scanner('2020-10 and 2021-11-12')
print(s.pattern is p, s.search().group(), s.search().group(), s.search())
print(sorted(n for n in dir(p) if not n.startswith('__')))
import copyreg
rebuild, args = copyreg.dispatch_table[re.Pattern](p)
print(rebuild(*args) == p, args[0] == p.pattern)
