class Base:
    "Base doc"
    attr = "base"
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
        print("init_subclass", cls.__name__, tag)
class Child(Base, tag="child"):
    attr = "child"
print(Child.tag, Child.attr, Child.__doc__, Child.__mro__)
def body_order():
    log = []
    class Ordered:
        log.append("first")
        a = 1
        log.append("second")
        b = a + 1
    return log, Ordered.b, list(k for k in Ordered.__dict__ if not k.startswith("__"))
print(body_order())
class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": True}
    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcs, name, bases, ns)
class WithMeta(metaclass=Meta, flag=1):
    x = 1
print(WithMeta.injected, type(WithMeta).__name__)
try:
    class Bad(1):
        pass
except TypeError as e:
    print(e)
try:
    class Dup(Base, Base):
        pass
except TypeError as e:
    print(e)
class A: pass
class B(A): pass
try:
    class Conflict(A, B):
        pass
except TypeError as e:
    print(e)
print(Child.__qualname__, Child.__module__, Child.__bases__, Base.__subclasses__())
def make_class():
    class Local:
        pass
    return Local
print(make_class().__qualname__)
class K:
    print("executing class body", __name__, __qualname__)
