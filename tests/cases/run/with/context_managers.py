class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val)
        return self.suppress
with CM("a") as a, CM("b") as b:
    print("body", a.name, b.name)
with CM("s", suppress=True):
    raise ValueError("suppressed")
print("after")
try:
    with CM("n"):
        raise KeyError("k")
except KeyError as e:
    print("caught", e)
def f():
    with CM("r"):
        return "ret"
print(f())
for i in range(2):
    with CM(str(i)):
        if i == 0:
            continue
        break
try:
    with 5:
        pass
except TypeError as e:
    print(e)
class NoExit:
    def __enter__(self): pass
try:
    with NoExit():
        pass
except TypeError as e:
    print(e)
