# Bound methods, functions accessed through the class, their reprs and identity.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Greeter:
    def hello(self, name="world"):
        return f"hello {name} from {type(self).__name__}"

g = Greeter()
m = g.hello
print(m(), m("you"), Greeter.hello(g, "class"))
print(type(m).__name__, type(Greeter.hello).__name__)
print(m.__self__ is g, m.__func__ is Greeter.hello, m.__name__, m.__qualname__)
print(repr(m).startswith("<bound method Greeter.hello of <__main__.Greeter object at"))
print(repr(Greeter.hello).startswith("<function Greeter.hello at"))
print(g.hello == g.hello, g.hello is g.hello, hash(g.hello) == hash(g.hello))
print(Greeter().hello == g.hello)
err(lambda: Greeter.hello())
err(lambda: m(1, 2))
err(lambda: setattr(m, "x", 1))
err(lambda: m.missing)
print(m.__doc__, m.__module__)
Greeter.hello.note = "attached"
print(m.note)

class Other:
    pass
o = Other()
print(Greeter.hello(o))
MethodType = type(m)
bound = MethodType(Greeter.hello, o)
print(bound(), bound.__self__ is o)
err(lambda: MethodType(1, o))
err(lambda: MethodType(Greeter.hello, None))
err(lambda: MethodType(Greeter.hello))

# built-in methods
lst = [3, 1, 2]
ap = lst.append
print(type(ap).__name__, ap.__self__ is lst, ap.__name__, ap.__qualname__)
print(repr(ap).startswith("<built-in method append of list object at"))
print(repr(len), repr(list.append), repr(dict.fromkeys))
print(type(list.append).__name__, type(dict.__dict__["fromkeys"]).__name__, type(list.__add__).__name__)
print(repr(list.__add__), repr([].__add__).startswith("<method-wrapper '__add__' of list object"))
print(type([].__add__).__name__, repr(object.__init__))
print(list.append.__objclass__, list.append.__qualname__, len.__self__.__name__)
err(lambda: list.append(1, 2))
err(lambda: list.append())
err(lambda: list.__add__([], ()))
print(str.join.__get__("-")(["a", "b"]))
err(lambda: str.join.__get__(1))
print(int.__add__(1, 2), int.__dict__["__add__"].__get__(5)(6))
print((1).__add__.__self__, (1).__add__.__name__, repr(int.__add__))
print(repr(object.__dict__["__init_subclass__"]), repr(object.__init_subclass__))
