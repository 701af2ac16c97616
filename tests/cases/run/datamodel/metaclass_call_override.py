# A metaclass __call__ controls instance creation.
class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in Singleton._instances:
            print("creating", cls.__name__, args, kwargs)
            Singleton._instances[cls] = super().__call__(*args, **kwargs)
        return Singleton._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, value=0):
        self.value = value
a = Config(1)
b = Config(2)
print(a is b, a.value)

class NoInit(type):
    def __call__(cls, *args):
        obj = cls.__new__(cls)
        print("skipping __init__ for", cls.__name__, args)
        return obj
class Thing(metaclass=NoInit):
    def __init__(self, *args):
        print("never called")
t = Thing(1, 2)
print(type(t).__name__)

class Returns(type):
    def __call__(cls, *args):
        return ("not an instance", args)
class R(metaclass=Returns): pass
print(R(1, 2))

# __init__ skipped when __new__ returns a non-instance
class Odd:
    def __new__(cls, x):
        if x < 0:
            return "negative"
        return super().__new__(cls)
    def __init__(self, x):
        print("init", x)
        self.x = x
print(Odd(3).x)
print(Odd(-1))

class Other: pass
class Swap:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("never")
print(type(Swap()).__name__)

# __new__ returning an instance of a subclass: __init__ runs
class Parent:
    def __new__(cls, kind):
        if kind == "child":
            return super().__new__(Child)
        return super().__new__(cls)
    def __init__(self, kind):
        print("init on", type(self).__name__, kind)
class Child(Parent): pass
print(type(Parent("child")).__name__, type(Parent("self")).__name__)

# __call__ on the metaclass sees keyword arguments
class Kw(type):
    def __call__(cls, *a, **k):
        print("meta call", a, sorted(k.items()))
        return super().__call__(*a, **k)
class K(metaclass=Kw):
    def __init__(self, a, *, b):
        self.s = a + b
print(K(1, b=2).s)
try:
    K(1)
except TypeError as e:
    print(type(e).__name__, e)

# type.__call__ directly
print(type.__call__(Other).__class__.__name__)
try:
    type.__call__(5)
except TypeError as e:
    print(type(e).__name__, e)

# the metaclass's __call__ is used for class call, not the class's __call__
class Both(type):
    def __call__(cls):
        return "meta"
class WithCall(metaclass=Both):
    def __call__(self):
        return "instance"
print(WithCall())
print(type.__call__(WithCall)())
