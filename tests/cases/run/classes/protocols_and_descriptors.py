class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['created_by'] = mcls.__name__
        cls = super().__new__(mcls, name, bases, ns)
        cls.kw = kw
        return cls
    def __call__(cls, *a, **k):
        print('meta call', cls.__name__, a)
        return super().__call__(*a, **k)
    def __repr__(cls):
        return f'<class {cls.__name__} via Meta>'

class Base(metaclass=Meta, flag=True):
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
    def __init__(self, x):
        self.x = x

class Child(Base, tag='child'):
    pass

c = Child(5)
print(Child, Child.created_by, Child.kw, Child.tag, c.x, type(Child), Child.__mro__[1].__name__)

class Vec:
    __slots__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return Vec(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self): return Vec(-self.x, -self.y)
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __eq__(self, o): return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return f'Vec({self.x!r}, {self.y!r})'
    def __iter__(self): yield self.x; yield self.y
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __len__(self): return 2
    def __bool__(self): return bool(self.x or self.y)
    def __lt__(self, o): return abs(self) < abs(o)
    def __iadd__(self, o):
        self.x += o.x; self.y += o.y
        return self

v = Vec(1, 2)
w = Vec(3, 4)
print(v + w, v - w, v * 3, 2 * v, -v, abs(w), v == Vec(1, 2), v != w, {v, Vec(1, 2)}, list(v), v[1], len(v), bool(Vec(0, 0)))
print(sorted([w, v]), max(v, w), min([w, v]))
v += w
print(v)
try:
    v.z = 1
except AttributeError as e:
    print(e)
print(hasattr(v, '__dict__'), Vec.__slots__)

class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, val):
        if val < -273: raise ValueError('too cold')
        self._c = val
    @c.deleter
    def c(self): print('deleting'); del self._c
    @staticmethod
    def s(a): return a * 2
    @classmethod
    def make(cls): return cls()

t = Temp.make()
t.c = 10
print(t.c, Temp.s(4), t.s(5))
try:
    t.c = -300
except ValueError as e:
    print('ValueError', e)
del t.c
print(hasattr(t, '_c'))

class Desc:
    def __set_name__(self, owner, name): self.name = '_' + name
    def __get__(self, obj, typ=None):
        if obj is None: return self
        return getattr(obj, self.name, 'unset')
    def __set__(self, obj, value): setattr(obj, self.name, value * 10)

class UsesDesc:
    d = Desc()
u = UsesDesc()
print(u.d, isinstance(UsesDesc.d, Desc))
u.d = 4
print(u.d, u.__dict__)

class Dyn:
    def __getattr__(self, name): return name.upper()
    def __setattr__(self, name, value): object.__setattr__(self, name, value * 2)
d = Dyn()
d.a = 3
print(d.a, d.zzz)

class A:
    def who(self): return 'A'
class B(A):
    def who(self): return 'B' + super().who()
class C(A):
    def who(self): return 'C' + super().who()
class D(B, C):
    def who(self): return 'D' + super().who()
print(D().who(), [k.__name__ for k in D.__mro__], D.mro() == list(D.__mro__))

class Counter:
    count = 0
    def __init__(self): Counter.count += 1
    def __call__(self, v): return v + self.count
    def __contains__(self, item): return item == 42
    def __enter__(self): print('enter'); return self
    def __exit__(self, *exc): print('exit', exc[0]); return True
Counter(); k = Counter()
print(k(1), 42 in k, 3 in k, callable(k))
with k as kk:
    raise KeyError('swallowed')
print('after with', kk is k)

class Ordered:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'O{self.v}'
print(sorted([Ordered(3), Ordered(1), Ordered(2)]))
try:
    Ordered(1) > 3
except TypeError as e:
    print(e)
print(Ordered(2) > Ordered(1))

class WithClassGetitem:
    def __class_getitem__(cls, item): return f'{cls.__name__}[{item}]'
print(WithClassGetitem[int], list[int], dict[str, int])

class Str:
    def __str__(self): return 'str!'
    def __format__(self, spec): return 'fmt:' + spec
print(Str(), f'{Str():abc}', format(Str(), 'q'), str(Str()), repr(Str())[:6])
print(type('T', (object,), {'a': 1})().a, type(3), type(type))
print(isinstance(True, int), issubclass(bool, (str, int)), Vec.__name__, Vec.__qualname__, Vec.__module__)
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(e)
print(vars(u), dir(Temp)[-3:])
