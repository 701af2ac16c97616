# object(): instances, default methods, comparisons, __init__/__new__ argument rules.
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

o = object()
t("no dict", lambda: o.__dict__)
t("set attr", lambda: setattr(o, "x", 1))
t("args", lambda: object(1))
t("kw", lambda: object(a=1))
t("eq self", lambda: (o == o, o != o, o == object()))
t("lt", lambda: o < object())
t("eq returns NotImplemented", lambda: o.__eq__(1))
t("ne", lambda: o.__ne__(o))
t("str is repr", lambda: str(o) == repr(o))
t("format", lambda: format(o, ""))
t("sizeof", lambda: type(o.__sizeof__()).__name__)
t("reduce_ex", lambda: o.__reduce_ex__(2)[0].__name__)
t("class", lambda: o.__class__)
t("subclasshook", lambda: object.__subclasshook__(int))
t("init_subclass", lambda: object.__init_subclass__())
t("dir sorted", lambda: dir(o) == sorted(dir(o)))
t("hash", lambda: hash(o) == hash(o))
t("bases", lambda: (object.__bases__, object.__mro__, type(object).__name__))
class NoInit:
    pass
t("subclass args", lambda: NoInit(1))
t("subclass kw", lambda: NoInit(a=1))
class OnlyInit:
    def __init__(self, a):
        self.a = a
t("init only", lambda: OnlyInit(1).a)
t("object.__new__ extra args with init", lambda: type(object.__new__(OnlyInit, 1)).__name__)
class OnlyNew:
    def __new__(cls, *args):
        return super().__new__(cls)
t("new only", lambda: type(OnlyNew(1, 2)).__name__)
class BothPassArgs:
    def __new__(cls, *args):
        return super().__new__(cls, *args)
    def __init__(self, *args):
        pass
t("new passes args", lambda: BothPassArgs(1))
class InitPassArgs:
    def __init__(self, *args):
        super().__init__(*args)
t("init passes args", lambda: InitPassArgs(1))
t("object.__new__ non-type", lambda: object.__new__(1))
t("object.__new__ int", lambda: object.__new__(int))
t("object.__init__ extra", lambda: object.__init__(o, 1))
t("class assignment", lambda: setattr(NoInit(), "__class__", OnlyInit))
t("class assignment builtin", lambda: setattr(o, "__class__", NoInit))
x = NoInit()
x.__class__ = OnlyNew
t("class changed", lambda: type(x).__name__)
t("getattribute", lambda: object.__getattribute__(x, "__class__").__name__)
t("getattribute missing", lambda: object.__getattribute__(x, "nope"))
t("setattr on object type", lambda: setattr(object, "attr", 1))
t("delattr", lambda: object.__delattr__(x, "nope"))
t("object has a doc", lambda: bool(object.__doc__))
t("init returns non-None", lambda: type("R", (), {"__init__": lambda self: 5})())
