# Flags given as arguments and inline, scoped flags, and how patterns show them.
import re

print(re.findall(r'hello', 'Hello HELLO hello', re.I))
print(re.findall(r'(?i)hello', 'Hello HELLO hello'))
print(re.findall(r'(?i:h)ello', 'Hello HELLO hello'))
print(re.findall(r'(?-i:h)ello', 'Hello hELLO hello', re.I))
print(re.findall(r'a.b', 'a\nb', re.S), re.findall(r'(?s)a.b', 'a\nb'), re.findall(r'(?s:a.)b', 'a\nb'))
print(re.findall(r'^x', 'x\nx', re.M), re.findall(r'(?m)^x', 'x\nx'))
print(re.findall(r'''(?x)
    (\d+)   # a number
    \s* [+] \s*
    (\d+)   # another
''', '12 + 30, 4+5'))
print(re.findall(r'a b # c', 'ab', re.X), re.findall(r'a\ b[ ]c', 'a b c', re.X))
print(re.findall(r'\w+', 'caf\u00e9 \u00fcber', re.A), re.findall(r'(?a)\w+', 'caf\u00e9'))
print(re.findall(r'[a-z]+', 'ABC \u212a', re.I), re.findall(r'[a-z]+', 'ABC \u212a', re.I | re.A))
print(re.match(r'(?i)\u00c9', '\u00e9'), re.match(r'\u00c9', '\u00e9', re.I).group())
print(re.match(r'\u00c9', '\u00e9', re.I | re.A))
print(re.compile('a+', re.I))
print(re.compile('a', re.I | re.M | re.S))
print(re.compile('a', re.X | re.A))
print(re.compile('a', re.U), re.compile('(?u)a'), re.compile('(?i)a'), re.compile('a', 0))
print(re.compile(b'a', re.L | re.I), re.compile(b'a'))
print(re.compile('a', re.DEBUG if False else 0).flags, re.compile('a', re.I).flags, re.compile(b'a').flags)
print(re.compile('(?imsx)a').flags == (re.I | re.M | re.S | re.X | re.U))
print(re.compile('x' * 300))
print(re.I, re.IGNORECASE | re.MULTILINE, re.A.value, int(re.S))
print(re.compile('a', re.I) == re.compile('a', re.I), re.compile('a', re.I) == re.compile('a'))
for bad in [r'(?i', r'(?z)', r'a(?i)b', r'(?-u:a)']:
    try:
        re.compile(bad)
        print(bad, 'compiled')
    except re.error as e:
        print(bad, '->', e)
try:
    re.compile('a', re.A | re.U)
except ValueError as e:
    print('ValueError:', e)
try:
    re.compile(b'a', re.U)
except ValueError as e:
    print('ValueError:', e)
try:
    re.compile('a', re.L)
except ValueError as e:
    print('ValueError:', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError:', e)
