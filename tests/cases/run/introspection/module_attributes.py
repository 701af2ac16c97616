import sys
me = sys.modules[__name__]
print(__name__, me.__name__, type(me).__name__, __doc__, __spec__, __package__)
print(__file__.endswith("module_attributes.py"), __cached__ if "__cached__" in globals() else "no cached")
print(sorted(k for k in globals() if k.startswith("__")))
print(me.__dict__ is globals(), repr(sys).startswith("<module 'sys'"))
import types
m = types.ModuleType("fresh", "the doc")
print(m.__name__, m.__doc__, m.__dict__.keys(), repr(m))
m.x = 1
print(m.x, vars(m)["x"])
try:
    m.missing
except AttributeError as e:
    print(e)
try:
    types.ModuleType()
except TypeError as e:
    print(e)
def __getattr__(name):
    return f"dynamic {name}"
print(me.whatever)
print(getattr(me, "other"))
print(sys.modules["__main__"] is me)
del m.x
print(hasattr(m, "x"))
