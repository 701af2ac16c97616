# partial, singledispatch, total_ordering, wraps, cmp_to_key from CPython's functools.
import functools

base2 = functools.partial(int, base=2)
print(base2("1011"), base2.func is int, base2.args, base2.keywords)
pow_of = functools.partial(pow, 2)
print(pow_of(10), functools.partial(pow_of, 3)(), repr(functools.partial(max, 1)).startswith("functools.partial(<built-in function max>"))

@functools.singledispatch
def describe(obj):
    return "object"
@describe.register
def _(obj: int):
    return "int " + str(obj)
@describe.register(list)
def _(obj):
    return "list of " + ", ".join(describe(x) for x in obj)
@describe.register(str)
@describe.register(bytes)
def _(obj):
    return "text"
print(describe(3), describe(True), describe([1, "a", 2.5]), describe(b"x"), describe(None))
print(describe.dispatch(bool).__name__, sorted(t.__name__ for t in describe.registry))

class Shape:
    @functools.singledispatchmethod
    def scale(self, arg):
        return "unknown"
    @scale.register
    def _(self, arg: float):
        return "float"
print(Shape().scale(1.5), Shape().scale("x"))

@functools.total_ordering
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "Version(%r)" % ".".join(map(str, self.parts))
vs = [Version("1.10"), Version("1.2"), Version("1.2.1")]
print(sorted(vs), Version("2.0") >= Version("1.9"), Version("1.0") > Version("1.0"), max(vs))

def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper
@logged
def add(a, b):
    "Add two numbers."
    return a + b
print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__.__name__, add.__qualname__)
print(sorted(["b", "A", "c"], key=functools.cmp_to_key(lambda x, y: (x.lower() > y.lower()) - (x.lower() < y.lower()))))
