def add(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, kw)
print(add(1, c=3))
print(add(1, 5, 6, 7, c=3, e=9))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(fact(20), fact(30))
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
f = outer()
print(f(), f(), f())
print((lambda x, y=3: x * y)(4))
def gen(n):
    for i in range(n):
        yield i * i
print(list(gen(5)))
g = gen(3)
print(next(g), next(g), next(g))
try:
    next(g)
except StopIteration:
    print("stop")
print([x * 2 for x in range(5) if x % 2 == 0])
print({x: x * x for x in range(3)})
print(sum(x for x in range(10)))
def kwonly(*, a, b=1): return a + b
print(kwonly(a=1))
def posonly(a, b, /, c): return a + b + c
print(posonly(1, 2, c=3))
args = (1, 2)
kw = {"c": 3}
print(posonly(*args, **kw))
def deco(fn):
    def wrapper(*a, **k):
        print("calling", fn.__name__)
        return fn(*a, **k)
    return wrapper
@deco
def hello(name):
    return "hi " + name
print(hello("bob"))
print(add.__name__, add.__qualname__, add.__defaults__, add.__kwdefaults__)
print(f.__closure__[0].cell_contents)
