class A:
    def hello(self):
        return "A"
    @classmethod
    def make(cls):
        return f"A.make({cls.__name__})"
class B(A):
    def hello(self):
        return "B>" + super().hello()
    @classmethod
    def make(cls):
        return "B>" + super().make()
class C(A):
    def hello(self):
        return "C>" + super().hello()
class D(B, C):
    def hello(self):
        return "D>" + super().hello()
print(D().hello(), D.make(), [k.__name__ for k in D.__mro__])
print(super(B, D()).hello(), super(C, D()).hello())
class E(A):
    def method(self):
        return [super().hello() for _ in range(2)]
    def via_lambda(self):
        return (lambda: super(E, self).hello())()
try:
    print(E().method())
except TypeError as e:
    print("super() in a comprehension:", e)
print(E().via_lambda())
try:
    super()
except RuntimeError as e:
    print(e)
def outside(self):
    return super().hello()
try:
    outside(B())
except RuntimeError as e:
    print(e)
class F(A):
    def no_args_static():
        return super().hello()
    s = staticmethod(no_args_static)
try:
    F.s()
except RuntimeError as e:
    print(e)
try:
    super(B, 1)
except TypeError as e:
    print(e)
sp = super(B, B())
print(repr(sp).split(" at")[0] if " at" in repr(sp) else repr(sp).replace(repr(sp)[repr(sp).find("<B object"):], "..."))
print(sp.__thisclass__.__name__, type(sp.__self__).__name__, sp.__self_class__.__name__)
class G:
    def __init__(self):
        self.log = ["G"]
class H(G):
    def __init__(self):
        super().__init__()
        self.log.append("H")
print(H().log)
class P:
    @property
    def value(self):
        return "P.value"
class Q(P):
    @property
    def value(self):
        return "Q+" + super().value
print(Q().value)
class R(A):
    def hello(self):
        __class__ = None
        return "shadowed __class__"
print(R().hello())
