# isinstance()/issubclass(): tuples, nested tuples, unions, __instancecheck__, errors.
import abc
def t(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)

t("basic", lambda: (isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance("s", (int, str))))
t("nested tuple", lambda: isinstance(1.5, (int, (str, (float,)))))
t("empty tuple", lambda: isinstance(1, ()))
t("union", lambda: (isinstance(1, int | str), isinstance(1.0, int | str), isinstance(None, int | None)))
t("union nested in tuple", lambda: isinstance(b"", (int, bytes | str)))
t("object", lambda: (isinstance(None, object), isinstance(int, object), isinstance(int, type)))
t("bad arg 2", lambda: isinstance(1, 1))
t("bad arg 2 in tuple", lambda: isinstance(1, (int, 1)))
t("bad arg 2 after match", lambda: isinstance(1, (str, 1)))
t("list arg 2", lambda: isinstance(1, [int]))
t("generic alias", lambda: isinstance([], list[int]))
t("union with generic", lambda: isinstance([], int | list[int]))
t("no args", lambda: isinstance())
t("one arg", lambda: isinstance(1))
t("kw", lambda: isinstance(obj=1, class_or_tuple=int))
t("issubclass", lambda: (issubclass(bool, int), issubclass(int, bool), issubclass(int, (str, object))))
t("issubclass union", lambda: issubclass(bool, str | int))
t("issubclass self", lambda: issubclass(int, int))
t("issubclass non-class", lambda: issubclass(1, int))
t("issubclass bad arg 2", lambda: issubclass(int, 1))
t("issubclass bad in tuple", lambda: issubclass(int, (str, 1)))
t("issubclass generic", lambda: issubclass(list, list[int]))
t("issubclass nested", lambda: issubclass(float, ((int,), ((float,),))))
class Meta(type):
    def __instancecheck__(cls, obj):
        print("instancecheck", type(obj).__name__)
        return obj == "magic"
    def __subclasscheck__(cls, sub):
        print("subclasscheck", sub.__name__)
        return sub is str
class Magic(metaclass=Meta):
    pass
t("instancecheck", lambda: (isinstance("magic", Magic), isinstance("other", Magic)))
t("exact type skips hook", lambda: isinstance(Magic(), Magic))
t("subclasscheck", lambda: (issubclass(str, Magic), issubclass(int, Magic)))
t("hook in tuple", lambda: isinstance("magic", (int, Magic)))
class Raising(type):
    def __instancecheck__(cls, obj):
        raise RuntimeError("check failed")
class R(metaclass=Raising):
    pass
t("hook raises", lambda: isinstance(1, R))
class Truthy(type):
    def __instancecheck__(cls, obj):
        return [1]
class TR(metaclass=Truthy):
    pass
t("hook non-bool", lambda: isinstance(1, TR))
class FakeClass:
    __bases__ = ()
t("object with __bases__", lambda: issubclass(FakeClass(), FakeClass()))
class HasClass:
    __class__ = int
t("__class__ override", lambda: (isinstance(HasClass(), int), isinstance(HasClass(), HasClass)))
class Base(abc.ABC):
    pass
Base.register(float)
t("abc register", lambda: (isinstance(1.0, Base), issubclass(float, Base), issubclass(int, Base)))
from collections.abc import Iterable, Sized
t("abc protocols", lambda: (isinstance([], Iterable), isinstance(1, Iterable), issubclass(dict, Sized)))
t("union of abc", lambda: isinstance([], int | Iterable))
import typing
t("typing union", lambda: isinstance(1, typing.Union[int, str]))
t("typing optional", lambda: isinstance(None, typing.Optional[int]))
t("typing generic", lambda: isinstance([], typing.List[int]))
t("deep nesting", lambda: isinstance(1, ((((((int,),),),),),)))
