exprs = r'''
int.from_bytes(bytes=b'\x01', byteorder='big')
int.from_bytes(b'\x01', byteorder='little', signed=True)
int.from_bytes()
int.from_bytes(b'', 'big', 'x')
int.from_bytes(b'', 'big', True)
int.from_bytes(b'\x01', 'big', signed=True, extra=1)
(5).to_bytes(length='a')
(5).to_bytes(2, byteorder='big', length=2)
(5).to_bytes(2, 'big', 'x')
(5).to_bytes(2, 'big', 3, 4)
(5).bit_length(x=1)
(5).conjugate(1)
(5).__round__(1, 2)
(5).__format__()
(5).__format__(1)
(5).__format__('', '')
(5.0).__format__()
(5).__sizeof__(1)
(5).as_integer_ratio(1)
(5.0).hex(1)
(5.0).__round__(1, 2)
(5.0).__round__(ndigits=1)
(5).__round__(ndigits=1)
float.fromhex()
float.fromhex('1', '2')
float.__getformat__()
complex.__format__(1j)
complex(real='1')
complex(imag='1')
complex('1', imag=2)
complex(1, real=2)
complex(x=1)
float(x=1)
int(x=1)
int('1', base=2, x=3)
int(base=2)
int(1, 2, 3)
int(1.5, 0)
int('1', 0.5)
int('1', None)
int(None, 10)
bool(x=1)
pow(2, 3, 4, 5)
pow(exp=2)
pow(base=2)
round()
round(1, 2, 3)
round(number=1.5)
round(x=1.5)
divmod()
abs()
abs(1, 2)
int.__new__()
int.__new__(1)
float.__new__()
float.__new__(float, 1, 2)
complex.__new__(complex, 1, 2, 3)
int.__add__(1)
int.__add__(1, 2, 3)
(1).__add__()
(1).__neg__(2)
float.__neg__()
int.__dict__['__add__'](1, 2)
int.__dict__['real'].__get__(5, int)
int.real.__set__(5, 1)
float.real.__set__(5.0, 1)
int.__hash__()
int.__init_subclass__()
int.__subclasshook__(1)
int.mro()
bool.mro()
int.__class__
int.__qualname__
type(int.__dict__['from_bytes'])
int.from_bytes.__self__
float.fromhex.__self__
(1).bit_length.__self__
(1).bit_length.__name__
(1).bit_length.__qualname__
int.bit_length.__qualname__
float.hex.__qualname__
int.__add__.__qualname__
int.__add__.__name__
repr(int.__add__)
repr(int.bit_length)
repr((1.5).hex)[:30]
repr(int.real)
repr(complex.imag)
repr(int.numerator)
int.__abs__.__objclass__
int.__index__.__text_signature__
int.__pow__.__text_signature__
int.__round__.__text_signature__
float.__round__.__text_signature__
int.__format__.__text_signature__
float.__format__.__text_signature__
int.__new__.__text_signature__
float.__new__.__text_signature__ if hasattr(float.__new__, '__text_signature__') else None
int.__getnewargs__.__text_signature__
int.__sizeof__.__text_signature__
int.is_integer if hasattr(int, 'is_integer') else 'no'
int.__bool__.__text_signature__
complex.conjugate.__text_signature__
float.conjugate.__text_signature__
int.conjugate.__text_signature__
int.as_integer_ratio.__text_signature__
float.as_integer_ratio.__text_signature__
float.is_integer.__text_signature__
'''.strip().split('\n')
for e in exprs:
    try:
        r = eval(e)
        print(e, '->', repr(r))
    except Exception as ex:
        print(e, '!!', type(ex).__name__, ex)
