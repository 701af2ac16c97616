def trace(fn):
    def wrapper(*a, **k):
        print("call", fn.__name__, a, k)
        result = fn(*a, **k)
        print("->", result)
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, b=2)
print(add.__name__, add.__qualname__, add.__wrapped__.__qualname__)
def repeat(times):
    def deco(fn):
        def run(*a):
            return [fn(*a) for _ in range(times)]
        return run
    return deco
@repeat(3)
def hello(n):
    return "hi" * n
print(hello(2))
order = []
def mark(tag):
    order.append("make " + tag)
    def deco(f):
        order.append("apply " + tag)
        return f
    return deco
@mark("a")
@mark("b")
def both():
    pass
print(order)
class Registry:
    items = []
    @classmethod
    def register(cls, f):
        cls.items.append(f.__name__)
        return f
@Registry.register
def one(): pass
@(lambda f: f)
def two(): pass
print(Registry.items, two.__name__)
def class_deco(cls):
    cls.tagged = True
    return cls
@class_deco
class Tagged: pass
print(Tagged.tagged)
