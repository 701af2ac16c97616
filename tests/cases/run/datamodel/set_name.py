# __set_name__ on descriptors at class creation.
class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset " + self.name)

class Model:
    first = Named()
    second = Named()
m = Model()
print(m.first, Model.second.name)

class Later: pass
d = Named()
Later.x = d
print(hasattr(d, "name"))

class Failing:
    def __set_name__(self, owner, name):
        raise ValueError("nope " + name)
try:
    class Host:
        attr = Failing()
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__ if e.__cause__ else None)
    print(e.__notes__ if hasattr(e, "__notes__") else "no notes")

class NotCallable:
    __set_name__ = 5
try:
    class Host2:
        attr = NotCallable()
except RuntimeError as e:
    print("RuntimeError:", e, "|", e.__cause__)

class Twice:
    calls = []
    def __set_name__(self, owner, name):
        Twice.calls.append(name)
shared = Twice()
class Both:
    a = shared
    b = shared
print(Twice.calls)

# type() also calls __set_name__
T = type("T", (), {"z": Named()})
print(T.z.name)

# __set_name__ sees the final class
class Checker:
    def __set_name__(self, owner, name):
        print("owner has other:", hasattr(owner, "other"))
class Host3:
    c = Checker()
    other = 1

class WrongArgs:
    def __set_name__(self):
        pass
try:
    class Host4:
        w = WrongArgs()
except RuntimeError as e:
    print("RuntimeError:", e, "|", e.__cause__)
