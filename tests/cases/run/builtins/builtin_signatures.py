# The built-in functions as objects: names, modules, text signatures, self, pickling by name.
import builtins
import pickle
import copy
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

names = [n for n in dir(builtins) if type(getattr(builtins, n)).__name__ == "builtin_function_or_method"]
for n in names:
    f = getattr(builtins, n)
    print(n, f.__name__, f.__qualname__, f.__module__, f.__self__ is builtins, f.__text_signature__)
t("pickle len", lambda: pickle.loads(pickle.dumps(len)) is len)
t("copy len", lambda: copy.copy(len) is len and copy.deepcopy(len) is len)
t("reduce", lambda: len.__reduce__())
t("eq", lambda: (len == len, len != abs, hash(len) == hash(len)))
t("repr", lambda: (repr(len), repr(print)))
t("set attr", lambda: setattr(len, "x", 1))
t("dict", lambda: len.__dict__)
t("call via type", lambda: type(len).__call__(len, "abc"))
t("types", lambda: (type(builtins.open).__name__, builtins.open.__module__, builtins.open.__qualname__))
t("open same as io", lambda: builtins.open is __import__("io").open)
t("doc first line", lambda: len.__doc__.splitlines()[0])
t("types of types", lambda: sorted({type(getattr(builtins, n)).__name__ for n in dir(builtins) if n != "__spec__" and n != "__loader__"}))
t("bound method reduce", lambda: [].append.__reduce__()[0] is getattr)
t("pickle bound method", lambda: pickle.loads(pickle.dumps({}.keys)).__name__)
t("pickle module function", lambda: pickle.loads(pickle.dumps(__import__("math").sqrt))(16.0))
