# __init_subclass__: keyword arguments, chaining and errors.
def err(f):
    try:
        r = f()
        print("ok", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)

class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls

class Alpha(Plugin, name="alpha", priority=3): pass
class Beta(Plugin): pass
class Gamma(Alpha, priority=9): pass
print(sorted((k, v.__name__, v.priority) for k, v in Plugin.registry.items()))

try:
    class Bad(Plugin, unknown=1): pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad2(unknown=1): pass
except TypeError as e:
    print(type(e).__name__, e)

try:
    class Bad3(object, a=1, b=2): pass
except TypeError as e:
    print(type(e).__name__, e)

# __init_subclass__ is implicitly a classmethod
class Base:
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__, type(cls.__dict__.get("__init_subclass__")))
print(type(Base.__dict__["__init_subclass__"]).__name__)
class Derived(Base): pass

# explicit classmethod also works
class Base2:
    @classmethod
    def __init_subclass__(cls, **kw):
        print("explicit", cls.__name__, kw)
class D2(Base2, x=1): pass

# metaclass receives the same kwargs
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, kw)
        return super().__new__(mcls, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, kw)
        super().__init__(name, bases, ns)
class WithMeta(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("hook", cls.__name__, kw)
class Child(WithMeta, flag=True): pass

# type() with kwargs forwarded
T = type("T", (Plugin,), {}, name="tee")
print(T.plugin_name, T.priority)
err(lambda: type("U", (), {}, extra=1))
err(lambda: type.__init__(T, "T", (), {}, extra=1))

# an error in __init_subclass__ propagates from the class statement
class Strict:
    def __init_subclass__(cls):
        if not cls.__name__.startswith("S"):
            raise ValueError("name must start with S: " + cls.__name__)
class Sok(Strict): pass
try:
    class Nope(Strict): pass
except ValueError as e:
    print(type(e).__name__, e)

# object.__init_subclass__ itself
err(lambda: object.__init_subclass__())
err(lambda: object.__init_subclass__(1))
err(lambda: object.__init_subclass__(a=1))
print(object.__init_subclass__.__self__ is object)
