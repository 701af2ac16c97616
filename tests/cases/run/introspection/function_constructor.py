# types.FunctionType builds functions from code objects, with CPython's checks.
import types


def f(a, b=1):
    return a + b


def make_closure():
    y = 10

    def g():
        return y

    return g


g = make_closure()
c = f.__code__
attempts = [
    lambda: types.FunctionType(1, {}),
    lambda: types.FunctionType(c, []),
    lambda: types.FunctionType(c, {}, 5),
    lambda: types.FunctionType(c, {}, None, [1]),
    lambda: types.FunctionType(c, {}, None, None, (1,)),
    lambda: types.FunctionType(g.__code__, {}),
    lambda: types.FunctionType(g.__code__, {}, None, None, (1,)),
    lambda: types.FunctionType(g.__code__, {}, None, None, 5),
    lambda: types.FunctionType(c, {}, 'nm', (7,))(1),
    lambda: types.FunctionType(c, {}, 'nm').__name__,
    lambda: types.FunctionType(c, {}, 'nm').__qualname__,
    lambda: types.FunctionType(g.__code__, {}, None, None, g.__closure__)(),
    lambda: types.FunctionType(code=c, globals={}).__name__,
    lambda: types.FunctionType(c, {'__name__': 'mod'}).__module__,
    lambda: types.FunctionType(c, {}).__module__,
    lambda: types.FunctionType(c, {}, kwdefaults={}),
    lambda: types.FunctionType(c),
    lambda: types.FunctionType(c, {}, None, None, None, 1),
]
for attempt in attempts:
    try:
        print(repr(attempt()))
    except Exception as e:
        print(type(e).__name__, e)

# A function made this way sees the globals it was given.
code = compile("def h():\n    return secret * 2\n", "<made>", "exec")
namespace = {}
exec(code, namespace)
h2 = types.FunctionType(namespace["h"].__code__, {"secret": 21})
print(h2(), h2.__globals__ == {"secret": 21}, h2.__builtins__ is __builtins__.__dict__)
