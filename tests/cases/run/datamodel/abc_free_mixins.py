# Cooperative multiple inheritance with mixins and keyword plumbing through super().
class Base:
    def __init__(self, **kw):
        if kw:
            raise TypeError(f"unexpected {sorted(kw)}")
        self.log = ["Base"]
class NameMixin(Base):
    def __init__(self, name="anon", **kw):
        super().__init__(**kw)
        self.name = name
        self.log.append("Name")
class AgeMixin(Base):
    def __init__(self, age=0, **kw):
        super().__init__(**kw)
        self.age = age
        self.log.append("Age")
class Person(NameMixin, AgeMixin):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.log.append("Person")
p = Person(name="ada", age=36)
print(p.name, p.age, p.log, [c.__name__ for c in Person.__mro__])
try:
    Person(name="x", height=2)
except TypeError as e:
    print("TypeError:", e)

class ReprMixin:
    def __repr__(self):
        attrs = ", ".join(f"{k}={v!r}" for k, v in sorted(vars(self).items()) if k != "log")
        return f"{type(self).__name__}({attrs})"
class EqMixin:
    def __eq__(self, o):
        return type(self) is type(o) and vars(self) == vars(o)
    __hash__ = None
class Record(ReprMixin, EqMixin, Person): pass
r1 = Record(name="a", age=1)
r2 = Record(name="a", age=1)
print(r1, r1 == r2, r1 == p, Record.__hash__)
try:
    {r1}
except TypeError as e:
    print("TypeError:", e)

class A:
    def go(self): return ["A"]
class B(A):
    def go(self): return ["B"] + super().go()
class C(A):
    def go(self): return ["C"] + super().go()
class D(B, C):
    def go(self): return ["D"] + super().go()
print(D().go(), super(B, D()).go(), super(C, D()).go())
print(super(D, D()).go.__self__.__class__.__name__, super(D, D()).go.__func__ is B.go)
