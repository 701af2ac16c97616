# __set_name__: ordering, who receives it, and errors.
class Tracker:
    def __init__(self, tag):
        self.tag = tag
    def __set_name__(self, owner, name):
        print("set_name", self.tag, owner.__name__, name)

class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("before type.__new__", name)
        cls = super().__new__(mcls, name, bases, ns)
        print("after type.__new__", name)
        return cls

class Base:
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__)

class K(Base, metaclass=Meta):
    z = Tracker("z")
    a = Tracker("a")
    m = Tracker("m")

# the same object under two names gets two calls
shared = Tracker("shared")
class Twice:
    one = shared
    two = shared

# only objects whose type defines __set_name__ are called
class InstanceOnly:
    pass
io = InstanceOnly()
io.__set_name__ = lambda owner, name: print("never")
class Holder:
    x = io
print("no call for instance attribute")

class Raiser:
    def __set_name__(self, owner, name):
        raise ValueError("bad name " + name)
try:
    class Boom:
        good = Tracker("good")
        bad = Raiser()
except ValueError as e:
    print(type(e).__name__, e)
    print(getattr(e, "__notes__", None))
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

class NotCallable:
    __set_name__ = 5
try:
    class C2:
        nc = NotCallable()
except TypeError as e:
    print(type(e).__name__, e)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

class WrongArity:
    def __set_name__(self):
        pass
try:
    class C3:
        w = WrongArity()
except TypeError as e:
    print(type(e).__name__, e)
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__, e.__cause__)

# type() calls __set_name__ too
T = type("T", (), {"t": Tracker("via type")})

# setattr after creation does not call it
T.later = Tracker("later")
print("done")

# __set_name__ sees the class fully populated
class Checker:
    def __set_name__(self, owner, name):
        print(name, sorted(k for k in vars(owner) if not k.startswith("__")))
class Full:
    first = Checker()
    second = 2
    third = Checker()

# modifying the class inside __set_name__
class Adder:
    def __set_name__(self, owner, name):
        setattr(owner, name + "_extra", 1)
class Grows:
    p = Adder()
    q = Adder()
print(sorted(k for k in vars(Grows) if not k.startswith("__")))
