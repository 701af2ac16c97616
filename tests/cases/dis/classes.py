# Class bodies, bases, keywords, methods, super() and __class__.
class Empty:
    pass

class Doc:
    """A documented class."""
    attr = 1

class Derived(Base, metaclass=Meta, flag=True):
    x = 1
    def __init__(self, v):
        super().__init__()
        self.v = v
    def get(self):
        return __class__
    @property
    def prop(self):
        return self.v
    @classmethod
    def make(cls):
        return cls(0)

class Outer:
    class Inner:
        def method(self):
            return 1
    def uses_outer(self):
        return Outer.Inner()

class Star(*bases, **kwds):
    pass
