# Greedy, lazy and counted repeats.
import re

def spans(pattern, text, flags=0):
    print(repr(pattern), repr(text), [m.span() for m in re.finditer(pattern, text, flags)])

for p in [r'a*', r'a+', r'a?', r'a{2}', r'a{2,}', r'a{,2}', r'a{1,3}', r'a*?', r'a+?', r'a??',
          r'a{2,3}?', r'(?:ab)*', r'(?:ab)+?', r'(?:a|b){2,3}', r'(?:a|b){2,3}?', r'a{0}', r'a{3,3}']:
    spans(p, 'baaaababab')

print(re.match(r'(a+)(a*)', 'aaaa').groups())
print(re.match(r'(a+?)(a*)', 'aaaa').groups())
print(re.match(r'(a*?)(a*?)b', 'aaab').groups())
print(re.match(r'<.*>', '<a><b>').group())
print(re.match(r'<.*?>', '<a><b>').group())
print(re.match(r'(\d{1,3}),?', '12345').groups())
print(re.match(r'(?:(\d)\D?){3}', '1a2b3c').groups())
print(re.match(r'x{2,4}?y', 'xxxxy').group())
print(re.match(r'(a|ab)*c', 'abababc').group(0, 1))
print(re.match(r'(a*)*', 'aaa').groups())
print(re.match(r'(a*)+', 'aaa').groups())
print(re.match(r'(a|)+b', 'aab').groups())
print(re.match(r'(?:a*?)*?b', 'aab').group())
print(re.match(r'(a{0,2})*', 'aaaaa').group(0, 1))
print(re.match(r'((a)|b)*', 'abab').groups())
print(re.fullmatch(r'(?:ab|a)*b', 'abab'))
print(re.search(r'\d{3}-\d{4}', 'call 555-1234 now').group())
print(re.findall(r'\w{3,5}', 'a bb ccc dddd eeeee ffffff'))
print(re.findall(r'x*', 'axxb'))
print(re.match(r'a{3,2}' if False else r'a{2,3}', 'aaaa').group())
print(re.match(r'a{,}', 'a{,}').group())
print(re.match(r'a{x}', 'a{x}').group())
print(re.match(r'.{5}', 'abcdef').group())
print(re.match(r'(?:a{2}){2}', 'aaaaa').group())
print(len(re.match(r'a{1000}', 'a' * 1500).group()))
print(len(re.match(r'(?:ab){500,}', 'ab' * 700).group()))
