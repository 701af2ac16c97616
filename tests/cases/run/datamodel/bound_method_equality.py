# Bound methods: equality, hashing, identity of __self__, and methods on classes/metaclasses.
class A:
    def m(self): return "m"
    def __eq__(self, o): return True
    __hash__ = object.__hash__
a1, a2 = A(), A()
print(a1.m == a1.m, a1.m == a2.m, a1.m != a2.m)
print(len({a1.m, a1.m}), len({a1.m, a2.m}))
print(A.m == A.m, A.m is A.m)
class Meta(type):
    def meta_method(cls): return "meta on " + cls.__name__
class K(metaclass=Meta): pass
print(K.meta_method(), type(K.meta_method).__name__, K.meta_method.__self__ is K)
try:
    K().meta_method
except AttributeError as e:
    print("AttributeError:", e)
print([].append == [].append, (l := []).append == l.append, len.__self__ is len.__self__)
print((1).__add__ == (1).__add__, (1).__add__ == (2).__add__)
m = a1.m
del a1
print(m(), type(m.__self__).__name__)
print(type(A.__dict__["m"]).__name__, A.__dict__["m"] is A.m)
print(A.m.__get__(a2)(), A.m.__get__(a2).__self__ is a2)
class B:
    x = 1
    def get_x(self): return self.x
print(B.get_x(B), B.get_x(type("T", (), {"x": 2})))
