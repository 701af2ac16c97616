# abc.ABCMeta through the native _abc: abstract methods, registration,
# __subclasshook__, the caches and their invalidation token, the errors.
import _abc
import abc


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class A(abc.ABC):
    @abc.abstractmethod
    def f(self):
        ...

    @classmethod
    def __subclasshook__(cls, C):
        if cls is A and hasattr(C, "quack"):
            return True
        return NotImplemented


class B(A):
    def f(self):
        return 1


class Half(A):
    @property
    @abc.abstractmethod
    def g(self):
        ...

    def f(self):
        return 2


attempt("instantiate", lambda: A())
attempt("half", lambda: Half())
print(B().f(), sorted(A.__abstractmethods__), B.__abstractmethods__, sorted(Half.__abstractmethods__))


class Duck:
    def quack(self):
        pass


print(issubclass(Duck, A), isinstance(Duck(), A), issubclass(int, A))
token = abc.get_cache_token()
print(A.register(int) is int, abc.get_cache_token() != token)
print(issubclass(int, A), isinstance(3, A), issubclass(bool, A), isinstance(True, A))
attempt("register instance", lambda: A.register(3))
attempt("register again", lambda: A.register(B) is B)


class X(A):
    def f(self):
        pass


attempt("cycle", lambda: X.register(A))
attempt("issubclass of non-class", lambda: issubclass(1, A))
registry, cache, negative, version = _abc._get_dump(A)
print(sorted(r().__name__ for r in registry), sorted(r().__name__ for r in cache))
print(sorted(r().__name__ for r in negative), type(version).__name__)
A._abc_registry_clear()
A._abc_caches_clear()
print([len(s) for s in _abc._get_dump(A)[:3]])
print(issubclass(int, A))


class Bad:
    _abc_impl = 1


attempt("wrong impl", lambda: _abc._abc_instancecheck(Bad, 1))
attempt("too few", lambda: _abc._abc_register(A))
print(abc.ABC.__abstractmethods__, type(A._abc_impl).__name__, type(A._abc_impl).__module__)


class Hooked(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return "maybe"


attempt("bad hook", lambda: issubclass(int, Hooked))
abc.update_abstractmethods(B)
print(B.__abstractmethods__)


class Meta(abc.ABCMeta):
    pass


class WithMeta(metaclass=Meta):
    pass


print(isinstance(WithMeta(), WithMeta), issubclass(WithMeta, A), type(WithMeta).__name__)
