class Account:
    def __init__(self):
        self.__balance = 100
        self._protected = 1
    def __secret(self):
        return "secret"
    def reveal(self):
        return self.__secret(), self.__balance
a = Account()
print(a.reveal(), sorted(vars(a)))
try:
    a.__balance
except AttributeError as e:
    print(e)
print(a._Account__balance, a._Account__secret())
class Sub(Account):
    def peek(self):
        try:
            return self.__balance
        except AttributeError as e:
            return str(e)
print(Sub().peek())
class _Leading:
    def __m(self):
        return "mangled with stripped underscore"
    def call(self):
        return self.__m()
print(_Leading().call(), [n for n in dir(_Leading) if "m" in n and n.startswith("_L")])
class Dunder:
    def __both__(self):
        return "not mangled"
print(Dunder().__both__())
class UsesGetattr:
    def get(self):
        return getattr(self, "__hidden", "getattr strings are not mangled")
print(UsesGetattr().get())
class Mangle:
    __slots__ = ("__x",)
print(Mangle.__slots__, [n for n in dir(Mangle) if "x" in n])
def outside():
    class Inner:
        def m(self):
            __local = 5
            return locals()
    return Inner().m()
print(outside())
