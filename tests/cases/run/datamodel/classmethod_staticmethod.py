# classmethod and staticmethod: binding, wrapping, attributes, reprs.
def err(f):
    try:
        print("ok", f())
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Shape:
    count = 0
    @classmethod
    def make(cls, *args):
        cls.count += 1
        return cls.__name__, args
    @staticmethod
    def area(w, h):
        """area doc"""
        return w * h

class Square(Shape): pass
print(Shape.make(1), Square.make(2), Square().make(3), Shape.count, Square.count)
print(Shape.area(2, 3), Shape().area(4, 5), Square.area.__doc__, Square.area.__name__)
sm = Shape.__dict__["area"]
cm = Shape.__dict__["make"]
print(type(sm).__name__, type(cm).__name__, sm.__func__ is Shape.area, cm.__func__.__name__)
print(sm(2, 2))
print(sm.__doc__, sm.__wrapped__ is sm.__func__, cm.__wrapped__ is cm.__func__)
print(Shape.make.__self__ is Shape, Shape().make.__self__ is Shape)
print(repr(sm).startswith("<staticmethod(<function Shape.area at"), repr(cm).startswith("<classmethod(<function Shape.make at"))
err(lambda: classmethod(1)(None))
err(lambda: classmethod(1).__get__(None, int)())
err(lambda: staticmethod(1)())
err(lambda: classmethod())
err(lambda: staticmethod(1, 2))
err(lambda: classmethod(len).__get__(1)())
print(classmethod(lambda c: c.__name__).__get__(None, int)())
print(classmethod(lambda c: c.__name__).__get__(3)())

# classmethod wrapping property (3.9-3.11 chaining)
class Chained:
    @classmethod
    @property
    def name(cls):
        return "chained " + cls.__name__
print(Chained.name)

# staticmethod preserves attributes
def f():
    "f doc"
f.custom = 1
s = staticmethod(f)
print(s.__name__, s.__qualname__, s.__doc__, s.__dict__)
c = classmethod(f)
print(c.__name__, c.__doc__, c.__isabstractmethod__)
s.extra = 5
print(s.extra)

class Counter:
    instances = 0
    def __init__(self): Counter.instances += 1
    @classmethod
    def created(cls): return cls.instances
Counter(); Counter()
print(Counter.created())

# calling via class dict vs attribute
print(Shape.__dict__["make"].__get__(None, Square)())
err(lambda: Shape.__dict__["make"]())
