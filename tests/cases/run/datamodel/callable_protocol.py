# __call__ and callable(): instances, classes, non-callables and errors.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, twice=False):
        return (self.n + x) * (2 if twice else 1)
add5 = Adder(5)
print(add5(1), add5(1, twice=True), callable(add5), callable(Adder), callable(5), callable(None))
err(lambda: add5())
err(lambda: add5(1, 2))
err(lambda: add5(1, thrice=True))
err(lambda: 5())
err(lambda: "s"())
err(lambda: None())
err(lambda: [1]())
err(lambda: (lambda: 0)(1))
err(lambda: (lambda x: 0)())
err(lambda: (lambda x: 0)(y=1))
err(lambda: (lambda x: 0)(1, x=1))
err(lambda: (lambda *, k: 0)())
err(lambda: (lambda a, b, /: 0)(a=1, b=2))
err(lambda: len(x=[]))
err(lambda: len())
err(lambda: len([], []))
err(lambda: dict.get())
err(lambda: [].append(x=1))

class NotCallable: pass
nc = NotCallable()
nc.__call__ = lambda: "instance call"
err(lambda: nc())
print(callable(nc))

class CallNone:
    __call__ = None
print(callable(CallNone()))
err(lambda: CallNone()())

class CallIsClass:
    class __call__:
        def __init__(self, *args): self.args = args
r = CallIsClass()(1, 2)
print(type(r).__name__, r.args)

class Meta(type):
    def __call__(cls, *args):
        return f"Meta.__call__{args}"
class Made(metaclass=Meta): pass
print(Made(1, 2))

class Recursive:
    def __call__(self):
        return self()
try:
    Recursive()()
except RecursionError as e:
    print("RecursionError:", e)

def kw(**kwargs): return kwargs
err(lambda: kw(**{1: 2}))
err(lambda: kw(**{"a": 1}, a=2))
err(lambda: kw(*5))
err(lambda: kw(**[]))
err(lambda: kw(**{"a": 1}, **{"a": 2}))
print(kw(**{"a": 1}, b=2))
class M:
    def method(self, a): return a
err(lambda: M().method())
err(lambda: M().method(1, 2))
err(lambda: M.method(1))
err(lambda: M().method(a=1, b=2))
