class Thing:
    pass
t = Thing()
t.__len__ = lambda: 5
t.__repr__ = lambda: "instance repr"
try:
    len(t)
except TypeError as e:
    print(e)
print(repr(t).startswith("<__main__.Thing object"))
Thing.__len__ = lambda self: 7
print(len(t))
class Meta(type):
    def __len__(cls):
        return 99
    def __getitem__(cls, item):
        return f"{cls.__name__}[{item}]"
    def __iter__(cls):
        return iter("abc")
class WithMeta(metaclass=Meta):
    pass
print(len(WithMeta), WithMeta[int], list(WithMeta))
class GetattrOnly:
    def __getattr__(self, name):
        if name == "__len__":
            return lambda: 3
        raise AttributeError(name)
try:
    len(GetattrOnly())
except TypeError as e:
    print(e)
class Hashing:
    def __eq__(self, other):
        return True
try:
    hash(Hashing())
except TypeError as e:
    print(e)
print(Hashing.__hash__)
class ExplicitHash(Hashing):
    __hash__ = object.__hash__
print(type(hash(ExplicitHash())).__name__)
class ClassGetitem:
    def __class_getitem__(cls, item):
        return f"class_getitem {item}"
print(ClassGetitem[int])
class Contains:
    def __contains__(self, x):
        return x == 1
    def __iter__(self):
        return iter([2])
print(1 in Contains(), 2 in Contains())
class IterOnly:
    def __iter__(self):
        return iter([5, 6])
print(5 in IterOnly(), 7 in IterOnly())
class Bad:
    __iter__ = None
try:
    iter(Bad())
except TypeError as e:
    print(e)
try:
    3 in Bad()
except TypeError as e:
    print(e)
class Reversible:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i
print(list(reversed(Reversible())))
class NotReversible:
    __reversed__ = None
    def __len__(self):
        return 0
    def __getitem__(self, i):
        raise IndexError
try:
    reversed(NotReversible())
except TypeError as e:
    print(e)
