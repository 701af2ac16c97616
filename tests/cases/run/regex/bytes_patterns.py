# bytes patterns on bytes and bytearray; the kinds may not be mixed.
import re

print(re.findall(rb'\w+', b'hello w\xf6rld 42'))
print(re.findall(rb'[\x80-\xff]+', b'a\x80\x81b\xffc'))
print(re.match(rb'(?i)abc', b'ABC').group(), re.match(rb'(?i)\xe9', b'\xc9'))
print(re.match(rb'(?i)[a-z]+', b'ABCxyz').group())
print(re.match(rb'\d\s\w', b'1 a').group(), re.match(rb'\d', b'\xd9\xa1'))
m = re.search(rb'(?P<num>\d+)', bytearray(b'abc 123 def'))
print(m.group(), m.group('num'), type(m.group()).__name__, m.string, m.span())
print(re.sub(rb'\s+', b' ', bytearray(b'a  b\t\tc')), type(re.sub(rb'x', b'y', bytearray(b'a'))).__name__)
print(re.split(rb'\s', b'a b'), re.findall(rb'.', b'ab'))
print(re.escape(b'a.b*c'), re.escape(b'\x00\xff'))
print(re.compile(rb'a+\.'), re.compile(rb'\x00\xff'))
print(re.fullmatch(rb'\xff+', b'\xff\xff').span(), re.match(rb'.', b'\n'), re.match(rb'(?s).', b'\n'))
print(re.findall(rb'\b\w+\b', b'caf\xe9 bar'), re.findall(rb'(?L)\w+', b'ab cd'))
for pattern, subject in [('a', b'a'), (b'a', 'a'), ('a', bytearray(b'a')), (b'a', 1), ('a', None), ('a', ['a'])]:
    try:
        re.match(pattern, subject)
    except TypeError as e:
        print(type(pattern).__name__, type(subject).__name__, 'TypeError:', e)
try:
    re.sub(b'a', 'b', b'aa')
except TypeError as e:
    print('TypeError:', e)
try:
    re.sub('a', b'b', 'aa')
except TypeError as e:
    print('TypeError:', e)
try:
    re.compile(b'\\w', re.A | re.L)
except ValueError as e:
    print('ValueError:', e)
try:
    re.compile(rb'\N{LATIN SMALL LETTER A}')
except re.error as e:
    print('error:', e)
buf = bytearray(b'abc abc')
it = re.finditer(rb'abc', buf)
first = next(it)
try:
    buf.extend(b'!')
except BufferError as e:
    print('BufferError:', e)
print(first.span(), [m.span() for m in it])
del it, first
buf.extend(b'!')
print(buf)
