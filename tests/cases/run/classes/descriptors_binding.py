class Verbose:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        print("set", self.name, value)
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)
class Model:
    field = Verbose()
    other = Verbose()
m = Model()
print(m.field)
m.field = 5
print(m.field, m.__dict__)
del m.field
print(m.field, isinstance(Model.field, Verbose))
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class Holder:
    attr = NonData()
h = Holder()
print(h.attr)
h.__dict__["attr"] = "from instance dict"
print(h.attr)
class DataWins:
    attr = property(lambda self: "property wins")
d = DataWins()
d.__dict__["attr"] = "ignored"
print(d.attr)
class Methods:
    def inst(self):
        return self
    @staticmethod
    def stat(*a):
        return a
    @classmethod
    def cls(cls, *a):
        return cls, a
mm = Methods()
print(mm.inst() is mm, mm.stat(1), Methods.stat(2), mm.cls(3)[0] is Methods, Methods.cls()[1])
print(Methods.__dict__["stat"].__func__(9), type(Methods.__dict__["cls"]).__name__)
print(Methods.inst(5), Methods.__dict__["inst"].__get__(mm)() is mm)
try:
    Methods.inst()
except TypeError as e:
    print(e)
class Callable:
    def __call__(self, *a):
        return ("called", a)
class UsesCallable:
    method = Callable()
print(UsesCallable().method(1))
print(classmethod(lambda c: c).__get__(None, int)(), staticmethod(len).__get__(1)("ab"))
