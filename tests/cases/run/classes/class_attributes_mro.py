class Base:
    shared = []
    count = 0
    def __init__(self):
        type(self).count += 1
        self.shared.append(type(self).__name__)
class Left(Base):
    pass
class Right(Base):
    count = 100
Left(); Left(); Right()
print(Base.count, Left.count, Right.count, Base.shared)
print(Left.__dict__.get("count"), "count" in Right.__dict__)
class X: pass
class Y: pass
class Z(X, Y): pass
print(Z.__mro__, Z.mro(), type.mro(Z) == list(Z.__mro__))
print(Z.__bases__, Z.__base__, X.__subclasses__(), object in Z.__mro__)
Z.__bases__ = (Y, X)
print([c.__name__ for c in Z.__mro__])
try:
    Z.__bases__ = ()
except TypeError as e:
    print(e)
try:
    Z.__bases__ = (Z,)
except TypeError as e:
    print(e)
print(Z.__name__, Z.__qualname__)
Z.__name__ = "Renamed"
print(Z.__name__, repr(Z))
try:
    Z.__name__ = 5
except TypeError as e:
    print(e)
try:
    int.new_attr = 1
except TypeError as e:
    print(e)
try:
    del int.real
except TypeError as e:
    print(e)
print(type(Z).__name__, type(type), isinstance(Z, type), issubclass(type, object))
print(Base.__module__, Base.__doc__, sorted(k for k in vars(Base) if not k.startswith("__")))
