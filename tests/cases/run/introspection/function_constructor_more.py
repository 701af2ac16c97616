import types
def add(a, b=10):
    return a + b
g = {"__name__": "synthetic", "scale": 3}
f = types.FunctionType(add.__code__, g)
print(f(1, 2), f.__name__, f.__module__, f.__defaults__, f.__globals__ is g)
f2 = types.FunctionType(add.__code__, g, "renamed", (5,))
print(f2(1), f2.__name__, f2.__qualname__)
def uses_global():
    return scale * 2
f3 = types.FunctionType(uses_global.__code__, g)
print(f3())
def outer():
    captured = "cell value"
    def inner():
        return captured
    return inner
inner = outer()
f4 = types.FunctionType(inner.__code__, {}, None, None, inner.__closure__)
print(f4())
f5 = types.FunctionType(inner.__code__, {}, closure=(types.CellType("new cell"),))
print(f5())
for args in [(1, {}), (add.__code__, []), (add.__code__, {}, 5), (add.__code__, {}, None, [1]),
             (inner.__code__, {}), (inner.__code__, {}, None, None, ()), (inner.__code__, {}, None, None, (1,)),
             (add.__code__, {}, None, None, (types.CellType(1),)), (inner.__code__, {}, None, None, [1])]:
    try:
        types.FunctionType(*args)
        print("made")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    types.FunctionType()
except TypeError as e:
    print(e)
print(type(lambda: 0) is types.FunctionType, types.FunctionType.__name__)
