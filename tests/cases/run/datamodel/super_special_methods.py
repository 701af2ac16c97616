# super() in __new__, metaclass methods, dunder calls, and with data descriptors.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Base:
    def __new__(cls, *args):
        print("Base.__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("Base.__init__", args)
    def __repr__(self): return "Base-repr"
    def __getitem__(self, k): return ("Base item", k)
    def __len__(self): return 3
    def __eq__(self, o): return "Base.eq"
    __hash__ = object.__hash__

class Child(Base):
    def __new__(cls, *args):
        print("Child.__new__")
        return super().__new__(cls, *args)
    def __init__(self, *args):
        super().__init__(*args)
        print("Child.__init__")
    def __repr__(self): return "Child>" + super().__repr__()
    def __getitem__(self, k): return ("Child", super().__getitem__(k))
    def __len__(self): return super().__len__() + 1
    def __eq__(self, o): return ("Child.eq", super().__eq__(o))
    __hash__ = Base.__hash__

c = Child(1, 2)
print(repr(c), c[0], len(c), c == 1)
print(super(Child, c).__repr__(), super(Child, c)[0] if False else "no subscription on super")
err(lambda: super(Child, c)[0])
err(lambda: len(super(Child, c)))
print(super(Child, c).__len__(), super(Child, c).__getitem__("k"))

# super() inside a metaclass
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls
    def __call__(cls, *a, **k):
        inst = super().__call__(*a, **k)
        inst.via_meta = True
        return inst
    def __repr__(cls): return "<class " + cls.__name__ + " via " + super().__repr__()[1:6] + ">"
class WithMeta(metaclass=Meta):
    pass
w = WithMeta()
print(WithMeta.created_by, w.via_meta, repr(WithMeta))

# super with data descriptors: reads go through, writes do not
class P:
    @property
    def value(self): return "P.value"
    @value.setter
    def value(self, v): print("P.value setter", v)
class Q(P):
    @property
    def value(self): return "Q>" + super().value
    @value.setter
    def value(self, v):
        P.value.fset(self, v)
        print("Q.value setter", v)
q = Q()
print(q.value)
q.value = 5
def set_via_super():
    super(Q, q).value = 1
err(set_via_super)
err(lambda: super(Q, q).__setattr__("value", 2))

# super() skipping classes in a diamond with __init__ kwargs
class A:
    def __init__(self, **kw):
        print("A", sorted(kw))
        super().__init__()
class B(A):
    def __init__(self, b=None, **kw):
        print("B", b)
        super().__init__(**kw)
class C(A):
    def __init__(self, c=None, **kw):
        print("C", c)
        super().__init__(**kw)
class D(B, C):
    def __init__(self, **kw):
        print("D")
        super().__init__(**kw)
D(b=1, c=2, extra=3)
err(lambda: D(b=1, c=2, extra=3) and A.__init__(D(), bad=1) and object.__init__(D(), 1))

# super().__init_subclass__ and __class_getitem__
class Tracked:
    subclasses = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Tracked.subclasses.append(cls.__name__)
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
class T1(Tracked):
    def __class_getitem__(cls, item):
        return ("T1", super().__class_getitem__(item))
print(Tracked.subclasses, T1[int])
