# re.sub with a function: it gets each Match; None means the empty string.
import re

print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub(r'(\w+)@(\w+)', lambda m: m.group(2).upper() + '!' + m.group(1), 'joe@site ann@host'))
calls = []
def record(m):
    calls.append((m.span(), m.group(), m.pos, m.endpos, m.lastindex))
    return '_'
print(re.sub(r'(x)?y*', record, 'xyyz y'), calls)
print(re.sub(r'a', lambda m: None, 'banana'))
print(re.subn(r'\w', lambda m: m.group().upper(), 'abc def', 4))
counter = iter(range(100))
print(re.sub(r'\s+', lambda m: '<%d>' % next(counter), 'a  b\tc\n\nd'))
try:
    re.sub(r'a', lambda m: 1, 'aa')
except TypeError as e:
    print('TypeError:', e)
try:
    re.sub(b'a', lambda m: 'x', b'aa')
except TypeError as e:
    print('TypeError:', e)
try:
    re.sub(r'a', lambda m: 1 / 0, 'aa')
except ZeroDivisionError as e:
    print('ZeroDivisionError:', e)
class Repl:
    def __init__(self):
        self.n = 0
    def __call__(self, m):
        self.n += 1
        return m.group(0) * self.n
r = Repl()
print(re.sub('o', r, 'foo boo'), r.n)
print(re.sub('(?P<n>[0-9])', lambda m: m.expand(r'[\g<n>]'), 'a1b2'))
nested = re.sub(r'\((\w+)\)', lambda m: re.sub(r'\w', lambda n: n.group() * 2, m.group(1)), 'x(ab)y(c)')
print(nested)
