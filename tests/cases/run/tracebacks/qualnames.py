def deco(f):
    def w(*a):
        return f(*a)
    return w
@deco
def target(x):
    return x.missing
print(target.__qualname__, deco.__qualname__)
class Outer:
    class Inner:
        def m(self):
            def local(): pass
            return local
print(Outer.Inner.__qualname__, Outer.Inner().m().__qualname__)
target(5)
