# X | Y: types.UnionType creation, flattening, equality and uses.
import types, typing
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

u = int | str
print(u, type(u) is types.UnionType, u.__args__, u.__parameters__)
print(int | str == str | int, hash(int | str) == hash(str | int), int | int, int | None, None | int)
print((int | str) | float, int | (str | float), (int | str | int).__args__)
print(isinstance(1, int | str), isinstance(1.0, int | str), issubclass(bool, int | str), isinstance(None, int | None))
print(isinstance(1, (int | str, float)), isinstance([], (list | tuple)))
err(lambda: int | 5)
err(lambda: 5 | int)
err(lambda: int | "str")
err(lambda: isinstance(1, int | list[int]))
err(lambda: issubclass(int, int | list[int]))
print(int | typing.List[int], type(int | typing.List[int]).__name__)
T = typing.TypeVar("T")
ut = int | T
print(ut, ut.__parameters__, ut[str], type(ut[str]).__name__)
err(lambda: (int | str)[int])
print(typing.get_args(int | str), typing.get_origin(int | str) is types.UnionType)
print(typing.Union[int, str] == int | str, typing.Optional[int] == int | None)

# user classes and metaclasses with __or__
class Meta(type):
    def __or__(cls, other): return ("Meta.or", cls.__name__, other)
    def __ror__(cls, other): return ("Meta.ror", cls.__name__, other)
class A(metaclass=Meta): pass
print(A | int, int | A, A | 1, 1 | A)
class B: pass
print(B | None, (B | None).__args__[0] is B)

# repr shapes
print(repr(int | None), repr(list[int] | dict[str, int]), repr(type(None) | int))
print(str | bytes in (str | bytes,) , (int | str).__module__ if hasattr(int | str, "__module__") else "types")
err(lambda: types.UnionType())
err(lambda: setattr(int | str, "__args__", ()))
print(int | str | None, (int | str) == (int | str | str), len((int | str | bytes).__args__))
