# Metaclasses: __prepare__, __new__, __init__, __call__ and their order.
log = []
class OrderedNS(dict):
    def __setitem__(self, k, v):
        log.append(("set", k))
        super().__setitem__(k, v)

class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(("prepare", name, kw))
        return OrderedNS()
    def __new__(mcls, name, bases, ns, **kw):
        log.append(("new", name, type(ns).__name__))
        return super().__new__(mcls, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name))
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        log.append(("call", cls.__name__, a))
        return super().__call__(*a, **k)

class Thing(metaclass=Meta, option=1):
    x = 1
    def method(self): pass

t = Thing()
for entry in log:
    print(entry)
print(type(Thing).__name__, isinstance(Thing, Meta))

class Sub(Thing): pass
print(type(Sub).__name__)

class Singleton(type):
    _instances = {}
    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("init once")
print(Config() is Config())

class M1(type): pass
class M2(type): pass
class A(metaclass=M1): pass
class B(metaclass=M2): pass
try:
    class C(A, B): pass
except TypeError as e:
    print("TypeError:", e)

class M3(M1): pass
class D(metaclass=M3): pass
class E(A, D): pass
print(type(E).__name__)

class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class F(metaclass=BadPrepare): pass
except TypeError as e:
    print("TypeError:", e)

def func_meta(name, bases, ns):
    return "made by function: " + name
class G(metaclass=func_meta):
    pass
print(G)

class ReturnOther(type):
    def __new__(mcls, name, bases, ns):
        return 42
class H(metaclass=ReturnOther): pass
print(H)

print(type.__prepare__("x", ()), type(type.__prepare__()))
try:
    type.__new__(1, "x", (), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type.__new__(int, "x", (), {})
except TypeError as e:
    print("TypeError:", e)
try:
    type.__init__(Thing, "x", (), {}, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    type.__call__(5)
except TypeError as e:
    print("TypeError:", e)

class NoPrepare(type):
    __prepare__ = None
try:
    class K(metaclass=NoPrepare): pass
except TypeError as e:
    print("TypeError:", e)
