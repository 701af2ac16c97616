# re.split: pieces between matches, group texts in between, maxsplit, empty matches.
import re

print(re.split(r',\s*', 'a, b,c,   d'))
print(re.split(r'(,)\s*', 'a, b,c'))
print(re.split(r'(,)|(;)', 'a,b;c'))
print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1), re.split(r'\W+', 'Words, words, words.', maxsplit=2))
print(re.split(r'[a-f]+', '0a3B9', flags=re.I))
print(re.split(r'x*', 'axbc'), re.split(r'', 'abc'), re.split(r'\b', 'ab cd'))
print(re.split(r'(?=b)', 'abab'), re.split(r'(?<=a)', 'aaa'))
print(re.split(r'^', 'a\nb', flags=re.M), re.split(r'$', 'a\nb', flags=re.M))
print(re.split(r'a', ''), re.split(r'', ''), re.split(r'x', 'x'), re.split(r'(x)', 'x'))
print(re.split(r'(a)(b)?', 'xaybz'))
print(re.split(b'[,;]', b'a,b;c'), re.split(b'(,)', bytearray(b'a,b')))
print(re.compile(r'\s+').split('  leading and trailing  '))
print(re.split(r'\s+', 'a b c', -1), re.split(r'\s+', 'a b c', 0))
print(re.split(r'(?:)', 'ab', 1))
