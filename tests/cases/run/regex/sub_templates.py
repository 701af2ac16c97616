# re.sub / subn with replacement templates.
import re

print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good day'))
print(re.sub(r'(?P<a>\w+)=(?P<b>\w+)', r'\g<b>=\g<a>', 'x=1 y=2'))
print(re.sub(r'(\w+)', r'<\g<1>>', 'a bc'), re.sub(r'(\w+)', r'<\g<0>>', 'a bc'))
print(re.sub(r'(a)', r'\g<1>0', 'aa'))
print(re.sub(r'x', r'\n\t\\', 'axb'))
print(repr(re.sub(r'x', '\\n', 'x')), repr(re.sub(r'x', r'\\n', 'x')))
print(re.sub(r'a', 'b', 'aaaa', count=2), re.sub(r'a', 'b', 'aaaa', 0), re.sub(r'a', 'b', 'aaaa', -1))
print(re.subn(r'a', 'b', 'banana'), re.subn(r'z', 'b', 'banana'), re.subn(r'a', 'b', 'aaa', 2))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub(r'(?P<x>a)|b', r'[\g<x>]', 'ab'))
print(re.sub(r'', '-', 'abc'), re.sub(r'x*', '-', 'abxd'), re.sub(r'\b', '|', 'ab cd'))
print(re.compile(r'(\d+)').sub(r'#\1#', 'a1b22'))
print(re.sub(r'(?i)hello', 'bye', 'Hello HELLO'))
print(re.sub(b'(a)', rb'<\1>', b'banana'), re.subn(b'a', b'o', bytearray(b'banana')))
print(re.sub(r'(\w)(\w)?', r'\2\1', 'abc'))
print(re.sub('a', '\\\\', 'a'))
for template in [r'\3', r'\g<3>', r'\g<x>', r'\g<', r'\g<1', r'\g<-1>', r'\g<a b>', '\\', r'\q', r'\8']:
    try:
        print(template, re.sub(r'(a)(b)', template, 'ab'))
    except (re.error, IndexError) as e:
        print(template, type(e).__name__, e)
m = re.match(r'(?P<first>\w+) (\w+)', 'Jane Doe')
print(m.expand(r'\2, \g<first>'), m.expand(r'\g<0>!'))
