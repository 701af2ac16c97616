# Errors: re.error with its position, and the TypeErrors/IndexErrors of the API.
import re

bad_patterns = ['(', ')', '[a', 'a**', '*a', 'a{2,1}', '(?P<1>a)', '(?P<a>a)(?P<a>b)', r'\1', '(?<=a+)b',
                '(?P=nope)', '(?', '(?<', r'\x', r'\u12', '[b-a]', r'[\d-z]', '(?#unterminated',
                'a|*', '(?(1)a|b|c)', '(?(x)a)', r'\k', 'x{1,2}{3}', '(?P<a-b>x)', 'a\n(', '\n\n  (?x', '(a)(b)' + '(c' * 3,
                '(?<=a|bc)', r'\g<1>', '(?i', r'\400', r'a\Z\b\Q']
for p in bad_patterns:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
try:
    re.compile(b'(a')
except re.error as e:
    print(e, e.pos, e.pattern)
print(issubclass(re.error, Exception), re.error.__module__, re.error.__name__)
m = re.match(r'(?P<x>a)(b)?', 'a')
for index in [3, -1, 'y', 1.0, None, 2**80]:
    try:
        print(m.group(index))
    except (IndexError, TypeError) as e:
        print(repr(index), type(e).__name__, e)
for call in [lambda: m.start(5), lambda: m.span('zz'), lambda: m.end(-2), lambda: m['q'], lambda: m.groups(1, 2)]:
    try:
        print(call())
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(m.group(True), m.group(False), m[1], m.start(True))
for call in [lambda: re.match(1, 'a'), lambda: re.compile('a').match(), lambda: re.compile('a').match('a', 'x'),
             lambda: re.compile('a').sub('b'), lambda: re.compile('a').split('a', maxsplit='2'),
             lambda: re.compile('a').findall('a', pos=None), lambda: re.compile('a').match(string='a', bad=1),
             lambda: re.compile('a').search('a', 0, 1, 2)]:
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
try:
    re.sub('(a)', r'\2', 'a')
except re.error as e:
    print('error:', e)
try:
    re.compile('(a)').match('a').expand(r'\g<nope>')
except IndexError as e:
    print('IndexError:', e)
try:
    re.purge(); re.compile('a' * 70000 + '(')
except re.error as e:
    print('error at', e.pos)
