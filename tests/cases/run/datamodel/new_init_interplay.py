# __new__ and __init__: arguments, return values and CPython's messages.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Plain: pass
err(lambda: Plain(1))
err(lambda: Plain(x=1))
err(lambda: object(1))
err(lambda: object.__new__(Plain, 1))
err(lambda: object.__init__(Plain(), 1))

class InitOnly:
    def __init__(self, a): self.a = a
print(InitOnly(1).a)
err(lambda: InitOnly())
err(lambda: InitOnly(1, 2))
err(lambda: object.__new__(InitOnly, 1) and "new accepts extra args when __init__ is overridden")

class NewOnly:
    def __new__(cls, a):
        inst = super().__new__(cls)
        inst.a = a
        return inst
print(NewOnly(2).a)
err(lambda: object.__init__(NewOnly(1), 5))

class BothCallSuperWithArgs:
    def __new__(cls, *a):
        return super().__new__(cls, *a)
    def __init__(self, *a):
        super().__init__(*a)
err(lambda: BothCallSuperWithArgs(1))

class InitCallsSuperWithArgs:
    def __init__(self, x):
        super().__init__(x)
err(lambda: InitCallsSuperWithArgs(1))

class NewReturnsOther:
    def __new__(cls): return 42
    def __init__(self): print("not called")
print(NewReturnsOther())

class NewReturnsSubclass:
    def __new__(cls, *a):
        return object.__new__(Sub)
    def __init__(self, *a): print("init called with", a, type(self).__name__)
class Sub(NewReturnsSubclass): pass
NewReturnsSubclass(1)

class InitReturns:
    def __init__(self): return 5
err(lambda: InitReturns())
class InitReturnsNone:
    def __init__(self): return None
print(type(InitReturnsNone()).__name__)

class NewNotStatic:
    pass
NewNotStatic.__new__ = lambda cls: object.__new__(cls)
print(type(NewNotStatic()).__name__)
err(lambda: object.__new__(1))
err(lambda: object.__new__(int))
err(lambda: object.__new__())
err(lambda: int.__new__(Plain))
err(lambda: Plain.__new__(Plain, 1))
err(lambda: Plain.__init__(Plain(), 1))
err(lambda: type.__call__(Plain, 1))

class Abstract:
    def __init__(self): raise NotImplementedError("abstract")
err(lambda: Abstract())

class Counted:
    created = 0
    def __new__(cls, *a, **k):
        cls.created += 1
        return super().__new__(cls)
    def __init__(self, *a, **k): self.args = (a, k)
c = Counted(1, b=2)
print(c.args, Counted.created)
print(object.__new__(Plain).__class__.__name__)
err(lambda: object.__new__(Plain, x=1))
class ArgsToNewDefault:
    def __init__(self, *args): self.args = args
print(ArgsToNewDefault(1, 2).args)
