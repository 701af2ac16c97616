# re.escape, the module cache, and module-level helpers.
import re

print(re.escape('a.b*c+d?e(f)g[h]i{j}k|l^m$n\\o p\tq\nr#s&t~u-v'))
print(re.escape('\u00e9\u4e2d_09'), re.escape(''), re.escape('!"%\',/:;<=>@`'))
for s in ['1.5*x', 'a+b', '[x]', 'tab\there', '\\back', 'new\nline']:
    assert re.fullmatch(re.escape(s), s), s
print('escape round-trips')
print(re.purge(), re.compile('abc') is re.compile('abc'))
print(re.match('a', 'a') is not None, re.search('b', 'abc').span(), re.fullmatch('abc', 'abc').span())
print(re.findall('[aeiou]', 'education'), re.split(':', 'a:b:c'), re.sub('-', '+', 'a-b'))
print(re.subn('\\d', '#', 'a1b2c3'))
print(sorted(re.__all__))
print(re.Pattern, re.Match, re.error)
print(re.NOFLAG, re.ASCII | re.DOTALL, re.RegexFlag(2), repr(re.IGNORECASE), str(re.MULTILINE))
print(re.compile('(?x)a b').match('ab').group(), re.compile(re.escape('a b'), re.X).match('a b').group())
