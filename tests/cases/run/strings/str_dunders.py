# str's special methods called directly, and sizes of the three kinds
import sys
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', ascii(r))

s = 'héllo'
show('getnewargs', lambda: s.__getnewargs__())
show('getnewargs type', lambda: type(s.__getnewargs__()[0]).__name__)
class S(str):
    pass
show('getnewargs sub', lambda: (S('x').__getnewargs__(), type(S('x').__getnewargs__()[0]).__name__))
show('len', lambda: (s.__len__(), str.__len__('')))
show('len bad self', lambda: str.__len__(5))
show('getitem', lambda: (s.__getitem__(1), s.__getitem__(-1)))
show('mul', lambda: (s.__mul__(2), s.__rmul__(2), s.__mul__('x')))
show('mod', lambda: ('%s!'.__mod__('x'), '%s'.__rmod__('x')))
show('add', lambda: (s.__add__('!'), s.__add__(1)))
show('eq ne', lambda: (s.__eq__('héllo'), s.__ne__('x'), s.__eq__(1), s.__lt__(1)))
show('hash', lambda: s.__hash__() == hash(s))
show('iter', lambda: list(s.__iter__()))
show('contains', lambda: (s.__contains__('é'), s.__contains__('')))
show('format', lambda: (s.__format__(''), s.__format__('^9')))
show('repr str', lambda: (s.__repr__(), s.__str__()))
show('new', lambda: (str.__new__(str, 'x'), str.__new__(S, 'y'), type(str.__new__(S, 'y')).__name__))
show('new bad type', lambda: str.__new__(int, 'x'))
show('new not type', lambda: str.__new__(5))
show('class getitem', lambda: hasattr(str, '__class_getitem__'))
show('doc is str', lambda: type(str.__doc__).__name__)
show('bases', lambda: (str.__bases__, str.__mro__))
show('sizes', lambda: [sys.getsizeof(x) for x in ('', 'a', 'ab', 'é', 'éé', '\u20ac', '\u20ac\u20ac', '\U0001F600', '\U0001F600' * 2)])
show('size diff ascii', lambda: sys.getsizeof('a' * 100) - sys.getsizeof('a' * 50))
show('size diff latin1', lambda: sys.getsizeof('é' * 100) - sys.getsizeof('é' * 50))
show('size diff ucs2', lambda: sys.getsizeof('\u20ac' * 100) - sys.getsizeof('\u20ac' * 50))
show('size diff ucs4', lambda: sys.getsizeof('\U0001F600' * 100) - sys.getsizeof('\U0001F600' * 50))
show('sizeof method', lambda: 'abc'.__sizeof__() == sys.getsizeof('abc'))
show('intern', lambda: sys.intern('abc' + 'def') is sys.intern('abcdef'))
show('intern sub', lambda: sys.intern(S('x')))
show('intern int', lambda: sys.intern(1))
e_acute, empty, abc = 'é', '', 'abc'
show('single chars cached', lambda: (e_acute[0] is chr(233), s[1] is chr(233)))
show('empty cached', lambda: (empty is empty[:0], abc[3:] is empty, str() is empty, abc[1:1] is empty))
show('methods count', lambda: len([m for m in dir(str) if not m.startswith('_')]))
show('public names', lambda: [m for m in dir(str) if not m.startswith('_')])
show('dunder names', lambda: [m for m in dir(str) if m.startswith('__')])
