# The defaults object provides: comparison, hashing, repr/str/format, attribute hooks.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Plain: pass
a, b = Plain(), Plain()
print(a == a, a == b, a != b, a != a, a.__eq__(b), a.__ne__(a), a.__lt__(b), a.__ge__(b))
err(lambda: a < b)
err(lambda: a >= b)
print(hash(a) == object.__hash__(a), hash(a) == id(a) >> 4)
print(repr(a).startswith("<__main__.Plain object at 0x"), str(a) == repr(a), format(a, "") == str(a))
err(lambda: format(a, "s"))
print(a.__sizeof__() == object().__sizeof__() or a.__sizeof__() > 0, type(a.__sizeof__()).__name__)
print(a.__class__ is Plain, a.__doc__, a.__module__, type(a.__dir__()).__name__)
print(a.__reduce_ex__(2)[0].__name__, a.__getstate__())
a.x = 1
print(a.__getstate__())
print(object.__subclasshook__(int), Plain.__subclasshook__(int), Plain.__init_subclass__())

# object methods called unbound on various objects
print(object.__repr__(5).startswith("<int object at"), object.__str__(5), object.__format__(5, ""))
print(object.__eq__(5, 5), object.__ne__(5, 6), object.__hash__(5) == hash(object()) and False)
err(lambda: object.__getattribute__(5, "real"))
err(lambda: object.__getattribute__(5, "nope"))
err(lambda: object.__setattr__(5, "real", 1))
err(lambda: object.__delattr__([], "append"))
err(lambda: object.__repr__())
err(lambda: object.__eq__(1))

# __ne__ delegates to __eq__ unless overridden
class EqOnly:
    def __eq__(self, o): return isinstance(o, EqOnly)
print(EqOnly() != EqOnly(), EqOnly() != 1, EqOnly.__ne__(EqOnly(), EqOnly()))
class NeOnly:
    def __ne__(self, o): return "custom ne"
print(NeOnly() != 1, NeOnly() == NeOnly())

# __str__ defaults to __repr__, __format__ to str()
class R:
    def __repr__(self): return "R()"
print(str(R()), format(R()), f"{R()!s}", f"{R()!a}", "%s|%r" % (R(), R()))
class S:
    def __str__(self): return "S-str"
print(repr(S()).startswith("<__main__.S object"), format(S()), f"{S():}")
err(lambda: format(S(), ">10"))

# __init__ and __new__ of object with a subclass
print(type(object.__new__(Plain)).__name__, object.__init__(a))
err(lambda: object.__new__(Plain, 1))
err(lambda: object.__init__(a, 1))

# __class__ on object is a data descriptor on object
print(type(object.__dict__["__class__"]).__name__, object.__dict__["__class__"].__get__(a) is Plain)
err(lambda: object.__dict__["__class__"].__set__(a, int))
print(sorted(k for k in object.__dict__ if k.startswith("__") and not k.endswith("__")))
print(len(dir(object)), sorted(set(dir(Plain)) - set(dir(object))))
