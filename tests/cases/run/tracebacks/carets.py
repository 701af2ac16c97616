def f(x):
    return x['a'] + 1

def g(y):
    z = [f(y),
         2]
    return z

def h():
    return g({'a': None})

try:
    h()
except TypeError as e:
    import traceback
    traceback.print_exc()
x = {'é': 1}
print("ok")
def k():
    return (1 +
            None)
try:
    k()
except TypeError:
    traceback.print_exc()
a = [1]
def m(): return a[5]
def n(): return m() // 0
n()
