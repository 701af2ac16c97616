square = lambda x: x * x
print(square(7), square.__name__, square.__qualname__)
print((lambda *a, **k: (a, k))(1, 2, z=3))
print((lambda a, b=2, *, c=3: a + b + c)(1))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(4))
class K:
    f = lambda self: "method " + type(self).__name__
    g = staticmethod(lambda: "static")
print(K().f(), K.g(), K.f.__qualname__)
def outer():
    return lambda: (lambda: "deep")
print(outer()()(), outer().__qualname__, outer()().__qualname__)
print((lambda: (yield 1))().__next__())
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(10))
print(lambda: 0)
print((lambda x: x).__code__.co_name, (lambda: None)() is None)
print(list(map(lambda p: p[0] * p[1], zip([1, 2], [3, 4]))))
print((lambda x, /, y: (x, y))(1, y=2))
