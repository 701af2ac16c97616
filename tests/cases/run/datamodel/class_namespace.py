# Class namespaces: __module__, __qualname__, name mangling, __classcell__, annotations.
class Mangle:
    __private = 1
    _single = 2
    __dunder__ = 3
    def get(self):
        return self.__private, self._Mangle__private
    def set_other(self, o):
        o.__hidden = "set"
        return o.__dict__
print(Mangle().get(), sorted(k for k in Mangle.__dict__ if "private" in k or "single" in k or k == "__dunder__"))
class Other: pass
print(Mangle().set_other(Other()))
try:
    Mangle().__private
except AttributeError as e:
    print("AttributeError:", e)

class _Leading:
    __x = 1
    def get(self): return self.__x
print(_Leading().get(), [k for k in _Leading.__dict__ if "x" in k])
class __AllUnderscore:
    __y = 1
print([k for k in vars(__AllUnderscore) if "y" in k])

class Annotated:
    a: int
    b: str = "x"
    c = 1
print(Annotated.__annotations__, Annotated.b, hasattr(Annotated, "a"))
try:
    Annotated.a
except AttributeError as e:
    print("AttributeError:", e)
class NoAnn: pass
print(NoAnn.__annotations__, "__annotations__" in NoAnn.__dict__)

class ClassCell:
    def f(self): return __class__
    def g(self): return super().__class__
print(ClassCell().f().__name__, ClassCell().g())

class BadCell:
    def f(self): return __class__
    __classcell__ = None
print("classcell set manually is fine" if "BadCell" in dir() else "")

class LocalsInBody:
    x = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
    mod = __module__
    qn = __qualname__
print(LocalsInBody.names, LocalsInBody.mod, LocalsInBody.qn)

def outer():
    v = "closure"
    class Inner:
        val = v
        def get(self): return v
    return Inner
I = outer()
print(I.val, I().get(), I.__qualname__)

x = "global"
class Shadow:
    x = "class"
    y = [x for _ in range(1)]
    z = x
print(Shadow.y, Shadow.z)
class Deleting:
    tmp = 1
    del tmp
print(hasattr(Deleting, "tmp"))
try:
    class UnboundInBody:
        del undefined_name
except NameError as e:
    print("NameError:", e)
try:
    class UseBeforeDef:
        print(later)
        later = 1
except NameError as e:
    print("NameError:", e)
class GlobalDecl:
    global gvar
    gvar = "set from class"
print(gvar)
