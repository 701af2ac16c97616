# __doc__ and __text_signature__ of a sample of built-in functions and methods.
samples = [len, abs, isinstance, getattr, iter, next, sorted, repr, hash, id, callable, divmod, pow, round,
           list.append, list.sort, list.insert, list.pop, dict.get, dict.pop, dict.setdefault, dict.fromkeys,
           str.join, str.split, str.replace, str.startswith, str.encode, bytes.decode, int.to_bytes,
           int.from_bytes, int.bit_length, float.is_integer, tuple.index, set.add, object.__init__,
           object.__new__, object.__repr__, object.__format__, object.__reduce_ex__, type.mro,
           int.__add__, list.__len__, dict.__getitem__, str.__contains__]
for f in samples:
    print(getattr(f, "__qualname__", f.__name__), repr(f.__text_signature__))
for f in [len, list.append, dict.get, str.join, object.__init__, int.__add__, int.bit_length, list.sort, dict.fromkeys]:
    print("---", f.__qualname__)
    print(f.__doc__)
print(int.__doc__.splitlines()[0], str.__doc__.splitlines()[0], bool(object.__doc__))
print(type(None).__doc__, list.__doc__.splitlines())
print(dict.__doc__.splitlines()[0], tuple.__doc__.splitlines()[0], bool.__doc__.splitlines()[0])
print(repr(range.__text_signature__), repr(int.__text_signature__), repr(object.__text_signature__))
print(repr(dict.__text_signature__), repr(list.__text_signature__), repr(type.__text_signature__))
print(len.__module__, list.append.__module__ if hasattr(list.append, "__module__") else "no module")
class Mine:
    "Mine doc"
    def m(self):
        "m doc"
print(Mine.__doc__, Mine.m.__doc__, Mine().m.__doc__, Mine.__text_signature__ if hasattr(Mine, "__text_signature__") else None)
print(property.fget.__doc__, staticmethod.__doc__.splitlines()[0], classmethod.__doc__.splitlines()[0])
for t in (float, tuple, complex, property, enumerate, reversed, int, str, dict, range, slice, bool, type):
    print(t.__name__, repr(t.__text_signature__))
for f in (print, input, format, sum, any, all, chr, ord, bin, hex, oct, globals, locals, setattr, delattr,
          hasattr, issubclass, compile, eval, exec, __import__, ascii, aiter, anext, open, min, max, getattr, iter, next, vars, dir):
    print(f.__name__, repr(f.__text_signature__))
# the text signature of every method of the common built-in types
for t in (object, int, str, list, dict, tuple, set, float, bytes, type, bool, complex, frozenset, bytearray, range, slice, property):
    for k, v in sorted(vars(t).items()):
        if hasattr(v, "__text_signature__"):
            print(t.__name__, k, repr(v.__text_signature__))
