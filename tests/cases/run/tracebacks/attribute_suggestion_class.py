def f():
    x = [1, 2, 3]
    return x[10]
def g():
    return {"a": 1}["b"]
try:
    f()
except IndexError as e:
    print(repr(e))
class A:
    pass
A().method()
