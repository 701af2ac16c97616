class A: pass
class B(): pass
class C(A): pass
class D(A, B, metaclass=M, **kw): pass
class E(*bases): pass
class F:
    x = 1
    def method(self):
        return self.x
    class Inner:
        pass
class G(Generic[T], x=1):
    """doc"""
