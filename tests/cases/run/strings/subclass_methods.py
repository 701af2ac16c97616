# methods on str subclasses return exact str
class S(str):
    pass
s = S('  Hello World é😀  ')
calls = [('upper', ()), ('lower', ()), ('casefold', ()), ('swapcase', ()), ('title', ()), ('capitalize', ()),
         ('strip', ()), ('lstrip', ()), ('rstrip', ()), ('strip', ('x',)), ('center', (30,)), ('ljust', (5,)),
         ('rjust', (30,)), ('zfill', (3,)), ('zfill', (30,)), ('expandtabs', ()), ('replace', ('l', 'L')),
         ('replace', ('q', 'Q')), ('translate', ({},)), ('removeprefix', ('x',)), ('removesuffix', ('  ',)),
         ('format', ()), ('format_map', ({},)), ('__mod__', ((),)), ('__add__', ('x',)), ('__mul__', (1,)),
         ('__rmul__', (1,)), ('__getitem__', (slice(None),)), ('__getitem__', (0,)), ('__str__', ()), ('__format__', ('',)),
         ('__format__', ('>40',)), ('join', (['a'],))]
for name, args in calls:
    r = getattr(s, name)(*args)
    print(name, args, type(r).__name__, repr(r))
for name in ('split', 'rsplit', 'splitlines', 'partition', 'rpartition'):
    r = getattr(s, name)()  if name in ('split', 'rsplit', 'splitlines') else getattr(s, name)('o')
    print(name, [type(x).__name__ for x in r])
print(type(s + S('x')).__name__, type('x' + s).__name__, type(s * 2).__name__, type(str(s)).__name__)
print(type(f'{s}').__name__, type('%s' % s).__name__, type('{}'.format(s)).__name__, type(''.join([s])).__name__)
print(type(s.encode().decode()).__name__, type(repr(s)).__name__, type(format(s)).__name__)
class T(str):
    def __new__(cls, value, extra):
        self = super().__new__(cls, value)
        self.extra = extra
        return self
t = T('abc', 5)
print(t, t.extra, type(t.upper()).__name__, t.__dict__, isinstance(t, str), T.__mro__[1].__name__)
class U(str):
    def upper(self):
        return 'overridden'
u = U('abc')
print(u.upper(), str.upper(u), u.lower(), type(u.lower()).__name__)
print(S.__base__ is str, S('a') == 'a', hash(S('a')) == hash('a'), len(S('é😀')))
try:
    S(b'x', 'ascii', 'strict', 1)
except TypeError as e:
    print(type(e).__name__, e)
print(S(b'x\xff', 'latin-1'), type(S(b'x', 'ascii')).__name__, S(5), S(), type(S()).__name__)
