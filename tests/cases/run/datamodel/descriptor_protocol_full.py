# The descriptor protocol: data vs non-data, __get__ with None, set-only, delete-only.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class NonData:
    def __get__(self, obj, owner=None):
        return ("nondata", obj is None, owner.__name__ if owner else None)

class Data:
    def __get__(self, obj, owner=None):
        return ("data", obj is None)
    def __set__(self, obj, value):
        print("Data.__set__", value)

class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)

class DeleteOnly:
    def __delete__(self, obj):
        print("DeleteOnly.__delete__")

class C:
    nd = NonData()
    d = Data()
    so = SetOnly()
    do = DeleteOnly()

c = C()
print(c.nd, C.nd)
c.__dict__["nd"] = "instance wins over non-data"
print(c.nd)
c.__dict__["d"] = "ignored"
print(c.d, C.d)
c.d = 5
print(c.__dict__["d"])
c.so = 7
print(isinstance(c.so, SetOnly), "so" in c.__dict__)
c.__dict__["so"] = "instance value"
print(c.so)   # __set__ only is a data descriptor but without __get__ the instance dict wins? check
err(lambda: delattr(c, "d"))
err(lambda: delattr(c, "so"))
del c.do
c.__dict__["do"] = "present"
print(c.do)
err(lambda: setattr(c, "do", 1))
err(lambda: delattr(c, "nd"))
err(lambda: delattr(c, "nd"))

# __get__ called explicitly with various arguments
nd = NonData()
print(nd.__get__(None, C))
print(nd.__get__(c))
print(nd.__get__(c, None))
err(lambda: nd.__get__())

# function descriptor binding
def f(self, x=1): return ("f", type(self).__name__, x)
bound = f.__get__(c, C)
print(bound(), bound.__self__ is c, bound.__func__ is f)
print(f.__get__(None, C) is f)
err(lambda: f.__get__(None, None))
err(lambda: f.__get__())
print(f.__get__(5)())

# descriptors on the metaclass
class MetaDesc:
    def __get__(self, obj, owner):
        return "meta descriptor on " + obj.__name__
class Meta(type):
    md = MetaDesc()
    @property
    def mp(cls): return "meta property on " + cls.__name__
class K(metaclass=Meta):
    md = "class attribute"
print(K.md, K.mp)
err(lambda: K().mp)
class Meta2(type):
    @property
    def dd(cls): return "meta data descr"
class K2(metaclass=Meta2):
    dd = "shadowed by meta data descriptor"
print(K2.dd, K2.__dict__["dd"], K2().dd)

# a descriptor returning itself and tracking the owner
class Self:
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return 42
class Z:
    s = Self()
print(type(Z.s).__name__, Z().s)

# __set__ raising AttributeError
class ReadOnly:
    def __get__(self, obj, owner): return "ro"
    def __set__(self, obj, value): raise AttributeError("read-only attribute")
class Y:
    r = ReadOnly()
err(lambda: setattr(Y(), "r", 1))
print(Y().r)

# a descriptor class whose __get__ is not a function
class Weird:
    __get__ = staticmethod(lambda *a: ("weird", len(a)))
class V:
    w = Weird()
print(V().w, V.w)
