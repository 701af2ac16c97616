# Every public method of the built-in types has a non-empty docstring.
import types
missing = []
types_checked = (object, type, int, bool, float, complex, str, bytes, bytearray, list, tuple,
                 dict, set, frozenset, range, slice, memoryview, property, staticmethod,
                 classmethod, super, BaseException, Exception, OSError, enumerate, zip, map,
                 filter, reversed, types.SimpleNamespace, types.MappingProxyType)
for t in types_checked:
    if not t.__doc__:
        missing.append(t.__name__)
    for name in dir(t):
        if name.startswith("__") and name not in ("__init__", "__new__", "__repr__", "__len__",
                                                  "__getitem__", "__contains__", "__iter__",
                                                  "__eq__", "__hash__", "__add__", "__format__",
                                                  "__sizeof__", "__reduce_ex__", "__reduce__"):
            continue
        attr = getattr(t, name)
        if callable(attr) and not isinstance(attr, type) and not attr.__doc__:
            missing.append(f"{t.__name__}.{name}")
print("missing docs:", missing)
print(all(isinstance(getattr(int, n).__doc__, str) for n in ("bit_length", "to_bytes", "from_bytes")))
print(type(int.__dict__["from_bytes"]).__name__, type(str.__dict__["maketrans"]).__name__)
print(type(list.__dict__["append"]).__name__, type(list.__dict__["__add__"]).__name__)
print(type(int.__dict__["real"]).__name__, type(type.__dict__["__dict__"]).__name__)
print(type(object.__dict__["__class__"]).__name__, type(complex.__dict__["real"]).__name__)
print(list.append.__name__, list.append.__qualname__, list.__add__.__qualname__)
print(list.append.__objclass__ is list, int.real.__objclass__ is int)
print(dict.fromkeys.__self__ is dict, str.maketrans.__self__ if hasattr(str.maketrans, "__self__") else None)
print(len.__name__, len.__qualname__, len.__module__, len.__self__ is not None)
print([].append.__self__ == [], type([].append.__self__).__name__)
print(repr(list.append), repr(list.__add__))
print(repr(int.real), repr(type.__dict__["__dict__"]))
print(repr(object.__init__), repr(object().__init__).startswith("<method-wrapper '__init__' of object object at"))
print(callable(list.__dict__["append"]), list.__dict__["append"]([], 1))
try:
    list.append(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.__add__(1, [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.real.__get__("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.append()
except TypeError as e:
    print(type(e).__name__, e)
print(list.__dict__["append"].__get__([9]).__self__, list.__dict__["append"].__get__(None, list) is list.__dict__["append"])
print(int.__dict__["bit_length"].__text_signature__, list.__dict__["append"].__text_signature__)
print(object.__dict__["__init__"].__text_signature__, list.__dict__["__add__"].__text_signature__)
