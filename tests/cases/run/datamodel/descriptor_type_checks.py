# Built-in descriptors check the object they are applied to: messages for each kind.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class A:
    __slots__ = ("x",)
class B: pass

member = A.__dict__["x"]
err(lambda: member.__get__(B()))
err(lambda: member.__set__(B(), 1))
err(lambda: member.__delete__(B()))
err(lambda: member.__get__(None, A) is member)
err(lambda: member.__get__(None, B) is member)

getset = B.__dict__["__dict__"]
err(lambda: getset.__get__(A()))
err(lambda: getset.__set__(A(), {}))
err(lambda: getset.__get__(5))
err(lambda: type(getset).__name__)

method = list.__dict__["append"]
err(lambda: method.__get__((), tuple))
err(lambda: method((), 1))
err(lambda: method())
err(lambda: method.__get__(None, list) is method)
err(lambda: method.__get__(None, tuple))

wrapper = int.__dict__["__add__"]
err(lambda: wrapper(1.5, 1))
err(lambda: wrapper.__get__("s"))
err(lambda: wrapper())
err(lambda: wrapper(1))
err(lambda: wrapper(1, 2, 3))
err(lambda: wrapper(1, 2))

cm = dict.__dict__["fromkeys"]
err(lambda: cm.__get__(None, list))
err(lambda: cm.__get__([], None))
err(lambda: cm(list, "ab"))
err(lambda: cm())
err(lambda: cm(dict, "ab"))

# the same checks through the high-level operations
err(lambda: list.append((), 1))
err(lambda: str.upper(5))
err(lambda: int.bit_length("x"))
err(lambda: object.__dict__["__class__"].__get__(1) is int)
err(lambda: type.__dict__["__mro__"].__get__(1))
err(lambda: type.__dict__["__name__"].__set__(1, "x"))
err(lambda: type.__dict__["__qualname__"].__get__(int))
err(lambda: type.__dict__["__doc__"].__get__(1))
err(lambda: BaseException.__dict__["args"].__get__(1))
err(lambda: BaseException.__dict__["args"].__get__(ValueError(1, 2)))

# a subclass instance passes the check
class SubA(A): pass
s = SubA()
member.__set__(s, 7)
print(member.__get__(s), s.x)
class SubList(list): pass
method(sl := SubList(), 3)
print(sl)

# reprs of the descriptor kinds
print(repr(member), repr(getset), repr(method), repr(wrapper), repr(cm))
print(repr(int.__dict__["real"]), repr(type.__dict__["__mro__"]))
