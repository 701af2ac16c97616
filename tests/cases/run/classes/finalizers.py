class R:
    def __init__(self, n): self.n = n; print("init", n)
    def __del__(self): print("del", self.n)
def f():
    r = R(1)
    print("in f")
f()
x = R(2)
x = R(3)
lst = [R(4), R(5)]
del lst
def g():
    r = R(6)
    raise ValueError("x")
try:
    g()
except ValueError:
    print("caught")
print("end")
