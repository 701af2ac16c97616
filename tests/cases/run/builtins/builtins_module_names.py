# The builtins module's own namespace: names, kinds, and the site-added helpers.
import builtins
import sys
names = dir(builtins)
print(len(names))
print(names)
print(names == sorted(names))
funcs = [n for n in names if type(getattr(builtins, n)).__name__ == "builtin_function_or_method"]
print(len(funcs), funcs)
types_ = [n for n in names if not n.startswith("__") and isinstance(getattr(builtins, n), type) and not issubclass(getattr(builtins, n), BaseException)]
print(types_)
excs = [n for n in names if isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException)]
print(len(excs))
print(builtins.__name__, builtins.__package__, builtins.__doc__ is not None)
print(builtins.__debug__, builtins.Ellipsis, builtins.NotImplemented)
print(builtins.EnvironmentError is OSError, builtins.IOError is OSError)
for n in ("help", "copyright", "credits", "license", "exit", "quit"):
    obj = getattr(builtins, n)
    print(n, type(obj).__module__, type(obj).__qualname__, callable(obj))
print(repr(help))
print(repr(credits))
print(repr(exit), repr(quit))
print(repr(copyright).splitlines()[1], repr(copyright) == sys.copyright)
print(repr(license) in ("Type license() to see the full license text", "See https://www.python.org/psf/license/"))
credits()
print(credits() is None)
h = type(help)()
print(repr(h), callable(h))
print(type(license).__mro__)
print(type(credits).MAXLINES)
print(__builtins__ is builtins or __builtins__ is vars(builtins))
print(builtins.len is len, builtins.__dict__["print"] is print)
print(len.__module__, len.__qualname__, len.__self__ is builtins)
print(type(__builtins__).__name__)
