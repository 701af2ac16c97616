# dir(): __dir__ overrides, modules, classes, instances and built-in types.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Custom:
    def __dir__(self): return ["b", "a", "c"]
print(dir(Custom()))
class ReturnsTuple:
    def __dir__(self): return ("z", "y")
print(dir(ReturnsTuple()))
class ReturnsBad:
    def __dir__(self): return 5
err(lambda: dir(ReturnsBad()))
class ReturnsGen:
    def __dir__(self): return (x for x in "qp")
print(dir(ReturnsGen()))
err(lambda: dir(1, 2))

class Base:
    base_attr = 1
    def base_method(self): pass
class Child(Base):
    child_attr = 2
    def __init__(self): self.inst = 3
names = dir(Child())
print([n for n in names if not n.startswith("__")])
print([n for n in dir(Child) if not n.startswith("__")])
print("__init__" in names, "__dict__" in names, "__weakref__" in names, "__module__" in names)

print([n for n in dir(object)])
print(dir(int))
print(dir(str))
print(dir(list))
print(dir(dict))
print(dir(tuple))
print(dir(set))
print(dir(frozenset))
print(dir(bytes))
print(dir(float))
print(dir(bool))
print(dir(type))
print(dir(complex))
print(dir(range))
print(dir(slice))
print(dir(None))
print(dir(property))
print(dir(BaseException))
print(dir(ValueError("x")))
print(dir(lambda: 0))
print(dir(type(Custom().__dir__)))

class Meta(type):
    def __dir__(cls): return ["meta_dir"]
class WithMeta(metaclass=Meta):
    x = 1
print(dir(WithMeta), [n for n in dir(WithMeta()) if not n.startswith("__")])

class Slotted:
    __slots__ = ("a", "b")
print([n for n in dir(Slotted()) if not n.startswith("__")])

class DictIsNotDict:
    @property
    def __dict__(self): return ["not", "a", "dict"]
print([n for n in dir(DictIsNotDict()) if not n.startswith("__")])
