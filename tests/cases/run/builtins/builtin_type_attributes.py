# Result types of the built-ins given subclasses, and the attribute sets of the built-in types.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except BaseException as e:
        print(label, "EXC", type(e).__name__, e)
class S(str):
    pass
class F:
    def __format__(self, spec):
        return S("fmt")
t("format returns subclass", lambda: type(format(F())).__name__)
t("fstring returns subclass", lambda: type(f"{F()}").__name__)
class R:
    def __repr__(self):
        return S("r")
t("ascii of subclass repr", lambda: type(ascii(R())).__name__)
t("repr type", lambda: type(repr(R())).__name__)
class St:
    def __str__(self):
        return S("s")
t("str type", lambda: type(str(St())).__name__)
t("format default type", lambda: type(format(St())).__name__)
t("print obj", lambda: print(St(), R()))
t("hash of S", lambda: hash(S("a")) == hash("a"))
t("sum S", lambda: sum([S("a")], S("")))
t("min S", lambda: type(min(S("b"), S("a"))).__name__)
t("sorted S", lambda: [type(x).__name__ for x in sorted([S("b"), "a"])])
t("chr type", lambda: type(chr(65)).__name__)
t("hex int subclass", lambda: hex(type("I", (int,), {})(255)))
t("round int subclass nd", lambda: type(round(type("I", (int,), {})(255), -1)).__name__)
t("abs bool", lambda: type(abs(False)).__name__)
t("divmod float subclass", lambda: [type(x).__name__ for x in divmod(type("FF", (float,), {})(7.0), 2)])
t("pow int subclass", lambda: type(pow(type("I", (int,), {})(2), 3)).__name__)
t("max key returns", lambda: max([1, 2, 3], key=lambda x: -x))
t("enumerate repr", lambda: repr(enumerate([])).startswith("<enumerate object"))
t("zip repr", lambda: repr(zip()).startswith("<zip object"))
t("map repr", lambda: repr(map(len, [])).startswith("<map object"))
t("reversed repr", lambda: repr(reversed([])).startswith("<list_reverseiterator"))
t("range repr", lambda: repr(range(1, 2, 1)))
t("iter repr", lambda: repr(iter(lambda: 1, 2)).startswith("<callable_iterator"))
t("filter attrs", lambda: [a for a in dir(filter(None, [])) if not a.startswith("__")])
t("property attrs", lambda: [a for a in dir(property()) if not a.startswith("__")])
t("super attrs", lambda: [a for a in dir(super(int, 1)) if not a.startswith("_")][:3])
t("slice attrs", lambda: [a for a in dir(slice(1)) if not a.startswith("__")])
t("memoryview attrs", lambda: [a for a in dir(memoryview(b"")) if not a.startswith("__")])
t("range attrs", lambda: [a for a in dir(range(1)) if not a.startswith("__")])
t("classmethod attrs", lambda: sorted(set(dir(classmethod(len))) - set(dir(object()))))
t("staticmethod attrs", lambda: sorted(set(dir(staticmethod(len))) - set(dir(object()))))
t("property full", lambda: sorted(set(dir(property())) - set(dir(object()))))
t("enumerate full", lambda: sorted(set(dir(enumerate([]))) - set(dir(object()))))
t("zip full", lambda: sorted(set(dir(zip())) - set(dir(object()))))
t("super full", lambda: sorted(set(dir(super)) - set(dir(object))))
t("type full", lambda: sorted(set(dir(type)) - set(dir(object))))
t("object full", lambda: dir(object))
