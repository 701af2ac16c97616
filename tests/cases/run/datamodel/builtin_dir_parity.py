# dir() of built-in types lists exactly CPython's names; every method has a docstring.
import types
expected_counts = {}
for t in (object, type, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict,
          set, frozenset, range, slice, memoryview, property, staticmethod, classmethod,
          super, BaseException, Exception, ValueError, OSError, StopIteration, SyntaxError,
          types.FunctionType, types.MethodType, types.ModuleType, types.SimpleNamespace,
          types.MappingProxyType, types.GeneratorType, type(None),
          type(NotImplemented), type(Ellipsis), enumerate, zip, map, filter, reversed):
    names = dir(t)
    print(t.__name__, len(names), names == sorted(names))
    print("  ", " ".join(n for n in names if not n.startswith("__")))
