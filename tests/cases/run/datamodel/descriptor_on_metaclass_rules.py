# Descriptors defined on metaclasses and their interaction with class attributes.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Counter:
    def __set_name__(self, owner, name):
        print("set_name on", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name, 0)
    def __set__(self, obj, value):
        print("set", type(obj).__name__, value)
        setattr(obj, self.name, value)

class Meta(type):
    instances = Counter()
    def __delattr__(cls, name):
        print("meta delattr", name)
        super().__delattr__(name)

class A(metaclass=Meta):
    pass
print(A.instances)
A.instances = 5
print(A.instances, A.__dict__.get("_instances"))
err(lambda: A().instances)
class B(A): pass
print(B.instances)
B.instances = 7
print(B.instances, A.instances)

# a class-level descriptor that also defines __set_name__ sees the class, not the metaclass
class C(metaclass=Meta):
    local = Counter()
c = C()
c.local = 3
print(c.local, C.local.name)

# metaclass non-data descriptor vs class attribute of the same name
class NonData:
    def __get__(self, obj, owner=None):
        return "meta non-data"
class M2(type):
    thing = NonData()
class D(metaclass=M2):
    thing = "class attribute"
class E(metaclass=M2):
    pass
print(D.thing, E.thing)
del D.thing
print(D.thing)

# deleting through a metaclass data descriptor
class Deletable:
    def __get__(self, obj, owner=None): return "value"
    def __set__(self, obj, v): pass
    def __delete__(self, obj): print("deleting from", obj.__name__)
class M3(type):
    d = Deletable()
class F(metaclass=M3): pass
del F.d
print(F.d)

# classmethod-like behaviour via metaclass methods visible only on the class
class Registry(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.registered = []
    def register(cls, item):
        cls.registered.append(item)
        return item
class R(metaclass=Registry): pass
R.register(1)
R.register(2)
print(R.registered)
err(lambda: R().register(3))

# __class__ of a class is its metaclass; type(type) is type
print(R.__class__.__name__, type(Registry).__name__, type(type) is type, isinstance(R, Registry))

# property on the metaclass reading class state
class Sized(type):
    @property
    def size(cls): return len([k for k in cls.__dict__ if not k.startswith("__")])
class S(metaclass=Sized):
    a = 1
    b = 2
print(S.size)
err(lambda: setattr(S, "size", 1))
err(lambda: S().size)
