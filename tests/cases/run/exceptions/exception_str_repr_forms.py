samples = [
    ValueError(), ValueError("msg"), ValueError("a", "b"), ValueError(None), ValueError(""),
    KeyError("k"), KeyError(), KeyError(1, 2), IndexError(5),
    OSError(), OSError("x"), OSError(2, "ENOENT"), OSError(2, "ENOENT", "file"), OSError(2, "ENOENT", "a", None, "b"),
    FileNotFoundError(2, "No such file or directory", "/x"), StopIteration(), StopIteration(1, 2),
    SystemExit(), SystemExit("bye"), UnicodeError("u"), SyntaxError("bad", ("f.py", 3, 4, "text\n", 3, 5)),
    ExceptionGroup("eg", [ValueError(1)]), AttributeError("a", name="n", obj=1), NameError("nm"),
]
for e in samples:
    print(f"{type(e).__name__:20} str={str(e)!r:45} repr={e!r}")
class Custom(Exception):
    pass
print(str(Custom("x", 1)), repr(Custom()), repr(Custom("only")))
class CustomRepr(Exception):
    def __repr__(self):
        return "CustomRepr!"
print(repr(CustomRepr()), str(CustomRepr("s")), [CustomRepr()])
