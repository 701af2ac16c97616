# Every callable in builtins called with no arguments, nine arguments, and an unknown keyword.
import builtins
names = [n for n in dir(builtins) if not n.startswith("__l") and callable(getattr(builtins, n)) and not (isinstance(getattr(builtins, n), type) and issubclass(getattr(builtins, n), BaseException))]
skip = {"input", "breakpoint", "exit", "quit", "help", "copyright", "credits", "license", "print", "open", "__build_class__", "__import__", "globals", "locals", "vars", "dir"}
for n in names:
    if n in skip:
        continue
    f = getattr(builtins, n)
    for label, call in [("0", lambda: f()), ("9", lambda: f(*range(9))), ("kw", lambda: f(bogus_kw=1)), ("1kw", lambda: f(1, bogus_kw=1))]:
        try:
            r = call()
            print(n, label, "OK", type(r).__name__)
        except Exception as e:
            print(n, label, type(e).__name__, e)
