# Real-world descriptors: typed fields, lazy attributes, bound-method caches.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Typed:
    def __init__(self, kind): self.kind = kind
    def __set_name__(self, owner, name):
        self.private = "_" + name
        self.public = name
    def __get__(self, obj, owner=None):
        if obj is None: return self
        try:
            return getattr(obj, self.private)
        except AttributeError:
            raise AttributeError(f"{owner.__name__}.{self.public} is not set") from None
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.public} must be {self.kind.__name__}, not {type(value).__name__}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        delattr(obj, self.private)

class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name, self.age = name, age
p = Person("ada", 36)
print(p.name, p.age, sorted(vars(p)))
err(lambda: setattr(p, "age", "old"))
del p.age
err(lambda: p.age)
err(lambda: Person(1, 2))
print(type(Person.name).__name__)

class lazy:
    def __init__(self, func):
        self.func = func
        self.__doc__ = func.__doc__
    def __set_name__(self, owner, name): self.name = name
    def __get__(self, obj, owner=None):
        if obj is None: return self
        value = self.func(obj)
        obj.__dict__[self.name] = value
        return value
class Report:
    calls = 0
    @lazy
    def data(self):
        "Expensive data."
        Report.calls += 1
        return [1, 2, 3]
r = Report()
print(r.data, r.data, Report.calls, Report.data.__doc__, "data" in vars(r))

class Const:
    def __init__(self, v): self.v = v
    def __get__(self, obj, owner): return self.v
    def __set__(self, obj, value): raise AttributeError("constant")
class Settings:
    PI = Const(3.14)
s = Settings()
print(s.PI, Settings.PI)
err(lambda: setattr(s, "PI", 3))
Settings.PI = 3
print(Settings.PI, s.PI)

class MethodLike:
    def __init__(self, f): self.f = f
    def __get__(self, obj, owner=None):
        if obj is None: return self
        return lambda *a: self.f(obj, *a)
class UsesMethodLike:
    @MethodLike
    def greet(self, who): return f"hi {who} from {type(self).__name__}"
print(UsesMethodLike().greet("you"))
