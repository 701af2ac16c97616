# object's own methods called directly: __eq__, __ne__, __hash__, __reduce_ex__, __sizeof__, __subclasshook__.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class P: pass
a, b = P(), P()
print(object.__eq__(a, a), object.__eq__(a, b), object.__ne__(a, b), object.__ne__(a, a))
print(object.__lt__(a, b), object.__ge__(a, a), a.__eq__(1), a.__lt__(b))
print(object.__subclasshook__(), P.__subclasshook__(int), object.__init_subclass__())
print(type(object.__sizeof__(a)).__name__, object.__sizeof__(1) > 0)
print(a.__reduce_ex__(2)[0].__name__, a.__reduce_ex__(2)[1][0] is P)
err(lambda: object.__reduce_ex__(a))
err(lambda: object.__eq__(a))
err(lambda: object.__eq__())
err(lambda: object.__hash__(1, 2))
err(lambda: object.__ne__(1))
err(lambda: object.__getattribute__(a))
err(lambda: object.__setattr__(a, "x"))
err(lambda: object.__dir__())
print(sorted(object.__dir__(a))[:5])

class NeFromEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("  eq called")
        return self.v == o.v
print(NeFromEq(1) != NeFromEq(2))
class EqNotImpl:
    def __eq__(self, o): return NotImplemented
print(EqNotImpl() != EqNotImpl(), EqNotImpl() == EqNotImpl())
e = EqNotImpl()
print(e == e, e != e)

print(object.__class__, type(object()).__mro__, object.__base__, object.__bases__, type.__base__)
print(int.__base__, bool.__base__, type.__bases__, P.__base__, P.__bases__)
class Multi(P, dict): pass
print(Multi.__base__, Multi.__bases__, Multi.__mro__)
err(lambda: object.__new__(Multi))
print(object.__str__(1), object.__repr__(1)[:13])
print(P.__flags__ & (1 << 9) != 0, int.__flags__ & (1 << 9) == 0)
print(P.__itemsize__, tuple.__itemsize__ > 0, P.__basicsize__ > 0)
