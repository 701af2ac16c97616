# str.splitlines with every line boundary
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))

bounds = ['\n', '\r', '\r\n', '\x0b', '\x0c', '\x1c', '\x1d', '\x1e', '\x85', '\u2028', '\u2029']
for b in bounds:
    s = 'one' + b + 'two' + b
    print(repr(b), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
not_bounds = ['\x1f', '\t', ' ', '\xa0', '\u200b', '\n\r'[1:]]
for b in not_bounds:
    s = 'x' + b + 'y'
    print(repr(b), s.splitlines())
print('\n\r'.splitlines(), '\n\r'.splitlines(True), '\r\r\n\n'.splitlines(True))
print(''.splitlines(), ''.splitlines(True), '\n'.splitlines(), 'a'.splitlines(True))
print('a\n\nb'.splitlines(), 'a\n\nb\n\n'.splitlines(True))
print('é\u2028ü\r\n😀\x85'.splitlines(True))
show('keepends int', lambda: 'a\nb'.splitlines(2))
show('keepends str', lambda: 'a\nb'.splitlines('x'))
show('keepends float', lambda: 'a\nb'.splitlines(1.5))
show('keepends None', lambda: 'a\nb'.splitlines(None))
show('two args', lambda: 'a\nb'.splitlines(True, False))
show('bad kw', lambda: 'a\nb'.splitlines(keep=True))
class S(str):
    pass
print([type(x).__name__ for x in S('a\nb').splitlines()], [type(x).__name__ for x in S('ab').splitlines()])
print(b'a\x1cb\x85c\nd'.splitlines())
