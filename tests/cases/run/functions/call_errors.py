def f(a, b): pass
tests = ["f(1)", "f(1,2,3)", "f(1, c=2)", "f(1, a=2)", "f()", "f(1,2,3,4)"]
def g(a, b=1, *, c, d): pass
tests += ["g()", "g(1)", "g(1, 2, 3)", "g(1, 2, 3, c=1)", "g(1,c=1)"]
def h(a, /, b): pass
tests += ["h(a=1, b=2)", "h(1)"]
def k(x, y, z): pass
tests += ["k()", "k(1)"]
class C:
    def m(self, x): pass
tests += ["C().m()", "C().m(1, 2)", "C.m()"]
def star(*a): pass
tests += ["star(**{'a': 1})", "f(*1)", "f(**1)", "f(1, **{'b': 2}, **{'b': 3})"]
for t in tests:
    try:
        eval(t)
    except TypeError as e:
        print(t, "->", e)
