# __getattribute__, __getattr__, __setattr__, __delattr__ and how they combine.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Log:
    def __init__(self):
        object.__setattr__(self, "events", [])
    def __getattribute__(self, name):
        if name != "events":
            object.__getattribute__(self, "events").append("ga:" + name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        self.events.append("fallback:" + name)
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"no {name} here")
    def __setattr__(self, name, value):
        self.events.append("set:" + name)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.events.append("del:" + name)
        object.__delattr__(self, name)

o = Log()
o.x = 1
print(o.x, o.dyn_value)
err(lambda: o.missing)
del o.x
err(lambda: delattr(o, "x"))
print(o.events)
print(getattr(o, "nope", "default"), hasattr(o, "nope"), hasattr(o, "dyn_q"))

# __getattribute__ raising AttributeError triggers __getattr__; other errors do not
class Raiser:
    def __getattribute__(self, name):
        if name == "boom":
            raise ValueError("boom")
        if name == "attr":
            raise AttributeError("attr missing from getattribute")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback for " + name
r = Raiser()
print(r.attr)
err(lambda: r.boom)
print(getattr(r, "anything"))

# __getattr__ is not consulted for special method lookup
class Magic:
    def __getattr__(self, name):
        return lambda *a: "via getattr " + name
m = Magic()
print(m.__len__())
err(lambda: len(m))
err(lambda: m + 1)
err(lambda: iter(m))
print(repr(m).startswith("<__main__.Magic object"))

# __setattr__ via super and via object
class Validated:
    def __setattr__(self, name, value):
        if not isinstance(value, int):
            raise TypeError(f"{name} must be int, not {type(value).__name__}")
        super().__setattr__(name, value)
v = Validated()
v.a = 1
err(lambda: setattr(v, "b", "x"))
object.__setattr__(v, "b", "bypass")
print(v.a, v.b)

# object.__setattr__ refuses some targets
err(lambda: object.__setattr__(1, "x", 1))
err(lambda: object.__setattr__(int, "x", 1))
err(lambda: object.__setattr__(Validated, "x", 1))
err(lambda: object.__delattr__(v, "zzz"))
err(lambda: object.__getattribute__(v, 5))
err(lambda: setattr(v, 5, 1))
err(lambda: getattr(v, 5))
err(lambda: delattr(v, 5))
err(lambda: type.__setattr__(Validated, "x", 1) or Validated.x)
err(lambda: type.__setattr__(v, "x", 1))

# names are str subclasses: passed through
class S(str): pass
v2 = Validated()
setattr(v2, S("sub"), 3)
print(v2.sub, type(list(v2.__dict__)[0]).__name__)

# __delattr__ returning a value is ignored; __setattr__ return ignored
class Ret:
    def __setattr__(self, n, v): return "ignored"
    def __delattr__(self, n): return "ignored"
rr = Ret()
rr.q = 1
del rr.q
print(vars(rr))

# __getattr__ defined later on the class takes effect
class Late: pass
lt = Late()
err(lambda: lt.thing)
Late.__getattr__ = lambda self, n: "late " + n
print(lt.thing)
del Late.__getattr__
err(lambda: lt.thing)
