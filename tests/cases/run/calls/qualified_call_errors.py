class Outer:
    class Inner:
        def method(self, a, *, key):
            pass
        @classmethod
        def build(cls, a, b=1, /, c=2):
            pass
    def make(self):
        def local_fn(x, y):
            pass
        return local_fn
    async def coro(self, a):
        pass
o = Outer()
attempts = [
    lambda: Outer.Inner().method(1),
    lambda: Outer.Inner().method(1, 2),
    lambda: Outer.Inner().method(1, key=1, other=2),
    lambda: Outer.Inner.build(),
    lambda: Outer.Inner.build(1, 2, 3, 4),
    lambda: Outer.Inner.build(1, b=2),
    lambda: o.make()(1),
    lambda: o.make()(1, 2, y=3),
    lambda: o.coro(),
    lambda: Outer.make(),
    lambda: Outer.Inner.method(o, 1, key=2),
    lambda: (lambda a, b, /, c, *, d: 0)(1, 2),
]
for attempt in attempts:
    try:
        attempt()
    except TypeError as e:
        print(e)
gen_fn = lambda: (yield)
def g(a):
    yield a
try:
    g()
except TypeError as e:
    print(e)
