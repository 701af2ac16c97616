# object.__new__ / object.__init__ excess-argument rules and their messages.
def err(f):
    try:
        r = f()
        print("ok", type(r).__name__)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Plain: pass
err(lambda: Plain(1))
err(lambda: Plain(a=1))
err(lambda: Plain())

class OnlyInit:
    def __init__(self, x): self.x = x
err(lambda: OnlyInit(1))
err(lambda: OnlyInit())
err(lambda: OnlyInit(1, 2))

class OnlyNew:
    def __new__(cls, x): return super().__new__(cls)
err(lambda: OnlyNew(1))
err(lambda: OnlyNew())

class NewPassesArgs:
    def __new__(cls, *a): return super().__new__(cls, *a)
err(lambda: NewPassesArgs(1))
err(lambda: NewPassesArgs())

class InitPassesArgs:
    def __init__(self, *a): super().__init__(*a)
err(lambda: InitPassesArgs(1))
err(lambda: InitPassesArgs())

class BothOverridden:
    def __new__(cls, *a): return super().__new__(cls)
    def __init__(self, *a): super().__init__()
err(lambda: BothOverridden(1, 2))

class BothPass:
    def __new__(cls, *a): return object.__new__(cls, *a)
    def __init__(self, *a): object.__init__(self, *a)
err(lambda: BothPass(1))

err(lambda: object(1))
err(lambda: object(x=1))
err(lambda: object.__new__(Plain, 1))
err(lambda: object.__init__(Plain(), 1))
err(lambda: object.__init__(Plain(), x=1))
err(lambda: object.__new__())
err(lambda: object.__new__(1))
err(lambda: object.__new__(int))
err(lambda: object.__new__(list))
err(lambda: int.__new__(Plain))
err(lambda: int.__new__(str))
err(lambda: list.__new__(tuple))
err(lambda: object.__init__())
err(lambda: object.__init__(1))
err(lambda: type(Plain).__call__(Plain, 1))

# a class whose __init__ returns a value
class InitReturns:
    def __init__(self): return 5
err(lambda: InitReturns())
class InitReturnsNone:
    def __init__(self): return None
err(lambda: InitReturnsNone())

# __new__ as a plain function assigned later
def new(cls, *args):
    print("custom new", cls.__name__, args)
    return object.__new__(cls)
class Later:
    def __init__(self, *args): print("init", args)
Later.__new__ = new
err(lambda: Later(1, 2))
Later.__new__ = staticmethod(new)
err(lambda: Later(3))

# __init__ on builtin subclasses
class MyList(list):
    def __init__(self, *args, tag=None):
        super().__init__(*args)
        self.tag = tag
m = MyList([1, 2], tag="t")
print(m, m.tag)
err(lambda: MyList([1], [2]))
err(lambda: list([1], [2]))
err(lambda: list(x=1))
class MyInt(int):
    def __init__(self, v, extra=None):
        self.extra = extra
err(lambda: MyInt(5, extra=1))
class MyInt2(int): pass
err(lambda: MyInt2(5, extra=1))
err(lambda: dict.__init__({}, 1, 2))
err(lambda: Exception.__init__(Exception(), 1, x=2))
err(lambda: Exception(x=1))
class E(Exception):
    def __init__(self, *a, **kw): super().__init__(*a)
err(lambda: E(1, x=2))
