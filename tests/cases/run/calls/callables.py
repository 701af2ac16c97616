class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *more):
        return self.n + x + sum(more)
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), callable(add5), callable(Adder), callable(5))
class Meta(type):
    def __call__(cls, *a):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a)
class Made(metaclass=Meta):
    def __init__(self, v):
        self.v = v
print(Made(3).v)
for thing in [5, "s", None, [1]]:
    try:
        thing()
    except TypeError as e:
        print(e)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print(e)
class CallAttr:
    pass
c = CallAttr()
c.__call__ = lambda: "instance attr"
try:
    c()
except TypeError as e:
    print(e)
bound = [3, 1, 2].sort
print(bound.__self__, bound.__name__, bound.__qualname__)
m = add5.__call__
print(m(10), m.__self__ is add5, m.__func__ is Adder.__call__)
print(type(len).__name__, type(m).__name__, type(bound).__name__, type(Adder.__call__).__name__)
print(type("".join).__name__, type(str.join).__name__, type(object.__init__).__name__, type(dict.__dict__["fromkeys"]).__name__)
