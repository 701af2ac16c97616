# Which objects can be weakly referenced, as in CPython.
import sys
import weakref


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


class C:
    def m(self):
        pass


co = coro()
candidates = {
    "int": 1, "float": 1.0, "str": "a", "bytes": b"a", "tuple": (), "list": [], "dict": {},
    "set": set(), "frozenset": frozenset(), "type": int, "class": C, "function": gen,
    "builtin": len, "method": C().m, "builtin_method": [].append, "generator": gen(),
    "coroutine": co, "async_generator": agen(), "code": gen.__code__, "module": sys,
    "property": property(), "classmethod": classmethod(gen), "staticmethod": staticmethod(gen),
    "GenericAlias": list[int], "Union": int | str, "slice": slice(1), "range": range(1),
    "object": object(), "instance": C(), "bytearray": bytearray(), "memoryview": memoryview(b""),
    "complex": 1j, "bool": True, "None": None, "NotImplemented": NotImplemented, "Ellipsis": ...,
    "exception": ValueError(), "enumerate": enumerate([]), "list_iterator": iter([]),
    "map": map(len, []), "zip": zip(), "ref": weakref.ref(C), "proxy": weakref.proxy(C),
    "method-wrapper": (1).__add__, "wrapper_descriptor": str.__add__, "method_descriptor": str.join,
}
for name, obj in candidates.items():
    try:
        weakref.ref(obj)
        print(name, "yes")
    except TypeError as e:
        print(name, "no:", e)
co.close()

# Subclasses of built-in types.
for base in (int, bool.__base__, str, bytes, tuple, list, dict, set, float, complex, Exception, object):
    T = type("T", (base,), {})
    try:
        weakref.ref(T())
        print(base.__name__, "subclass yes", T.__weakrefoffset__ != 0)
    except TypeError as e:
        print(base.__name__, "subclass no:", e)
