# str() of objects: __str__, __repr__ fallback and the errors
def show(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r), type(r).__name__)

class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr()'
class OnlyStr:
    def __str__(self):
        return 'only str'
class Both:
    def __str__(self):
        return 'str'
    def __repr__(self):
        return 'repr'
class Neither:
    pass
class StrReturnsInt:
    def __str__(self):
        return 1
class ReprReturnsNone:
    def __repr__(self):
        return None
class StrReturnsSub:
    def __str__(self):
        return Sub('sub')
class Sub(str):
    pass
class StrRaises:
    def __str__(self):
        raise KeyError('inside')
show('only repr', lambda: str(OnlyRepr()))
show('only str', lambda: str(OnlyStr()))
show('only str repr', lambda: repr(OnlyStr())[:9])
show('both', lambda: (str(Both()), repr(Both()), format(Both()), '%s %r' % (Both(), Both())))
show('neither', lambda: str(Neither())[:10])
show('str returns int', lambda: str(StrReturnsInt()))
show('repr returns none', lambda: repr(ReprReturnsNone()))
show('str via repr none', lambda: str(ReprReturnsNone()))
show('str returns sub', lambda: str(StrReturnsSub()))
show('str raises', lambda: str(StrRaises()))
show('print raises', lambda: print(StrRaises()))
show('str of sub', lambda: str(Sub('x')))
show('str of str', lambda: str('x'))
show('str no args', lambda: str())
show('str kw object', lambda: str(object='kw'))
show('str bad kw', lambda: str(obj='kw'))
show('str too many', lambda: str(1, 2, 3, 4))
show('str of type', lambda: str(int))
show('str of int', lambda: (str(-0), str(10**30), str(True), str(1.0), str(1e100), str(-0.0), str(1j)))
show('str of containers', lambda: (str([Both()]), str((OnlyStr(),))[:12], str({'a': Both()})))
class Meta(type):
    def __str__(cls):
        return 'meta str'
class WithMeta(metaclass=Meta):
    pass
show('metaclass str', lambda: str(WithMeta))
show('instance of metaclass', lambda: str(WithMeta())[:10])
class StrAttr:
    __str__ = None
show('str None', lambda: str(StrAttr()))
class ReprSub:
    def __repr__(self):
        return Sub('repr sub')
show('repr returns sub', lambda: repr(ReprSub()))
show('str.__str__ sub', lambda: str.__str__(Sub('q')))
class SubStr(str):
    def __str__(self):
        return 'overridden'
show('sub overrides __str__', lambda: (str(SubStr('base')), '%s' % SubStr('base'), '{}'.format(SubStr('base')), f'{SubStr("base")}'))
