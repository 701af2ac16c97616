def make_counters():
    fns = []
    for i in range(3):
        def f(i=i):
            return i
        fns.append(f)
    return fns
print([f() for f in make_counters()])
def late():
    fns = [lambda: i for i in range(3)]
    return [f() for f in fns]
print(late())
def acc():
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    return add
a = acc()
a(5); a(10)
print(a(1), a.__code__.co_freevars, a.__closure__[0].cell_contents)
x = "global"
def shadow():
    x = "local"
    def inner():
        return x
    return inner()
print(shadow(), x)
def g():
    global x
    x = "changed"
g()
print(x)
def unbound():
    print(y)
    y = 1
try:
    unbound()
except UnboundLocalError as e:
    print(e)
def free_unbound():
    def inner():
        return z
    try:
        return inner()
    finally:
        pass
    z = 1
try:
    free_unbound()
except NameError as e:
    print(type(e).__name__, e)
def deep():
    a = 1
    def l1():
        b = 2
        def l2():
            return a + b
        return l2
    return l1()()
print(deep())
class K:
    v = 10
    def m(self):
        return v if False else self.v
    vals = [v * i for i in range(3)] if False else None
print(K().m())
def counter_gen():
    c = 0
    def nxt():
        nonlocal c
        c += 1
        return c
    return nxt
n = counter_gen()
print(n(), n(), n())
