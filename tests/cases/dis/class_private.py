# Private name mangling inside class bodies.
class Widget:
    __slots__ = ('__size',)
    def __init__(self):
        self.__size = 1
        self.__dunder__ = 2
    def __helper(self, __arg):
        return __arg + self.__size
    def call(self):
        return self.__helper(__global)
    class __Inner:
        __x = 1
    def imports(self):
        import __mod
        from pkg import __thing
        return __mod, __thing

class _Under:
    def m(self):
        return self.__v

class ___:
    def m(self):
        return self.__v
