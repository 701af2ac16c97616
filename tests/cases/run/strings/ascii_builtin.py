# ascii() of strings and containers
samples = ['', 'abc', 'é', 'ÿ', '\u0100', '\u20ac', '\uffff', '\U00010000', '\U0001F600', '\U0010FFFF', '\ud800',
           '\x00\x7f\x80', "it's", 'a"b', '\'"', '\\', '\t\n\r', 'mix é😀€', '\xa0', '\u2028']
for s in samples:
    print(ascii(s), repr(s).encode('ascii', 'backslashreplace') == ascii(s).encode(), ascii(s).isascii())
print(ascii(['é', ('😀', {'€': 'ü'})]), ascii(b'\xff'), ascii(1.5), ascii(None))
class O:
    def __repr__(self):
        return 'Ωmega\n😀'
print(ascii(O()), ascii([O()]))
class B:
    def __repr__(self):
        return 7
try:
    ascii(B())
except TypeError as e:
    print(type(e).__name__, e)
class S(str):
    def __repr__(self):
        return 'S<é>'
print(ascii(S('x')), '%a' % S('x'), '{!a}'.format(S('x')), f'{S("x")!a}')
try:
    ascii()
except TypeError as e:
    print(type(e).__name__, e)
try:
    ascii(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
