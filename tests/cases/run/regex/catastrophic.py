# Patterns that look expensive but finish quickly, and long inputs that
# must not exhaust the C stack (the engine keeps its own stack).
import re

n = 100000
print(re.match(r'(?:a|b)*c', 'ab' * n + 'c').end())
print(re.match(r'(a|b)*c', 'ab' * n + 'c').group(1))
print(re.match(r'(?:(a)|(b))*', 'ab' * n).groups())
print(re.match(r'(?:a*?)*c', 'a' * 20000 + 'c').end())
print(re.match(r'(a*)*b', 'a' * 16 + 'c'))
print(re.match(r'(?>a+)+b', 'a' * n))
print(re.match(r'(?:a++)+b', 'a' * n))
print(re.match(r'(x+x+)+y', 'x' * 20), re.match(r'(?>x+x+)+y', 'x' * 5000))
print(re.search(r'\s+$', 'a' + ' ' * 3000 + 'b'))
print(len(re.findall(r'.*?,', 'x,' * n)), len(re.split(r',', 'x,' * n)))
print(re.fullmatch(r'(?:\w+\s?)+', 'word ' * 3 + '!'))
print(re.match(r'^(\w+\s?)*$', 'aaaa bbbb cccc!'))
print(re.match(r'(a+)+$', 'a' * 18 + 'b'))
print(re.search(r'(?=(a+))a*b\1', 'a' * 500 + 'x'))
print(len(re.sub(r'(.)', r'\1\1', 'abc' * 30000)))
print(re.match(r'(?:(?:a)*)*', 'a' * n).end())
print(re.match(r'(?:(?=a)a)*', 'a' * n).end())
deep = '(' * 100 + 'a' + ')' * 100
print(re.match(deep, 'a').span(100), re.compile(deep).groups)
print(re.match(r'(?:a|b|c|d|e|f)+?z', 'abcdef' * 20000 + 'z').end())
print(re.match(r'(?:(x)|y)*+z', 'xy' * n + 'z').group(1))
