# __weakref__ comes with every class unless __slots__ leaves it out; the
# rules and errors of CPython.
import weakref


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Plain:
    pass


class NoWeak:
    __slots__ = ()


class OnlyWeak:
    __slots__ = ("__weakref__",)


class Both:
    __slots__ = ("a", "__weakref__", "__dict__")


class Sub(OnlyWeak):
    pass


class SubNoSlots(NoWeak):
    pass


class SubEmptySlots(NoWeak):
    __slots__ = ("b",)


for cls in (Plain, NoWeak, OnlyWeak, Both, Sub, SubNoSlots, SubEmptySlots):
    attempt(cls.__name__, lambda: weakref.ref(cls()) is not None)
    print("  __weakref__ in dict:", "__weakref__" in cls.__dict__, "offset:", cls.__weakrefoffset__ != 0)

attempt("twice", lambda: type("X", (), {"__slots__": ("__weakref__", "__weakref__")}))
attempt("base has one", lambda: type("X", (OnlyWeak,), {"__slots__": ("__weakref__",)}))
attempt("plain base", lambda: type("X", (Plain,), {"__slots__": ("__weakref__",)}))
attempt("int base", lambda: type("X", (int,), {"__slots__": ("__weakref__",)}))
attempt("int base empty", lambda: type("X", (int,), {"__slots__": ()}).__name__)
attempt("tuple base", lambda: type("X", (tuple,), {"__slots__": ("__weakref__",)}))
attempt("str base", lambda: weakref.ref(type("X", (str,), {"__slots__": ("__weakref__",)})()) is not None)
attempt("dict twice", lambda: type("X", (), {"__slots__": ("__dict__", "__dict__")}))


class Mixed(NoWeak, OnlyWeak):
    __slots__ = ()


attempt("mixed", lambda: weakref.ref(Mixed()) is not None)

o = Plain()
print(o.__weakref__)
r = weakref.ref(o)
print(o.__weakref__ is r)
r2 = weakref.ref(o, lambda x: None)
print(o.__weakref__ is r)
del r
print(o.__weakref__ is r2)
attempt("NoWeak attr", lambda: NoWeak().__weakref__)
print(Plain.__dict__["__weakref__"].__doc__)
attempt("set", lambda: setattr(o, "__weakref__", 1))
