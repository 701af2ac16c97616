class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"Animal({self.name!r})"
    @property
    def upper(self):
        return self.name.upper()
    @staticmethod
    def static():
        return "static"
    @classmethod
    def make(cls, n):
        return cls(n)
class Dog(Animal):
    def speak(self):
        return super().speak() + " (woof)"
    def __eq__(self, other):
        return isinstance(other, Dog) and self.name == other.name
    __hash__ = None
d = Dog("rex")
print(d.speak(), d, d.upper, Dog.static(), Dog.make("x"), d.kind)
print(isinstance(d, Animal), issubclass(Dog, Animal), type(d).__name__, Dog.__mro__)
print(d == Dog("rex"), d != Dog("max"))
class Vec:
    def __init__(self, x, y): self.x, self.y = x, y
    def __add__(self, o): return Vec(self.x + o.x, self.y + o.y)
    def __len__(self): return 2
    def __getitem__(self, i): return (self.x, self.y)[i]
    def __iter__(self): yield self.x; yield self.y
    def __str__(self): return f"<{self.x},{self.y}>"
v = Vec(1, 2) + Vec(3, 4)
print(v, len(v), v[0], list(v))
class Counter:
    count = 0
    def __call__(self):
        Counter.count += 1
        return Counter.count
c = Counter()
c(); c()
print(c(), Counter.count)
print(Dog.__name__, Dog.__qualname__, Dog.__module__, d.__class__, d.__dict__)
try:
    d.missing
except AttributeError as e:
    print(e)
class WithSlots:
    __slots__ = ("a",)
w = WithSlots()
w.a = 1
print(w.a)
