class Shop:
    def buy(self, item, qty=1, *, gift=False):
        return item
    @staticmethod
    def static(a):
        return a
    @classmethod
    def klass(cls, a, b):
        return a
    class Inner:
        def method(self, x):
            pass

def outer():
    def inner(a, b, c=3):
        pass
    return inner

s = Shop()
calls = [
    lambda: s.buy(),
    lambda: s.buy("a", 2, 3),
    lambda: s.buy("a", qty=2, item="b"),
    lambda: s.buy("a", colour="red"),
    lambda: s.buy("a", gift=True, wrap=True),
    lambda: Shop.buy(),
    lambda: Shop.static(),
    lambda: Shop.static(1, 2),
    lambda: Shop.klass(1),
    lambda: Shop.Inner().method(),
    lambda: Shop.Inner().method(1, 2),
    lambda: outer()(),
    lambda: outer()(1),
    lambda: outer()(1, 2, 3, 4),
    lambda: outer()(1, 2, d=4),
    lambda: outer()(1, 2, a=4),
    lambda: (lambda x: x)(),
    lambda: (lambda: 0)(1),
    lambda: (lambda *, k: 0)(1),
    lambda: (lambda a, *, k: 0)(1, 2, 3),
    lambda: (lambda a, b=1, *, k: 0)(1, 2, 3, k=1),
    lambda: (lambda a, b=1, *, k: 0)(1, 2, 3),
    lambda: (lambda a, b, c, d: 0)(1),
    lambda: (lambda a, b, c, d: 0)(1, c=2),
    lambda: (lambda *, a, b: 0)(),
    lambda: (lambda *, a, b, c: 0)(),
    lambda: (lambda **kw: 0)(1),
    lambda: (lambda *a: 0)(x=1),
    lambda: (lambda a, /, **kw: 0)(a=1),
    lambda: (lambda a, b, /: 0)(a=1, b=2),
    lambda: (lambda a, b, /, c: 0)(1, 2, 3, a=1),
]
for c in calls:
    try:
        c()
        print("no error")
    except TypeError as e:
        print(e)
