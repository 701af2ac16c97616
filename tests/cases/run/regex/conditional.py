# Conditional patterns: (?(group)yes|no).
import re

p = re.compile(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)')
for s in ['<user@host.com>', 'user@host.com', '<user@host.com', 'user@host.com>']:
    m = p.match(s)
    print(repr(s), m and m.groups())
q = re.compile(r'(?P<quote>")?\w+(?(quote)")')
print(q.findall('"abc" def "gh'), [m.group() for m in q.finditer('"abc" def "gh')])
print(re.match(r'(a)?(?(1)b)c', 'abc').group(), re.match(r'(a)?(?(1)b)c', 'c').group(), re.match(r'(a)?(?(1)b)c', 'ac'))
print(re.match(r'(a)|(?(1)x|y)', 'y'))
print(re.findall(r'(?:(a)|b)(?(1)c|d)', 'acbdadbc'))
print(re.match(r'(?:(a)|b)+(?(1)x|y)', 'aby'), re.match(r'(?:(a)|b)+(?(1)x|y)', 'abx').group())
print(re.match(r'^(\()?\d+(?(1)\))$', '(12)').group(), re.match(r'^(\()?\d+(?(1)\))$', '12').group(), re.match(r'^(\()?\d+(?(1)\))$', '(12'))
