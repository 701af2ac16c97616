# __init_subclass__: registration, keyword arguments, errors.
registry = []
class Plugin:
    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        registry.append(cls.plugin_name)

class Alpha(Plugin): pass
class Beta(Plugin, name="bee"): pass
class Gamma(Beta): pass
print(registry, Gamma.plugin_name)

try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print("TypeError:", e)

try:
    class Bad2(extra=1): pass
except TypeError as e:
    print("TypeError:", e)

print(type(Plugin.__dict__["__init_subclass__"]).__name__)

class Strict:
    def __init_subclass__(cls):
        if not hasattr(cls, "required"):
            raise TypeError(f"{cls.__name__} must define 'required'")
class Good(Strict):
    required = 1
try:
    class Missing(Strict): pass
except TypeError as e:
    print("TypeError:", e)

try:
    object.__init_subclass__(1)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__init_subclass__(x=1)
except TypeError as e:
    print("TypeError:", e)
print(object.__init_subclass__())

class Explicit:
    @classmethod
    def __init_subclass__(cls, **kw):
        print("explicit classmethod", cls.__name__, kw)
class E2(Explicit, flag=True): pass

class Order:
    def __init_subclass__(cls, **kw):
        print("init_subclass sees attr:", cls.attr)
class O2(Order):
    attr = "set before hook"

def fake(cls): pass
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("meta new kw", kw)
        return super().__new__(mcls, name, bases, ns, **kw)
class WithMeta(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("hook kw", kw)
class Child(WithMeta, color="red"): pass
