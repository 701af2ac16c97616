class Thing:
    kind = "thing"
    def __init__(self):
        self.a = 1
        self.b = 2
t = Thing()
print(vars(t), sorted(vars(Thing).keys() - {"__dict__", "__weakref__", "__module__", "__doc__", "__init__"}))
try:
    vars(5)
except TypeError as e:
    print(e)
try:
    vars(1, 2)
except TypeError as e:
    print(e)
def f(x):
    y = x * 2
    print(sorted(locals().items()), sorted(vars().items()))
    print(dir())
f(3)
print("Thing" in dir(), "__name__" in vars())
print(sorted(n for n in dir(t) if not n.startswith("__")))
class Custom:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(Custom()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(e)
def modify_locals():
    v = 1
    locals()["v"] = 2
    return v
print(modify_locals())
class Slotted:
    __slots__ = ("p",)
try:
    vars(Slotted())
except TypeError as e:
    print(e)
print(type(globals()).__name__, globals() is vars(), __name__)
